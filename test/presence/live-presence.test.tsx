import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse, ws } from 'msw';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { VARIANT_CHOICES } from '@/emulator/variants';
import { MAX_LIVE_USERS } from '@/foundations/presence/live-presence';
import { fixtureOrg, USERS } from '../support/fixture-org';
import { badgeOf, ucUserIds, idsOf, presenceReadsOf, presenceTopic, renderLivePresence, sleep } from './render-live-presence';

const ROWS = [USERS.ucOnly, USERS.ucOnly2, USERS.ucOnly3, USERS.hybrid];

const topicsOf = (view: ReturnType<typeof renderLivePresence>): string[][] =>
  [...view.emulator.state.channels.values()].map((channel) => [...channel.topics]);

test('a socket message updates that user’s badge, and only that row re-renders', async () => {
  const view = renderLivePresence({ userIds: ROWS });
  await waitFor(() => {
    expect(topicsOf(view)).toEqual([ROWS.map(presenceTopic)]);
  });
  await screen.findByText('push open synced');
  expect(badgeOf('Ada Eight')).toHaveTextContent('Busy');
  expect(badgeOf('Ada Eight')).toHaveAccessibleName(/^Presence: Busy for /);
  const rendersBefore = new Map(view.renders);
  const otherBadges = ['Bruno Eight', 'Chloe Eight', 'Dan Hybrid'].map(badgeOf);

  view.emulator.setIntegrationPresence(USERS.ucOnly, 'AVAILABLE', 'Back at my desk');

  await waitFor(() => {
    expect(badgeOf('Ada Eight')).toHaveTextContent('Available');
  });
  expect(badgeOf('Ada Eight')).toHaveAttribute('data-presence', 'available');
  expect(badgeOf('Ada Eight')).toHaveAccessibleName('Presence: Available for less than a minute');
  expect(view.renders.get(USERS.ucOnly)).toBeGreaterThan(rendersBefore.get(USERS.ucOnly) ?? 0);
  for (const id of [USERS.ucOnly2, USERS.ucOnly3, USERS.hybrid]) expect(view.renders.get(id)).toBe(rendersBefore.get(id));
  // The other badges are the very same DOM nodes.
  expect(['Bruno Eight', 'Chloe Eight', 'Dan Hybrid'].map(badgeOf)).toEqual(otherBadges);
  otherBadges.forEach((badge, index) => {
    expect(badgeOf(['Bruno Eight', 'Chloe Eight', 'Dan Hybrid'][index] ?? '')).toBe(badge);
  });
  // Initial presence came in one presence read for all four rows.
  const bulk = presenceReadsOf(view.emulator.requestLog);
  expect(bulk.length).toBeGreaterThanOrEqual(1);
});

test('the subscription follows the rows on screen, ignores small scrolls, keeps who was live and stays under the cap', async () => {
  const org = generateOrg({ size: 2500, seed: 11 });
  const ids = ucUserIds(org);
  expect(ids.length).toBeGreaterThan(MAX_LIVE_USERS + 100);
  const view = renderLivePresence({ org, userIds: ids.slice(0, 40) });
  const subscribed = () => [...view.emulator.state.channels.values()].flatMap((channel) => [...channel.topics]);
  await waitFor(() => {
    expect(subscribed()).toEqual(ids.slice(0, 40).map(presenceTopic));
  });

  // Two rows of scrolling only change the margin: the topic set stays.
  view.show(ids.slice(2, 42));
  await sleep(150);
  expect(subscribed()).toEqual(ids.slice(0, 40).map(presenceTopic));

  // A real move subscribes the new window; those already live stay so while there is room.
  view.show(ids.slice(30, 70));
  await waitFor(() => {
    expect(subscribed()).toEqual([...ids.slice(30, 70), ...ids.slice(0, 30)].map(presenceTopic));
  });

  // A caller passing far too many rows still gets at most MAX_LIVE_USERS topics: its first rows.
  view.show(ids.slice(0, MAX_LIVE_USERS + 100));
  await waitFor(() => {
    expect(subscribed()).toEqual(ids.slice(0, MAX_LIVE_USERS).map(presenceTopic));
  });
  expect(view.emulator.state.channels.size).toBe(1);
  const puts = view.emulator.requestLog.filter((entry) => entry.method === 'PUT' && entry.path.endsWith('/subscriptions'));
  expect(puts.every((entry) => entry.status === 200)).toBe(true);
  expect(puts.length).toBeLessThanOrEqual(4);
});

