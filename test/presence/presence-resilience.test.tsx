import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test, vi } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization } from '@/emulator/org-model';
import type { Presence } from '@/foundations/presence/presence-model';
import { MAX_LIVE_USERS, ON_SCREEN_DWELL_MS, SUBSCRIBE_GRACE_MS } from '@/foundations/presence/live-presence';
import { fixtureOrg, USERS } from '../support/fixture-org';
import { badgeOf, presenceReadsOf, ucUserIds, FAST_TIMINGS, idsOf, presenceTopic, renderLivePresence, sleep } from './render-live-presence';

const ROWS = [USERS.ucOnly, USERS.ucOnly2, USERS.ucOnly3, USERS.hybrid];

type View = ReturnType<typeof renderLivePresence>;
const presenceReads = (view: View) => presenceReadsOf(view.emulator.requestLog);
const channelPosts = (view: View) =>
  view.emulator.requestLog.filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/notifications/channels');

function polled(org: Organization, pollIntervalSec: number): Organization {
  return {
    ...org,
    ucIntegrations: org.ucIntegrations.map((integration) => ({ ...integration, polledPresence: true, pollIntervalSec })),
  };
}

test('after a dropped socket the client reconnects, re-subscribes and refetches the rows on screen', async () => {
  const view = renderLivePresence({ userIds: ROWS });
  await screen.findByText('push open synced');
  const before = presenceReads(view).length;

  view.emulator.dropSockets();
  // Made while no socket is connected: no event will ever carry it.
  view.emulator.setIntegrationPresence(USERS.ucOnly2, 'AWAY');

  await waitFor(() => {
    expect(badgeOf('Bruno Eight')).toHaveTextContent('Away');
  });
  expect(view.states.some((state) => state.connection === 'reconnecting')).toBe(true);
  await screen.findByText('push open synced');
  // One presence read for the four rows on screen, and the same channel with the same topics.
  expect(
    presenceReads(view)
      .slice(before)
      .map((entry) => idsOf(entry.search).sort()),
  ).toEqual([[...ROWS].sort()]);
  const channels = [...view.emulator.state.channels.values()];
  expect(channels).toHaveLength(1);
  expect([...(channels[0]?.topics ?? [])]).toEqual(ROWS.map(presenceTopic));
  // Live again.
  view.emulator.setIntegrationPresence(USERS.ucOnly3, 'OFFLINE');
  await waitFor(() => {
    expect(badgeOf('Chloe Eight')).toHaveTextContent('Offline');
  });
});

test('v2.system.socket_closing moves to a new channel before the old socket closes, losing nothing', async () => {
  const view = renderLivePresence({ userIds: ROWS });
  await screen.findByText('push open synced');
  const [first] = [...view.emulator.state.channels.keys()];
  const bulkBefore = presenceReads(view).length;

  view.emulator.closeSocketsGracefully(400);

  // A second channel with the same topics and its own socket, while the first still has its socket.
  await waitFor(() => {
    const next = [...view.emulator.state.channels.values()].find((channel) => channel.id !== first);
    expect(next?.sockets.size).toBe(1);
    expect([...(next?.topics ?? [])]).toEqual(ROWS.map(presenceTopic));
  });
  view.emulator.setIntegrationPresence(USERS.ucOnly, 'AVAILABLE');
  await waitFor(() => {
    expect(badgeOf('Ada Eight')).toHaveTextContent('Available');
  });
  await sleep(500);
  expect(view.emulator.state.channels.get(first ?? '')?.sockets.size ?? 0).toBe(0);
  view.emulator.setIntegrationPresence(USERS.ucOnly2, 'AWAY');
  await waitFor(() => {
    expect(badgeOf('Bruno Eight')).toHaveTextContent('Away');
  });
  // Seamless: never reconnecting, nothing to refetch.
  expect(view.states.every((state) => state.connection !== 'reconnecting')).toBe(true);
  expect(presenceReads(view).length).toBe(bulkBefore);
});

