// POST /api/v2/users/search: the one request builder and the one call. Every users search of the app
// (directory pages, the board's selection, the admin's person search, the org check's sample) goes through here.
import type { Models, PlatformApis } from '@/genesys/sdk';
import type { UcIdentity } from '@/genesys/uc-table';
import { phoneDigitsOf, serverSearchTermsOf } from '@/foundations/people/search-text';

/** Genesys returns at most 100 users per page when integration presence is asked for. */
export const USERS_SEARCH_MAX_PAGE_SIZE = 100;

/** Where a search text is looked for: words by prefix in the named fields; 'phone' matches a phone number's digits in the addresses. */
export type UsersSearchTextField = 'name' | 'email' | 'department' | 'title' | 'phone';

/** What the directory searches a text in (and what the local search mirrors). */
export const DIRECTORY_TEXT_FIELDS: readonly UsersSearchTextField[] = ['name', 'email', 'department', 'title', 'phone'];

export interface UsersSearch {
  /** Search text as typed ('' or absent: no text criteria). */
  text?: string;
  /** Where the text is looked for (default DIRECTORY_TEXT_FIELDS). */
  textFields?: readonly UsersSearchTextField[];
  /** Exact department ('' or absent: every department). */
  department?: string;
  /** Only these users (at most one page of them). */
  ids?: readonly string[];
  /** Active users only (default true); false searches anyone in the org. */
  activeOnly?: boolean;
  pageSize: number;
  /** Absent: the request names no page (the server's first). */
  pageNumber?: number;
  /** Each user's presence from this integration in the answer (absent: no presence asked for). */
  presenceOf?: UcIdentity;
}

/**
 * The criteria for a text: its words by prefix in the chosen fields, or (when the text looks like a
 * phone number and 'phone' is chosen) the phone digits however they were typed.
 */
export function textCriteria(text: string, fields: readonly UsersSearchTextField[] = DIRECTORY_TEXT_FIELDS): Models.UserSearchCriteria[] {
  const terms = serverSearchTermsOf(text);
  const wordFields = fields.filter((field) => field !== 'phone');
  const digits = fields.includes('phone') ? phoneDigitsOf(text) : undefined;
  const byWords: Models.UserSearchCriteria | undefined =
    terms.length === 0 || wordFields.length === 0
      ? undefined
      : { type: 'QUERY_STRING', fields: wordFields, value: terms.map((term) => `${term}*`).join(' ') };
  if (digits === undefined) return byWords ? [byWords] : [];
  const byNumber = (value: string): Models.UserSearchCriteria => ({ type: 'CONTAINS', fields: ['addresses'], value, operator: 'OR' });
  // A national number typed with its trunk prefix ("0131 433 1890") is stored without it ("+441314331890").
  const national = /^0[1-9]/.test(digits) && digits.length > 3 ? [byNumber(digits.slice(1))] : [];
  return [...(byWords ? [{ ...byWords, operator: 'OR' as const }] : []), byNumber(digits), ...national];
}

export function usersSearchRequest(search: UsersSearch): Models.UserSearchRequest {
  const query: Models.UserSearchCriteria[] = [];
  if (search.activeOnly ?? true) query.push({ type: 'EXACT', fields: ['state'], values: ['active'] });
  if (search.department) query.push({ type: 'EXACT', fields: ['department'], values: [search.department] });
  if (search.ids) query.push({ type: 'EXACT', fields: ['id'], values: [...search.ids] });
  if (search.text) query.push(...textCriteria(search.text, search.textFields));
  return {
    pageSize: search.pageSize,
    ...(search.pageNumber === undefined ? {} : { pageNumber: search.pageNumber }),
    sortBy: 'name',
    sortOrder: 'ASC',
    query,
    // Without the badge permission the request names no presence source at all (gating where data is fetched).
    ...(search.presenceOf ? { expand: ['presence'], integrationPresenceSource: search.presenceOf.presenceSource } : {}),
  };
}

/** The raw answer: each caller reads it with its own schema. */
export async function searchUsers(apis: Pick<PlatformApis, 'users'>, search: UsersSearch): Promise<unknown> {
  return apis.users.postUsersSearch(usersSearchRequest(search));
}
