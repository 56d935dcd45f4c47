// Several frames of the app in one tab (a directory, a board, interaction widgets): one leader, one
// notifications channel for all of them, one request budget. Each frame is a real session (the SDK
// against the emulator); the frames talk over BroadcastChannel and elect with a Web Locks manager.
import { http, HttpResponse } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { createClientAppBridge } from '@/genesys/client-app';
import { unionOfTopics, type TopicLease, type TopicSets } from '@/genesys/notifications-hub';
import type { NotificationsStatus } from '@/genesys/notifications-socket';
import { createSession, type GenesysSession } from '@/genesys/session';
import { FRAME_SWEEP_MS, openTabLink, type TabLink } from '@/genesys/tab-link';
import { startEmulator, type EmulatorHarness } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';
import { createTestTab, type TestFrame } from '../support/tab-frames';
import { sleep } from '../presence/render-live-presence';

const presence = (userId: string) => `v2.users.${userId}.integrationpresence`;
const calls = (userId: string) => `v2.users.${userId}.conversations.calls`;

let tab = createTestTab();
afterEach(() => {
  tab.closeAll();
  tab = createTestTab();
});

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

interface Frame {
  frame: TestFrame;
  link: TabLink;
  session: GenesysSession;
}

/** A frame of the app in the test's tab, signed in with the tab's one token. */
async function openFrame(harness: EmulatorHarness, token: string, name: string): Promise<Frame> {
  const frame = tab.frame(name);
  const link = openTabLink(frame.env);
  if (!link) throw new Error('the test tab gives every frame a link');
  const launch = { mode: 'demo', people: 'tagged', persona: 'agent', size: harness.emulator.org.users.length, seed: 1 } as const;
  const session = createSession({
    launch,
    environment: harness.emulator.environment,
    accessToken: token,
    reauthenticate: () => Promise.resolve(token),
    clientApp: createClientAppBridge(launch, false),
    scheduler: { requestsPerMinute: 100_000, burst: 1000 },
    tab: link,
  });
  await link.ready;
  return { frame, link, session };
}

interface Watched {
  lease: TopicLease;
  events: string[];
  statuses: NotificationsStatus[];
  resyncs: () => number;
  /** The accepted topics of every answer this lease was told of. */
  answers: (readonly string[])[];
}

function watch(frame: Frame, sets: TopicSets): Watched {
  const lease = frame.session.notifications.lease({ backoffBaseMs: 20, backoffMaxMs: 200, topicsDebounceMs: 10 });
  const events: string[] = [];
  const statuses: NotificationsStatus[] = [];
  let resyncs = 0;
  const answers: (readonly string[])[] = [];
  lease.onSubscribed((accepted) => answers.push(accepted));
  lease.onEvent((topicName) => events.push(topicName));
  lease.subscribe(() => statuses.push(lease.status()));
  lease.onResync(() => {
    resyncs += 1;
  });
  lease.setTopics(sets);
  return { lease, events, statuses, resyncs: () => resyncs, answers };
}

const liveChannels = (harness: EmulatorHarness) => [...harness.emulator.state.channels.values()].filter((c) => c.sockets.size > 0);

test('three frames in one tab: one leader, one channel holding every frame’s topics, each event reaching the frame that asked', async () => {
  const harness = startEmulator();
  const token = harness.tokenFor('agent');
  const frames = [
    await openFrame(harness, token, 'directory'),
    await openFrame(harness, token, 'widget-1'),
    await openFrame(harness, token, 'widget-2'),
  ];
  expect(frames.filter((f) => f.link.role() === 'leader')).toHaveLength(1);

  const [directory, widget1, widget2] = frames as [Frame, Frame, Frame];
  const rows = watch(directory, { rows: [presence(USERS.ucOnly), presence(USERS.ucOnly2)] });
  const call1 = watch(widget1, { calls: [calls(USERS.agent)] });
  const call2 = watch(widget2, { calls: [calls(USERS.agent)], watched: [presence(USERS.ucOnly3)] });
  await until(() => liveChannels(harness)[0]?.topics.size === 4 && [rows, call1, call2].every((w) => w.lease.status() === 'open'));

  harness.emulator.start();
  harness.emulator.setIntegrationPresence(USERS.ucOnly, 'AWAY');
  harness.emulator.setIntegrationPresence(USERS.ucOnly3, 'BUSY');
  await until(() => rows.events.length === 1 && call2.events.length === 1);
  await sleep(50);
  expect(rows.events).toEqual([presence(USERS.ucOnly)]);
  expect(call2.events).toEqual([presence(USERS.ucOnly3)]);
  expect(call1.events).toEqual([]);
  const stats = harness.emulator.stats();
  expect({ channels: stats.channels, sockets: stats.sockets }).toEqual({ channels: 1, sockets: 1 });
});

