import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import type { PeopleRule } from '@/genesys/launch-context';
import type { Models, PlatformApis } from '@/genesys/sdk';
import { EIGHT_BY_EIGHT_SOURCE } from '@/foundations/permissions/get-eight-by-eight-integration';
import { hasUntaggedOtherPhone, toDirectoryUser, type DirectoryUser } from '@/foundations/people/directory-user';
import { phoneDigitsOf, serverSearchTermsOf } from '@/foundations/people/search-text';

/** Genesys returns at most 100 users per page when integration presence is asked for. */
export const DIRECTORY_PAGE_SIZE = 100;

/** One server-side result set: every active user, or those matching a search text, in one department or all. */
export interface DirectoryCriteria {
  /** Search text as typed ('' = browse). */
  text: string;
  /** Exact department ('' = every department). */
  department: string;
}

const addressesSchema = z.object({ addresses: z.array(z.unknown()).default([]) }).loose();

const pageSchema = z.object({
  total: z.number().int().nonnegative().default(0),
  pageSize: z.number().int().positive().optional(),
  pageNumber: z.number().int().positive().default(1),
  pageCount: z.number().int().nonnegative().default(0),
  results: z.array(z.unknown()).default([]),
});

export interface DirectoryPageData {
  /** The 8×8 users of this page, in the server's order. */
  users: DirectoryUser[];
  pageNumber: number;
  pageCount: number;
  /** Users in the whole result set, 8×8 or not (the server cannot filter on the 8×8 number). */
  total: number;
  /** Entries of this page that are not 8×8 users (Genesys-only agents): not listed. */
  skipped: number;
  /** Of those, users with an Other Phone that carries no integration tag (listed under `people=otherPhone`). */
  untagged: number;
  /** Entries of the answer we could not read, so the view can say so instead of hiding them. */
  unreadable: number;
}

/**
 * The search criteria for a text: name, email, department and title by word prefix, or
 * (when the text looks like a phone number) the phone digits however they were typed.
 */
function textCriteria(text: string): Models.UserSearchCriteria[] {
  const terms = serverSearchTermsOf(text);
  const digits = phoneDigitsOf(text);
  const byWords: Models.UserSearchCriteria | undefined =
    terms.length === 0
      ? undefined
      : { type: 'QUERY_STRING', fields: ['name', 'email', 'department', 'title'], value: terms.map((term) => `${term}*`).join(' ') };
  if (digits === undefined) return byWords ? [byWords] : [];
  const byNumber = (value: string): Models.UserSearchCriteria => ({ type: 'CONTAINS', fields: ['addresses'], value, operator: 'OR' });
  // A national number typed with its trunk prefix ("0131 433 1890") is stored without it ("+441314331890").
  const national = /^0[1-9]/.test(digits) && digits.length > 3 ? [byNumber(digits.slice(1))] : [];
  return [...(byWords ? [{ ...byWords, operator: 'OR' as const }] : []), byNumber(digits), ...national];
}

/** False when the text has nothing the server can search for (only punctuation): local results only. */
export function isServerSearchable(text: string): boolean {
  return text.trim() === '' || textCriteria(text).length > 0;
}

export function searchRequest(criteria: DirectoryCriteria, pageNumber: number, withPresence: boolean): Models.UserSearchRequest {
  const query: Models.UserSearchCriteria[] = [{ type: 'EXACT', fields: ['state'], values: ['active'] }];
  if (criteria.department !== '') query.push({ type: 'EXACT', fields: ['department'], values: [criteria.department] });
  query.push(...textCriteria(criteria.text));
  return {
    pageSize: DIRECTORY_PAGE_SIZE,
    pageNumber,
    sortBy: 'name',
    sortOrder: 'ASC',
    query,
    // Without the badge permission the request names no presence source at all (gating where data is fetched).
    ...(withPresence ? { expand: ['presence'], integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE } : {}),
  };
}

/** Key prefix of every directory page fetched with this presence setting: the local search reads them all. */
export const directoryPagesKey = (withPresence: boolean) => ['users', 'search', EIGHT_BY_EIGHT_SOURCE, { withPresence }] as const;

/** Key prefix of one result set's pages. */
export const resultSetKey = (criteria: DirectoryCriteria, withPresence: boolean) =>
  [...directoryPagesKey(withPresence), { text: criteria.text.trim(), department: criteria.department }] as const;

/**
 * Reads one users search answer: its 8×8 users, and what it left out and why. The search index
 * may answer fewer results than pageSize, even none, and repeat users of other pages: a short
 * page is not an error (pageCount says when to stop), and repeats are dropped where pages meet.
 */
export function readDirectoryPage(data: unknown, withPresence: boolean, people: PeopleRule = 'tagged'): DirectoryPageData {
  const answer = parseAnswer(pageSchema, data, 'users search');
  const observedAt = Date.now();
  let unreadable = 0;
  let skipped = 0;
  let untagged = 0;
  const listed: DirectoryUser[] = [];
  const seen = new Set<string>();
  for (const raw of answer.results) {
    const user = toDirectoryUser(raw, withPresence, observedAt, people);
    if (user && !seen.has(user.id)) {
      seen.add(user.id);
      listed.push(user);
    } else if (user)
      skipped += 1; // listed twice in one answer: shown once
    else if (typeof raw !== 'object' || raw === null || !('id' in raw)) unreadable += 1;
    else {
      skipped += 1;
      if (hasUntaggedOtherPhone(addressesSchema.safeParse(raw).data?.addresses ?? [])) untagged += 1;
    }
  }
  return { users: listed, pageNumber: answer.pageNumber, pageCount: answer.pageCount, total: answer.total, skipped, untagged, unreadable };
}

/**
 * One page of one result set. Pages are cached separately so that the list fetches only
 * the pages under the visible window, and the local search can read every page already here.
 */
export function directoryPageQuery(
  apis: PlatformApis,
  criteria: DirectoryCriteria,
  pageNumber: number,
  withPresence: boolean,
  people: PeopleRule,
) {
  // The rule is fixed for a session (a launch parameter), so it stays out of the key the cache reads by.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: [...resultSetKey(criteria, withPresence), pageNumber],
    queryFn: async () =>
      readDirectoryPage(await apis.users.postUsersSearch(searchRequest(criteria, pageNumber, withPresence)), withPresence, people),
    // Presence on screen is kept fresh by live updates; the rest of a user changes rarely.
    staleTime: 5 * 60_000,
    // A page with entries we could not read is read again (useRecoverFailedQueries) until it reads whole.
    meta: { recheck: (page: unknown) => typeof page === 'object' && page !== null && 'unreadable' in page && page.unreadable !== 0 },
    gcTime: 30 * 60_000,
  });
}
