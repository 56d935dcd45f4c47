import { http, HttpResponse } from 'msw';
import { expect, onTestFinished, test } from 'vitest';
import {
  createNotificationsClient,
  MAX_TOPICS_PER_CHANNEL,
  type NotificationsClientOptions,
  type NotificationsStatus,
} from '@/genesys/notifications-socket';
import { parseFaults } from '@/emulator/faults';
import { notificationsApi } from '@/genesys/sdk';
import { startEmulator } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';
import { sleep } from './render-live-presence';

const topic = (userId: string) => `v2.users.${userId}.integrationpresence`;

async function clientFor(harness: ReturnType<typeof startEmulator>, options: Partial<NotificationsClientOptions> = {}) {
  const client = createNotificationsClient({
    notifications: await notificationsApi(harness.apisFor('agent')),
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
  const answers: Array<{ accepted: readonly string[]; refused: readonly string[] }> = [];
  let resyncs = 0;
  client.subscribe(() => statuses.push(client.status()));
  client.onEvent((topicName, eventBody) => events.push({ topicName, eventBody }));
  client.onResync(() => {
    resyncs += 1;
  });
  client.onSubscribed((accepted, refused) => answers.push({ accepted, refused }));
  return { client, statuses, events, answers, resyncs: () => resyncs };
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
  const { client, events, resyncs } = await clientFor(harness);
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
  const { client, statuses, resyncs } = await clientFor(harness, { heartbeatTimeoutMs: 150, pingAfterMs: 10_000 });
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
  const { client, resyncs, statuses } = await clientFor(harness, { heartbeatTimeoutMs: 150, pingAfterMs: 10_000 });
  await until(() => client.status() === 'open');
  await sleep(600);
  expect(statuses).toEqual(['connecting', 'open']);
  expect(resyncs()).toBe(1);
});

test('without heartbeats, a ping answered by a pong keeps the socket open', async () => {
  const harness = startEmulator();
  const { client, resyncs, statuses } = await clientFor(harness, { heartbeatTimeoutMs: 200, pingAfterMs: 60 });
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
  const { client } = await clientFor(harness, { backoffBaseMs: 40, backoffMaxMs: 160, random: () => 0.5 });
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
  const { client } = await clientFor(harness);
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
  const early = await clientFor(harness);
  early.client.close();
  await sleep(50);
  expect(harness.emulator.requestLog).toEqual([]);

  const { client, statuses } = await clientFor(harness);
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
  const { client } = await clientFor(harness, { renewBeforeExpiryMs: 10_000 });
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open');
  await sleep(1000);
  const created = harness.emulator.requestLog.filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/notifications/channels');
  // One channel, then one about every 200 ms: a handful, not hundreds.
  expect(created.length).toBeGreaterThanOrEqual(3);
  expect(created.length).toBeLessThanOrEqual(8);
  expect(client.status()).toBe('open');
});

// Time in the next tests runs 100 times faster: the production retry of 5 s is 50 ms, a minute is 600 ms.
const SIMULATED_MINUTE_MS = 600;
const FAST_RETRY = { topicsRetryMs: 50, topicsRetryMaxMs: 400 };
const genesysPresenceTopic = (userId: string) => `v2.users.${userId}.presence`;

test('PUTs carry ignoreErrors=true; refused topics are reported and accepted ones still get events', async () => {
  // The org does not let this token subscribe to 8×8 presence topics.
  const harness = startEmulator({ variants: { topics: 'noIntegrationPresence' } });
  const { client, events, answers } = await clientFor(harness, FAST_RETRY);
  client.setTopics([topic(USERS.ucOnly), genesysPresenceTopic(USERS.hybrid)]);
  await until(() => client.status() === 'open' && answers.length === 1);
  expect(answers[0]).toEqual({ accepted: [genesysPresenceTopic(USERS.hybrid)], refused: [topic(USERS.ucOnly)] });
  expect([...client.refusedTopics()]).toEqual([topic(USERS.ucOnly)]);
  expect(puts(harness).map((entry) => [entry.search, entry.status])).toEqual([['?ignoreErrors=true', 200]]);

  harness.emulator.setIntegrationPresence(USERS.ucOnly, 'BUSY');
  harness.emulator.setPresence(USERS.hybrid, 'AWAY');
  await until(() => events.length === 1);
  expect(events[0]?.topicName).toBe(genesysPresenceTopic(USERS.hybrid));

  // Nothing is retried for the refused topic.
  await sleep(SIMULATED_MINUTE_MS);
  expect(puts(harness)).toHaveLength(1);

  // Dropping a topic drops it from refusedTopics() at once; the next answer reports the new set.
  client.setTopics([genesysPresenceTopic(USERS.hybrid)]);
  expect(client.refusedTopics().size).toBe(0);
  await until(() => answers.length === 2);
  expect(answers[1]).toEqual({ accepted: [genesysPresenceTopic(USERS.hybrid)], refused: [] });
});

test('a topic missing from the answer counts as refused (the API may list only accepted topics)', async () => {
  const harness = startEmulator();
  const accepted = genesysPresenceTopic(USERS.hybrid);
  harness.server.use(
    http.put(harness.url('/api/v2/notifications/channels/:channelId/subscriptions'), () =>
      HttpResponse.json({ entities: [{ id: accepted }, { id: 'v2.users.someone-else.presence', state: 'Permitted' }, 'junk'] }),
    ),
  );
  const { client, answers } = await clientFor(harness, FAST_RETRY);
  client.setTopics([topic(USERS.ucOnly), accepted]);
  await until(() => answers.length === 1);
  expect(answers[0]).toEqual({ accepted: [accepted], refused: [topic(USERS.ucOnly)] });
  expect([...client.refusedTopics()]).toEqual([topic(USERS.ucOnly)]);
});

test('a PUT answered 400 is sent once: no loop over a simulated minute, nor after a reconnect', async () => {
  const harness = startEmulator();
  const { client, answers, resyncs } = await clientFor(harness, FAST_RETRY);
  // A topic the platform does not know: the whole PUT is a 400, even with ignoreErrors.
  const unknown = 'v2.nonsense';
  client.setTopics([unknown]);
  await until(() => client.status() === 'open' && answers.length === 1);
  expect(answers[0]).toEqual({ accepted: [], refused: [unknown] });
  expect([...client.refusedTopics()]).toEqual([unknown]);
  await sleep(SIMULATED_MINUTE_MS);
  expect(puts(harness).map((entry) => entry.status)).toEqual([400]);
  expect(client.status()).toBe('open');

  // A dropped socket reconnects to the same channel (checked with a HEAD) without putting the refused set again.
  harness.emulator.dropSockets();
  await until(() => resyncs() === 2);
  expect(puts(harness)).toHaveLength(1);
  expect(harness.emulator.requestLog.filter((entry) => entry.method === 'HEAD').map((entry) => entry.status)).toEqual([204]);
  expect(harness.emulator.state.channels.size).toBe(1);

  // Asking for it again sends nothing either; another set is sent and answered.
  client.setTopics([unknown]);
  await sleep(100);
  expect(puts(harness)).toHaveLength(1);
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => answers.at(-1)?.accepted.length === 1);
  expect(puts(harness).map((entry) => entry.status)).toEqual([400, 200]);
  expect(client.refusedTopics().size).toBe(0);
});