test('topics the channel already holds (another frame or lease asked first) are confirmed from its last answer, with no PUT', async () => {
  const harness = startEmulator();
  const token = harness.tokenFor('agent');
  const directory = await openFrame(harness, token, 'directory');
  const board = await openFrame(harness, token, 'board');
  expect(directory.link.role()).toBe('leader');
  const rows = watch(directory, { rows: [presence(USERS.ucOnly), presence(USERS.ucOnly2)] });
  await until(() => rows.lease.status() === 'open' && rows.answers.length > 0);
  const puts = () => harness.emulator.requestLog.filter((entry) => entry.method === 'PUT').length;
  const putsBefore = puts();

  // The board's list comes to people the directory already follows: the channel does not change, yet the board
  // learns they are live (and so refetches what it read before it asked, instead of trusting stale rows).
  const boardRows = watch(board, {});
  boardRows.lease.setTopics({ rows: [presence(USERS.ucOnly)] });
  await until(() => boardRows.answers.some((accepted) => accepted.includes(presence(USERS.ucOnly))));
  // A second lease of the leading frame, the same.
  const pinned = watch(directory, {});
  pinned.lease.setTopics({ watched: [presence(USERS.ucOnly2)] });
  await until(() => pinned.answers.some((accepted) => accepted.includes(presence(USERS.ucOnly2))));
  await sleep(100);
  expect(puts(), 'no PUT: the channel held these topics').toBe(putsBefore);
  expect(liveChannels(harness)).toHaveLength(1);
});

test('a 429 one frame meets pauses every frame of the tab for the wait Genesys stated', async () => {
  const harness = startEmulator();
  const token = harness.tokenFor('agent');
  const leader = await openFrame(harness, token, 'directory');
  const follower = await openFrame(harness, token, 'widget');
  expect([leader.link.role(), follower.link.role()]).toEqual(['leader', 'follower']);
  let limitedAt = 0;
  const servedAt: number[] = [];
  harness.server.use(
    http.get(
      harness.url('/api/v2/users/me'),
      () => {
        limitedAt = Date.now();
        return HttpResponse.json(
          {
            message: 'Rate limit exceeded the maximum. Retry the request in [1] seconds',
            code: 'too.many.requests.retry.after',
            status: 429,
          },
          { status: 429 },
        );
      },
      { once: true },
    ),
  );
  harness.server.events.on('response:mocked', ({ request }) => {
    if (new URL(request.url).pathname === '/api/v2/users/me') servedAt.push(Date.now());
  });

  const followerMe = follower.session.apis.users.getUsersMe();
  // The follower's report reaches the leader's queue, which counts the 429 as the tab's.
  await until(() => leader.session.scheduler.rateLimits().seen === 1);
  // The leader's own request, sent after the follower's 429: it waits out the tab's pause too.
  await leader.session.apis.users.getUsersMe();
  await expect(followerMe).resolves.toMatchObject({ id: USERS.agent });
  expect(limitedAt).toBeGreaterThan(0);
  const after = servedAt.slice(1);
  expect(after).toHaveLength(2);
  for (const at of after) expect(at - limitedAt).toBeGreaterThanOrEqual(900);
  // Every attempt of both frames went through the leader's queue.
  expect(leader.session.scheduler.stats().sent).toBe(3);
});

test('when the leading frame closes, the next one leads within 2 s: a new channel, every topic on it, a resync, events again', async () => {
  const harness = startEmulator();
  const token = harness.tokenFor('agent');
  const first = await openFrame(harness, token, 'directory');
  const second = await openFrame(harness, token, 'board');
  const third = await openFrame(harness, token, 'widget');
  const gone = watch(first, { rows: [presence(USERS.hybrid)] });
  const board = watch(second, { rows: [presence(USERS.ucOnly)] });
  const widget = watch(third, { calls: [calls(USERS.agent)], watched: [presence(USERS.ucOnly2)] });
  await until(() => liveChannels(harness)[0]?.topics.size === 4 && board.lease.status() === 'open' && widget.lease.status() === 'open');
  const oldChannel = liveChannels(harness)[0]?.id;
  const resyncsBefore = board.resyncs();
  expect(gone.lease.status()).toBe('open');

  const closedAt = Date.now();
  first.frame.close();
  await until(() => second.link.role() === 'leader' || third.link.role() === 'leader');
  await until(() => {
    const channel = liveChannels(harness)[0];
    return liveChannels(harness).length === 1 && channel?.id !== oldChannel && channel?.topics.size === 3;
  });
  await until(() => board.lease.status() === 'open' && widget.lease.status() === 'open');
  expect(Date.now() - closedAt).toBeLessThan(2000);
  // Events sent between the two channels were lost: both frames were told to refetch.
  expect(board.resyncs()).toBeGreaterThan(resyncsBefore);
  expect(widget.resyncs()).toBeGreaterThan(0);
  expect([...(liveChannels(harness)[0]?.topics ?? [])].sort()).toEqual(
    [presence(USERS.ucOnly), presence(USERS.ucOnly2), calls(USERS.agent)].sort(),
  );

  harness.emulator.start();
  harness.emulator.setIntegrationPresence(USERS.ucOnly, 'AWAY');
  harness.emulator.setIntegrationPresence(USERS.ucOnly2, 'BUSY');
  await until(() => board.events.length === 1 && widget.events.length === 1);
  expect(harness.emulator.stats().sockets).toBe(1);
});

