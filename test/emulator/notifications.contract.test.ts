import { expect, test } from 'vitest';
import { rejection, startEmulator } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';
import { openSocket } from '../support/socket';

const presenceTopic = (userId: string) => `v2.users.${userId}.integrationpresence`;

test('a channel has an id, a streaming connectUri and a 24-hour expiry', async () => {
  const now = Date.parse('2026-01-05T15:00:00.000Z');
  const { apisFor } = startEmulator({ now: () => now });
  const channel = await apisFor('agent').notifications.postNotificationsChannels();
  expect(channel.connectUri).toBe(`wss://streaming.mypurecloud.ie/channels/${channel.id ?? ''}`);
  expect(channel.expires).toBe('2026-01-06T15:00:00.000Z');
});

test('a presence change is pushed to a subscribed topic only', async () => {
  const { apisFor, emulator } = startEmulator();
  const apis = apisFor('agent');
  const channel = await apis.notifications.postNotificationsChannels();
  await apis.notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [{ id: presenceTopic(USERS.ucOnly) }]);
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.setIntegrationPresence(USERS.ucOnly2, 'AWAY');
  emulator.setIntegrationPresence(USERS.ucOnly, 'AVAILABLE', 'Back');
  const event = await socket.next((candidate) => candidate.topicName.startsWith('v2.users.'));
  expect(event).toMatchObject({
    topicName: presenceTopic(USERS.ucOnly),
    version: '2',
    eventBody: {
      userId: USERS.ucOnly,
      eventType: 'UserPresenceStatusChanged',
      source: 'EightByEight',
      presenceDefinition: { systemPresence: 'AVAILABLE' },
      message: 'Back',
    },
  });
  expect(socket.events.filter((candidate) => candidate.topicName.startsWith('v2.users.'))).toHaveLength(1);
  expect(emulator.state.integrationPresences.get(USERS.ucOnly2)?.definitionId).toBeDefined();
});

test('heartbeats arrive on the configured interval and ping is answered with pong', async () => {
  const { apisFor, emulator } = startEmulator({ limits: { heartbeatIntervalMs: 20 } });
  const channel = await apisFor('agent').notifications.postNotificationsChannels();
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.start();
  await expect(
    socket.next((event) => event.topicName === 'channel.metadata' && JSON.stringify(event.eventBody).includes('Heartbeat')),
  ).resolves.toMatchObject({ eventBody: { message: 'WebSocket Heartbeat' } });
  socket.socket.send(JSON.stringify({ message: 'ping' }));
  await expect(
    socket.next((event) => JSON.stringify(event.eventBody) === JSON.stringify({ message: 'pong' })),
  ).resolves.toMatchObject({ topicName: 'channel.metadata' });
});

test('a channel takes at most 1000 topics (400 beyond), POST adds and PUT replaces', async () => {
  const { apisFor } = startEmulator();
  const notifications = apisFor('agent').notifications;
  const { id = '' } = await notifications.postNotificationsChannels();
  const topics = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `v2.users.user-${String(from + i)}.presence` }));
  const full = await notifications.putNotificationsChannelSubscriptions(id, topics(0, 1000));
  expect(full.entities).toHaveLength(1000);
  const over = await rejection(notifications.postNotificationsChannelSubscriptions(id, topics(1000, 1)));
  expect(over).toMatchObject({ status: 400 });
  const replaced = await notifications.putNotificationsChannelSubscriptions(id, topics(5000, 2));
  expect(replaced.entities?.map((topic) => topic.id)).toEqual(['v2.users.user-5000.presence', 'v2.users.user-5001.presence']);
  const added = await notifications.postNotificationsChannelSubscriptions(id, topics(6000, 1));
  expect(added.entities).toHaveLength(3);
  expect(await rejection(notifications.postNotificationsChannelSubscriptions(id, [{ id: 'v2.nonsense' }]))).toMatchObject({
    status: 400,
  });
});

test('the integrationpresence topic is rejected without the badge permission', async () => {
  const { apisFor } = startEmulator();
  const notifications = apisFor('no-badges').notifications;
  const { id = '' } = await notifications.postNotificationsChannels();
  const answer = await notifications.putNotificationsChannelSubscriptions(id, [
    { id: presenceTopic(USERS.ucOnly) },
    { id: `v2.users.${USERS.ucOnly}.presence` },
  ]);
  expect(answer.entities).toEqual([
    { id: `v2.users.${USERS.ucOnly}.presence`, state: 'Permitted' },
    expect.objectContaining({
      id: presenceTopic(USERS.ucOnly),
      state: 'Rejected',
      missingPermissions: ['integration:unifiedCommunications:view'],
    }),
  ]);
});

test('the 21st channel evicts the oldest and closes its socket', async () => {
  let now = 1_000_000;
  const { apisFor, emulator } = startEmulator({ now: () => now });
  const notifications = apisFor('agent').notifications;
  const first = await notifications.postNotificationsChannels();
  const socket = await openSocket(first.connectUri ?? '');
  for (let i = 0; i < 19; i++) {
    now += 1;
    await notifications.postNotificationsChannels();
  }
  expect(emulator.state.channels.has(first.id ?? '')).toBe(true);
  now += 1;
  await notifications.postNotificationsChannels();
  expect(emulator.state.channels.has(first.id ?? '')).toBe(false);
  expect(emulator.state.channels.size).toBe(20);
  await socket.closed;
  expect(await rejection(notifications.getNotificationsChannelSubscriptions(first.id ?? ''))).toMatchObject({ status: 404 });
});

test('a channel expires after its lifetime', async () => {
  let now = 0;
  const { apisFor } = startEmulator({ now: () => now, limits: { channelLifetimeMs: 1000 } });
  const notifications = apisFor('agent').notifications;
  const { id = '' } = await notifications.postNotificationsChannels();
  await notifications.getNotificationsChannelSubscriptions(id);
  now = 1000;
  expect(await rejection(notifications.getNotificationsChannelSubscriptions(id))).toMatchObject({ status: 404, code: 'not.found' });
});

test('closeSocketsGracefully announces v2.system.socket_closing, then closes', async () => {
  const { apisFor, emulator } = startEmulator();
  const channel = await apisFor('agent').notifications.postNotificationsChannels();
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.closeSocketsGracefully(10);
  await socket.next((event) => event.topicName === 'v2.system.socket_closing');
  const closed = await socket.closed;
  expect(closed.code).toBe(1000);
});

test('dropSockets closes abruptly', async () => {
  const { apisFor, emulator } = startEmulator();
  const channel = await apisFor('agent').notifications.postNotificationsChannels();
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.dropSockets();
  expect((await socket.closed).code).toBe(1006);
});
