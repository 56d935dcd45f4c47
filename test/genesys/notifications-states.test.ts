// The notifications client's life cycle, transition by transition (the table in
// src/genesys/notifications-states.ts), each proven against the emulator's socket.
import { delay, http, HttpResponse } from 'msw';
import { expect, onTestFinished, test } from 'vitest';
import { createNotificationsClient, type NotificationsClientOptions, type NotificationsStatus } from '@/genesys/notifications-socket';
import { TRANSITIONS, type ConnectionState, type TransitionName } from '@/genesys/notifications-states';
import { notificationsApi } from '@/genesys/sdk';
import { startEmulator, type EmulatorHarness } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';

const topic = (userId: string) => `v2.users.${userId}.integrationpresence`;
const CHANNELS = '/api/v2/notifications/channels';
const SUBSCRIPTIONS = '/api/v2/notifications/channels/:channelId/subscriptions';
const unavailable = () => HttpResponse.json({ message: 'Service unavailable', code: 'service.unavailable', status: 503 }, { status: 503 });

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

/** A client whose every transition is recorded as `from -transition-> to`. */
async function machineFor(harness: EmulatorHarness, options: Partial<NotificationsClientOptions> = {}) {
  const steps: string[] = [];
  const client = createNotificationsClient({
    notifications: await notificationsApi(harness.apisFor('agent')),
    backoffBaseMs: 20,
    backoffMaxMs: 200,
    topicsDebounceMs: 10,
    onTransition: (from, to, transition) => steps.push(`${from} -${transition}-> ${to}`),
    ...options,
  });
  onTestFinished(() => {
    client.close();
  });
  const statuses: NotificationsStatus[] = [client.status()];
  let resyncs = 0;
  client.subscribe(() => statuses.push(client.status()));
  client.onResync(() => {
    resyncs += 1;
  });
  return { client, steps, statuses, resyncs: () => resyncs };
}

const posts = (harness: EmulatorHarness) =>
  harness.emulator.requestLog.filter((entry) => entry.method === 'POST' && entry.path === CHANNELS);
const openSockets = (harness: EmulatorHarness) =>
  [...harness.emulator.state.channels.values()].reduce((sum, channel) => sum + channel.sockets.size, 0);

test('the table: stop leaves every state but stopped, and nothing leaves stopped', () => {
  const states: ConnectionState[] = [
    'idle',
    'connecting',
    'connectWaiting',
    'open',
    'handingOver',
    'reconnecting',
    'reconnectWaiting',
    'stopped',
  ];
  expect(Object.keys(TRANSITIONS.stop).sort()).toEqual(states.filter((state) => state !== 'stopped').sort());
  for (const [name, moves] of Object.entries(TRANSITIONS)) {
    expect(Object.keys(moves), name).not.toContain('stopped');
  }
});

test('start (idle → connecting) runs on the next tick; opened (connecting → open) follows a channel, its PUT and an open socket', async () => {
  const harness = startEmulator();
  const { client, steps, statuses, resyncs } = await machineFor(harness);
  client.setTopics([topic(USERS.ucOnly)]);
  expect(steps).toEqual([]);
  expect(client.status()).toBe('connecting');
  await until(() => client.status() === 'open');
  expect(steps).toEqual(['idle -start-> connecting', 'connecting -opened-> open']);
  expect(statuses).toEqual(['connecting', 'open']);
  expect(posts(harness)).toHaveLength(1);
  expect([...([...harness.emulator.state.channels.values()][0]?.topics ?? [])]).toEqual([topic(USERS.ucOnly)]);
  expect(openSockets(harness)).toBe(1);
  expect(resyncs()).toBe(1);
});

test('stop from idle (closed in the same tick) sends nothing', async () => {
  const harness = startEmulator();
  const { client, steps, statuses } = await machineFor(harness);
  client.close();
  await sleep(50);
  expect(steps).toEqual(['idle -stop-> stopped']);
  expect(statuses).toEqual(['connecting', 'closed']);
  expect(harness.emulator.requestLog).toEqual([]);
});

