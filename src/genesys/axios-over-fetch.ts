// The platform SDK sends every request through axios (its DefaultHttpClient: axios.create, interceptors,
// request). vite.config.ts aliases `axios` to this module, for the build and the tests alike: the part of
// axios the SDK uses, over fetch, at a tenth of axios's 10 kB gzip. What the SDK (ApiClient.callApi) and
// our ScheduledHttpClient read behaves as axios's browser adapter did:
// - a response is {data, status, statusText, headers}, headers a plain object with lower-case names;
// - a text body is parsed as JSON when it is JSON, whatever its type, else kept as text ('' when empty);
// - a status outside 2xx rejects with an Error whose `.response` is that response;
// - no answer rejects with code ERR_NETWORK, the SDK's timeout with code ECONNABORTED, both without
//   `.response`, and neither carries the request (whose Authorization header would travel with it);
// - query parameters are encoded as axios encodes them (`:`, `$`, `,` kept, a space as `+`);
// - an object body is sent as JSON, and a request without a body has no Content-Type.

export interface AxiosLikeConfig {
  url: string;
  method: string;
  params?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  data?: unknown;
  /** Milliseconds; 0 or absent: none. */
  timeout?: number;
}

export interface AxiosLikeResponse {
  data: unknown;
  status: number;
  statusText: string;
  headers: Record<string, string>;
}

/** What axios's browser adapter rejects with; `response` only when the server answered. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly response?: AxiosLikeResponse,
  ) {
    super(message);
    this.name = 'AxiosError';
  }

  get status(): number | undefined {
    return this.response?.status;
  }
}

/** A request that got no answer within the SDK's timeout, shaped like axios's own timeout error. */
export class RequestTimeoutError extends Error {
  readonly code = 'ECONNABORTED';
  constructor(timeoutMs: number) {
    super(`timeout of ${String(timeoutMs)}ms exceeded`);
    this.name = 'RequestTimeoutError';
  }
}

const DEFAULT_ACCEPT = 'application/json, text/plain, */*';

/** axios's query encoding (helpers/buildURL.js): encodeURIComponent, then `:`, `$`, `,` back and a space as `+`. */
function encodeParam(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%20/g, '+');
}

function paramText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/**
 * The URL with its query, as axios builds it: nil values left out, an empty string kept (`name=`), arrays as
 * `name[]=…` per element. ApiClient.serialize hands over strings only (arrays already comma-joined).
 */
function urlWithParams(url: string, params: Record<string, unknown> | undefined): string {
  if (!params) return url;
  const pairs: string[] = [];
  for (const [rawName, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const name = rawName.trim();
    if (Array.isArray(value)) {
      for (const element of value as unknown[]) {
        if (element !== undefined && element !== null) pairs.push(`${encodeParam(`${name}[]`)}=${encodeParam(paramText(element))}`);
      }
    } else {
      pairs.push(`${encodeParam(name)}=${encodeParam(paramText(value))}`);
    }
  }
  if (pairs.length === 0) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  return `${base}${base.includes('?') ? '&' : '?'}${pairs.join('&')}`;
}

/** axios's stringifySafely: a string that already is JSON goes as it is (trimmed), anything else through JSON.stringify. */
function jsonText(data: unknown): string {
  if (typeof data === 'string') {
    try {
      JSON.parse(data);
      return data.trim();
    } catch {
      // Not JSON: sent as a JSON string, as axios does.
    }
  }
  return JSON.stringify(data);
}

function isPassThroughBody(data: unknown): data is BodyInit {
  return (
    data instanceof FormData ||
    data instanceof Blob ||
    data instanceof ArrayBuffer ||
    ArrayBuffer.isView(data) ||
    data instanceof URLSearchParams ||
    data instanceof ReadableStream
  );
}

/** The body as axios's transformRequest makes it, and the headers to send with it. */
function bodyAndHeaders(config: AxiosLikeConfig): { body: BodyInit | undefined; headers: Headers } {
  const headers = new Headers();
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    if (value !== undefined && value !== null) headers.set(name, paramText(value));
  }
  if (!headers.has('accept')) headers.set('accept', DEFAULT_ACCEPT);
  const { data } = config;
  if (data === undefined) {
    // axios's adapter drops the Content-Type of a request without a body (ApiClient sets one on every request).
    headers.delete('content-type');
    return { body: undefined, headers };
  }
  if (isPassThroughBody(data)) {
    if (data instanceof FormData) headers.delete('content-type');
    return { body: data, headers };
  }
  const contentType = headers.get('content-type') ?? '';
  const isObject = typeof data === 'object' && data !== null;
  if (isObject && contentType.includes('application/x-www-form-urlencoded')) {
    return { body: new URLSearchParams(Object.entries(data).map(([name, value]) => [name, paramText(value)])).toString(), headers };
  }
  if (isObject || contentType.includes('application/json')) {
    if (!contentType) headers.set('content-type', 'application/json');
    return { body: jsonText(data), headers };
  }
  // A string with a type other than JSON goes as it is (the SDK's form-encoded login requests).
  return { body: paramText(data), headers };
}