test('a channel is replaced before it expires', async () => {
  const view = renderLivePresence({
    userIds: ROWS,
    limits: { channelLifetimeMs: 1_000 },
    tuning: { notifications: { ...FAST_TIMINGS.notifications, renewBeforeExpiryMs: 700 } },
  });
  await screen.findByText('push open synced');
  await waitFor(() => {
    expect(channelPosts(view)).toHaveLength(2);
  });
  const newest = [...view.emulator.state.channels.values()].at(-1);
  await waitFor(() => {
    expect(newest?.sockets.size).toBe(1);
  });
  expect([...(newest?.topics ?? [])]).toEqual(ROWS.map(presenceTopic));
  view.emulator.setIntegrationPresence(USERS.hybrid, 'AVAILABLE');
  await waitFor(() => {
    expect(badgeOf('Dan Hybrid')).toHaveTextContent('Available');
  });
});

test('polled mode polls presence for the rows on screen, 100 ids a request, and opens no socket', async () => {
  const org = polled(generateOrg({ size: 800, seed: 4 }), 1);
  const ids = ucUserIds(org).slice(0, 200);
  expect(ids).toHaveLength(200);
  const view = renderLivePresence({ org, userIds: ids });
  await screen.findByText('polled polling unsynced');
  await waitFor(() => {
    expect(presenceReads(view).length).toBeGreaterThanOrEqual(2);
  });
  const [target] = ids;
  const name = org.users.find((user) => user.id === target)?.name ?? '';
  const current = badgeOf(name).getAttribute('data-presence');
  view.emulator.setIntegrationPresence(target ?? '', current === 'offline' ? 'AVAILABLE' : 'OFFLINE');
  const expected = current === 'offline' ? 'Available' : 'Offline';

  await waitFor(
    () => {
      expect(badgeOf(name)).toHaveTextContent(expected);
    },
    { timeout: 3000 },
  );
  await screen.findByText('polled polling synced');
  const bulk = presenceReads(view);
  expect(bulk.length).toBeGreaterThanOrEqual(4);
  for (const entry of bulk) expect(idsOf(entry.search).length).toBeLessThanOrEqual(100);
  // Every poll asks for exactly the rows on screen, in two requests.
  const polledIds = bulk.slice(-2).flatMap((entry) => idsOf(entry.search));
  expect(new Set(polledIds)).toEqual(new Set(ids));
  expect(channelPosts(view)).toHaveLength(0);
  expect(view.emulator.state.channels.size).toBe(0);
});

