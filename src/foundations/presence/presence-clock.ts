// One shared 30-second tick for every "time in status" label: a badge re-renders
// only when its own label changes, and no timer runs while no badge shows one.
import { useSyncExternalStore } from 'react';

export const CLOCK_TICK_MS = 30_000;

const listeners = new Set<() => void>();
let clock = Date.now();
let ticker: ReturnType<typeof setInterval> | null = null;

function tick(): void {
  clock = Date.now();
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (ticker === null) {
    ticker = setInterval(tick, CLOCK_TICK_MS);
    // The clock was idle: bring it up to date for the badge that just mounted.
    tick();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker !== null) {
      clearInterval(ticker);
      ticker = null;
    }
  };
}

const noSubscription = (): (() => void) => () => undefined;

/**
 * Whole minutes since `since` (epoch ms), refreshed every 30 s; undefined
 * without `since`. The snapshot is a number that changes once a minute, so the
 * caller re-renders once a minute, not on every tick.
 */
export function useMinutesSince(since: number | undefined): number | undefined {
  return useSyncExternalStore(since === undefined ? noSubscription : subscribe, () =>
    since === undefined ? undefined : Math.floor(Math.max(0, clock - since) / 60_000),
  );
}