test('attemptFailed (connecting → connectWaiting) and retry (connectWaiting → connecting): status stays connecting', async () => {
  const harness = startEmulator();
  harness.server.use(http.post(harness.url(CHANNELS), unavailable, { once: true }));
  const { client, steps, statuses } = await machineFor(harness);
  await until(() => client.status() === 'open');
  expect(steps).toEqual([
    'idle -start-> connecting',
    'connecting -attemptFailed-> connectWaiting',
    'connectWaiting -retry-> connecting',
    'connecting -opened-> open',
  ]);
  expect(statuses).toEqual(['connecting', 'open']);
  // The 503 came from the override; the emulator saw the second attempt only.
  expect(posts(harness)).toHaveLength(1);
});

test('dropped (open → reconnectWaiting), retry (→ reconnecting) and opened (reconnecting → open) after a dropped socket', async () => {
  const harness = startEmulator();
  const { client, steps, statuses, resyncs } = await machineFor(harness);
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open');
  harness.emulator.dropSockets();
  await until(() => resyncs() === 2);
  expect(steps.slice(2)).toEqual([
    'open -dropped-> reconnectWaiting',
    'reconnectWaiting -retry-> reconnecting',
    'reconnecting -opened-> open',
  ]);
  expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
  // The channel still exists: the same one, its topic set PUT again.
  expect(posts(harness)).toHaveLength(1);
  expect(openSockets(harness)).toBe(1);
});

test('dropped when the socket falls silent (no heartbeat, no pong)', async () => {
  const harness = startEmulator();
  const { client, steps } = await machineFor(harness, { heartbeatTimeoutMs: 150, pingAfterMs: 10_000 });
  await until(() => client.status() === 'open');
  await until(() => steps.includes('reconnecting -opened-> open'));
  expect(steps.slice(2, 5)).toEqual([
    'open -dropped-> reconnectWaiting',
    'reconnectWaiting -retry-> reconnecting',
    'reconnecting -opened-> open',
  ]);
});

test('dropped when a PUT of the topic set finds the channel gone (404): a new channel', async () => {
  const harness = startEmulator();
  const { client, steps, resyncs } = await machineFor(harness);
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open');
  // The first channel is gone (for the next PUT and for the reconnect's own PUT); a new channel takes the set.
  const [first] = [...harness.emulator.state.channels.keys()];
  harness.server.use(
    http.put(harness.url(SUBSCRIPTIONS), ({ params }) =>
      params.channelId === first ? HttpResponse.json({ message: 'Not found', code: 'not.found', status: 404 }, { status: 404 }) : undefined,
    ),
  );
  client.setTopics([topic(USERS.ucOnly), topic(USERS.ucOnly2)]);
  await until(() => resyncs() === 2);
  expect(steps.slice(2, 5)).toEqual([
    'open -dropped-> reconnectWaiting',
    'reconnectWaiting -retry-> reconnecting',
    'reconnecting -opened-> open',
  ]);
  expect(posts(harness)).toHaveLength(2);
  expect(client.status()).toBe('open');
});

test('attemptFailed (reconnecting → reconnectWaiting) when the reconnect cannot put the topic set (5xx)', async () => {
  const harness = startEmulator();
  const { client, steps, resyncs } = await machineFor(harness);
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open');
  harness.server.use(http.put(harness.url(SUBSCRIPTIONS), unavailable, { once: true }));
  harness.emulator.dropSockets();
  await until(() => resyncs() === 2);
  expect(steps.slice(2)).toEqual([
    'open -dropped-> reconnectWaiting',
    'reconnectWaiting -retry-> reconnecting',
    'reconnecting -attemptFailed-> reconnectWaiting',
    'reconnectWaiting -retry-> reconnecting',
    'reconnecting -opened-> open',
  ]);
});

