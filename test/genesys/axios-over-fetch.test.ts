// The SDK sends through `axios`, which vite.config.ts points at src/genesys/axios-over-fetch.ts (build and
// tests alike). The same requests through it and through the real axios (still installed, as the SDK's
// dependency) must look the same to the server and come back the same to the SDK.
import { createRequire } from 'node:module';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import axios, { AxiosLikeInstance, type AxiosLikeConfig } from '@/genesys/axios-over-fetch';
import { createPlatformApis } from '@/genesys/sdk';

interface RealAxios {
  create(): { request(config: AxiosLikeConfig): Promise<unknown> };
}
// Node's require, which the alias does not reach: the real axios, run on jsdom's XMLHttpRequest.
const realAxiosModule: unknown = createRequire(import.meta.url)('axios');
const realAxios = (realAxiosModule as RealAxios).create();

const BASE = 'https://api.axios-check.test';
const TOKEN = 'secret-token-123';
const seen: unknown[] = [];
let aborted = 0;

const server = setupServer(
  http.all(`${BASE}/echo`, async ({ request }) => {
    seen.push({
      method: request.method,
      url: request.url,
      contentType: request.headers.get('content-type'),
      accept: request.headers.get('accept'),
      authorization: request.headers.get('authorization'),
      body: await request.text(),
    });
    return HttpResponse.json({ ok: true }, { headers: { 'X-Request-Id': 'r-1', 'Cache-Control': 'no-cache' } });
  }),
  http.get(`${BASE}/text`, () => HttpResponse.text('plain words', { headers: { 'Content-Type': 'text/plain' } })),
  http.delete(`${BASE}/empty`, () => new HttpResponse(null, { status: 204 })),
  http.get(`${BASE}/limited`, () =>
    HttpResponse.json({ message: 'Retry the request in [3] seconds', status: 429 }, { status: 429, headers: { 'Retry-After': '3' } }),
  ),
  http.get(`${BASE}/broken`, () => new HttpResponse('<html>', { status: 502, statusText: 'Bad Gateway' })),
  http.get(`${BASE}/empty-error`, () => new HttpResponse(null, { status: 404 })),
  http.get(`${BASE}/down`, () => HttpResponse.error()),
  http.get(
    `${BASE}/hang`,
    ({ request }) =>
      new Promise<Response>((resolve) => {
        request.signal.addEventListener('abort', () => {
          aborted += 1;
          resolve(HttpResponse.json({}));
        });
      }),
  ),
);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

/** What the SDK can read of an outcome: the response, or the error's code, message and response. */
function readable(outcome: { value?: unknown; error?: unknown }): unknown {
  const responseOf = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    const { data, status, statusText, headers } = value as Record<string, unknown>;
    return { data, status, statusText, headers: { ...(headers as object) } };
  };
  if ('value' in outcome) return { resolved: responseOf(outcome.value) };
  const error = outcome.error as { code?: unknown; message?: unknown; response?: unknown };
  return { rejected: { code: error.code, message: error.message, response: error.response ? responseOf(error.response) : undefined } };
}

async function outcomeOf(send: Promise<unknown>): Promise<unknown> {
  return readable(
    await send.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
  );
}

const REQUESTS: [string, AxiosLikeConfig][] = [
  [
    'a GET with the query ApiClient.serialize builds, and its headers',
    {
      url: `${BASE}/echo`,
      method: 'GET',
      params: { pageSize: '25', id: 'a,b', q: 'Zoë O’Brien: $5 & 50% (x)=y+z!~*', empty: '' },
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      timeout: 16000,
    },
  ],
  [
    'a POST with a JSON body',
    {
      url: `${BASE}/echo`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      data: { query: [{ type: 'EXACT', value: 'ü' }], pageSize: 25 },
    },
  ],
  [
    'a POST with a JSON string body',
    { url: `${BASE}/echo`, method: 'POST', headers: { 'Content-Type': 'application/json' }, data: ' {"a":1} ' },
  ],
  ['a PUT without Accept', { url: `${BASE}/echo?ignoreErrors=true`, method: 'PUT', params: { more: 'x' }, data: [{ id: 't' }] }],
  [
    'parameters ApiClient never sends (nil, arrays, numbers), and a fragment',
    { url: `${BASE}/echo#frag`, method: 'GET', params: { a: null, b: undefined, c: ['1', null, '2'], d: true, e: 3 } },
  ],
  ['a text answer', { url: `${BASE}/text`, method: 'GET' }],
  ['a 204', { url: `${BASE}/empty`, method: 'DELETE' }],
  ['a 429 with Retry-After', { url: `${BASE}/limited`, method: 'GET' }],
  ['a 502 that is not JSON', { url: `${BASE}/broken`, method: 'GET' }],
  ['a 404 without a body', { url: `${BASE}/empty-error`, method: 'GET' }],
  ['no answer at all', { url: `${BASE}/down`, method: 'GET', headers: { Authorization: `Bearer ${TOKEN}` } }],
];

test.each(REQUESTS)('%s: the server sees, and the SDK gets, what axios gave', async (_name, config) => {
  seen.length = 0;
  const real = await outcomeOf(realAxios.request(structuredClone(config)));
  const ours = await outcomeOf(axios.create().request(structuredClone(config)));
  expect(ours).toEqual(real);
  expect(seen[1]).toEqual(seen[0]);
});

test('the SDK’s DefaultHttpClient sends through the stand-in, here as in the build', () => {
  // Without a scheduler the SDK makes its own DefaultHttpClient.
  const client: unknown = createPlatformApis('mypurecloud.ie', 'token').client.getHttpClient();
  expect((client as { _axiosInstance?: unknown })._axiosInstance).toBeInstanceOf(AxiosLikeInstance);
});

test('a request without an answer within the timeout fails as axios’s timeout does, and the request is aborted', async () => {
  aborted = 0;
  const error: unknown = await axios.request({ url: `${BASE}/hang`, method: 'GET', timeout: 100 }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Error);
  expect(error).toMatchObject({ code: 'ECONNABORTED', message: 'timeout of 100ms exceeded' });
  expect(error).not.toHaveProperty('response');
  await expect.poll(() => aborted).toBe(1);
});

test('an error without an answer carries neither the request nor its token', async () => {
  const error: unknown = await axios
    .request({ url: `${BASE}/down`, method: 'GET', headers: { Authorization: `Bearer ${TOKEN}` } })
    .catch((caught: unknown) => caught);
  expect(error).toMatchObject({ code: 'ERR_NETWORK', message: 'Network Error' });
  expect(JSON.stringify(error) + String(error)).not.toContain(TOKEN);
});

test('interceptors run as axios runs them: requests last-registered first, responses in order', async () => {
  const instance = axios.create();
  const order: string[] = [];
  instance.interceptors.request.use((config) => (order.push('request 1'), config));
  const ejected = instance.interceptors.request.use((config) => (order.push('ejected'), config));
  instance.interceptors.request.use((config) => (order.push('request 2'), { ...config, params: { added: 'yes' } }));
  instance.interceptors.request.eject(ejected);
  instance.interceptors.response.use((response) => (order.push('response 1'), response));
  instance.interceptors.response.use((response) => (order.push('response 2'), { ...response, status: 299 }));
  seen.length = 0;
  await expect(instance.request({ url: `${BASE}/echo`, method: 'GET' })).resolves.toMatchObject({ status: 299 });
  expect(order).toEqual(['request 2', 'request 1', 'response 1', 'response 2']);
  expect(seen[0]).toMatchObject({ url: `${BASE}/echo?added=yes` });
});
