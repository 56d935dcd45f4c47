// Query keys of the people foundation (users: directory pages, users by id, names), generic to specific.
// The directory pages' prefixes are read by the local search (getQueriesData): keep their shape.
import { whoKey, type WhoCounts } from '@/foundations/people/directory-user';

const all = ['users'] as const;

/** Every directory page fetched with this presence setting. */
const directoryPages = (withPresence: boolean) => [...all, 'search', { withPresence }] as const;

/** The pages of one result set: the search text as the server reads it, and the department. */
const resultSet = (criteria: { text: string; department: string }, withPresence: boolean) =>
  [...directoryPages(withPresence), { text: criteria.text.trim(), department: criteria.department }] as const;

export const peopleKeys = {
  all,
  directoryPages,
  resultSet,
  directoryPage: (criteria: { text: string; department: string }, withPresence: boolean, pageNumber: number) =>
    [...resultSet(criteria, withPresence), pageNumber] as const,
  /** Users read by id (sorted, unique) in every state, as the people rule reads them. */
  byIds: (sortedIds: readonly string[], who: WhoCounts) => [...all, 'by-id', sortedIds, whoKey(who)] as const,
  name: (userId: string) => [...all, userId, 'name'] as const,
};
