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

export interface DurationText {
  /** "12 min" */
  short: string;
  /** "12 minutes" */
  long: string;
}

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** How long a presence has lasted, as a badge shows it; a clock behind the server's reads as "less than a minute". */
export function durationText(minutes: number): DurationText {
  if (minutes < 1) return { short: '< 1 min', long: 'less than a minute' };
  if (minutes < 60) return { short: `${minutes} min`, long: plural(minutes, 'minute') };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0
      ? { short: `${hours} h`, long: plural(hours, 'hour') }
      : { short: `${hours} h ${rest} min`, long: `${plural(hours, 'hour')} ${plural(rest, 'minute')}` };
  }
  const days = Math.floor(hours / 24);
  return { short: `${days} d`, long: plural(days, 'day') };
}
