/** How fresh UC presence is across a sample of the UC users. */
export interface PresenceHealth {
  /** Users whose UC presence was read. */
  sampled: number;
  newest?: number;
  median?: number;
  /** Nothing changed within the threshold: the UC side has stopped pushing presence. */
  stale: boolean;
  thresholdMs: number;
}

export const DEFAULT_STALE_THRESHOLD_MS = 30 * 60_000;

export function presenceHealthOf(modifiedDates: readonly number[], now: number, thresholdMs = DEFAULT_STALE_THRESHOLD_MS): PresenceHealth {
  if (modifiedDates.length === 0) return { sampled: 0, stale: false, thresholdMs };
  const sorted = [...modifiedDates].sort((a, b) => a - b);
  const newest = sorted[sorted.length - 1] ?? 0;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
  return { sampled: sorted.length, newest, median, stale: now - newest > thresholdMs, thresholdMs };
}
