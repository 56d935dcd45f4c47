// The pipeline every HTTP handler runs, in one place: request log, latency,
// hung requests (timeout fault), auth (401), rate-limit storm and per-token rate
// limit (429), injected 5xx, permissions (403), zod-validated body and query
// (400), Genesys error bodies, malformed-payload fault. Anonymous routes (the login host) get the log,
// latency and OAuth error bodies only.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod/mini';
import {
  badCredentials,
  badRequest,
  errorResponse,
  gatewayTimeout,
  GenesysError,
  internalServerError,
  invalidValue,
  missingPermissions,
  OAuthError,
  oauthErrorResponse,
  serviceUnavailable,
  tooManyRequests,
} from '@/emulator/errors';
import { faultRate, malformJson } from '@/emulator/faults';
import { searchParamsToObject } from '@/emulator/http-params';
import { hasPermission, permissionsOf, tokenIsLive, type EmulatorCore, type RequestLogEntry } from '@/emulator/emulator-core';
import type { OrgUser } from '@/emulator/org-model';

const RATE_WINDOW_MS = 60_000;

export interface Caller {
  token: string;
  user: OrgUser;
  permissions: readonly string[];
  has(permission: string): boolean;
}

/** What a route without a bearer token (the login host) gets. */
export interface AnonymousContext {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly core: EmulatorCore;
}

export interface RequestContext extends AnonymousContext {
  readonly caller: Caller;
  /** Throws a 403 naming every permission the caller lacks. */
  require(...permissions: string[]): void;
  /** Parses the JSON body; 400 in Genesys' shape when it is not JSON or does not fit. */
  body<T>(schema: z.ZodMiniType<T>): Promise<T>;
  /** Parses the query (repeated keys become arrays); 400 when it does not fit. */
  query<T>(schema: z.ZodMiniType<T>): T;
}

/** A non-200 answer (or an empty one), or one with extra headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

export const noContent = (): Reply => new Reply(204);

export type RouteHandler = (context: RequestContext) => unknown;
export type AnonymousRouteHandler = (context: AnonymousContext) => unknown;

export interface RouteOptions {
  /** Every one is required (403 naming the missing ones). */
  permissions?: readonly string[];
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';

export type Router = Record<Method, (path: string, handle: RouteHandler, options?: RouteOptions) => HttpHandler> & {
  /** A route on any host (an absolute URL pattern) that takes no bearer token. */
  anonymous: (method: Method, url: string, handle: AnonymousRouteHandler) => HttpHandler;
};

/** Query values: repeated keys and comma lists both become arrays. */
export const multiValue = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.transform((value) => (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(',')).filter(Boolean)),
);

/** A whole number of at least 1 from the query, `fallback` when absent. */
const countParam = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.gte(1)), fallback);

export const pageNumberParam = countParam(1);
export const pageSizeParam = countParam(25);

function describeIssue(error: z.core.$ZodError): GenesysError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  return invalidValue(field, issue?.message ?? 'invalid');
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  const match = header === null ? null : /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = decodeURIComponent(value);
  }
  return out;
}

function authenticate(core: EmulatorCore, request: Request): Caller {
  const token = bearerToken(request);
  if (token === undefined) {
    throw badCredentials('No authentication bearer token specified in authorization header.');
  }
  const record = core.state.tokens.get(token);
  const user = record && tokenIsLive(core, record) ? core.state.users.get(record.userId) : undefined;
  if (!user || user.state === 'deleted') throw badCredentials();
  const permissions = permissionsOf(core.state, user);
  return { token, user, permissions, has: (permission) => hasPermission(permissions, permission) };
}

/** The rate-limit storm fault, then the per-token sliding window. */
function enforceRateLimit(core: EmulatorCore, token: string): void {
  const readableFrom = core.variants.retryAfter;
  if (core.faults.rateLimitStorm) throw tooManyRequests(core.faults.stormRetryAfterSec, readableFrom);
  const now = core.now();
  const window = (core.rateWindows.get(token) ?? []).filter((time) => time > now - RATE_WINDOW_MS);
  core.rateWindows.set(token, window);
  const oldest = window[0];
  if (oldest !== undefined && window.length >= core.requestsPerMinute) {
    throw tooManyRequests(Math.max(1, Math.ceil((oldest + RATE_WINDOW_MS - now) / 1000)), readableFrom);
  }
  window.push(now);
}

/** True with the fault's rate for this path (draws from the seeded stream only when the rate is not 0). */
function faultHits(core: EmulatorCore, kind: 'errors' | 'timeout' | 'malformed', path: string): boolean {
  const rate = faultRate(core.faults, kind, path);
  return rate > 0 && core.random.faults.next() < rate;
}

