// UC presence as TanStack Query server state: one query per user, keyed
// ['presence', integrationId, userId], so a change re-renders only that user's badge.
// The queries share a loader that turns the single-user fetches of one moment
// into batches of the presence reader (MAX_PRESENCE_IDS a request).
import { queryOptions, replaceEqualDeep, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { PlatformApis } from '@/genesys/sdk';
import { PRESENCE_KEYS, UNKNOWN_PRESENCE, type Presence } from '@/foundations/presence/presence-model';
import { presenceBatches, readPresenceBatch } from '@/foundations/presence/presence-reader';
import type { UcIdentity } from '@/genesys/uc-table';

/** Single-user fetches this close together share a bulk request (a frame's worth of mounting rows). */
export const BATCH_WINDOW_MS = 10;

export const presenceKeys = {
  all: ['presence'] as const,
  source: (sourceId: string) => ['presence', sourceId] as const,
  user: (sourceId: string, userId: string) => ['presence', sourceId, userId] as const,
};

export function presenceKey(sourceId: string, userId: string) {
  return presenceKeys.user(sourceId, userId);
}

/** Checks a cache value is one of ours without trusting its type. */
export function isPresence(value: unknown): value is Presence {
  if (typeof value !== 'object' || value === null || !('key' in value)) return false;
  const key: unknown = value.key;
  return PRESENCE_KEYS.some((known) => known === key);
}

/**
 * Of two answers for one user, the later change. A bulk answer sent before a
 * socket event but received after it must not put the older presence back.
 */
export function newerPresence(current: Presence | undefined, incoming: Presence): Presence {
  if (current?.since !== undefined && incoming.since !== undefined && current.since > incoming.since) return current;
  return incoming;
}

/**
 * Writes `incoming` to a user's presence query, unless what it holds is a later change (newerPresence): a socket
 * event, a sweep's read or a search page's row. `updatedAt`: when `incoming` was read, if not now.
 */
export function setNewerPresence(queryClient: QueryClient, key: QueryKey, incoming: Presence, updatedAt?: number): void {
  queryClient.setQueryData(
    key,
    (previous: unknown) => newerPresence(isPresence(previous) ? previous : undefined, incoming),
    updatedAt === undefined ? undefined : { updatedAt },
  );
}

interface Waiter {
  userId: string;
  resolve: (presence: Presence) => void;
  reject: (reason: unknown) => void;
}

// TanStack Query ignores what a cancelled query rejects with; an Error keeps it tidy.
const cancelled = (): Error => new DOMException('The presence query was cancelled', 'AbortError');

interface PresenceBatcher {
  load(userId: string, signal?: AbortSignal): Promise<Presence>;
}

function createPresenceBatcher(apis: PlatformApis, uc: UcIdentity, windowMs: number): PresenceBatcher {
  let waiting: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function send(ids: string[], waiters: Waiter[]): Promise<void> {
    try {
      const { presences } = await readPresenceBatch(apis, uc, ids);
      // A user without UC presence in the answer has none: unknown, not an error.
      for (const waiter of waiters) waiter.resolve(presences.get(waiter.userId) ?? UNKNOWN_PRESENCE);
    } catch (error: unknown) {
      for (const waiter of waiters) waiter.reject(error);
    }
  }

  function flush(): void {
    timer = null;
    const batch = waiting;
    waiting = [];
    for (const chunk of presenceBatches(batch.map((waiter) => waiter.userId))) {
      const members = new Set(chunk);
      void send(
        chunk,
        batch.filter((waiter) => members.has(waiter.userId)),
      );
    }
  }

  return {
    load(userId, signal) {
      return new Promise<Presence>((resolve, reject) => {
        if (signal?.aborted) {
          reject(cancelled());
          return;
        }
        const waiter: Waiter = { userId, resolve, reject };
        waiting.push(waiter);
        // A row scrolled away before the batch left is not asked for.
        signal?.addEventListener(
          'abort',
          () => {
            if (!waiting.includes(waiter)) return;
            waiting = waiting.filter((candidate) => candidate !== waiter);
            if (waiting.length === 0 && timer !== null) {
              clearTimeout(timer);
              timer = null;
            }
            reject(cancelled());
          },
          { once: true },
        );
        timer ??= setTimeout(flush, windowMs);
      });
    },
  };
}

// One loader per API client and integration, so that every badge of a session shares it.
const batchers = new WeakMap<PlatformApis, Map<string, PresenceBatcher>>();

function batcherFor(apis: PlatformApis, uc: UcIdentity): PresenceBatcher {
  let byIntegration = batchers.get(apis);
  if (!byIntegration) {
    byIntegration = new Map();
    batchers.set(apis, byIntegration);
  }
  let batcher = byIntegration.get(uc.key);
  if (!batcher) {
    batcher = createPresenceBatcher(apis, uc, BATCH_WINDOW_MS);
    byIntegration.set(uc.key, batcher);
  }
  return batcher;
}

/** One user's UC presence; fetched in bulk with every other presence asked for at the same moment. */
export function presenceQueryOptions(apis: PlatformApis, uc: UcIdentity, sourceId: string, userId: string) {
  // The key leaves the API client out: one session has one, and presence does not depend on it.
  const batcher = batcherFor(apis, uc);
  return queryOptions({
    queryKey: presenceKey(sourceId, userId),
    queryFn: ({ signal }): Promise<Presence> => batcher.load(userId, signal),
    // Unknown (left out, unreadable or a value we do not know) is asked again later (useRecoverFailedQueries).
    meta: { recheck: (presence: unknown) => isPresence(presence) && presence.key === 'unknown' },
    // Never back to an older change; an equal answer keeps the old object, so the badge does not re-render.
    structuralSharing: (previous: unknown, next: unknown) =>
      replaceEqualDeep(previous, isPresence(next) && isPresence(previous) ? newerPresence(previous, next) : next),
  });
}