/** axios's transformResponse: a non-empty text body that parses as JSON becomes that JSON, else stays text. */
function parsedData(text: string): unknown {
  if (!text) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function responseOf(answer: Response): Promise<AxiosLikeResponse> {
  const headers: Record<string, string> = {};
  // Headers iterates lower-case names, repeated ones joined with ", " (as getAllResponseHeaders gave them).
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { data: parsedData(await answer.text()), status: answer.status, statusText: answer.statusText, headers };
}

/** One request, settled as axios settles it: 2xx resolves, any other status rejects with the response. */
async function send(config: AxiosLikeConfig, signal: AbortSignal): Promise<AxiosLikeResponse> {
  const { body, headers } = bodyAndHeaders(config);
  let answer: Response;
  try {
    answer = await fetch(urlWithParams(config.url, config.params), { method: config.method.toUpperCase(), headers, body, signal });
  } catch {
    // The browser says no more than this (offline, DNS, CORS, a dropped connection); nor did axios.
    throw new HttpError('Network Error', 'ERR_NETWORK');
  }
  const response = await responseOf(answer);
  if (response.status >= 200 && response.status < 300) return response;
  throw new HttpError(
    `Request failed with status code ${String(response.status)}`,
    response.status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE',
    response,
  );
}

/**
 * `send` within the timeout. The timer rejects on its own rather than through the aborted fetch, since not
 * every fetch (test interceptors among them) rejects when its signal aborts; the abort then frees the
 * connection and tells the server side (the emulator's hung requests) that nobody waits any more.
 */
function sendWithin(config: AxiosLikeConfig): Promise<AxiosLikeResponse> {
  const controller = new AbortController();
  const timeoutMs = config.timeout ?? 0;
  const sending = send(config, controller.signal);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return sending;
  return new Promise<AxiosLikeResponse>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new RequestTimeoutError(timeoutMs));
      controller.abort();
    }, timeoutMs);
    sending.then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // The SDK passes on what its client rejects with, Error or not.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(error);
      },
    );
  });
}

type Fulfilled<T> = (value: T) => T | Promise<T>;
type Rejected = (error: unknown) => unknown;

/** axios's interceptor list: use() returns an id that eject() takes. */
class Interceptors<T> {
  readonly #handlers = new Map<number, { fulfilled?: Fulfilled<T> | undefined; rejected?: Rejected | undefined }>();
  #nextId = 0;

  use(fulfilled?: Fulfilled<T>, rejected?: Rejected): number {
    const id = this.#nextId++;
    this.#handlers.set(id, { fulfilled, rejected });
    return id;
  }

  eject(id: number): void {
    this.#handlers.delete(id);
  }

  /** `first`, then each handler in turn; `reversed`: the last registered first (axios's order for requests). */
  run(first: Promise<T>, reversed: boolean): Promise<T> {
    const handlers = [...this.#handlers.values()];
    if (reversed) handlers.reverse();
    return handlers.reduce<Promise<T>>((chain, { fulfilled, rejected }) => chain.then(fulfilled, rejected) as Promise<T>, first);
  }
}

export class AxiosLikeInstance {
  readonly interceptors = {
    request: new Interceptors<AxiosLikeConfig>(),
    response: new Interceptors<AxiosLikeResponse>(),
  };

  request(config: AxiosLikeConfig): Promise<AxiosLikeResponse> {
    const ready = this.interceptors.request.run(Promise.resolve(config), true);
    return this.interceptors.response.run(ready.then(sendWithin), false);
  }
}

/** The default export stands for axios itself: DefaultHttpClient calls `axios.create()` and `axios.interceptors`. */
const axios = Object.assign(new AxiosLikeInstance(), { create: (): AxiosLikeInstance => new AxiosLikeInstance() });

export default axios;
