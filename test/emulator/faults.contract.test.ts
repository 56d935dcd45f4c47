import { expect, test } from 'vitest';
import { z } from 'zod';
import { FaultSyntaxError, HUGE_STRING_LENGTH, parseFaults, routeMatches } from '@/emulator/faults';
import { generateOrg } from '@/emulator/generate-org';
import { presenceSourceIdOf } from '@/emulator/wire';
import { startEmulator } from '../support/emulator-server';
import { EIGHT_BY_EIGHT_ID, USERS } from '../support/fixture-org';
import { openSocket } from '../support/socket';
import { notificationsApi } from '@/genesys/sdk';

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

function client(harness: ReturnType<typeof startEmulator>) {
  const headers = { Authorization: `Bearer ${harness.tokenFor('agent')}`, 'Content-Type': 'application/json' };
  return {
    get: (path: string, init: RequestInit = {}) => fetch(harness.url(path), { headers, ...init }),
    search: (body: object = { pageSize: 25, query: [{ type: 'EXACT', fields: ['state'], values: ['active'] }] }) =>
      fetch(harness.url('/api/v2/users/search'), { method: 'POST', headers, body: JSON.stringify(body) }),
  };
}

const page = z.object({ total: z.number(), results: z.array(z.object({ id: z.string() }).loose()) }).loose();

test('route patterns: "*" is one segment, "**" any number, with or without /api/v2/', () => {
  expect(routeMatches('users/search', '/api/v2/users/search')).toBe(true);
  expect(routeMatches('users/search', '/api/v2/users/searchx')).toBe(false);
  expect(routeMatches('users/presences/*/bulk', '/api/v2/users/presences/abc/bulk')).toBe(true);
  expect(routeMatches('users/*', '/api/v2/users/presences/abc/bulk')).toBe(false);
  expect(routeMatches('notifications/**', '/api/v2/notifications/channels/1/subscriptions')).toBe(true);
  expect(routeMatches('**', '/api/v2/groups')).toBe(true);
  expect(routeMatches('users/me', 'users/me')).toBe(true);
});

test('errors@route fails only the matching requests', async () => {
  const harness = startEmulator({ faults: parseFaults('errors:1@users/search') });
  const api = client(harness);
  expect((await api.get('/api/v2/users/me')).status).toBe(200);
  const failed = await api.search();
  expect([500, 503]).toContain(failed.status);
  expect(await failed.json()).toMatchObject({ status: failed.status });
  harness.emulator.clearFaults();
  expect((await api.search()).status).toBe(200);
});

test('timeout holds a request unanswered until the fault is lifted, then answers 504', async () => {
  const harness = startEmulator({ faults: parseFaults('timeout@users/me') });
  const api = client(harness);
  let settled = false;
  const pending = api.get('/api/v2/users/me').then((answer) => {
    settled = true;
    return answer;
  });
  expect((await api.get('/api/v2/presence/definitions')).status).toBe(200);
  await sleep(300);
  expect(settled).toBe(false);
  expect(harness.emulator.stats().hungRequests).toBe(1);

  harness.emulator.clearFaults();
  const answer = await pending;
  expect(answer.status).toBe(504);
  expect(await answer.json()).toMatchObject({ status: 504, code: 'gateway.timeout' });
  expect(harness.emulator.stats().hungRequests).toBe(0);
  expect((await api.get('/api/v2/users/me')).status).toBe(200);
});

test('a client that gives up on a hung request frees it', async () => {
  const harness = startEmulator({ faults: { timeoutRate: 1 } });
  const abort = new AbortController();
  const pending = client(harness).get('/api/v2/users/me', { signal: abort.signal });
  await sleep(50);
  abort.abort();
  await expect(pending).rejects.toThrow();
  await sleep(20);
  expect(harness.emulator.stats().hungRequests).toBe(0);
});

