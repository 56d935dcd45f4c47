import DefaultHttpClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/DefaultHttpClient.js';
import type platformClient from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { AuthController } from '@/genesys/auth-controller';
import type { RateLimited, RequestPriority, RequestScheduler } from '@/genesys/request-scheduler';

// DefaultHttpClient, our base, sends with `axios`, which vite.config.ts points at our fetch-based
// stand-in (axios-over-fetch.ts): it also enforces the SDK's timeout (`this.timeout`, ECONNABORTED),
// so no deadline of our own is needed here any more.

function responseOf(error: unknown): { status?: unknown; headers?: unknown; data?: unknown } | null {
  if (typeof error !== 'object' || error === null || !('response' in error)) return null;
  const response: unknown = error.response;
  return typeof response === 'object' && response !== null ? response : null;
}

function statusOf(error: unknown): number | undefined {
  const status = responseOf(error)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A wait Genesys could state: a whole or decimal number of seconds, at most an hour (anything else is not believed). */
const MAX_STATED_WAIT_S = 3600;
function secondsToMs(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const seconds = Number(text);
  return seconds <= MAX_STATED_WAIT_S ? Math.round(seconds * 1000) : undefined;
}

/** Retry-After in seconds, when the browser lets us read it (CORS hides headers it does not expose). */
function headerWaitMs(headers: unknown): number | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'retry-after') return secondsToMs(value);
  }
  return undefined;
}

const rateLimitBodySchema = z.object({
  message: z.catch(z.optional(z.string()), undefined),
  messageWithParams: z.catch(z.optional(z.string()), undefined),
  messageParams: z.catch(z.optional(z.record(z.string(), z.unknown())), undefined),
});

const STATED_WAIT = /retry the request in \[(\d+(?:\.\d+)?)\] seconds?/i;
const STATED_WAIT_PARAM = /retry the request in \[\{([^}]+)\}\] seconds?/i;
/** Parameter names that can only mean the wait, for bodies whose template we cannot match. */
const WAIT_PARAM_NAMES = new Set(['retryafter', 'retryafterseconds', 'seconds', 'retryinseconds']);

function parsedBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

/**
 * The wait a 429 body states: "Rate limit exceeded the maximum. Retry the request in [20] seconds"
 * (code too.many.requests.retry.after), or its messageParams. A "maximum [300] requests within [60]
 * seconds" (too.many.requests) states no wait: its numbers are the budget, not a wait.
 */
function bodyWaitMs(data: unknown): number | undefined {
  const body = rateLimitBodySchema.safeParse(parsedBody(data));
  if (!body.success) return undefined;
  const { message, messageWithParams, messageParams } = body.data;
  const inMessage = message === undefined ? undefined : STATED_WAIT.exec(message)?.[1];
  if (inMessage !== undefined) return secondsToMs(inMessage);
  if (!messageParams) return undefined;
  const name = messageWithParams === undefined ? undefined : STATED_WAIT_PARAM.exec(messageWithParams)?.[1];
  if (name !== undefined && name in messageParams) return secondsToMs(messageParams[name]);
  for (const [key, value] of Object.entries(messageParams)) {
    if (WAIT_PARAM_NAMES.has(key.replace(/[-_\s]/g, '').toLowerCase())) return secondsToMs(value);
  }
  return undefined;
}

/**
 * Reads a 429 from the error the SDK's HTTP client rejects with (axios-over-fetch.ts's, `.response`): the wait from the
 * Retry-After header when visible, else from the body, else none (the scheduler backs off).
 */
export function rateLimitOf(error: unknown): RateLimited | null {
  const response = responseOf(error);
  if (response?.status !== 429) return null;
  const fromHeader = headerWaitMs(response.headers);
  if (fromHeader !== undefined) return { wait: { ms: fromHeader, from: 'header' } };
  const fromBody = bodyWaitMs(response.data);
  if (fromBody !== undefined) return { wait: { ms: fromBody, from: 'body' } };
  return {};
}

function bearerOf(headers: Record<string, unknown> | undefined): string {
  const value = headers?.Authorization;
  return typeof value === 'string' ? value.replace(/^Bearer\s+/i, '') : '';
}

/** Per session, the 401 after which it gave up (the error later requests get without being sent). */
const lastRejection = new WeakMap<AuthController, unknown>();

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
    return this.#scheduler.schedule(() => super.request(options) as Promise<unknown>, rateLimitOf, this.#priority);
  }

  override async request(options: platformClient.HttpRequestOptions): Promise<unknown> {
    const auth = this.#auth;
    // Signed out for good (the banner asks the person to sign in again): nothing is sent with a token Genesys
    // rejected, however often a caller (a channel being reopened, a poll) tries, until they sign in again. The
    // caller gets the 401 that ended the session, as if it had been sent.
    const status = auth?.status();
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the SDK's errors are plain objects: the same one again
    if (auth && status?.kind === 'failed') throw lastRejection.get(auth) ?? status.error;
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
          lastRejection.set(auth, error);
          throw error;
        });
        if (attempt >= 1) throw error;
        options.headers = { ...options.headers, Authorization: `Bearer ${next}` };
      }
    }
  }
}
