import DefaultHttpClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/DefaultHttpClient.js';
import type platformClient from 'purecloud-platform-client-v2';
import type { RateLimited, RequestScheduler } from '@/genesys/request-scheduler';

const DEFAULT_RETRY_AFTER_MS = 5_000;

/** Reads a 429 from the axios error the SDK's HTTP client rejects with. */
export function rateLimitOf(error: unknown): RateLimited | null {
  if (typeof error !== 'object' || error === null || !('response' in error)) return null;
  const response: unknown = error.response;
  if (typeof response !== 'object' || response === null) return null;
  if (!('status' in response) || response.status !== 429) return null;
  const headers: unknown = 'headers' in response ? response.headers : undefined;
  let retryAfter: unknown;
  if (typeof headers === 'object' && headers !== null && 'retry-after' in headers) {
    retryAfter = headers['retry-after'];
  }
  const seconds = Number(retryAfter);
  return { retryAfterMs: Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS };
}

/** The SDK's own HTTP client with every request passed through our scheduler. */
export class ScheduledHttpClient extends DefaultHttpClient {
  readonly #scheduler: RequestScheduler;

  constructor(scheduler: RequestScheduler) {
    super();
    this.#scheduler = scheduler;
  }

  override request(options: platformClient.HttpRequestOptions): Promise<unknown> {
    return this.#scheduler.schedule(() => super.request(options) as Promise<unknown>, rateLimitOf);
  }
}