test('silent sockets carry no heartbeat, pong or event; events sent meanwhile are lost', async () => {
  const harness = startEmulator({ limits: { heartbeatIntervalMs: 20 } });
  const notifications = await notificationsApi(harness.apisFor('agent'));
  const channel = await notifications.postNotificationsChannels();
  const topic = `v2.users.${USERS.ucOnly}.integrationpresence`;
  await notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [{ id: topic }]);
  const socket = await openSocket(channel.connectUri ?? '');
  harness.emulator.setFaults(parseFaults('silent'));
  harness.emulator.start();
  harness.emulator.setIntegrationPresence(USERS.ucOnly, 'AWAY');
  socket.socket.send(JSON.stringify({ message: 'ping' }));
  await sleep(150);
  expect(socket.events).toEqual([]);

  harness.emulator.clearFaults();
  await socket.next((event) => event.topicName === 'channel.metadata');
  harness.emulator.setIntegrationPresence(USERS.ucOnly, 'BUSY');
  const event = await socket.next((candidate) => candidate.topicName === topic);
  expect(event.eventBody).toMatchObject({ presenceDefinition: { systemPresence: 'BUSY' } });
  expect(socket.events.filter((candidate) => candidate.topicName === topic)).toHaveLength(1);
});

test('malformations on demand: huge strings, duplicate users, empty pages', async () => {
  const harness = startEmulator({ org: generateOrg({ size: 60, seed: 3 }) });
  const api = client(harness);
  const reference = page.parse(await (await api.search()).json());
  expect(reference.results.length).toBe(25);

  harness.emulator.setFaults(parseFaults('malformed:1@users/search,malformations:empty-page'));
  const empty = page.parse(await (await api.search()).json());
  expect(empty.results).toEqual([]);
  expect(empty.total).toBe(reference.total);

  harness.emulator.setFaults(parseFaults('malformations:duplicate-users'));
  const duplicated = page.parse(await (await api.search()).json());
  const ids = duplicated.results.map((user) => user.id);
  expect(ids).toHaveLength(26);
  expect(new Set(ids).size).toBe(25);

  harness.emulator.setFaults(parseFaults('malformations:huge-string'));
  const huge = await (await api.search()).text();
  expect(huge.length).toBeGreaterThan(HUGE_STRING_LENGTH);
  expect(JSON.stringify(page.parse(JSON.parse(huge))).length).toBeGreaterThan(HUGE_STRING_LENGTH);

  // Other routes are untouched.
  expect(await (await api.get('/api/v2/users/me')).text()).not.toContain('x'.repeat(50));
});

test('unknown presence values on demand, in bulk presence and in socket events', async () => {
  const harness = startEmulator();
  const api = client(harness);
  harness.emulator.setFaults(parseFaults('malformed:1@users/presences/*/bulk,malformed:1@socket,malformations:unknown-presence'));
  const sourceId = presenceSourceIdOf({ id: EIGHT_BY_EIGHT_ID });
  const bulk = z
    .array(z.object({ presenceDefinition: z.object({ systemPresence: z.string() }) }).loose())
    .parse(await (await api.get(`/api/v2/users/presences/${sourceId}/bulk?id=${USERS.ucOnly}`)).json());
  expect(bulk.map((entry) => entry.presenceDefinition.systemPresence)).toEqual(['NOT_A_PRESENCE']);

  const notifications = await notificationsApi(harness.apisFor('agent'));
  const channel = await notifications.postNotificationsChannels();
  const topic = `v2.users.${USERS.ucOnly2}.integrationpresence`;
  await notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [{ id: topic }]);
  const socket = await openSocket(channel.connectUri ?? '');
  harness.emulator.setIntegrationPresence(USERS.ucOnly2, 'AWAY');
  const event = await socket.next((candidate) => candidate.topicName === topic);
  expect(event.eventBody).toMatchObject({ presenceDefinition: { systemPresence: 'NOT_A_PRESENCE' } });
});