test('a storm of 429s on presence reads is waited out (Retry-After honoured) instead of retried in a burst', async () => {
  const org = polled(generateOrg({ size: 800, seed: 9 }), 60);
  const ids = ucUserIds(org).slice(0, 200);
  const arrivals: Array<{ at: number; limited: boolean }> = [];
  let stormUntil = 0;
  // Production's scheduler budget, not the tests' unlimited one.
  const view = renderLivePresence({ org, userIds: ids, scheduler: {} });
  view.server.use(
    http.get(view.url('/api/v2/users'), ({ request }) => {
      if (!new URL(request.url).searchParams.has('integrationPresenceSource')) return undefined;
      const at = Date.now();
      stormUntil ||= at + 1_500;
      const limited = at < stormUntil;
      arrivals.push({ at, limited });
      if (!limited) return undefined;
      return HttpResponse.json(
        { message: 'Rate limit exceeded', code: 'too.many.requests.retry.after', status: 429 },
        { status: 429, headers: { 'Retry-After': '1' } },
      );
    }),
  );
  const [first] = ids;
  const name = org.users.find((user) => user.id === first)?.name ?? '';

  await waitFor(
    () => {
      expect(badgeOf(name)).not.toHaveTextContent('…');
    },
    { timeout: 5000 },
  );
  for (const id of ids.slice(0, 10)) {
    const person = org.users.find((user) => user.id === id)?.name ?? '';
    expect(badgeOf(person)).not.toHaveTextContent('Unknown');
  }
  // Requests come in waves a Retry-After apart, each wave at most the 2 batches of the 200 rows.
  const firstAt = arrivals[0]?.at ?? 0;
  const waves = new Map<number, number>();
  for (const { at } of arrivals) {
    const wave = Math.round((at - firstAt) / 1000);
    waves.set(wave, (waves.get(wave) ?? 0) + 1);
    expect(Math.abs(at - firstAt - wave * 1000)).toBeLessThan(300);
  }
  expect(arrivals.filter((arrival) => arrival.limited).length).toBeGreaterThanOrEqual(3);
  expect(arrivals.filter((arrival) => !arrival.limited)).toHaveLength(2);
  for (const count of waves.values()) expect(count).toBeLessThanOrEqual(2);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a row that mounts with data older than 30 s refetches it (batched); one with fresh data does not', async () => {
  const old = Date.now() - 60_000;
  const view = renderLivePresence({
    org: fixtureOrg(),
    userIds: [USERS.ucOnly],
    initial: (userId) => ({ presence: { key: 'available' }, at: userId === USERS.ucOnly3 ? old : Date.now() }),
  });
  await screen.findByText('push open synced');
  await waitFor(() => {
    expect(badgeOf('Ada Eight')).toHaveTextContent('Busy');
  });
  const before = presenceReads(view).length;

  // Two rows scroll into view: Chloe's data is a minute old, Dan's was just fetched.
  view.show([USERS.ucOnly, USERS.ucOnly3, USERS.hybrid]);
  await waitFor(() => {
    expect(badgeOf('Chloe Eight')).toHaveTextContent('Busy');
  });
  await sleep(100);
  expect(badgeOf('Dan Hybrid')).toHaveTextContent('Available');
  expect(
    presenceReads(view)
      .slice(before)
      .map((entry) => idsOf(entry.search)),
  ).toEqual([[USERS.ucOnly3]]);
});

test('a live row is not refetched when it is drawn again, however old its data: the socket told of every change', async () => {
  const view = renderLivePresence({
    userIds: [USERS.ucOnly, USERS.ucOnly2],
    initial: () => ({ presence: { key: 'busy' }, at: Date.now() }),
  });
  await screen.findByText('push open synced');
  const topic = `v2.users.${USERS.ucOnly2}.integrationpresence`;
  await waitFor(() => {
    expect([...view.emulator.state.channels.values()].some((channel) => channel.topics.has(topic))).toBe(true);
  });
  // Bruno scrolls out of view (still subscribed), a minute passes with no change, he scrolls back.
  view.show([USERS.ucOnly]);
  const before = presenceReads(view).length;
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  try {
    vi.setSystemTime(Date.now() + 60_000);
    view.show([USERS.ucOnly, USERS.ucOnly2]);
    await sleep(ON_SCREEN_DWELL_MS + 300);
  } finally {
    vi.useRealTimers();
  }
  expect(presenceReads(view).slice(before)).toEqual([]);
  // Still live: a change reaches his badge over the socket.
  view.emulator.setIntegrationPresence(USERS.ucOnly2, 'AWAY');
  await waitFor(() => {
    expect(badgeOf('Bruno Eight')).toHaveTextContent('Away');
  });
});

test('a user scrolled into view is refetched once subscribed, so changes before the subscription are not missed', async () => {
  const view = renderLivePresence({
    userIds: [USERS.ucOnly],
    // Rows arrive with 10-second-old data: young enough not to refetch on mount.
    initial: () => ({ presence: { key: 'available' }, at: Date.now() - 10_000 }),
  });
  await screen.findByText('push open synced');
  const before = presenceReads(view).length;

  view.show([USERS.ucOnly, USERS.ucOnly2, USERS.ucOnly3]);
  await waitFor(() => {
    expect(badgeOf('Bruno Eight')).toHaveTextContent('Busy');
  });
  expect(badgeOf('Chloe Eight')).toHaveTextContent('Busy');
  // One presence read for the two new rows, sent after the PUT that subscribed them.
  expect(
    presenceReads(view)
      .slice(before)
      .map((entry) => idsOf(entry.search).sort()),
  ).toEqual([[USERS.ucOnly2, USERS.ucOnly3].sort()]);
  const log = view.emulator.requestLog;
  const lastPut = log.findLastIndex((entry) => entry.method === 'PUT');
  const lastBulk = log.findLastIndex((entry) => presenceReadsOf([entry]).length === 1);
  expect(lastBulk).toBeGreaterThan(lastPut);
});

