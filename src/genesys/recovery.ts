// What the app does by itself after a request failed for a passing reason: the
// page says what is wrong at once, and the request is tried again in the
// background, further apart each time, so that the page comes back when
// Genesys Cloud does without anyone pressing "Try again".
import { genesysErrorInfo, MalformedAnswerError } from '@/genesys/api-answer';

export interface RecoveryTimings {
  /** The first retry after a failure. */
  firstRetryMs: number;
  /** Retries double up to this. */
  maxRetryMs: number;
}

export const DEFAULT_RECOVERY: Readonly<RecoveryTimings> = Object.freeze({ firstRetryMs: 5_000, maxRetryMs: 60_000 });

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /**
       * True when data the query fetched says it is incomplete (an entry Genesys Cloud sent
       * that could not be read, a presence it did not name): fetched again like a failure.
       */
      recheck?: (data: unknown) => boolean;
    };
  }
}

/**
 * Worth trying again without the person: no answer (network, timeout), a 5xx, a 429 the
 * scheduler gave up waiting out, or an answer we could not read. Not a 401 (the session
 * signs in again), a 403 (a permission), a 404 or a 400 (trying again changes nothing).
 */
export function isTransientError(error: unknown): boolean {
  if (error instanceof MalformedAnswerError) return true;
  const info = genesysErrorInfo(error);
  if (info.unreachable === true) return true;
  return info.status !== undefined && (info.status >= 500 || info.status === 429 || info.status === 408);
}

/**
 * The wait before the n-th retry in a row (1-based). `jitter` (0..1) is drawn once per tab:
 * tabs do not come back in step, while the queries of one tab that failed together retry
 * together (and their presence requests share a bulk request).
 */
export function retryDelay(attempt: number, timings: RecoveryTimings, jitter: number): number {
  const ceiling = Math.min(timings.maxRetryMs, timings.firstRetryMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(ceiling * (0.75 + 0.25 * Math.min(1, Math.max(0, jitter))));
}
