import { expect, test } from 'vitest';
import { DEFAULT_OAUTH_CLIENTS, DEMO_OAUTH_CLIENT_ID } from '@/emulator/oauth';
import { createPlatformApis, notificationsApi } from '@/genesys/sdk';
import { rejection, startEmulator } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';
import { openSocket } from '../support/socket';

const presenceTopic = (userId: string) => `v2.users.${userId}.integrationpresence`;

test('a channel has an id, a streaming connectUri and a 24-hour expiry', async () => {
  const now = Date.parse('2026-01-05T15:00:00.000Z');
  const { apisFor } = startEmulator({ now: () => now });
  const channel = await (await notificationsApi(apisFor('agent'))).postNotificationsChannels();
  expect(channel.connectUri).toBe(`wss://streaming.mypurecloud.ie/channels/${channel.id ?? ''}`);
  expect(channel.expires).toBe('2026-01-06T15:00:00.000Z');
});

test('a presence change is pushed to a subscribed topic only', async () => {
  const { apisFor, emulator } = startEmulator();
  const notifications = await notificationsApi(apisFor('agent'));
  const channel = await notifications.postNotificationsChannels();
  await notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [{ id: presenceTopic(USERS.ucOnly) }]);
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
  const channel = await (await notificationsApi(apisFor('agent'))).postNotificationsChannels();
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.start();
  await expect(
    socket.next((event) => event.topicName === 'channel.metadata' && JSON.stringify(event.eventBody).includes('Heartbeat')),
  ).resolves.toMatchObject({ eventBody: { message: 'WebSocket Heartbeat' } });
  socket.socket.send(JSON.stringify({ message: 'ping' }));
  await expect(socket.next((event) => JSON.stringify(event.eventBody) === JSON.stringify({ message: 'pong' }))).resolves.toMatchObject({
    topicName: 'channel.metadata',
  });
});

