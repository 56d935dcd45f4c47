import { PRESENCE_KEYS, type PresenceKey } from '@/foundations/presence/presence-model';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { compareByName } from '@/foundations/people/search-text';

export type PresenceFilter = 'all' | PresenceKey;
export type SortOrder = 'name' | 'presence';

// Who can take a call first: reachable people, then busy ones, then those away, then offline.
const PRESENCE_ORDER: readonly PresenceKey[] = [
  'available',
  'on-queue',
  'busy',
  'meeting',
  'training',
  'away',
  'break',
  'meal',
  'idle',
  'offline',
  'unknown',
];
const RANK = new Map<PresenceKey, number>(PRESENCE_ORDER.map((key, index) => [key, index]));

const rankOf = (user: DirectoryUser): number =>
  user.presence ? (RANK.get(user.presence.key) ?? PRESENCE_KEYS.length) : PRESENCE_KEYS.length + 1;

export function compareByPresence(a: DirectoryUser, b: DirectoryUser): number {
  return rankOf(a) - rankOf(b) || compareByName(a, b);
}

export function comparatorFor(sort: SortOrder): (a: DirectoryUser, b: DirectoryUser) => number {
  return sort === 'presence' ? compareByPresence : compareByName;
}

export const PRESENCE_FILTER_KEYS: readonly PresenceKey[] = PRESENCE_ORDER;