test('topics the channel refuses (variant topics:noIntegrationPresence) are polled within budget, with no loop of PUTs', async () => {
  const view = renderLivePresence({
    userIds: ROWS,
    variants: { topics: 'noIntegrationPresence' },
    tuning: { ...FAST_TIMINGS, refusedPollMs: 300 },
  });
  // Nothing is live, so the view says it polls.
  await screen.findByText(/^push polling/);
  await waitFor(() => {
    expect(view.states.at(-1)?.polledUsers).toBe(ROWS.length);
  });
  expect(view.states.at(-1)?.pollIntervalMs).toBe(300);
  await waitFor(() => {
    expect(badgeOf('Ada Eight')).toHaveTextContent('Busy');
  });

  // A change reaches the badge by the poll, not the socket.
  view.emulator.setIntegrationPresence(USERS.ucOnly, 'AVAILABLE');
  await waitFor(
    () => {
      expect(badgeOf('Ada Eight')).toHaveTextContent('Available');
    },
    { timeout: 3000 },
  );
  // The refused set is asked for once, with ignoreErrors, and not again and again.
  await sleep(500);
  const puts = view.emulator.requestLog.filter((entry) => entry.method === 'PUT' && entry.path.endsWith('/subscriptions'));
  expect(puts).toHaveLength(1);
  expect(puts[0]?.search).toContain('ignoreErrors=true');
  // Each poll reads the four people in one request.
  for (const entry of presenceReads(view)) expect(idsOf(entry.search).length).toBeLessThanOrEqual(ROWS.length);
});

const holds = (view: View, userId: string): boolean =>
  [...view.emulator.state.channels.values()].some((channel) => channel.topics.has(presenceTopic(userId)));

test('a live row drawn with presence read before the socket dropped is read again: no event tells of a change in the gap', async () => {
  const readAt = Date.now();
  const view = renderLivePresence({ userIds: [USERS.ucOnly], initial: () => ({ presence: { key: 'available' }, at: readAt }) });
  // Chloe is kept live (just beyond the screen) but not drawn: no badge has asked for her presence.
  view.showLive([USERS.ucOnly], [USERS.ucOnly, USERS.ucOnly3]);
  await screen.findByText('push open synced');
  await waitFor(() => {
    expect(holds(view, USERS.ucOnly3)).toBe(true);
  });
  await sleep(SUBSCRIBE_GRACE_MS + 100);

  const droppedAt = Date.now();
  view.emulator.dropSockets();
  view.emulator.setIntegrationPresence(USERS.ucOnly3, 'AWAY');
  await waitFor(() => {
    expect(view.states.at(-1)?.lastSyncAt ?? 0).toBeGreaterThan(droppedAt);
  });
  const before = presenceReads(view).length;

  // Chloe scrolls into view with what her row had before the gap: live again, but that is older than the socket.
  view.showLive([USERS.ucOnly, USERS.ucOnly3], [USERS.ucOnly, USERS.ucOnly3]);
  await waitFor(() => {
    expect(badgeOf('Chloe Eight')).toHaveTextContent('Away');
  });
  expect(
    presenceReads(view)
      .slice(before)
      .flatMap((entry) => idsOf(entry.search)),
  ).toEqual([USERS.ucOnly3]);
});

/**
 * A list's window of MAX_LIVE_USERS rows of a generated org kept live past the grace, one row drawn, each
 * row's presence read at the start (as its search page brought it; known to the view when `pagesKnown`).
 * `show(rows, from)` draws `rows` with the window from row `from`; `leave(rows, from)` also waits until the
 * first row's topic has given way to the cap.
 */
