// The board's view of everyone's UC presence in scope. The directory keeps one
// query per user, which suits the rows on screen; the board counts up to 50,000
// people re-read in batches, where 50,000 Query objects would cost more than the
// numbers. So the sweep's answers live in one store per board, merged with what
// the query cache learns (socket events and badge refetches for the rows on screen).
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import type { Presence } from '@/foundations/presence/presence-model';
import { isPresence, newerPresence } from '@/foundations/presence/presence-queries';

export interface Observation {
  presence: Presence;
  /** Epoch ms when Genesys Cloud last told us this (how fresh it is). */
  at: number;
}

export interface BoardPresenceStore {
  get: (userId: string) => Observation | undefined;
  record: (entries: Iterable<readonly [string, Presence]>, at: number) => void;
  /** Changes whenever something is recorded (the snapshot for useSyncExternalStore). */
  version: () => number;
  /** When the last answer was recorded. */
  updatedAt: () => number | undefined;
  subscribe: (listener: () => void) => () => void;
}

/** Of two observations, the later change, read at the later time. */
function merge(current: Observation | undefined, incoming: Observation): Observation {
  if (!current) return incoming;
  const presence = newerPresence(current.presence, incoming.presence);
  const at = Math.max(current.at, incoming.at);
  return presence === current.presence && at === current.at ? current : { presence, at };
}

export function createBoardPresenceStore(): BoardPresenceStore {
  const observations = new Map<string, Observation>();
  const listeners = new Set<() => void>();
  let version = 0;
  let updatedAt: number | undefined;
  return {
    get: (userId) => observations.get(userId),
    record(entries, at) {
      for (const [userId, presence] of entries) observations.set(userId, merge(observations.get(userId), { presence, at }));
      version += 1;
      updatedAt = Math.max(updatedAt ?? 0, at);
      for (const listener of [...listeners]) listener();
    },
    version: () => version,
    updatedAt: () => updatedAt,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What the board knows of a user: the newer of the store's observation and the copy the users search gave. */
export function observe(store: BoardPresenceStore, user: DirectoryUser): Observation | undefined {
  const seen = store.get(user.id);
  if (!user.presence) return seen;
  return merge(seen, { presence: user.presence, at: user.observedAt ?? 0 });
}

/** ['presence', sourceId, userId]: one user's presence query. */
const userKey = z.tuple([z.literal('presence'), z.string(), z.string()]);

/** Feeds presence that reaches the query cache (socket events, badge refetches) into the store. */
export function followPresenceCache(queryClient: QueryClient, sourceId: string, store: BoardPresenceStore): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const key = userKey.safeParse(event.query.queryKey);
    const data: unknown = event.query.state.data;
    if (!key.success || key.data[1] !== sourceId || !isPresence(data)) return;
    store.record([[key.data[2], data]], event.query.state.dataUpdatedAt);
  });
}