test('a PUT failing with 5xx is retried with growing pauses (not every 5 s), then applied', async () => {
  const harness = startEmulator();
  const { client, answers, events } = await clientFor(harness, { ...FAST_RETRY, random: () => 0.5 });
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open' && answers.length === 1);

  harness.emulator.setFaults(parseFaults('errors:1@notifications/channels/*/subscriptions'));
  client.setTopics([topic(USERS.ucOnly), topic(USERS.ucOnly2)]);
  await sleep(SIMULATED_MINUTE_MS);
  const failed = puts(harness).slice(1);
  expect(failed.every((entry) => entry.status >= 500)).toBe(true);
  // Pauses of 37, 75, 150, 300, 300 ms (equal jitter at 0.5, doubling from 50, at most 400): about 5 PUTs, not 12.
  expect(failed.length).toBeGreaterThanOrEqual(3);
  expect(failed.length).toBeLessThanOrEqual(6);
  const gaps = failed.slice(1).map((entry, index) => entry.timestamp - (failed[index]?.timestamp ?? entry.timestamp));
  expect(gaps[1] ?? 0).toBeGreaterThan((gaps[0] ?? 0) * 1.5);
  // No refusal is reported for a failure that can go away.
  expect(answers).toHaveLength(1);

  harness.emulator.clearFaults();
  await until(() => answers.length === 2, 3000);
  expect(answers[1]).toEqual({ accepted: [topic(USERS.ucOnly), topic(USERS.ucOnly2)], refused: [] });
  harness.emulator.setIntegrationPresence(USERS.ucOnly2, 'AWAY');
  await until(() => events.some((event) => event.topicName === topic(USERS.ucOnly2)));
});
