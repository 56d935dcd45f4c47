import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { hasUntaggedOtherPhone, toDirectoryUser, type DirectoryUser, type WhoCounts } from '@/foundations/people/directory-user';
import { peopleKeys } from '@/foundations/people/people-keys';
import { searchUsers, textCriteria, USERS_SEARCH_MAX_PAGE_SIZE, type UsersSearch } from '@/foundations/people/users-search';

/** Directory pages are as large as the users search allows (100 with integration presence). */
export const DIRECTORY_PAGE_SIZE = USERS_SEARCH_MAX_PAGE_SIZE;

/** One server-side result set: every active user, or those matching a search text, in one department or all. */
export interface DirectoryCriteria {
  /** Search text as typed ('' = browse). */
  text: string;
  /** Exact department ('' = every department). */
  department: string;
}

const addressesSchema = z.looseObject({ addresses: z._default(z.array(z.unknown()), []) });

const pageSchema = z.object({
  total: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  pageSize: z.optional(z.number().check(z.int(), z.positive())),
  pageNumber: z._default(z.number().check(z.int(), z.positive()), 1),
  pageCount: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  results: z._default(z.array(z.unknown()), []),
});

export interface DirectoryPageData {
  /** The UC users of this page, in the server's order. */
  users: DirectoryUser[];
  pageNumber: number;
  pageCount: number;
  /** Users in the whole result set, UC or not (the server cannot filter on the UC number). */
  total: number;
  /** Entries of this page that are not UC users (Genesys-only agents): not listed. */
  skipped: number;
  /** Of those, users with an Other Phone that carries no integration tag (listed under `people=otherPhone`). */
  untagged: number;
  /** Entries of the answer we could not read, so the view can say so instead of hiding them. */
  unreadable: number;
}

/** False when the text has nothing the server can search for (only punctuation): local results only. */
export function isServerSearchable(text: string): boolean {
  return text.trim() === '' || textCriteria(text).length > 0;
}

/** The users search for one directory page: active users, in one department or all, matching the text. */
function directorySearch(criteria: DirectoryCriteria, pageNumber: number, withPresence: boolean, who: WhoCounts): UsersSearch {
  const { text, department } = criteria;
  return { text, department, pageSize: DIRECTORY_PAGE_SIZE, pageNumber, ...(withPresence ? { presenceOf: who.uc } : {}) };
}

/** Key prefix of every directory page fetched with this presence setting: the local search reads them all. */
export const directoryPagesKey = peopleKeys.directoryPages;

/** Key prefix of one result set's pages. */
export const resultSetKey = peopleKeys.resultSet;

/**
 * Reads one users search answer: its UC users, and what it left out and why. The search index
 * may answer fewer results than pageSize, even none, and repeat users of other pages: a short
 * page is not an error (pageCount says when to stop), and repeats are dropped where pages meet.
 */
export function readDirectoryPage(data: unknown, withPresence: boolean, who: WhoCounts): DirectoryPageData {
  const answer = parseAnswer(pageSchema, data, 'users search');
  const observedAt = Date.now();
  let unreadable = 0;
  let skipped = 0;
  let untagged = 0;
  const listed: DirectoryUser[] = [];
  const seen = new Set<string>();
  for (const raw of answer.results) {
    const user = toDirectoryUser(raw, withPresence, observedAt, who);
    if (user && !seen.has(user.id)) {
      seen.add(user.id);
      listed.push(user);
    } else if (user)
      skipped += 1; // listed twice in one answer: shown once
    else if (typeof raw !== 'object' || raw === null || !('id' in raw)) unreadable += 1;
    else {
      skipped += 1;
      if (hasUntaggedOtherPhone(addressesSchema.safeParse(raw).data?.addresses ?? [], who.uc)) untagged += 1;
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
  who: WhoCounts,
) {
  // Who counts is fixed while the cache lives (the rule is a launch parameter; serving another integration
  // clears the cache), so it stays out of the key the cache reads by.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: peopleKeys.directoryPage(criteria, withPresence, pageNumber),
    queryFn: async () =>
      readDirectoryPage(await searchUsers(apis, directorySearch(criteria, pageNumber, withPresence, who)), withPresence, who),
    // Presence on screen is kept fresh by live updates; the rest of a user changes rarely.
    staleTime: 5 * 60_000,
    // A page with entries we could not read is read again (useRecoverFailedQueries) until it reads whole.
    meta: { recheck: (page: unknown) => typeof page === 'object' && page !== null && 'unreadable' in page && page.unreadable !== 0 },
    gcTime: 30 * 60_000,
  });
}