test('handOver (open → handingOver → open) on socket_closing: a new channel while the old socket delivers, status stays open', async () => {
  const harness = startEmulator();
  const { client, steps, statuses, resyncs } = await machineFor(harness);
  client.setTopics([topic(USERS.ucOnly)]);
  await until(() => client.status() === 'open');
  harness.emulator.closeSocketsGracefully(400);
  await until(() => steps.length === 4);
  expect(steps.slice(2)).toEqual(['open -handOver-> handingOver', 'handingOver -opened-> open']);
  expect(posts(harness)).toHaveLength(2);
  // Nothing was missed: no resync, no status change.
  await sleep(500);
  expect(statuses).toEqual(['connecting', 'open']);
  expect(resyncs()).toBe(1);
  expect(openSockets(harness)).toBe(1);
});

test('handOver before the channel expires', async () => {
  const harness = startEmulator({ limits: { channelLifetimeMs: 600 } });
  const { client, steps, statuses } = await machineFor(harness, { renewBeforeExpiryMs: 200 });
  await until(() => client.status() === 'open');
  await until(() => steps.length === 4, 2000);
  expect(steps.slice(2)).toEqual(['open -handOver-> handingOver', 'handingOver -opened-> open']);
  expect(statuses).toEqual(['connecting', 'open']);
  expect(posts(harness)).toHaveLength(2);
});

test('handOverFailed (handingOver → open): the old socket stays, the handover is tried again after a backoff', async () => {
  const harness = startEmulator();
  let created = 0;
  // The first channel is made; the second (the handover's first try) fails.
  harness.server.use(
    http.post(harness.url(CHANNELS), () => {
      created += 1;
      return created === 2 ? unavailable() : undefined;
    }),
  );
  const { client, steps, statuses } = await machineFor(harness);
  await until(() => client.status() === 'open');
  harness.emulator.closeSocketsGracefully(2000);
  await until(() => steps.length === 6);
  expect(steps.slice(2)).toEqual([
    'open -handOver-> handingOver',
    'handingOver -handOverFailed-> open',
    'open -handOver-> handingOver',
    'handingOver -opened-> open',
  ]);
  expect(statuses).toEqual(['connecting', 'open']);
  expect(created).toBe(3);
  expect(posts(harness)).toHaveLength(2);
  expect(openSockets(harness)).toBe(1);
});

test('dropped during a handover (handingOver → reconnecting): the handover under way adopts its socket, with a resync', async () => {
  const harness = startEmulator();
  const { client, steps, statuses, resyncs } = await machineFor(harness);
  await until(() => client.status() === 'open');
  // The new channel is slow to come; the old socket closes meanwhile.
  harness.server.use(
    http.post(harness.url(CHANNELS), async () => {
      await delay(300);
      return undefined;
    }),
  );
  harness.emulator.closeSocketsGracefully(50);
  await until(() => resyncs() === 2);
  expect(steps.slice(2)).toEqual(['open -handOver-> handingOver', 'handingOver -dropped-> reconnecting', 'reconnecting -opened-> open']);
  expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
  expect(posts(harness)).toHaveLength(2);
});

test('stop (open → stopped): status closed, the socket closed, no request after', async () => {
  const harness = startEmulator();
  const { client, steps, statuses } = await machineFor(harness);
  await until(() => client.status() === 'open');
  client.close();
  const logged = harness.emulator.requestLog.length;
  await sleep(200);
  expect(steps.at(-1)).toBe('open -stop-> stopped');
  expect(statuses).toEqual(['connecting', 'open', 'closed']);
  expect(harness.emulator.requestLog).toHaveLength(logged);
  expect(openSockets(harness)).toBe(0);
});

test('every transition of the table is named by a test above', () => {
  const named: TransitionName[] = ['start', 'opened', 'attemptFailed', 'retry', 'handOver', 'handOverFailed', 'dropped', 'stop'];
  expect(Object.keys(TRANSITIONS).sort()).toEqual([...named].sort());
});
