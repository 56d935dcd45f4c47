import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { expect, test } from 'vitest';
import { renderApp } from '../support/render-app';
import {
  ADA,
  BRUNO,
  CHLOE,
  directoryOrg,
  findSearchBox,
  listedUsers,
  options,
  searchBox,
  searchRequests,
  userIdsShown,
} from './directory-org';

test.each([
  ['a name', 'xylander', [BRUNO]],
  ['part of a name with an accent left out', 'chloe wand', [CHLOE]],
  ['an email', 'zq@quenneville', [ADA]],
  ['a department', 'Treasury', [BRUNO, ADA]],
  ['a title', 'payments analyst', [BRUNO]],
  ['phone digits formatted another way', '(415) 555-01', [ADA]],
  ['phone digits with spaces', '415 555', [ADA]],
])('search by %s', async (_what, text, expected) => {
  const { user } = renderApp({ org: directoryOrg(), persona: 'agent' });
  await user.type(await findSearchBox(), text);
  await waitFor(() => {
    expect(userIdsShown()).toEqual(expected);
  });
  expect(screen.getByText(new RegExp(`^Showing ${expected.length} of \\d+ 8×8 users$`))).toBeInTheDocument();
});

test('local results appear before the server answers, then the server search fills in', async () => {
  const org = directoryOrg();
  const { user, emulator } = renderApp({ org, persona: 'agent' });
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  emulator.setFaults({ latencyMs: 300 });
  const before = searchRequests(emulator.requestLog);

  // Everyone is loaded already (one page): matches show at once, while the search is still out.
  await user.type(searchBox(), 'Treasury');
  expect(userIdsShown()).toEqual([BRUNO, ADA]);
  expect(screen.getByText('Searching Genesys Cloud…')).toBeInTheDocument();
  expect(searchRequests(emulator.requestLog)).toBe(before);

  await waitFor(() => {
    expect(searchRequests(emulator.requestLog)).toBe(before + 1);
  });
  await waitFor(() => {
    expect(screen.queryByText('Searching Genesys Cloud…')).not.toBeInTheDocument();
  });
  expect(userIdsShown()).toEqual([BRUNO, ADA]);
  // Debounced: typing "Treasury" asked the server once.
  expect(searchRequests(emulator.requestLog)).toBe(before + 1);
});

test('a slow answer to an older search never replaces the newer one', async () => {
  const { user, server, url } = renderApp({ org: directoryOrg(), persona: 'agent' });
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  let slowAnswered = false;
  // The answer for "Treasury" comes late; the handler then falls through to the emulator.
  server.use(
    http.post(url('/api/v2/users/search'), async ({ request }) => {
      const body = JSON.stringify(await request.clone().json());
      if (body.includes('Treasury*') && !body.includes('Payments')) {
        await delay(600);
        slowAnswered = true;
      }
    }),
  );

  await user.type(searchBox(), 'Treasury');
  await waitFor(() => {
    expect(screen.getByText('Searching Genesys Cloud…')).toBeInTheDocument();
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await user.type(searchBox(), ' Payments');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO]);
  });
  await waitFor(() => {
    expect(slowAnswered).toBe(true);
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(userIdsShown()).toEqual([BRUNO]);
  expect(screen.getByText(/^Showing 1 of \d+ 8×8 users$/)).toBeInTheDocument();
});

test('a search with no match says what to try, and Clear search brings everyone back', async () => {
  const org = directoryOrg();
  const { user } = renderApp({ org, persona: 'agent' });
  await user.type(await findSearchBox(), 'qqqzzz');
  const notice = await screen.findByRole('status', { name: 'No 8×8 users match your search' });
  expect(notice).toHaveTextContent('qqqzzz');
  expect(notice).toHaveTextContent(/email, department, title or 8×8 number/);
  expect(options()).toEqual([]);

  await user.click(within(notice).getByRole('button', { name: 'Clear search' }));
  expect(searchBox()).toHaveValue('');
  expect(searchBox()).toHaveFocus();
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  expect(screen.getByText(`Showing ${listedUsers(org).length} of ${listedUsers(org).length} 8×8 users`)).toBeInTheDocument();
});

test('a search for markup or query syntax is text: no error, no injected element', async () => {
  const { user } = renderApp({ org: directoryOrg(), persona: 'agent' });
  await user.type(await findSearchBox(), '<b>x</b> OR name:* "');
  expect(await screen.findByRole('status', { name: 'No 8×8 users match your search' })).toHaveTextContent('<b>x</b> OR name:* "');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('typing a search keeps the one notifications channel: each keystroke only moves its topics', async () => {
  const { user, emulator } = renderApp({ org: directoryOrg(), persona: 'agent' });
  await waitFor(() => {
    expect(emulator.state.channels.size).toBe(1);
  });
  await user.type(searchBox(), 'treasury');
  await user.clear(searchBox());
  await user.type(searchBox(), 'payments');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO]);
  });
  const created = emulator.requestLog.filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/notifications/channels');
  expect(created).toHaveLength(1);
  expect(emulator.state.channels.size).toBe(1);
});