test('with enabled false nothing is requested and no socket is opened; the rows keep what they have', async () => {
  const view = renderLivePresence({
    userIds: ROWS,
    enabled: false,
    initial: () => ({ presence: { key: 'away' }, at: Date.now() }),
  });
  await sleep(200);
  expect(screen.getByLabelText('live presence')).toHaveTextContent('off off');
  expect(badgeOf('Ada Eight')).toHaveTextContent('Away');
  expect(view.emulator.requestLog).toEqual([]);
  expect(view.emulator.state.channels.size).toBe(0);

  // The same view, once enabled, goes live: gating was the only thing holding it back.
  view.show(ROWS, true);
  await screen.findByText('push open synced');
  await waitFor(() => {
    expect(badgeOf('Ada Eight')).toHaveTextContent('Busy');
  });
});

test('an unknown or missing presence shows as Unknown, never as Available', async () => {
  const view = renderLivePresence({ userIds: ROWS });
  view.server.use(
    http.get(view.url('/api/v2/users'), () =>
      HttpResponse.json({
        entities: [
          { id: USERS.ucOnly, presence: { source: 'EightByEight', presenceDefinition: { id: 'x', systemPresence: 'GONE_FISHING' } } },
          { id: USERS.ucOnly2, integrationPresence: { presenceDefinition: null, modifiedDate: 'not a date' } },
          // Genesys' own presence is never shown as an 8×8 one.
          { id: USERS.ucOnly3, presence: { source: 'PURECLOUD', presenceDefinition: { systemPresence: 'AVAILABLE' } } },
          { presence: { source: 'EightByEight', presenceDefinition: { systemPresence: 'AVAILABLE' } } },
          'garbage',
        ],
      }),
    ),
  );
  await waitFor(() => {
    expect(badgeOf('Ada Eight')).toHaveTextContent('Unknown');
  });
  for (const name of ['Ada Eight', 'Bruno Eight', 'Chloe Eight', 'Dan Hybrid']) {
    expect(badgeOf(name)).toHaveTextContent('Unknown');
    expect(badgeOf(name)).toHaveAttribute('data-presence', 'unknown');
  }
  expect(screen.queryByText('Available')).not.toBeInTheDocument();
});

test('socket messages that are not JSON, not an event or not readable never break the badges', async () => {
  const view = renderLivePresence({ userIds: ROWS });
  const sockets: Array<{ send: (data: string) => void }> = [];
  view.server.use(
    ws.link('wss://streaming.mypurecloud.ie/channels/*').addEventListener('connection', ({ client }) => {
      sockets.push(client);
    }),
  );
  // The client connects a tick after mounting, so this handler sees its socket too.
  await screen.findByText('push open synced');
  const socket = sockets.at(-1);
  if (!socket) throw new Error('no socket');
  socket.send('not json at all');
  socket.send(JSON.stringify({ hello: 'world' }));
  socket.send(JSON.stringify({ topicName: 42 }));
  socket.send(JSON.stringify([1, 2, 3]));
  socket.send('null');
  socket.send(
    JSON.stringify({
      topicName: presenceTopic(USERS.ucOnly),
      eventBody: { presenceDefinition: { systemPresence: 'GONE_FISHING' }, modifiedDate: new Date().toISOString() },
    }),
  );
  await waitFor(() => {
    expect(badgeOf('Ada Eight')).toHaveTextContent('Unknown');
  });
  // An event we cannot read is not guessed at: that user is refetched instead.
  const before = presenceReadsOf(view.emulator.requestLog).length;
  socket.send(JSON.stringify({ topicName: presenceTopic(USERS.ucOnly2), eventBody: { presenceDefinition: 'oops' } }));
  await waitFor(() => {
    const bulk = presenceReadsOf(view.emulator.requestLog);
    expect(bulk.slice(before).map((entry) => idsOf(entry.search))).toContainEqual([USERS.ucOnly2]);
  });
  expect(badgeOf('Bruno Eight')).toHaveTextContent('Busy');
  // Still connected, still live.
  view.emulator.setIntegrationPresence(USERS.ucOnly3, 'AWAY');
  await waitFor(() => {
    expect(badgeOf('Chloe Eight')).toHaveTextContent('Away');
  });
});