async function liveWindow(size: number, seed: number, pagesKnown: boolean) {
  const org = generateOrg({ size, seed });
  const ids = ucUserIds(org);
  expect(ids.length).toBeGreaterThan(MAX_LIVE_USERS + 300);
  const row = (index: number): string => ids[index] ?? '';
  const readAt = Date.now();
  const readAts = pagesKnown ? Array.from({ length: MAX_LIVE_USERS }, () => readAt) : undefined;
  const view = renderLivePresence({ org, userIds: [row(1)], initial: () => ({ presence: { key: 'available' }, at: readAt }) });
  const show = (rows: readonly string[], from: number) => {
    view.showLive(rows, ids.slice(from, from + MAX_LIVE_USERS), readAts);
  };
  show([row(1)], 0);
  await waitFor(() => {
    expect(holds(view, row(0))).toBe(true);
  });
  await sleep(SUBSCRIBE_GRACE_MS + 100);
  const leave = async (rows: readonly string[], from: number) => {
    show(rows, from);
    await waitFor(() => {
      expect(holds(view, row(0))).toBe(false);
    });
  };
  const nameOf = (userId: string) => org.users.find((user) => user.id === userId)?.name ?? userId;
  return { ids, row, view, show, leave, nameOf };
}

test('a row whose topic left the subscription (at the cap) and came back is read again when drawn, if what it had is older', async () => {
  const { ids, row, view, show, leave, nameOf } = await liveWindow(1200, 5, false);
  const first = row(0);
  // The window moves on by 100 rows: the first person's topic gives way to the cap, and they change meanwhile.
  await leave([row(150)], 100);
  view.emulator.setIntegrationPresence(first, 'AWAY');
  // Back again: the topic is asked for anew.
  show([row(150)], 0);
  await waitFor(() => {
    expect(holds(view, first)).toBe(true);
  });
  await sleep(100);
  const before = presenceReads(view).length;

  show([row(150), first], 0);
  await waitFor(() => {
    expect(badgeOf(nameOf(first))).toHaveTextContent('Away');
  });
  // Read for this row; any other read is of a row whose topic came back too (one drawn before, read ahead).
  const read = presenceReads(view)
    .slice(before)
    .flatMap((entry) => idsOf(entry.search));
  expect(read).toContain(first);
  expect(read.filter((id) => !ids.slice(0, 100).includes(id))).toEqual([]);
});

test('rows whose topics come back with older presence are read at once, in one request, so scrolling to them reads nothing', async () => {
  const { ids, row, view, show, leave, nameOf } = await liveWindow(1200, 5, true);
  const first = row(0);
  await leave([row(150)], 100);
  view.emulator.setIntegrationPresence(first, 'AWAY');
  const before = presenceReads(view).length;

  // Back to the top: the 100 rows whose topics come back are read together, before anyone scrolls to them.
  show([row(150)], 0);
  await waitFor(() => {
    expect(presenceReads(view).length).toBe(before + 1);
  });
  expect(idsOf(presenceReads(view)[before]?.search ?? '').sort()).toEqual(ids.slice(0, 100).sort());
  show([row(150), first], 0);
  await waitFor(() => {
    expect(badgeOf(nameOf(first))).toHaveTextContent('Away');
  });
  await sleep(ON_SCREEN_DWELL_MS + 300);
  expect(presenceReads(view)).toHaveLength(before + 1);
});

