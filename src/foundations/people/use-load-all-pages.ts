import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isTransientError, retryDelay } from '@/genesys/recovery';
import { useSession } from '@/genesys/session';
import { randomPageOrder } from '@/foundations/people/page-order';
import { directoryPageQuery, type DirectoryCriteria } from '@/foundations/people/search-uc-users';
import { useWhoCounts } from '@/foundations/people/use-who-counts';

/** Pages fetched side by side: enough to keep the scheduler busy, few enough to leave room for what the person does. */
const CONCURRENCY = 2;

export interface LoadAllState {
  error: unknown;
  retry: () => void;
}

/**
 * Loads every page of a result set into the cache, in the background, while `enabled`
 * (presence filters and sorting need every user's presence). Progress is read from the cache.
 * Pages come in order, or, given a `randomOrder` seed, page 1 and then the others in
 * randomPageOrder(pageCount, seed) (the pages read so far are then a random sample).
 */
export function useLoadAllPages(criteria: DirectoryCriteria, withPresence: boolean, enabled: boolean, randomOrder?: number): LoadAllState {
  const queryClient = useQueryClient();
  // Scheduled after what the person is waiting for (scrolling, searching, the card).
  const { backgroundApis, recovery } = useSession();
  const people = useWhoCounts();
  const [failure, setFailure] = useState<{ error: unknown; streak: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [jitter] = useState(Math.random);
  const { text, department } = criteria;

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const load = (pageNumber: number) =>
      queryClient.query(directoryPageQuery(backgroundApis, { text, department }, pageNumber, withPresence, people));
    const run = async () => {
      const first = await load(1);
      const order =
        randomOrder === undefined
          ? Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, index) => index + 2)
          : randomPageOrder(first.pageCount, randomOrder);
      let next = 0;
      const worker = async () => {
        while (!cancelled && next < order.length) {
          const pageNumber = order[next] as number;
          next += 1;
          await load(pageNumber);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    };
    run().then(
      () => {
        if (!cancelled) setFailure(null);
      },
      (error: unknown) => {
        if (!cancelled) setFailure((previous) => ({ error, streak: (previous?.streak ?? 0) + 1 }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [queryClient, backgroundApis, text, department, withPresence, people, enabled, attempt, randomOrder]);

  // A passing failure is tried again by itself (pages already read stay in the cache); the error shows meanwhile.
  const streak = failure !== null && isTransientError(failure.error) ? failure.streak : 0;
  useEffect(() => {
    if (!enabled || streak === 0) return;
    const timer = setTimeout(
      () => {
        setAttempt((current) => current + 1);
      },
      retryDelay(streak, recovery, jitter),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [enabled, streak, recovery, jitter]);

  return {
    error: enabled ? failure?.error : undefined,
    retry: () => {
      setFailure(null);
      setAttempt((current) => current + 1);
    },
  };
}
