import { http, HttpResponse } from 'msw';
import { expect, onTestFinished, test } from 'vitest';
import {
  createNotificationsClient,
  MAX_TOPICS_PER_CHANNEL,
  type NotificationsClientOptions,
  type NotificationsStatus,
} from '@/genesys/notifications-socket';
import { startEmulator } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';
import { sleep } from './render-live-presence';

const topic = (userId: string) => `v2.users.${userId}.integrationpresence`;

function clientFor(harness: ReturnType<typeof startEmulator>, options: Partial<NotificationsClientOptions> = {}) {
  const client = createNotificationsClient({
    notifications: harness.apisFor('agent').notifications,
    backoffBaseMs: 20,
    backoffMaxMs: 200,
    topicsDebounceMs: 10,
    ...options,
  });
  onTestFinished(() => {
    client.close();
  });
  const statuses: NotificationsStatus[] = [client.status()];
  const events: Array<{ topicName: string; eventBody: unknown }> = [];
  let resyncs = 0;
  client.subscribe(() => statuses.push(client.status()));
  client.onEvent((topicName, eventBody) => events.push({ topicName, eventBody }));
  client.onResync(() => {
    resyncs += 1;
  });
  return { client, statuses, events, resyncs: () => resyncs };
}

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

const puts = (harness: ReturnType<typeof startEmulator>) =>
  harness.emulator.requestLog.filter((entry) => entry.method === 'PUT' && entry.path.endsWith('/subscriptions'));

test('events of subscribed topics arrive; heartbeats and pongs are not events', async () => {
  const harness = startEmulator({ limits: { heartbeatIntervalMs: 30 } });
  const { client, events, resyncs } = clientFor(harness);
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open' && [...harness.emulator.state.channels.values()][0]?.topics.size === 1);
  harness.emulator.start();
  harness.emulator.setIntegrationPresence(USERS.ucOnly, 'AWAY');
  await until(() => events.length === 1);
  await sleep(100);
  expect(events).toHaveLength(1);
  expect(events[0]?.topicName).toBe(topic(USERS.ucOnly));
  expect(events[0]?.eventBody).toMatchObject({ userId: USERS.ucOnly, presenceDefinition: { systemPresence: 'AWAY' } });
  // The first open counts as a resync: the caller's data predates the subscription.
  expect(resyncs()).toBe(1);
});

test('a silent socket (no heartbeat, no pong) is treated as dropped and replaced', async () => {
  const harness = startEmulator();
  // No pings (pingAfterMs ≥ the timeout) and no heartbeats (the emulator's timers are not started).
  const { client, statuses, resyncs } = clientFor(harness, { heartbeatTimeoutMs: 150, pingAfterMs: 10_000 });
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => resyncs() >= 2);
  expect(statuses.slice(0, 4)).toEqual(['connecting', 'open', 'reconnecting', 'open']);
  // The topic set is put again on reconnect (same channel: it still exists).
  expect(harness.emulator.state.channels.size).toBe(1);
  expect(puts(harness).length).toBeGreaterThanOrEqual(2);
});

test('heartbeats keep the socket open', async () => {
  const harness = startEmulator({ limits: { heartbeatIntervalMs: 40 } });
  harness.emulator.start();
  const { client, resyncs, statuses } = clientFor(harness, { heartbeatTimeoutMs: 150, pingAfterMs: 10_000 });
  await until(() => client.status() === 'open');
  await sleep(600);
  expect(statuses).toEqual(['connecting', 'open']);
  expect(resyncs()).toBe(1);
});

test('without heartbeats, a ping answered by a pong keeps the socket open', async () => {
  const harness = startEmulator();
  const { client, resyncs, statuses } = clientFor(harness, { heartbeatTimeoutMs: 200, pingAfterMs: 60 });
  await until(() => client.status() === 'open');
  await sleep(700);
  expect(statuses).toEqual(['connecting', 'open']);
  expect(resyncs()).toBe(1);
});

test('failed attempts back off exponentially with jitter, up to the cap', async () => {
  const harness = startEmulator();
  const attempts: number[] = [];
  harness.server.use(
    http.post(harness.url('/api/v2/notifications/channels'), () => {
      attempts.push(Date.now());
      if (attempts.length <= 5) {
        return HttpResponse.json({ message: 'Service unavailable', code: 'service.unavailable', status: 503 }, { status: 503 });
      }
      return undefined;
    }),
  );
  const { client } = clientFor(harness, { backoffBaseMs: 40, backoffMaxMs: 160, random: () => 0.5 });
  await until(() => client.status() === 'open', 5000);
  const gaps = attempts.slice(1).map((at, index) => at - (attempts[index] ?? at));
  // Equal jitter at 0.5: 30, 60, 120, 120 (capped), 120 ms, give or take the timers.
  expect(gaps).toHaveLength(5);
  const expected = [30, 60, 120, 120, 120];
  // Lower bounds prove the growth; a busy machine only makes gaps longer. The cap
  // shows as the last gaps staying under the uncapped 240 ms.
  gaps.forEach((gap, index) => {
    expect(gap).toBeGreaterThanOrEqual((expected[index] ?? 0) - 5);
  });
  expect(Math.max(...gaps.slice(3))).toBeLessThan(235);
  expect(client.status()).toBe('open');
});

test('more topics than a channel takes are refused', async () => {
  const harness = startEmulator();
  const { client } = clientFor(harness);
  const many = (count: number) => Array.from({ length: count }, (_, i) => topic(`user-${String(i)}`));
  expect(() => {
    client.setTopics(many(MAX_TOPICS_PER_CHANNEL + 1));
  }).toThrow(RangeError);
  client.setTopics([...many(MAX_TOPICS_PER_CHANNEL), ...many(10)]);
  expect(client.topics()).toHaveLength(MAX_TOPICS_PER_CHANNEL);
  await until(() => [...harness.emulator.state.channels.values()][0]?.topics.size === MAX_TOPICS_PER_CHANNEL);
});

test('close() stops everything: no request, no socket, no timer left behind', async () => {
  const harness = startEmulator();
  const early = clientFor(harness);
  early.client.close();
  await sleep(50);
  expect(harness.emulator.requestLog).toEqual([]);

  const { client, statuses } = clientFor(harness);
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open');
  client.setTopics([topic(USERS.ucOnly2)]);
  client.close();
  const logged = harness.emulator.requestLog.length;
  await sleep(200);
  expect(harness.emulator.requestLog).toHaveLength(logged);
  expect(statuses.at(-1)).toBe('closed');
  expect([...harness.emulator.state.channels.values()].every((channel) => channel.sockets.size === 0)).toBe(true);
});

test('a channel that lives shorter than the renewal margin is renewed at half its life, not in a loop', async () => {
  const harness = startEmulator({ limits: { channelLifetimeMs: 400 } });
  // A renewal margin longer than the channel's whole life, as a skewed clock would make it.
  const { client } = clientFor(harness, { renewBeforeExpiryMs: 10_000 });
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open');
  await sleep(1000);
  const created = harness.emulator.requestLog.filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/notifications/channels');
  // One channel, then one about every 200 ms: a handful, not hundreds.
  expect(created.length).toBeGreaterThanOrEqual(3);
  expect(created.length).toBeLessThanOrEqual(8);
  expect(client.status()).toBe('open');
});
