import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { PAGE_GROUP } from '@/foundations/people/use-directory-rows';
import { renderApp } from '../support/render-app';
import { directoryOrg, findSearchBox, listbox, listedUsers, options, searchRequests, userIdsShown, withPeople } from './directory-org';

const PRESENCE_LABEL = /^(Available|Busy|Away|Offline|Meeting|Break|Meal|Training|Idle|On Queue|Unknown)$/;

test('an agent sees the 8×8 users sorted by name with avatar, details, 8×8 number and presence; Genesys-only users are not listed', async () => {
  const org = directoryOrg(150, 7);
  renderApp({ org, persona: 'agent' });

  const expected = listedUsers(org);
  expect(await screen.findByText(`Showing ${expected.length} of ${expected.length} 8×8 users`)).toBeInTheDocument();
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(5);
  });
  const shown = userIdsShown();
  expect(shown).toEqual(expected.slice(0, shown.length).map((user) => user.id));

  const first = expected[0];
  if (!first) throw new Error('the org has no 8×8 users');
  const row = options()[0];
  if (!row) throw new Error('no row');
  expect(row).toHaveTextContent(first.name);
  const number = first.phones.find((phone) => phone.type === 'OTHER')?.number ?? '';
  // Shown for people ("+63 2 6973 6550"): the same digits as the stored E.164 value.
  expect(row.textContent.replace(/ /g, '')).toContain(number);
  if (first.department) expect(row).toHaveTextContent(first.department);
  expect(await within(row).findByText(PRESENCE_LABEL)).toBeInTheDocument();
  expect(within(row).getByRole('img', { name: /^Presence: / })).toHaveAttribute('data-presence');

  const genesysOnly = org.users.find((user) => user.kind === 'genesys-only' && user.state === 'active');
  expect(genesysOnly).toBeDefined();
  expect(within(listbox()).queryByText(genesysOnly?.name ?? '')).not.toBeInTheDocument();
});

test('rows show time in status with the presence label', async () => {
  const { user } = renderApp({ org: directoryOrg(), persona: 'agent' });
  await user.type(await findSearchBox(), 'Zadie');
  const row = await screen.findByRole('option', { name: /Zadie Quenneville/ });
  expect(await within(row).findByText(/12 min/)).toBeInTheDocument();
  expect(within(row).getByRole('img', { name: /^Presence: Busy/ })).toHaveAttribute('data-presence', 'busy');
});

test('without the badge permission the list works and nothing asks for presence', async () => {
  const { emulator, user } = renderApp({ org: directoryOrg(), persona: 'no-badges' });

  expect(await screen.findByRole('status', { name: '8×8 presence is hidden' })).toHaveTextContent('integration:unifiedCommunications:view');
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  expect(within(listbox()).queryByText(PRESENCE_LABEL)).not.toBeInTheDocument();
  expect(within(listbox()).queryAllByRole('img', { name: /^Presence/ })).toEqual([]);
  expect(screen.queryByRole('combobox', { name: 'Presence' })).not.toBeInTheDocument();

  // Search and the card work too.
  await user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'Xylander');
  await user.click(await screen.findByRole('option', { name: /Bruno Xylander/ }));
  const card = await screen.findByRole('dialog', { name: 'Bruno Xylander' });
  expect(within(card).queryByText('Presence')).not.toBeInTheDocument();

  await waitFor(() => {
    expect(searchRequests(emulator.requestLog)).toBeGreaterThan(1);
  });
  const presenceRequests = emulator.requestLog.filter(
    (entry) =>
      entry.path.includes('presence') || entry.search.includes('integrationPresenceSource') || entry.path.includes('unifiedcommunications'),
  );
  expect(presenceRequests).toEqual([]);
  // The card may open a channel for the agent's own calls (to offer Transfer), never a presence topic.
  const topics = [...emulator.state.channels.values()].flatMap((channel) => [...channel.topics]);
  expect(topics.filter((topic) => topic.includes('presence'))).toEqual([]);
});