test('a channel takes at most 1000 topics (400 beyond), POST adds and PUT replaces', async () => {
  const { apisFor } = startEmulator();
  const notifications = await notificationsApi(apisFor('agent'));
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

test('one topic the caller may not have fails the whole PUT or POST with a 400 naming it; nothing is subscribed', async () => {
  const { apisFor, emulator } = startEmulator();
  const notifications = await notificationsApi(apisFor('no-badges'));
  const { id = '' } = await notifications.postNotificationsChannels();
  const body = [{ id: `v2.users.${USERS.ucOnly}.presence` }, { id: presenceTopic(USERS.ucOnly) }];
  for (const call of [
    notifications.putNotificationsChannelSubscriptions(id, body),
    notifications.postNotificationsChannelSubscriptions(id, body),
    notifications.putNotificationsChannelSubscriptions(id, body, { ignoreErrors: false }),
  ]) {
    const error = await rejection(call);
    expect(error).toMatchObject({ status: 400, code: 'bad.request', messageParams: { topic: presenceTopic(USERS.ucOnly) } });
    expect(error.message).toContain(presenceTopic(USERS.ucOnly));
    expect(error.contextId).not.toBe('');
  }
  expect(emulator.state.channels.get(id)?.topics.size).toBe(0);
});

test('with ignoreErrors=true the permitted topics are subscribed and the rejected ones are listed as Rejected', async () => {
  const { apisFor, emulator } = startEmulator();
  const notifications = await notificationsApi(apisFor('no-badges'));
  const { id = '' } = await notifications.postNotificationsChannels();
  const answer = await notifications.putNotificationsChannelSubscriptions(
    id,
    [{ id: presenceTopic(USERS.ucOnly) }, { id: `v2.users.${USERS.ucOnly}.presence` }],
    { ignoreErrors: true },
  );
  expect(emulator.requestLog.at(-1)?.search).toBe('?ignoreErrors=true');
  expect(answer.entities).toEqual([
    { id: `v2.users.${USERS.ucOnly}.presence`, state: 'Permitted' },
    expect.objectContaining({
      id: presenceTopic(USERS.ucOnly),
      state: 'Rejected',
      missingPermissions: ['integration:unifiedCommunications:view'],
    }),
  ]);
  expect([...(emulator.state.channels.get(id)?.topics ?? [])]).toEqual([`v2.users.${USERS.ucOnly}.presence`]);
  // POST adds the permitted ones the same way.
  const added = await notifications.postNotificationsChannelSubscriptions(
    id,
    [{ id: presenceTopic(USERS.ucOnly2) }, { id: `v2.users.${USERS.ucOnly2}.presence` }],
    {
      ignoreErrors: true,
    },
  );
  expect(added.entities?.filter((topic) => topic.state === 'Permitted').map((topic) => topic.id)).toEqual([
    `v2.users.${USERS.ucOnly}.presence`,
    `v2.users.${USERS.ucOnly2}.presence`,
  ]);
  expect(added.entities?.filter((topic) => topic.state === 'Rejected').map((topic) => topic.id)).toEqual([presenceTopic(USERS.ucOnly2)]);
});

test("another user's conversations.calls topic is refused; one's own is permitted", async () => {
  const { apisFor } = startEmulator();
  const notifications = await notificationsApi(apisFor('agent'));
  const { id = '' } = await notifications.postNotificationsChannels();
  const own = `v2.users.${USERS.agent}.conversations.calls`;
  const theirs = `v2.users.${USERS.supervisor}.conversations.calls`;
  expect(await rejection(notifications.putNotificationsChannelSubscriptions(id, [{ id: own }, { id: theirs }]))).toMatchObject({
    status: 400,
    messageParams: { topic: theirs },
  });
  const answer = await notifications.putNotificationsChannelSubscriptions(id, [{ id: own }, { id: theirs }], { ignoreErrors: true });
  expect(answer.entities).toEqual([{ id: own, state: 'Permitted' }, expect.objectContaining({ id: theirs, state: 'Rejected' })]);
});

test('variant topics:noIntegrationPresence refuses every integrationpresence topic; permitted topics still get events', async () => {
  const { apisFor, emulator } = startEmulator({ variants: { topics: 'noIntegrationPresence' } });
  const notifications = await notificationsApi(apisFor('agent'));
  const channel = await notifications.postNotificationsChannels();
  const id = channel.id ?? '';
  const genesysPresence = `v2.users.${USERS.hybrid}.presence`;
  expect(await rejection(notifications.putNotificationsChannelSubscriptions(id, [{ id: presenceTopic(USERS.ucOnly) }]))).toMatchObject({
    status: 400,
  });
  const answer = await notifications.putNotificationsChannelSubscriptions(
    id,
    [{ id: presenceTopic(USERS.ucOnly) }, { id: genesysPresence }],
    { ignoreErrors: true },
  );
  expect(answer.entities).toEqual([
    { id: genesysPresence, state: 'Permitted' },
    expect.objectContaining({ id: presenceTopic(USERS.ucOnly), state: 'Rejected' }),
  ]);
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.setIntegrationPresence(USERS.ucOnly, 'BUSY');
  emulator.setPresence(USERS.hybrid, 'AWAY');
  await socket.next((event) => event.topicName === genesysPresence);
  expect(socket.events.filter((event) => event.topicName === presenceTopic(USERS.ucOnly))).toEqual([]);
  // The default variant permits it again.
  emulator.setVariants({ topics: 'all' });
  const again = await notifications.putNotificationsChannelSubscriptions(id, [{ id: presenceTopic(USERS.ucOnly) }]);
  expect(again.entities).toEqual([{ id: presenceTopic(USERS.ucOnly), state: 'Permitted' }]);
});

/** A token issued to `clientId` through the implicit grant, as the login page would. */
function oauthToken(emulator: ReturnType<typeof startEmulator>['emulator'], clientId: string, userId: string): string {
  const redirect = emulator.authorize(
    `https://login.${emulator.environment}/oauth/authorize?${new URLSearchParams({
      client_id: clientId,
      redirect_uri: 'http://localhost:5173/',
      response_type: 'token',
    }).toString()}`,
    userId,
  );
  const token = new URLSearchParams(new URL(redirect).hash.slice(1)).get('access_token');
  if (token === null) throw new Error(`no token in ${redirect}`);
  return token;
}

test('the 21st channel evicts the least recently used channel without a socket; connected ones stay', async () => {
  let now = 1_000_000;
  const { apisFor, emulator } = startEmulator({ now: () => now });
  const notifications = await notificationsApi(apisFor('agent'));
  const ids: string[] = [];
  const first = await notifications.postNotificationsChannels();
  ids.push(first.id ?? '');
  const socket = await openSocket(first.connectUri ?? '');
  for (let i = 0; i < 19; i++) {
    now += 1;
    ids.push((await notifications.postNotificationsChannels()).id ?? '');
  }
  // The second channel is used again (a subscription read), so the third is now the least recently used unconnected one.
  now += 1;
  await notifications.getNotificationsChannelSubscriptions(ids[1] ?? '');
  now += 1;
  const newest = await notifications.postNotificationsChannels();
  expect(emulator.state.channels.size).toBe(20);
  expect(emulator.state.channels.has(ids[0] ?? '')).toBe(true);
  expect(emulator.state.channels.has(ids[1] ?? '')).toBe(true);
  expect(emulator.state.channels.has(ids[2] ?? '')).toBe(false);
  expect(emulator.state.channels.has(newest.id ?? '')).toBe(true);
  expect(await rejection(notifications.getNotificationsChannelSubscriptions(ids[2] ?? ''))).toMatchObject({ status: 404 });
  // The next one takes the fourth (the second was used after it).
  now += 1;
  await notifications.postNotificationsChannels();
  expect(emulator.state.channels.has(ids[3] ?? '')).toBe(false);
  expect(emulator.state.channels.has(ids[1] ?? '')).toBe(true);
  expect(socket.socket.readyState).toBe(WebSocket.OPEN);
});

test('when every channel has a socket, the least recently used one goes and its socket is closed', async () => {
  let now = 1_000_000;
  // A lower limit keeps the open sockets few; the rule is the same at 20.
  const { apisFor, emulator } = startEmulator({ now: () => now, limits: { maxChannelsPerUser: 4 } });
  const notifications = await notificationsApi(apisFor('agent'));
  const sockets: Array<{ id: string; socket: Awaited<ReturnType<typeof openSocket>> }> = [];
  for (let i = 0; i < 4; i++) {
    now += 1;
    const channel = await notifications.postNotificationsChannels();
    sockets.push({ id: channel.id ?? '', socket: await openSocket(channel.connectUri ?? '') });
  }
  // A ping on the first channel's socket is use: the second becomes the least recently used.
  now += 1;
  sockets[0]?.socket.socket.send(JSON.stringify({ message: 'ping' }));
  await sockets[0]?.socket.next((event) => JSON.stringify(event.eventBody) === JSON.stringify({ message: 'pong' }));
  now += 1;
  await notifications.postNotificationsChannels();
  expect(emulator.state.channels.size).toBe(4);
  expect(emulator.state.channels.has(sockets[0]?.id ?? '')).toBe(true);
  expect(emulator.state.channels.has(sockets[1]?.id ?? '')).toBe(false);
  expect((await sockets[1]?.socket.closed)?.code).toBe(1000);
});

test('the limit is per user and OAuth client: another client (or issued tokens) keeps its own 20', async () => {
  let now = 1_000_000;
  const otherClient = { id: 'other-client', redirectUris: ['http://localhost:5173/'], grants: ['token' as const] };
  const { apisFor, emulator } = startEmulator({
    now: () => now,
    oauthClients: [...DEFAULT_OAUTH_CLIENTS, otherClient],
  });
  const demo = await notificationsApi(createPlatformApis(emulator.environment, oauthToken(emulator, DEMO_OAUTH_CLIENT_ID, USERS.agent)));
  // A second token of the same client shares its 20.
  const demoAgain = await notificationsApi(
    createPlatformApis(emulator.environment, oauthToken(emulator, DEMO_OAUTH_CLIENT_ID, USERS.agent)),
  );
  const other = await notificationsApi(createPlatformApis(emulator.environment, oauthToken(emulator, otherClient.id, USERS.agent)));
  const issued = await notificationsApi(apisFor('agent'));
  const created = { demo: [] as string[], other: [] as string[], issued: [] as string[] };
  for (let i = 0; i < 20; i++) {
    now += 1;
    created.demo.push((await (i % 2 === 0 ? demo : demoAgain).postNotificationsChannels()).id ?? '');
    created.other.push((await other.postNotificationsChannels()).id ?? '');
    created.issued.push((await issued.postNotificationsChannels()).id ?? '');
  }
  expect(emulator.state.channels.size).toBe(60);
  now += 1;
  await demoAgain.postNotificationsChannels();
  expect(emulator.state.channels.size).toBe(60);
  // The demo client's oldest went; the other client's and the issued tokens' channels are untouched.
  expect(emulator.state.channels.has(created.demo[0] ?? '')).toBe(false);
  expect([...created.other, ...created.issued].every((id) => emulator.state.channels.has(id))).toBe(true);
});

test('a channel expires after its lifetime', async () => {
  let now = 0;
  const { apisFor } = startEmulator({ now: () => now, limits: { channelLifetimeMs: 1000 } });
  const notifications = await notificationsApi(apisFor('agent'));
  const { id = '' } = await notifications.postNotificationsChannels();
  await notifications.getNotificationsChannelSubscriptions(id);
  now = 1000;
  expect(await rejection(notifications.getNotificationsChannelSubscriptions(id))).toMatchObject({ status: 404, code: 'not.found' });
});

test('closeSocketsGracefully announces v2.system.socket_closing, then closes', async () => {
  const { apisFor, emulator } = startEmulator();
  const channel = await (await notificationsApi(apisFor('agent'))).postNotificationsChannels();
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.closeSocketsGracefully(10);
  await socket.next((event) => event.topicName === 'v2.system.socket_closing');
  const closed = await socket.closed;
  expect(closed.code).toBe(1000);
});

test('dropSockets closes abruptly', async () => {
  const { apisFor, emulator } = startEmulator();
  const channel = await (await notificationsApi(apisFor('agent'))).postNotificationsChannels();
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.dropSockets();
  expect((await socket.closed).code).toBe(1006);
});
