// The demo workspace's one emulator per tab (src/emulator/demo/tab-host.ts): what its frames call on
// the top window, against a real emulator.
import { expect, test } from 'vitest';
import { z } from 'zod';
import { createEmulator, type EmulatorOptions } from '@/emulator/create-emulator';
import { createTabHost, tabHostOf, type RelayedSocketPeer } from '@/emulator/demo/tab-host';
import { workspaceFrames } from '@/emulator/demo/workspace';
import { FIXTURE_CALL_ID, FIXTURE_ENVIRONMENT, fixtureOrg, USERS } from '../support/fixture-org';

const API = `https://api.${FIXTURE_ENVIRONMENT}`;
const userBody = z.object({ id: z.string() }).loose();
const channelBody = z.object({ id: z.string(), connectUri: z.string() });
const eventBody = z.object({ topicName: z.string(), eventBody: z.object({ userId: z.string().optional() }).loose() });

function hostOver(options: Partial<EmulatorOptions> = {}) {
  const emulator = createEmulator({ org: fixtureOrg(), ...options });
  return { emulator, host: createTabHost(emulator) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

test('frames asking for a persona get one token, and GET /api/v2/users/me with it answers that persona', async () => {
  const { host, emulator } = hostOver();
  const token = host.tokenFor('agent');
  expect(host.tokenFor('agent')).toBe(token);
  expect(host.tokenFor('supervisor')).not.toBe(token);
  expect(host.environment).toBe(FIXTURE_ENVIRONMENT);
  expect(host.ready).toBe(true);

  const answer = await host.fetch({ method: 'GET', url: `${API}/api/v2/users/me`, headers: bearer(token), body: null });
  expect(answer.status).toBe(200);
  expect(new Headers(answer.headers).get('content-type')).toContain('application/json');
  expect(userBody.parse(JSON.parse(answer.body ?? '')).id).toBe(USERS.agent);
  expect(emulator.requestLog.map((entry) => `${entry.method} ${entry.path} ${String(entry.status)}`)).toEqual(['GET /api/v2/users/me 200']);
});

test('newTokenFor signs the persona in again: the new token is the one every frame gets from then on', () => {
  const { host } = hostOver();
  const first = host.tokenFor('agent');
  const second = host.newTokenFor('agent');
  expect(second).not.toBe(first);
  expect(host.tokenFor('agent')).toBe(second);
  expect(() => host.tokenFor('nobody')).toThrow('Unknown demo persona: nobody');
});

test('the per-token rate budget is the tab’s: a second frame gets the 429 the first one spent it to', async () => {
  const { host } = hostOver({ requestsPerMinute: 3 });
  const get = (token: string) => host.fetch({ method: 'GET', url: `${API}/api/v2/users/me`, headers: bearer(token), body: null });
  const frameA = host.tokenFor('agent');
  const frameB = host.tokenFor('agent');
  expect((await get(frameA)).status).toBe(200);
  expect((await get(frameA)).status).toBe(200);
  expect((await get(frameB)).status).toBe(200);
  const limited = await get(frameB);
  expect(limited.status).toBe(429);
  expect(new Headers(limited.headers).get('retry-after')).toMatch(/^\d+$/);
});

test('a request no handler answers comes back as a 404, and a body-less status as a null body', async () => {
  const { host } = hostOver();
  const token = host.tokenFor('agent');
  const unknown = await host.fetch({ method: 'GET', url: `${API}/api/v2/nothing/here`, headers: bearer(token), body: null });
  expect(unknown.status).toBe(404);
  const channel = channelBody.parse(
    JSON.parse(
      (await host.fetch({ method: 'POST', url: `${API}/api/v2/notifications/channels`, headers: bearer(token), body: '' })).body ?? '',
    ),
  );
  const head = await host.fetch({
    method: 'HEAD',
    url: `${API}/api/v2/notifications/channels/${channel.id}`,
    headers: bearer(token),
    body: null,
  });
  expect(head).toMatchObject({ status: 204, body: null });
});

/** A frame's socket as the host sees it: what was sent to it and how it was closed. */
function relayedPeer() {
  const received: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  const peer: RelayedSocketPeer = {
    send: (data) => {
      received.push(data);
    },
    close: (code, reason) => {
      closes.push({ code, reason });
    },
  };
  const events = () => received.map((data) => eventBody.parse(JSON.parse(data)));
  return { peer, received, closes, events };
}

test('a relayed socket on a channel gets the presence events of its topics, counts as a socket, and goes when closed', async () => {
  const { host, emulator } = hostOver();
  const token = host.tokenFor('agent');
  const created = await host.fetch({ method: 'POST', url: `${API}/api/v2/notifications/channels`, headers: bearer(token), body: '' });
  const channel = channelBody.parse(JSON.parse(created.body ?? ''));
  const topic = `v2.users.${USERS.ucOnly}.integrationpresence`;
  const subscribed = await host.fetch({
    method: 'PUT',
    url: `${API}/api/v2/notifications/channels/${channel.id}/subscriptions`,
    headers: bearer(token),
    body: JSON.stringify([{ id: topic }]),
  });
  expect(subscribed.status).toBe(200);

  const frame = relayedPeer();
  const socket = host.connect(channel.connectUri, frame.peer);
  expect(emulator.stats()).toMatchObject({ channels: 1, sockets: 1 });

  emulator.setIntegrationPresence(USERS.ucOnly2, 'AWAY');
  emulator.setIntegrationPresence(USERS.ucOnly, 'BUSY');
  expect(frame.events().map((event) => [event.topicName, event.eventBody.userId])).toEqual([[topic, USERS.ucOnly]]);

  socket.message(JSON.stringify({ message: 'ping' }));
  expect(frame.events().at(-1)).toMatchObject({ topicName: 'channel.metadata', eventBody: { message: 'pong' } });

  socket.closed();
  expect(emulator.stats()).toMatchObject({ channels: 1, sockets: 0 });
  emulator.setIntegrationPresence(USERS.ucOnly, 'AVAILABLE');
  expect(frame.received).toHaveLength(2);
  expect(frame.closes).toEqual([]);
});

test('a second socket on the channel replaces the first (4000), and a socket to no channel is closed 4004', async () => {
  const { host, emulator } = hostOver();
  const token = host.tokenFor('agent');
  const created = await host.fetch({ method: 'POST', url: `${API}/api/v2/notifications/channels`, headers: bearer(token), body: '' });
  const channel = channelBody.parse(JSON.parse(created.body ?? ''));
  const first = relayedPeer();
  const second = relayedPeer();
  host.connect(channel.connectUri, first.peer);
  host.connect(channel.connectUri, second.peer);
  expect(first.closes).toEqual([{ code: 4000, reason: 'Replaced by a new connection' }]);
  expect(emulator.stats().sockets).toBe(1);

  const lost = relayedPeer();
  host.connect(`wss://streaming.${FIXTURE_ENVIRONMENT}/channels/no-such-channel`, lost.peer);
  expect(lost.closes).toEqual([{ code: 4004, reason: 'Channel not found' }]);
  emulator.dropSockets();
  expect(second.closes).toEqual([{ code: 1006, reason: 'Connection dropped' }]);
  expect(emulator.stats().sockets).toBe(0);
});

test('a peer whose frame is gone (its send throws) no longer counts as a socket', async () => {
  const { host, emulator } = hostOver({ limits: { heartbeatIntervalMs: 60_000 } });
  const token = host.tokenFor('agent');
  const created = await host.fetch({ method: 'POST', url: `${API}/api/v2/notifications/channels`, headers: bearer(token), body: '' });
  const channel = channelBody.parse(JSON.parse(created.body ?? ''));
  host.connect(channel.connectUri, {
    send: () => {
      throw new TypeError('The frame went away');
    },
    close: () => undefined,
  });
  expect(emulator.stats().sockets).toBe(1);
  emulator.heartbeat();
  expect(emulator.stats().sockets).toBe(0);
});

test('a frame finds the host on its same-origin top window, and starts alone without one or behind a cross-origin top', () => {
  const { host } = hostOver();
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const frame = iframe.contentWindow;
  // jsdom's own window (the frame's top), which Vitest's global `window` only mirrors.
  const top = frame?.top;
  if (!frame || !top) throw new Error('jsdom made no frame window');
  try {
    expect(tabHostOf(frame)).toBeNull();
    top.gc8x8TabEmulator = host;
    expect(tabHostOf(frame)).toBe(host);
    expect(tabHostOf(top)).toBeNull();
    host.stop();
    expect(tabHostOf(frame)).toBeNull();
    // What reading a cross-origin top window's property does.
    Object.defineProperty(top, 'gc8x8TabEmulator', {
      configurable: true,
      get: () => {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    expect(tabHostOf(frame)).toBeNull();
  } finally {
    delete top.gc8x8TabEmulator;
    iframe.remove();
  }
});

test('the workspace opens directory, board and two widgets by default, each widget on its own call of the persona', () => {
  const calls = ['c1000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000002'];
  const frames = workspaceFrames('http://localhost:4173/workspace?demo=agent&demoSize=1000&gcConversationId=x', '/', calls);
  expect(frames.map(({ name, width }) => [name, width])).toEqual([
    ['directory', 520],
    ['supervisor', 520],
    ['transfer-1', 400],
    ['transfer-2', 400],
  ]);
  expect(frames.map((frame) => frame.src)).toEqual([
    '/directory?demo=agent&demoSize=1000',
    '/supervisor?demo=agent&demoSize=1000',
    `/transfer?demo=agent&demoSize=1000&gcConversationId=${calls[0] ?? ''}`,
    `/transfer?demo=agent&demoSize=1000&gcConversationId=${calls[1] ?? ''}`,
  ]);
  const reused = workspaceFrames('http://localhost/app/workspace?frames=transfer,transfer,check', '/app/', [FIXTURE_CALL_ID]);
  expect(reused.map((frame) => frame.src)).toEqual([
    `/app/transfer?gcConversationId=${FIXTURE_CALL_ID}`,
    `/app/transfer?gcConversationId=${FIXTURE_CALL_ID}`,
    '/app/check',
  ]);
  expect(() => workspaceFrames('http://localhost/workspace?frames=directory,inbox', '/', [])).toThrow();
});