test('a row whose search page was read after the presence cached for it shows the page’s presence and is not read again', async () => {
  const org = generateOrg({ size: 1200, seed: 5 });
  const ids = ucUserIds(org);
  const first = ids[0] ?? '';
  const nameOf = (userId: string) => org.users.find((user) => user.id === userId)?.name ?? userId;
  const startedAt = Date.now();
  // What each row's search page said, and when it was read: at first every row's page read at the start.
  let page: { presence: Presence; at: number } = { presence: { key: 'available' }, at: startedAt };
  const view = renderLivePresence({ org, userIds: [first], initial: () => page });
  const windowFrom = (from: number, readAt: (id: string) => number) => {
    const live = ids.slice(from, from + MAX_LIVE_USERS);
    return [live, live.map(readAt)] as const;
  };
  view.showLive([first], ...windowFrom(0, () => startedAt));
  await waitFor(() => {
    expect(holds(view, first)).toBe(true);
  });
  await sleep(SUBSCRIBE_GRACE_MS + 100);
  // A search elsewhere: the window moves on, the first person's topic gives way to the cap, and they change.
  const elsewhere = ids[150] ?? '';
  view.showLive([elsewhere], ...windowFrom(100, () => startedAt));
  await waitFor(() => {
    expect(holds(view, first)).toBe(false);
  });
  view.emulator.setIntegrationPresence(first, 'AWAY');
  // Back to the first page, read anew (it says Away); the other rows' pages are those read at the start.
  const pageAt = Date.now();
  page = { presence: { key: 'away' }, at: pageAt };
  const before = presenceReads(view).length;
  view.showLive([elsewhere, first], ...windowFrom(0, (id) => (id === first ? pageAt : startedAt)));
  // The page's presence, not the one cached for the earlier read.
  expect(badgeOf(nameOf(first))).toHaveTextContent('Away');
  await waitFor(() => {
    expect(holds(view, first)).toBe(true);
  });
  await sleep(ON_SCREEN_DWELL_MS + 300);
  // The rows whose pages are older are read (ahead of the scroll); the first person's page is newer than the topic's gap.
  const read = presenceReads(view)
    .slice(before)
    .flatMap((entry) => idsOf(entry.search));
  expect(read.length).toBeGreaterThan(0);
  expect(read).not.toContain(first);
  expect(badgeOf(nameOf(first))).toHaveTextContent('Away');
});

test('after a dropped socket, live rows near the screen that no badge shows are read in the same request as those on screen', async () => {
  const readAt = Date.now();
  const view = renderLivePresence({ userIds: [USERS.ucOnly], initial: () => ({ presence: { key: 'available' }, at: readAt }) });
  view.showLive(
    [USERS.ucOnly],
    ROWS,
    ROWS.map(() => readAt),
  );
  await screen.findByText('push open synced');
  await waitFor(() => {
    expect(ROWS.every((id) => holds(view, id))).toBe(true);
  });
  await sleep(SUBSCRIBE_GRACE_MS + 100);
  const before = presenceReads(view).length;

  view.emulator.dropSockets();
  view.emulator.setIntegrationPresence(USERS.ucOnly3, 'AWAY');
  await waitFor(() => {
    expect(presenceReads(view).length).toBe(before + 1);
  });
  expect(idsOf(presenceReads(view)[before]?.search ?? '').sort()).toEqual([...ROWS].sort());
  // Chloe scrolls into view: what the reconnect read is current, nothing more is asked.
  view.showLive(
    [USERS.ucOnly, USERS.ucOnly3],
    ROWS,
    ROWS.map(() => readAt),
  );
  await waitFor(() => {
    expect(badgeOf('Chloe Eight')).toHaveTextContent('Away');
  });
  await sleep(ON_SCREEN_DWELL_MS + 300);
  expect(presenceReads(view)).toHaveLength(before + 1);
});

test('a row drawn owed a read brings the owed rows nearest it into the same request (beyond what the answer read)', async () => {
  const { ids, row, view, show, leave } = await liveWindow(2500, 11, true);
  // 300 rows give way to the cap, then come back: the answer reads the 200 nearest, 100 stay owed.
  await leave([row(400)], 300);
  const before = presenceReads(view).length;
  show([row(400)], 0);
  await waitFor(() => {
    expect(presenceReads(view).length).toBe(before + 2);
  });
  await sleep(ON_SCREEN_DWELL_MS + 300);
  expect(presenceReads(view)).toHaveLength(before + 2);

  // The scroll reaches row 250: it is read, and with it the other 99 still owed.
  show([row(400), row(250)], 0);
  await waitFor(() => {
    expect(presenceReads(view).length).toBe(before + 3);
  });
  expect(idsOf(presenceReads(view)[before + 2]?.search ?? '').sort()).toEqual(ids.slice(200, 300).sort());
  await sleep(ON_SCREEN_DWELL_MS + 300);
  expect(presenceReads(view)).toHaveLength(before + 3);
});
