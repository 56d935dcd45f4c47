// 8×8 presence as TanStack Query server state: one query per user, keyed
// ['presence', sourceId, userId], so a change re-renders only that user's badge.
// The queries share a loader that turns the single-user fetches of one moment
// into bulk requests of at most 50 ids, the platform's limit.
import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { PRESENCE_KEYS, presenceSchema, type Presence } from '@/features/presence/presence-model';

/** GET /api/v2/users/presences/{sourceId}/bulk takes at most 50 ids. */
export const MAX_BULK_PRESENCE_IDS = 50;
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

const UNKNOWN: Presence = Object.freeze({ key: 'unknown' });

const bulkAnswerSchema = z.array(z.unknown());
const bulkEntrySchema = z.object({ userId: z.string().min(1) }).loose();

/** The presence of each user in a bulk answer; entries we cannot read are left out (they read as unknown). */
export function readBulkPresence(answer: unknown): Map<string, Presence> {
  const found = new Map<string, Presence>();
  for (const raw of parseAnswer(bulkAnswerSchema, answer, 'bulk presence')) {
    const entry = bulkEntrySchema.safeParse(raw);
    const presence = presenceSchema.safeParse(raw);
    if (entry.success && presence.success) found.set(entry.data.userId, presence.data);
  }
  return found;
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

function createPresenceBatcher(apis: PlatformApis, sourceId: string, windowMs: number): PresenceBatcher {
  let waiting: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function send(ids: string[], waiters: Waiter[]): Promise<void> {
    try {
      const found = readBulkPresence(await apis.presence.getUsersPresenceBulk(sourceId, { id: ids }));
      // A user the platform leaves out has no 8×8 presence: unknown, not an error.
      for (const waiter of waiters) waiter.resolve(found.get(waiter.userId) ?? UNKNOWN);
    } catch (error: unknown) {
      for (const waiter of waiters) waiter.reject(error);
    }
  }

  function flush(): void {
    timer = null;
    const batch = waiting;
    waiting = [];
    const ids = [...new Set(batch.map((waiter) => waiter.userId))];
    for (let start = 0; start < ids.length; start += MAX_BULK_PRESENCE_IDS) {
      const chunk = ids.slice(start, start + MAX_BULK_PRESENCE_IDS);
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

// One loader per API client and source, so that every badge of a session shares it.
const batchers = new WeakMap<PlatformApis, Map<string, PresenceBatcher>>();

function batcherFor(apis: PlatformApis, sourceId: string): PresenceBatcher {
  let bySource = batchers.get(apis);
  if (!bySource) {
    bySource = new Map();
    batchers.set(apis, bySource);
  }
  let batcher = bySource.get(sourceId);
  if (!batcher) {
    batcher = createPresenceBatcher(apis, sourceId, BATCH_WINDOW_MS);
    bySource.set(sourceId, batcher);
  }
  return batcher;
}

/** One user's 8×8 presence; fetched in bulk with every other presence asked for at the same moment. */
export function presenceQueryOptions(apis: PlatformApis, sourceId: string, userId: string) {
  // The key leaves the API client out: one session has one, and presence does not depend on it.
  const batcher = batcherFor(apis, sourceId);
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