test('a hostile SVG badge icon is shown only as an image: no markup, no script', async () => {
  const org = fixtureOrg();
  const hostile =
    '<svg xmlns="http://www.w3.org/2000/svg" onload="window.pwned=1"><script>window.pwned=2</script>' +
    '<foreignObject><img src="x" onerror="window.pwned=3"/></foreignObject><circle r="4"/></svg>';
  const integration = org.ucIntegrations[0];
  if (!integration) throw new Error('fixture has no integration');
  integration.badgeIconsSvg = { ...integration.badgeIconsSvg, busy: hostile };
  renderLivePresence({ org, userIds: ROWS });

  const icons = await screen.findAllByRole('presentation');
  const busyIcon = icons.find((icon) => icon.getAttribute('src')?.startsWith('data:image/svg+xml'));
  expect(busyIcon).toBeDefined();
  expect(busyIcon?.tagName).toBe('IMG');
  expect(decodeURIComponent(busyIcon?.getAttribute('src') ?? '')).toContain('<script>');
  expect(badgeOf('Ada Eight')).toHaveTextContent('Busy');
  // Nothing of the icon's markup reached the DOM, and nothing ran. (A security check, not a user's view.)
  // eslint-disable-next-line testing-library/no-node-access
  expect(document.querySelectorAll('script, svg, foreignObject, [onload], [onerror]')).toHaveLength(0);
  expect(Reflect.get(window, 'pwned')).toBeUndefined();
});

test('time in status reads like Genesys: "Busy · 12 min", with a spoken label', async () => {
  const twelveMinutesAgo = () => Date.now() - 12 * 60_000 - 5_000;
  const view = renderLivePresence({ userIds: ROWS, now: twelveMinutesAgo });
  await screen.findByText('push open synced');
  view.emulator.setIntegrationPresence(USERS.ucOnly2, 'MEETING');
  await waitFor(() => {
    expect(badgeOf('Bruno Eight')).toHaveTextContent('Meeting · 12 min');
  });
  expect(badgeOf('Bruno Eight')).toHaveAccessibleName('Presence: Meeting for 12 minutes');
  expect(badgeOf('Bruno Eight')).toHaveAttribute('data-presence', 'meeting');
});

for (const listIcons of VARIANT_CHOICES.listIcons) {
  test(`badge icons when the clientapps list ${listIcons === 'listed' ? 'carries them: no second request' : 'leaves them out: one GET of the entry'}`, async () => {
    const org = fixtureOrg();
    const integration = org.ucIntegrations[0];
    if (!integration) throw new Error('fixture has no integration');
    integration.badgeIconsSvg = { ...integration.badgeIconsSvg, busy: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>' };
    const { emulator } = renderLivePresence({ org, userIds: ROWS, variants: { listIcons } });
    // Ada is Busy: her badge carries the integration's Busy icon.
    const icons = await screen.findAllByRole('presentation');
    expect(icons.some((icon) => icon.getAttribute('src')?.startsWith('data:image/svg+xml'))).toBe(true);
    expect(badgeOf('Ada Eight')).toHaveTextContent('Busy');
    const entryReads = emulator.requestLog.filter((entry) =>
      /^\/api\/v2\/integrations\/unifiedcommunications\/clientapps\/./.test(entry.path),
    );
    expect(entryReads).toHaveLength(listIcons === 'listed' ? 0 : 1);
  });
}
