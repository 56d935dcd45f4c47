import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSession } from '@/genesys/session';
import { directoryPageQuery, type DirectoryCriteria } from '@/features/people/search-eight-by-eight-users';

/** Pages fetched side by side: enough to keep the scheduler busy, few enough to leave room for what the person does. */
const CONCURRENCY = 2;

export interface LoadAllState {
  error: unknown;
  retry: () => void;
}

/**
 * Loads every page of a result set into the cache, in the background, while `enabled`
 * (presence filters and sorting need every user's presence). Progress is read from the cache.
 */
export function useLoadAllPages(criteria: DirectoryCriteria, withPresence: boolean, enabled: boolean): LoadAllState {
  const queryClient = useQueryClient();
  // Scheduled after what the person is waiting for (scrolling, searching, the card).
  const { backgroundApis } = useSession();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { text, department } = criteria;

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const load = (pageNumber: number) =>
      queryClient.query(directoryPageQuery(backgroundApis, { text, department }, pageNumber, withPresence));
    const run = async () => {
      const first = await load(1);
      let next = 2;
      const worker = async () => {
        while (!cancelled && next <= first.pageCount) {
          const pageNumber = next;
          next += 1;
          await load(pageNumber);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    };
    run().catch((error: unknown) => {
      if (!cancelled) setFailure({ error });
    });
    return () => {
      cancelled = true;
    };
  }, [queryClient, backgroundApis, text, department, withPresence, enabled, attempt]);

  return {
    error: enabled ? failure?.error : undefined,
    retry: () => {
      setFailure(null);
      setAttempt((current) => current + 1);
    },
  };
}