test('with 5,000 users only a window of rows is in the DOM, and scrolling fetches the page under it', async () => {
  const org = generateOrg({ size: 5000, seed: 2 });
  const { emulator } = renderApp({ org, persona: 'agent' });
  const expected = listedUsers(org);

  await waitFor(() => {
    expect(options().length).toBeGreaterThan(5);
  });
  expect(options().length).toBeLessThan(100);
  expect(screen.getByText(/^Showing [\d,]+ of [\d,]+ 8×8 users$/)).toBeInTheDocument();
  // Page 1 and the group of pages ahead of it (pages 2 and 3); nothing more.
  await waitFor(() => {
    expect(searchRequests(emulator.requestLog)).toBe(PAGE_GROUP);
  });

  // The scroll container has no role of its own; scrolling it is what a person does with the wheel.
  // eslint-disable-next-line testing-library/no-node-access
  const viewport = listbox().parentElement;
  if (!viewport) throw new Error('no scroll container');
  viewport.scrollTop = 64 * 2500;
  fireEvent.scroll(viewport);

  // Rows near index 2,500 (pages 25-27, the group the screen is in) replace the first ones, still a window.
  await waitFor(() => {
    const posinset = Number(options()[0]?.getAttribute('aria-posinset'));
    expect(posinset).toBeGreaterThan(2400);
  });
  expect(options().length).toBeLessThan(100);
  const shown = userIdsShown();
  for (const userId of shown) expect(expected.some((candidate) => candidate.id === userId)).toBe(true);
  const requestedPages = emulator.requestLog.filter((entry) => entry.path === '/api/v2/users/search').length;
  expect(requestedPages).toBeLessThan(8);
});

test('hostile, right-to-left and very long directory text renders as text without breaking the row', async () => {
  const longTitle = 'Very long title '.repeat(625);
  const org = withPeople(generateOrg({ size: 20, seed: 4 }), [
    { id: '7e570000-0000-4000-8000-00000000aaaa', name: '<img src=x onerror=alert(1)>', number: '+15550100001', title: 'Hacker' },
    { id: '7e570000-0000-4000-8000-00000000bbbb', name: 'مُحَمَّد الفَارِس', number: '+15550100002', title: longTitle },
  ]);
  const { user } = renderApp({ org, persona: 'agent' });

  const hostile = await screen.findByRole('option', { name: /<img src=x onerror=alert\(1\)>/ });
  expect(within(hostile).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  expect(screen.queryAllByRole('img').filter((img) => img.getAttribute('src') === 'x')).toEqual([]);

  const search = screen.getByRole('combobox', { name: 'Search 8×8 users' });
  await user.type(search, 'الفارس');
  const rtl = await screen.findByRole('option', { name: /مُحَمَّد الفَارِس/ });
  const name = within(rtl).getByText('مُحَمَّد الفَارِس');
  expect(name).toHaveAttribute('dir', 'auto');
  // The 10,000-character title is in the row (cut by CSS), with the whole text as its tooltip.
  const title = within(rtl).getByTitle(longTitle.trim());
  expect(title).toHaveClass('truncated');
  expect(title.textContent.length).toBeGreaterThan(9000);
  await user.keyboard('{ArrowDown}{Enter}');
  expect(await screen.findByRole('dialog', { name: /مُحَمَّد الفَارِس/ })).toHaveTextContent(longTitle.trim().slice(0, 200));
});

test('the first badges come from three requests: who I am, the 8×8 integration (with its icons), the first page; the live channel opens after', async () => {
  let atFirstBadge: { requests: string[]; time: number } | undefined;
  const { emulator } = renderApp({ org: directoryOrg(150, 7), persona: 'agent' });
  const api = () => emulator.requestLog.filter((entry) => entry.path.startsWith('/api/')).map((entry) => `${entry.method} ${entry.path}`);
  // Noted the moment the first badge with a presence is drawn, before anything else can run.
  const observer = new MutationObserver(() => {
    if (atFirstBadge || screen.queryAllByRole('img', { name: /^Presence: / }).length === 0) return;
    atFirstBadge = { requests: api(), time: Date.now() };
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  await waitFor(() => {
    expect(emulator.state.channels.size).toBe(1);
  });
  observer.disconnect();
  expect(atFirstBadge?.requests).toEqual([
    'GET /api/v2/users/me',
    'GET /api/v2/integrations/unifiedcommunications/clientapps',
    'POST /api/v2/users/search',
  ]);
  const channel = emulator.requestLog.find((entry) => entry.path === '/api/v2/notifications/channels');
  expect(channel?.timestamp).toBeGreaterThanOrEqual(atFirstBadge?.time ?? Infinity);
  expect(api().filter((request) => request.includes('/clientapps/'))).toEqual([]);
});