test('a frame that vanishes without a word (a crash) loses its topics on the channel within two sweeps', async () => {
  const harness = startEmulator();
  const token = harness.tokenFor('agent');
  const leader = await openFrame(harness, token, 'directory');
  const crashing = await openFrame(harness, token, 'widget');
  const staying = await openFrame(harness, token, 'board');
  watch(leader, { rows: [presence(USERS.ucOnly)] });
  watch(crashing, { watched: [presence(USERS.ucOnly2)] });
  watch(staying, { rows: [presence(USERS.ucOnly3)] });
  await until(() => liveChannels(harness)[0]?.topics.size === 3);

  crashing.frame.crash();
  await until(() => liveChannels(harness)[0]?.topics.size === 2, FRAME_SWEEP_MS * 2 + 1000);
  expect([...(liveChannels(harness)[0]?.topics ?? [])].sort()).toEqual([presence(USERS.ucOnly), presence(USERS.ucOnly3)].sort());
});

test('a tab that wants more than a channel holds keeps calls, then watched people, then rows, sharing each class fairly', () => {
  const rowsOf = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i)}`);
  const directory: TopicSets = { rows: rowsOf('dir', 900), watched: ['w-1'] };
  const board: TopicSets = { rows: rowsOf('board', 900) };
  const widget: TopicSets = { calls: ['call'], watched: ['w-2'] };
  const union = unionOfTopics([directory, board, widget]);
  expect(union).toHaveLength(1000);
  expect(union.slice(0, 3)).toEqual(['call', 'w-1', 'w-2']);
  // Rows alternate between the two lists: each keeps its first (on-screen) 498 or 499.
  expect(union.filter((t) => t.startsWith('dir-'))).toEqual(rowsOf('dir', 499));
  expect(union.filter((t) => t.startsWith('board-'))).toEqual(rowsOf('board', 498));
  expect(unionOfTopics([{ rows: ['a', 'b'] }, { rows: ['b', 'c'] }])).toEqual(['a', 'b', 'c']);
});

test('a frame alone (no Web Locks, no BroadcastChannel, or storage the frames cannot share) gets no link and works as before', () => {
  expect(openTabLink(null)).toBeNull();
  const frame = tab.frame('blocked');
  expect(openTabLink({ ...frame.env, tabId: () => null })).toBeNull();
});

test('a frame that leads without a lease of its own still serves another frame: the first message to its hub loads the hub', async () => {
  const harness = startEmulator();
  const token = harness.tokenFor('agent');
  // The leader shows a view that follows nobody (no lease: its hub's code has not loaded).
  const leader = await openFrame(harness, token, 'admin');
  const widget = await openFrame(harness, token, 'widget');
  expect(leader.link.role()).toBe('leader');
  const call = watch(widget, { calls: [calls(USERS.agent)] });
  await until(() => call.lease.status() === 'open' && liveChannels(harness)[0]?.topics.has(calls(USERS.agent)) === true);
  expect(call.answers.at(-1)).toEqual([calls(USERS.agent)]);
  expect(harness.emulator.stats().channels).toBe(1);
});

/**
 * A frame's session with a stand-in hub of its own (no tab link) whose code loads through a counted load, the
 * first `failures` loads failing; `watchOn` takes a lease on that hub.
 */
async function deferredHubFrame(failures = 0) {
  const harness = startEmulator();
  const { session } = await openFrame(harness, harness.tokenFor('agent'), 'directory');
  const { createDeferredNotificationsHub } = await import('@/genesys/deferred-notifications-hub');
  let loads = 0;
  const hub = createDeferredNotificationsHub({ apis: session.apis, link: null }, async () => {
    loads += 1;
    if (loads <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return (await import('@/genesys/notifications-hub')).createNotificationsHub;
  });
  const frame = { session: { ...session, notifications: hub } } as Frame;
  return { harness, loads: () => loads, watchOn: (sets: TopicSets) => watch(frame, sets) };
}

test('the hub’s code loads with the first lease; a lease taken before it is here gets its answer and events', async () => {
  const { harness, loads, watchOn } = await deferredHubFrame();
  await sleep(50);
  expect(loads(), 'nothing loaded before a lease').toBe(0);
  const rows = watchOn({ rows: [presence(USERS.ucOnly)] });
  expect(rows.lease.status()).toBe('connecting');
  await until(() => rows.lease.status() === 'open' && rows.answers.length > 0);
  expect(loads()).toBe(1);
  harness.emulator.start();
  harness.emulator.setIntegrationPresence(USERS.ucOnly, 'AWAY');
  await until(() => rows.events.length === 1);
  // Later leases are the real hub's own.
  watchOn({ watched: [presence(USERS.ucOnly2)] });
  await sleep(50);
  expect(loads()).toBe(1);
});

test('a hub whose code fails to load is asked for again; the lease taken meanwhile opens once it is here', async () => {
  const { loads, watchOn } = await deferredHubFrame(1);
  const rows = watchOn({ rows: [presence(USERS.ucOnly)] });
  await until(() => rows.lease.status() === 'open' && rows.answers.length > 0, 5000);
  expect(loads()).toBe(2);
});