test('storm with retryAfter:body: every 429 hides Retry-After and states the wait in its body', async () => {
  const harness = startEmulator({ faults: parseFaults('storm:20'), variants: { retryAfter: 'body' } });
  const answer = await client(harness).get('/api/v2/users/me');
  expect(answer.status).toBe(429);
  expect(answer.headers.has('Retry-After')).toBe(false);
  expect(await answer.json()).toMatchObject({
    status: 429,
    code: 'too.many.requests.retry.after',
    message: 'Rate limit exceeded the maximum. Retry the request in [20] seconds',
    messageWithParams: 'Rate limit exceeded the maximum. Retry the request in [{seconds}] seconds',
    messageParams: { seconds: '20' },
    details: [],
  });
  // The variant changes at run time, as demo mode's switch does.
  harness.emulator.setVariants({ retryAfter: 'header' });
  expect((await client(harness).get('/api/v2/users/me')).headers.get('Retry-After')).toBe('20');
});

test('the request log keeps the latest entries; requestCount() counts them all', async () => {
  const harness = startEmulator({ requestLogCapacity: 5 });
  const api = client(harness);
  for (let i = 0; i < 8; i++) await api.get(i === 7 ? '/api/v2/presence/definitions' : '/api/v2/users/me');
  expect(harness.emulator.requestLog).toHaveLength(5);
  expect(harness.emulator.requestLog.at(-1)?.path).toBe('/api/v2/presence/definitions');
  expect(harness.emulator.requestCount()).toBe(8);
  expect(harness.emulator.stats()).toMatchObject({ requests: 8, logged: 5 });
});

test('a long run forgets idle rate windows and tokens that could only answer 401', async () => {
  let now = 1_000_000;
  const harness = startEmulator({ now: () => now, limits: { channelLifetimeMs: 30 } });
  const tokens = Array.from({ length: 5 }, () => harness.tokenFor('agent'));
  for (const token of tokens) {
    await fetch(harness.url('/api/v2/users/me'), { headers: { Authorization: `Bearer ${token}` } });
  }
  for (const token of tokens.slice(0, 3)) harness.emulator.revokeToken(token);
  const before = harness.emulator.stats();
  expect(before.rateWindows).toBe(5);
  expect(before.tokens).toBe(5);
  now += 61_000;
  harness.emulator.start();
  await sleep(100);
  expect(harness.emulator.stats()).toMatchObject({ rateWindows: 0, tokens: 2 });
  // The tokens kept still work, the forgotten ones are still refused.
  expect((await fetch(harness.url('/api/v2/users/me'), { headers: { Authorization: `Bearer ${tokens[4] ?? ''}` } })).status).toBe(200);
  expect((await fetch(harness.url('/api/v2/users/me'), { headers: { Authorization: `Bearer ${tokens[0] ?? ''}` } })).status).toBe(401);
});

test('parseFaults reads routed items, timeouts, silence and malformation kinds', () => {
  expect(
    parseFaults(
      'errors:0.5@users/search, timeout@/api/v2/notifications/**, silent, malformed:1@socket, malformations:huge-string+empty-page',
    ),
  ).toEqual({
    routeFaults: [
      { kind: 'errors', route: 'users/search', rate: 0.5 },
      { kind: 'timeout', route: 'notifications/**', rate: 1 },
      { kind: 'malformed', route: 'socket', rate: 1 },
    ],
    silentSockets: true,
    malformations: ['huge-string', 'empty-page'],
  });
  expect(parseFaults('timeout:0.25')).toEqual({ timeoutRate: 0.25 });
  // A later item for the same route replaces the earlier one.
  expect(parseFaults('errors:1@groups/**,errors:0.2@groups/**').routeFaults).toEqual([{ kind: 'errors', route: 'groups/**', rate: 0.2 }]);
  expect(() => parseFaults('storm@users/search')).toThrow(/cannot be restricted/);
  expect(() => parseFaults('errors:1@users/<script>')).toThrow(FaultSyntaxError);
  expect(() => parseFaults('errors:1@socket')).toThrow(/malformed only/);
  expect(() => parseFaults('malformations:fuzz')).toThrow(/unknown malformation "fuzz"/);
});
