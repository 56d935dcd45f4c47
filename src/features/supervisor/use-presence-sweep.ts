import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSession } from '@/genesys/session';
import { useUc } from '@/foundations/permissions/uc-context';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { UNKNOWN_PRESENCE, type Presence } from '@/foundations/presence/presence-model';
import { presenceKey, setNewerPresence } from '@/foundations/presence/presence-queries';
import { readPresenceBatch } from '@/foundations/presence/presence-reader';
import { observe, type BoardPresenceStore } from '@/features/supervisor/board-presence';
import { useBoardTuning } from '@/features/supervisor/board-tuning';
import { SWEEP_BATCH_SIZE, sweepPlan } from '@/features/supervisor/sweep-plan';

/**
 * The next users of the round-robin from `cursor`, skipping those read after `freshSince` (epoch ms):
 * in a steady sweep nobody is that fresh when their turn comes, but people whose presence came with
 * a search page moments ago (while the scope still loads) are not read twice. At most one lap.
 */
export function nextBatch(
  users: readonly DirectoryUser[],
  from: number,
  readAt: (user: DirectoryUser) => number | undefined,
  freshSince: number,
): { batch: DirectoryUser[]; cursor: number } {
  const batch: DirectoryUser[] = [];
  let cursor = from;
  for (let scanned = 0; scanned < users.length && batch.length < SWEEP_BATCH_SIZE; scanned += 1) {
    if (cursor >= users.length) cursor = 0;
    const user = users[cursor] as DirectoryUser;
    cursor += 1;
    if ((readAt(user) ?? 0) <= freshSince) batch.push(user);
  }
  return { batch, cursor };
}

export interface SweepState {
  /** The last request failed (shown beside the freshness line); cleared by the next success. */
  error: unknown;
}

interface SweepOptions {
  users: readonly DirectoryUser[];
  sourceId: string;
  store: BoardPresenceStore;
  /** Changes when the scope does: the sweep starts over. */
  scopeKey: string;
  enabled: boolean;
}

/**
 * Re-reads the presence of every user in scope through the presence reader, round-robin,
 * at the pace sweepPlan gives for the scope's size, as background requests; people read
 * within the last half sweep wait for the next lap (nextBatch). Users the
 * board has no presence for yet (a group's members) are read first, without the pacing.
 */
export function usePresenceSweep({ users, sourceId, store, scopeKey, enabled }: SweepOptions): SweepState {
  const { backgroundApis } = useSession();
  const uc = useUc();
  const queryClient = useQueryClient();
  const tuning = useBoardTuning();
  const usersRef = useRef(users);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    usersRef.current = users;
  }, [users]);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    // Read through a function: the loop checks it after awaits, where the cleanup may have set it.
    const stopped = () => cancelled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, Math.max(0, ms));
      });

    // A badge on screen shows the same answer as the totals: existing per-user queries get it too.
    const shareWithBadges = (found: ReadonlyMap<string, Presence>) => {
      for (const [userId, presence] of found) {
        const key = presenceKey(sourceId, userId);
        if (!queryClient.getQueryCache().find({ queryKey: key, exact: true })) continue;
        setNewerPresence(queryClient, key, presence);
      }
    };

    const run = async () => {
      let cursor = 0;
      let sentAt = 0;
      while (!stopped()) {
        const current = usersRef.current;
        const plan = sweepPlan(current.length, tuning.sweepRequestsPerMinute, { minSweepSeconds: tuning.minSweepSeconds });
        if (current.length === 0 || plan.requestsPerSweep === 0) {
          await sleep(250);
          continue;
        }
        const unread = current.filter((user) => observe(store, user) === undefined).slice(0, SWEEP_BATCH_SIZE);
        let batch = unread;
        if (batch.length === 0) {
          await sleep(sentAt + plan.requestIntervalSeconds * 1000 - Date.now());
          if (stopped()) return;
          // Genesys Cloud may keep the app in a hidden tab: no one reads the board, spend nothing.
          if (document.visibilityState === 'hidden') continue;
          const next = nextBatch(usersRef.current, cursor, (user) => observe(store, user)?.at, Date.now() - (plan.sweepSeconds * 1000) / 2);
          batch = next.batch;
          cursor = next.cursor;
        }
        sentAt = Date.now();
        // Everyone was read within half a sweep (pages that came with their presence): nothing to spend yet.
        if (batch.length === 0) continue;
        const ids = batch.map((user) => user.id);
        try {
          const found = (await readPresenceBatch(backgroundApis, uc, ids)).presences;
          if (stopped()) return;
          // A user without UC presence in the answer has none: unknown, not an error.
          store.record(
            ids.map((id) => [id, found.get(id) ?? UNKNOWN_PRESENCE] as const),
            Date.now(),
          );
          shareWithBadges(found);
          setError(undefined);
        } catch (failure: unknown) {
          if (stopped()) return;
          setError(failure);
          await sleep(tuning.retryDelayMs);
        }
      }
    };
    void run();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [backgroundApis, uc, queryClient, sourceId, store, scopeKey, enabled, tuning]);

  return { error };
}