function injectServerError(core: EmulatorCore, path: string): void {
  if (faultHits(core, 'errors', path)) {
    throw core.random.faults.next() < 0.5 ? internalServerError() : serviceUnavailable();
  }
}

/** A hung upstream: no answer until the fault is lifted (or the emulator stops), then a 504. */
async function injectTimeout(core: EmulatorCore, path: string, request: Request): Promise<void> {
  if (!faultHits(core, 'timeout', path)) return;
  await new Promise<void>((resolve) => {
    const release = (): void => {
      core.hungRequests.delete(release);
      resolve();
    };
    core.hungRequests.add(release);
    // The client gave up (its own timeout): nobody waits for this answer any more.
    request.signal.addEventListener('abort', release, { once: true });
  });
  throw gatewayTimeout();
}

function respond(core: EmulatorCore, reply: Reply, malform: boolean, path: string): Response {
  const { body, status, headers } = reply;
  if (status === 204 || body === undefined) return new HttpResponse(null, { status, headers });
  let malformed: unknown = body;
  if (malform && faultHits(core, 'malformed', path)) {
    const { json, kind } = malformJson(body, core.random.faults, core.faults.malformations);
    if (kind !== null) core.malformed.set(kind, (core.malformed.get(kind) ?? 0) + 1);
    malformed = json;
  }
  return new HttpResponse(JSON.stringify(malformed), {
    status,
    headers: { ...headers, 'Content-Type': 'application/json' },
  });
}

function makeContext(core: EmulatorCore, request: Request, url: URL, params: Record<string, string>, caller: Caller): RequestContext {
  return {
    request,
    url,
    params,
    caller,
    core,
    require(...permissions) {
      const missing = permissions.filter((permission) => !caller.has(permission));
      if (missing.length > 0) throw missingPermissions(missing);
    },
    async body(schema) {
      let raw: unknown;
      try {
        raw = JSON.parse(await request.text());
      } catch {
        throw badRequest();
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw describeIssue(parsed.error);
      return parsed.data;
    },
    query(schema) {
      const parsed = schema.safeParse(searchParamsToObject(url.searchParams));
      if (!parsed.success) throw describeIssue(parsed.error);
      return parsed.data;
    },
  };
}

type Run = (context: AnonymousContext, entry: RequestLogEntry) => unknown;

/** Log, latency, the handler, then its answer or its error in Genesys' or OAuth's shape. */
function serve(core: EmulatorCore, method: Method, pattern: string, run: Run, malform: boolean): HttpHandler {
  return http[method](pattern, async ({ request, params }) => {
    const url = new URL(request.url);
    const contextId = core.random.ids.uuid();
    const entry: RequestLogEntry = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      status: 0,
      timestamp: core.now(),
    };
    core.logRequest(entry);
    let response: Response;
    try {
      if (core.faults.latencyMs > 0) await delay(core.faults.latencyMs);
      const result: unknown = await run({ request, url, params: stringParams(params), core }, entry);
      response = respond(core, result instanceof Reply ? result : new Reply(200, result), malform, url.pathname);
    } catch (error) {
      if (error instanceof OAuthError) response = oauthErrorResponse(error);
      else if (error instanceof GenesysError) response = errorResponse(error, contextId);
      else throw error;
    }
    entry.status = response.status;
    return response;
  });
}

/** An API route: timeout fault, 401, 429, injected 5xx, 403, then the handler. */
function route(core: EmulatorCore, method: Method, path: string, handle: RouteHandler, options: RouteOptions = {}): HttpHandler {
  const run: Run = async ({ request, url, params }, entry) => {
    await injectTimeout(core, url.pathname, request);
    const caller = authenticate(core, request);
    entry.userId = caller.user.id;
    enforceRateLimit(core, caller.token);
    injectServerError(core, url.pathname);
    const context = makeContext(core, request, url, params, caller);
    if (options.permissions) context.require(...options.permissions);
    return handle(context);
  };
  return serve(core, method, `${core.apiBase}${path}`, run, true);
}

export function createRouter(core: EmulatorCore): Router {
  return {
    get: (path, handle, options) => route(core, 'get', path, handle, options),
    post: (path, handle, options) => route(core, 'post', path, handle, options),
    put: (path, handle, options) => route(core, 'put', path, handle, options),
    patch: (path, handle, options) => route(core, 'patch', path, handle, options),
    delete: (path, handle, options) => route(core, 'delete', path, handle, options),
    head: (path, handle, options) => route(core, 'head', path, handle, options),
    anonymous: (method, url, handle) => serve(core, method, url, handle, false),
  };
}
