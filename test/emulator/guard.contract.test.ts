import { expect, test } from 'vitest';
import { z } from 'zod';
import { parseFaults, FaultSyntaxError } from '@/emulator/faults';
import { generateOrg } from '@/emulator/generate-org';
import { rejection, startEmulator, thrown } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';
import { openSocket } from '../support/socket';
import { notificationsApi } from '@/genesys/sdk';

test('over requestsPerMinute per token is a 429 with Retry-After and the Genesys body', async () => {
  let now = 0;
  const { url, tokenFor, apisFor } = startEmulator({ requestsPerMinute: 3, now: () => now });
  const token = tokenFor('agent');
  const get = () => fetch(url('/api/v2/users/me'), { headers: { Authorization: `Bearer ${token}` } });
  for (let i = 0; i < 3; i++) {
    now += 1000;
    expect((await get()).status).toBe(200);
  }
  const limited = await get();
  expect(limited.status).toBe(429);
  expect(limited.headers.get('Retry-After')).toBe('58');
  const body = z.record(z.string(), z.unknown()).parse(await limited.json());
  expect(body).toMatchObject({
    status: 429,
    code: 'too.many.requests.retry.after',
    message: 'Rate limit exceeded the maximum. Retry the request in [58] seconds',
    messageWithParams: 'Rate limit exceeded the maximum. Retry the request in [{seconds}] seconds',
    messageParams: { seconds: '58' },
    details: [],
    errors: [],
  });
  expect(body.contextId).toBe(limited.headers.get('inin-correlation-id'));
  // Another token has its own budget.
  await expect(apisFor('agent').users.getUsersMe()).resolves.toMatchObject({ id: USERS.agent });
  now += 58_000;
  expect((await get()).status).toBe(200);
});

test('retryAfter:body: the 429 has no readable Retry-After, and its body states the wait', async () => {
  let now = 0;
  const { url, tokenFor } = startEmulator({ requestsPerMinute: 1, now: () => now, variants: { retryAfter: 'body' } });
  const token = tokenFor('agent');
  const get = () => fetch(url('/api/v2/users/me'), { headers: { Authorization: `Bearer ${token}` } });
  expect((await get()).status).toBe(200);
  now += 40_000;
  const limited = await get();
  expect(limited.status).toBe(429);
  expect(limited.headers.has('Retry-After')).toBe(false);
  expect(await limited.json()).toMatchObject({
    code: 'too.many.requests.retry.after',
    message: 'Rate limit exceeded the maximum. Retry the request in [20] seconds',
    messageParams: { seconds: '20' },
  });
});

test('every error body carries the platform fields (message, code, status, messageWithParams, messageParams, contextId, details)', async () => {
  const { url, tokenFor, apisFor } = startEmulator();
  const noToken = await fetch(url('/api/v2/users/me'));
  const headers = { Authorization: `Bearer ${tokenFor('agent')}` };
  const unknown = await fetch(url('/api/v2/users/not-a-user'), { headers });
  const forbiddenCall = apisFor('no-badges').integrations.getIntegrationsUnifiedcommunicationsClientapps();
  const bodies: unknown[] = [await noToken.json(), await unknown.json(), await thrown(forbiddenCall)];
  const shape = z
    .object({
      message: z.string().min(1),
      code: z.string().min(1),
      status: z.number(),
      messageWithParams: z.string().min(1),
      messageParams: z.record(z.string(), z.string()),
      contextId: z.string().min(1),
      details: z.array(z.unknown()),
      errors: z.array(z.unknown()),
    })
    .strict();
  const [unauthorized, notFound, forbidden] = bodies.map((body) => shape.parse(body));
  expect(unauthorized).toMatchObject({ status: 401, messageParams: {}, messageWithParams: unauthorized?.message });
  expect(notFound?.status).toBe(404);
  expect(forbidden?.status).toBe(403);
  expect(forbidden?.messageParams.permissions).toContain('integration:unifiedCommunications:view');
  expect(forbidden?.messageWithParams).toContain('{permissions}');
  // A fresh contextId per answer, as the platform's correlation id.
  expect(new Set([unauthorized?.contextId, notFound?.contextId, forbidden?.contextId]).size).toBe(3);
});

test('the default budget is 300 requests per minute', async () => {
  const { url, tokenFor } = startEmulator({ now: () => 0 });
  const headers = { Authorization: `Bearer ${tokenFor('agent')}` };
  const statuses = await Promise.all(
    Array.from({ length: 301 }, () => fetch(url('/api/v2/presence/definitions'), { headers }).then((answer) => answer.status)),
  );
  expect(statuses.filter((status) => status === 200)).toHaveLength(300);
  expect(statuses.filter((status) => status === 429)).toHaveLength(1);
});

test('the request log records method, path, status and time', async () => {
  const { apisFor, emulator } = startEmulator({ now: () => 42 });
  await apisFor('agent').users.getUsersMe();
  await rejection(apisFor('no-badges').integrations.getIntegrationsUnifiedcommunicationsClientapps());
  expect(emulator.requestLog).toEqual([
    expect.objectContaining({ method: 'GET', path: '/api/v2/users/me', status: 200, timestamp: 42, userId: USERS.agent }),
    expect.objectContaining({ path: '/api/v2/integrations/unifiedcommunications/clientapps', status: 403 }),
  ]);
});

