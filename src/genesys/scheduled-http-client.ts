import DefaultHttpClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/DefaultHttpClient.js';
import type platformClient from 'purecloud-platform-client-v2';
import type { AuthController } from '@/genesys/auth-controller';
import type { RateLimited, RequestPriority, RequestScheduler } from '@/genesys/request-scheduler';

const DEFAULT_RETRY_AFTER_MS = 5_000;
/** Lets axios's own timeout error win where the transport fires it. */
const DEADLINE_GRACE_MS = 50;

/** A request that got no answer within the SDK's timeout, shaped like axios's own timeout error. */
export class RequestTimeoutError extends Error {
  readonly code = 'ECONNABORTED';
  constructor(timeoutMs: number) {
    super(`timeout of ${String(timeoutMs)}ms exceeded`);
    this.name = 'RequestTimeoutError';
  }
}

/**
 * The SDK's timeout, enforced here as well: axios relies on the transport firing
 * `timeout`, which not every one does (MSW's XMLHttpRequest interceptor, under
 * which the tests run, holds a request for as long as the server does).
 */
function withDeadline<T>(request: Promise<T>, timeoutMs: number): Promise<T> {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return request;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new RequestTimeoutError(timeoutMs));
    }, timeoutMs + DEADLINE_GRACE_MS);
    request.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // The SDK rejects with Genesys error bodies (plain objects): passed on as they are.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(error);
      },
    );
  });
}

function responseOf(error: unknown): { status?: unknown; headers?: unknown } | null {
  if (typeof error !== 'object' || error === null || !('response' in error)) return null;
  const response: unknown = error.response;
  return typeof response === 'object' && response !== null ? response : null;
}

function statusOf(error: unknown): number | undefined {
  const status = responseOf(error)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Reads a 429 from the axios error the SDK's HTTP client rejects with. */
export function rateLimitOf(error: unknown): RateLimited | null {
  const response = responseOf(error);
  if (response?.status !== 429) return null;
  const headers = response.headers;
  let retryAfter: unknown;
  if (typeof headers === 'object' && headers !== null && 'retry-after' in headers) {
    retryAfter = headers['retry-after'];
  }
  const seconds = Number(retryAfter);
  return { retryAfterMs: Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS };
}

function bearerOf(headers: Record<string, unknown> | undefined): string {
  const value = headers?.Authorization;
  return typeof value === 'string' ? value.replace(/^Bearer\s+/i, '') : '';
}

/**
 * The SDK's own HTTP client with every request passed through our scheduler,
 * and a 401 turned into one re-sign-in followed by one retry.
 */
export class ScheduledHttpClient extends DefaultHttpClient {
  readonly #scheduler: RequestScheduler;
  readonly #auth: AuthController | undefined;
  readonly #priority: RequestPriority;

  constructor(scheduler: RequestScheduler, auth?: AuthController, priority: RequestPriority = 'interactive') {
    super();
    this.#scheduler = scheduler;
    this.#auth = auth;
    this.#priority = priority;
  }

  #send(options: platformClient.HttpRequestOptions): Promise<unknown> {
    return this.#scheduler.schedule(
      () => withDeadline(super.request(options) as Promise<unknown>, this.timeout),
      rateLimitOf,
      this.#priority,
    );
  }

  override async request(options: platformClient.HttpRequestOptions): Promise<unknown> {
    const auth = this.#auth;
    for (let attempt = 0; ; attempt += 1) {
      const token = bearerOf(options.headers);
      try {
        const response = await this.#send(options);
        auth?.markWorked(token);
        return response;
      } catch (error: unknown) {
        if (!auth || !token || statusOf(error) !== 401) throw error;
        // The controller decides: a new token to retry with, or (after one re-sign-in) give up.
        const next = await auth.unauthorized(token).catch(() => {
          throw error;
        });
        if (attempt >= 1) throw error;
        options.headers = { ...options.headers, Authorization: `Bearer ${next}` };
      }
    }
  }
}
