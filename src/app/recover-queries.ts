import type { QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isTransientError, retryDelay, type RecoveryTimings } from '@/genesys/recovery';

/** A query of the cache, as its events carry it. */
type CachedQuery = QueryCacheNotifyEvent['query'];

/** Retries due within this window leave together (a screenful of badges shares one bulk request). */
const ALIGN_MS = 100;

function owesRecheck(query: CachedQuery): boolean {
  const { state } = query;
  if (state.status === 'error') return isTransientError(state.error);
  return state.status === 'success' && query.meta?.recheck?.(state.data) === true;
}

/**
 * A query on screen that failed for a passing reason, or whose data says it is incomplete
 * (`meta.recheck`), is fetched again by itself: after `firstRetryMs`, then twice as long each
 * time up to `maxRetryMs`, until it succeeds or leaves the screen (a query that comes on screen
 * owing one gets one). The page keeps saying what is wrong meanwhile.
 */
export function useRecoverFailedQueries(queryClient: QueryClient, timings: RecoveryTimings): void {
  useEffect(() => {
    const jitter = Math.random();
    const streaks = new WeakMap<CachedQuery, number>();
    const scheduled = new Set<CachedQuery>();
    /** Queries due at the same aligned moment, refetched with one call. */
    const buckets = new Map<number, { queries: Set<CachedQuery>; timer: ReturnType<typeof setTimeout> }>();

    const fire = (due: number): void => {
      const bucket = buckets.get(due);
      buckets.delete(due);
      if (!bucket) return;
      for (const query of bucket.queries) scheduled.delete(query);
      // Off screen now: it is retried when it comes back on (observerAdded below).
      void queryClient.refetchQueries(
        { type: 'active', predicate: (query) => bucket.queries.has(query) && owesRecheck(query) },
        { cancelRefetch: false },
      );
    };

    const schedule = (query: CachedQuery): void => {
      if (scheduled.has(query)) return;
      const attempt = (streaks.get(query) ?? 0) + 1;
      streaks.set(query, attempt);
      const due = Math.ceil((Date.now() + retryDelay(attempt, timings, jitter)) / ALIGN_MS) * ALIGN_MS;
      let bucket = buckets.get(due);
      if (!bucket) {
        bucket = {
          queries: new Set(),
          timer: setTimeout(() => {
            fire(due);
          }, due - Date.now()),
        };
        buckets.set(due, bucket);
      }
      bucket.queries.add(query);
      scheduled.add(query);
    };

    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      const { query } = event;
      if (event.type === 'removed') {
        scheduled.delete(query);
        for (const bucket of buckets.values()) bucket.queries.delete(query);
        return;
      }
      if (event.type === 'observerAdded') {
        // Back on screen still failed, or mounted with incomplete data it was given (a row's initial presence).
        if (owesRecheck(query)) schedule(query);
        return;
      }
      if (event.type !== 'updated') return;
      const { action } = event;
      if (action.type !== 'error' && action.type !== 'success') return;
      if (owesRecheck(query)) schedule(query);
      else streaks.delete(query);
    });
    return () => {
      unsubscribe();
      for (const bucket of buckets.values()) clearTimeout(bucket.timer);
      buckets.clear();
      scheduled.clear();
    };
  }, [queryClient, timings]);
}