test('fault: latency delays answers', async () => {
  const { apisFor } = startEmulator({ faults: { latencyMs: 120 } });
  const started = performance.now();
  await apisFor('agent').users.getUsersMe();
  expect(performance.now() - started).toBeGreaterThanOrEqual(100);
});

test('fault: error rate answers 5xx in Genesys shape, deterministically under the seed', async () => {
  const statuses = async () => {
    const { url, tokenFor, stop } = startEmulator({ seed: 7, faults: { errorRate: 0.5 } });
    const headers = { Authorization: `Bearer ${tokenFor('agent')}` };
    const answers: { status: number; body: unknown }[] = [];
    for (let i = 0; i < 20; i++) {
      const answer = await fetch(url('/api/v2/users/me'), { headers });
      answers.push({ status: answer.status, body: await answer.json() });
    }
    stop();
    return answers;
  };
  const first = await statuses();
  const failed = first.filter((answer) => answer.status >= 500);
  expect(failed.length).toBeGreaterThan(3);
  expect(failed.length).toBeLessThan(17);
  expect(['internal.server.error', 'service.unavailable']).toContain(z.object({ code: z.string() }).parse(failed[0]?.body).code);
  expect((await statuses()).map((answer) => answer.status)).toEqual(first.map((answer) => answer.status));
});

test('fault: a rate-limit storm answers every request 429 until cleared', async () => {
  const { apisFor, emulator, url, tokenFor } = startEmulator({ faults: { rateLimitStorm: true, stormRetryAfterSec: 9 } });
  const answer = await fetch(url('/api/v2/users/me'), { headers: { Authorization: `Bearer ${tokenFor('agent')}` } });
  expect(answer.status).toBe(429);
  expect(answer.headers.get('Retry-After')).toBe('9');
  emulator.clearFaults();
  await expect(apisFor('agent').users.getUsersMe()).resolves.toMatchObject({ id: USERS.agent });
});

test('fault: sockets drop every socketDropEverySec once started', async () => {
  const { apisFor, emulator } = startEmulator({ faults: { socketDropEverySec: 0.02 } });
  const channel = await (await notificationsApi(apisFor('agent'))).postNotificationsChannels();
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.start();
  expect((await socket.closed).code).toBe(1006);
});

test('fault: malformed payloads break some answers', async () => {
  const { url, tokenFor, emulator } = startEmulator();
  const headers = { Authorization: `Bearer ${tokenFor('agent')}` };
  const reference = await (await fetch(url('/api/v2/users/me'), { headers })).text();
  emulator.setFaults({ malformedRate: 1 });
  const bodies = await Promise.all(Array.from({ length: 5 }, async () => (await fetch(url('/api/v2/users/me'), { headers })).text()));
  for (const body of bodies) expect(body).not.toBe(reference);
});

test('parseFaults reads the demoFaults syntax and rejects unknown items', () => {
  expect(parseFaults('latency:200,errors:0.1,storm,drops:30,malformed:0.05')).toEqual({
    latencyMs: 200,
    errorRate: 0.1,
    rateLimitStorm: true,
    socketDropEverySec: 30,
    malformedRate: 0.05,
  });
  expect(parseFaults('storm:12')).toEqual({ rateLimitStorm: true, stormRetryAfterSec: 12 });
  expect(() => parseFaults('errors:2')).toThrow(FaultSyntaxError);
  expect(() => parseFaults('lag:3')).toThrow(/unknown item "lag"/);
});

test('churn applies the same 8×8 presence changes for the same seed', () => {
  const run = () => {
    const { emulator, stop } = startEmulator({ seed: 3, now: () => 0 });
    const changed = emulator.churn(5);
    stop();
    return changed.map((id) => `${id}:${emulator.state.integrationPresences.get(id)?.definitionId ?? ''}`);
  };
  const first = run();
  expect(first).toHaveLength(5);
  expect(run()).toEqual(first);
});

test('automatic churn follows churnPerMinute once started and stops with stop()', async () => {
  const { emulator } = startEmulator({ churnPerMinute: 600 });
  const before = JSON.stringify([...emulator.state.integrationPresences]);
  emulator.start();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  emulator.stop();
  const after = JSON.stringify([...emulator.state.integrationPresences]);
  expect(after).not.toBe(before);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect(JSON.stringify([...emulator.state.integrationPresences])).toBe(after);
});

test('the emulator serves a generated org through the SDK', async () => {
  const org = generateOrg({ size: 300, seed: 5 });
  const { apisFor } = startEmulator({ org });
  const result = await apisFor('agent').users.postUsersSearch({
    pageSize: 100,
    expand: ['presence'],
    integrationPresenceSource: 'EightByEight',
  });
  // Either field may carry it (variants.ts, presenceField).
  expect(result.results.some((user) => (user.presence ?? user.integrationPresence)?.source === 'EightByEight')).toBe(true);
});
