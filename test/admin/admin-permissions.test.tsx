import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import type { RequestLogEntry } from '@/emulator/emulator-core';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization } from '@/emulator/org-model';
import { renderApp } from '../support/render-app';

const org = (): Organization => generateOrg({ size: 40, seed: 11 });

/** The names listed in one "what is missing" group. */
const peopleIn = (group: HTMLElement): (string | null)[] =>
  within(within(group).getByRole('list', { name: /^People missing / }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const row = (table: HTMLElement, capability: string): HTMLElement =>
  within(table).getByRole('row', { name: new RegExp(`^${capability} `) });

const requests = (log: readonly RequestLogEntry[], path: string | RegExp): RequestLogEntry[] =>
  log.filter((entry) => (typeof path === 'string' ? entry.path === path : path.test(entry.path)));

/** GET /api/v2/users?id=…: the ids one request asked for (repeated or comma-separated). */
const idsOf = (entry: RequestLogEntry): string[] =>
  new URLSearchParams(entry.search)
    .getAll('id')
    .flatMap((value) => value.split(','))
    .filter(Boolean);

async function checkPerson(
  user: { type: (element: Element, text: string) => Promise<void>; click: (element: Element) => Promise<void> },
  search: string,
  name: string,
) {
  await user.type(await screen.findByRole('combobox', { name: 'Check a person' }), search);
  // Debounced search, then two reads (user, grants): generous waits when the whole suite runs in parallel.
  // The list is drawn anew for each search: find the option once the answer is in, then check where it is.
  const option = await screen.findByRole('option', { name: new RegExp(name) }, { timeout: 5_000 });
  expect(within(screen.getByRole('listbox', { name: 'People found' })).getByRole('option', { name: new RegExp(name) })).toBe(option);
  await user.click(option);
  return screen.findByRole('table', { name: `Capabilities of ${name}` }, { timeout: 5_000 });
}

test('the admin sees their own capabilities, each permission and the role that grants it, from subjects/me', async () => {
  const generated = org();
  const { emulator } = renderApp({ org: generated, persona: 'admin', path: '/admin' });
  const table = await screen.findByRole('table', { name: 'Capabilities of Priya Natarajan' }, { timeout: 5_000 });
  // Badges need both permissions now: each is listed with the role granting it.
  const badges = row(table, 'See 8×8 presence badges');
  expect(badges).toHaveTextContent('Allowedintegration:unifiedCommunications:view held through UC Presence Viewer (Home)');
  expect(badges).toHaveTextContent('integration:eightByEight:view held through 8x8 Presence Viewer (Home)');
  expect(row(table, 'See 8×8 presence when transferring')).toHaveTextContent(
    'integration:eightByEight:view held through 8x8 Presence Viewer (Home)',
  );
  // directory:user:view is granted twice by the Admin role: directly and by the wildcard directory:*:view.
  expect(row(table, 'Search the directory')).toHaveTextContent('directory:user:view held through');
  expect(row(table, 'Blind transfer')).toHaveTextContent('Not allowed · conversation:communication:blindTransfer missing');

  // Own grants from subjects/me; the user and permissions the app read at start are not read again.
  const log = emulator.requestLog;
  expect(requests(log, '/api/v2/authorization/subjects/me')).toHaveLength(1);
  expect(requests(log, /^\/api\/v2\/authorization\/subjects\/(?!me$)/)).toEqual([]);
  expect(requests(log, '/api/v2/users/me')).toHaveLength(1);
});

test('the agent persona, found by search, may do everything the matrix lists', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const table = await checkPerson(user, 'Maya', 'Maya Okafor');
  for (const capability of ['See 8×8 presence badges', 'See 8×8 presence when transferring', 'Search the directory']) {
    expect(row(table, capability)).toHaveTextContent(/^.*Allowed/);
  }
  expect(row(table, 'Blind transfer')).toHaveTextContent(
    'Allowedconversation:communication:blindTransfer held through Agent (Contact Center)',
  );
  expect(row(table, 'Consult transfer')).toHaveTextContent('held through Agent');
});

test('no-badges (lacks the UC permission): badges are not allowed and name the UC permission; the 8×8 one is held', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const table = await checkPerson(user, 'Lindgren', 'Tomás Lindgren');
  const badges = row(table, 'See 8×8 presence badges');
  expect(badges).toHaveTextContent('Not allowed · integration:unifiedCommunications:view missing');
  expect(badges).not.toHaveTextContent('integration:eightByEight:view missing');
  expect(badges).toHaveTextContent('integration:eightByEight:view held through 8x8 Presence Viewer');
  expect(row(table, 'See 8×8 presence when transferring')).toHaveTextContent(
    'Not allowed · integration:unifiedCommunications:view missing',
  );
  expect(row(table, 'Blind transfer')).toHaveTextContent('Allowed');
});

test('no-8x8 (lacks the 8×8 permission): badges are not allowed and name the 8×8 permission; the UC one is held', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const table = await checkPerson(user, 'Tanaka', 'Aiko Tanaka');
  const badges = row(table, 'See 8×8 presence badges');
  expect(badges).toHaveTextContent('Not allowed · integration:eightByEight:view missing');
  expect(badges).not.toHaveTextContent('integration:unifiedCommunications:view missing');
  expect(badges).toHaveTextContent('integration:unifiedCommunications:view held through UC Presence Viewer');
  expect(row(table, 'See 8×8 presence when transferring')).toHaveTextContent('Not allowed · integration:eightByEight:view missing');
});

test('the matrix asks for the pbxPermission the integration declares, not an assumed one', async () => {
  const generated = org();
  const [integration] = generated.ucIntegrations;
  if (integration) integration.pbxPermission = 'integration:eightByEightPresence:view';
  renderApp({ org: generated, persona: 'admin', path: '/admin' });
  const table = await screen.findByRole('table', { name: 'Capabilities of Priya Natarajan' }, { timeout: 5_000 });
  expect(row(table, 'See 8×8 presence badges')).toHaveTextContent('Not allowed · integration:eightByEightPresence:view missing');
  expect(row(table, 'See 8×8 presence badges')).toHaveTextContent('integration:unifiedCommunications:view held through UC Presence Viewer');
});

test('roles with holder counts, and who transfers without badges: named from one users-by-id request', async () => {
  const generated = org();
  const { emulator } = renderApp({ org: generated, persona: 'admin', path: '/admin' });
  const table = await screen.findByRole('table', { name: 'Roles that grant each permission' });
  const holders = (roleName: string) => {
    const role = generated.roles.find((candidate) => candidate.name === roleName);
    return generated.users.filter((user) => user.state !== 'deleted' && user.grants.some((grant) => grant.roleId === role?.id)).length;
  };
  const badges = within(table).getByRole('row', { name: /^integration:unifiedCommunications:view/ });
  expect(
    await within(badges).findByText(new RegExp(`UC Presence Viewer \\(${String(holders('UC Presence Viewer'))} users\\)`)),
  ).toBeInTheDocument();
  expect(badges).toHaveTextContent('Master Admin (1 user)');
  const region = screen.getByRole('region', { name: 'People who transfer but cannot see badges' });
  // Grouped by what is missing, each group with its count, the permission's Genesys label and the roles granting it.
  const noUc = await within(region).findByRole(
    'region',
    { name: 'Missing Integration > unifiedCommunications > View' },
    { timeout: 5_000 },
  );
  expect(within(noUc).getByRole('heading', { level: 4 })).toHaveTextContent(
    'Missing Integration > unifiedCommunications > View (1 person)',
  );
  expect(noUc).toHaveTextContent('integration:unifiedCommunications:view');
  expect(noUc).toHaveTextContent('Granted by these roles: UC Presence Viewer, Supervisor, and Master Admin');
  expect(noUc).toHaveTextContent('Fix: assign each of them one of these roles in Admin > People > the person > Roles.');
  expect(peopleIn(noUc)).toEqual(['Tomás Lindgren']);
  const no8x8 = within(region).getByRole('region', { name: 'Missing Integration > 8×8 > View' });
  expect(no8x8).toHaveTextContent('Granted by these roles: 8x8 Presence Viewer, Supervisor, and Master Admin');
  expect(peopleIn(no8x8)).toEqual(['Aiko Tanaka']);
  expect(region).toHaveTextContent('2 people have a role that allows transfers but cannot see 8×8 presence');

  // Holders come as ids; their names in one GET /users?id= (not one request per person).
  const byId = requests(emulator.requestLog, '/api/v2/users').filter((entry) => idsOf(entry).length > 0);
  expect(byId.map(idsOf).map((ids) => ids.sort())).toEqual([[generated.personas['no-uc-view'], generated.personas['no-badges']].sort()]);
  expect(requests(emulator.requestLog, /^\/api\/v2\/users\/(?!me$|search$)/)).toEqual([]);
});

test('a holder whose name cannot be read is shown by id', async () => {
  const generated = org();
  const unnamed = generated.users.find((user) => user.id === generated.personas['no-uc-view']);
  if (unnamed) unnamed.name = '';
  renderApp({ org: generated, persona: 'admin', path: '/admin' });
  const region = await screen.findByRole('region', { name: 'People who transfer but cannot see badges' });
  const no8x8 = await within(region).findByRole('region', { name: 'Missing Integration > 8×8 > View' }, { timeout: 5_000 });
  expect(peopleIn(no8x8)).toEqual([generated.personas['no-uc-view']]);
  expect(peopleIn(within(region).getByRole('region', { name: 'Missing Integration > unifiedCommunications > View' }))).toEqual([
    'Tomás Lindgren',
  ]);
});

test('when the names cannot be read the holders show by id, and Try again names them', async () => {
  const generated = org();
  const { user, server, url } = renderApp({ org: generated, persona: 'admin', path: '/admin' });
  let failing = true;
  server.use(
    http.get(url('/api/v2/users'), ({ request }) => {
      if (!failing || !new URL(request.url).searchParams.has('id')) return undefined;
      return HttpResponse.json(
        { message: 'The service is temporarily unavailable.', code: 'service.unavailable', status: 503, contextId: 'c1', details: [] },
        { status: 503 },
      );
    }),
  );
  const region = await screen.findByRole('region', { name: 'People who transfer but cannot see badges' });
  expect(
    await within(region).findByText('Their names could not be read: each person is shown by user ID.', {}, { timeout: 5_000 }),
  ).toBeInTheDocument();
  expect(peopleIn(within(region).getByRole('region', { name: 'Missing Integration > 8×8 > View' }))).toEqual([
    generated.personas['no-uc-view'],
  ]);
  expect(peopleIn(within(region).getByRole('region', { name: 'Missing Integration > unifiedCommunications > View' }))).toEqual([
    generated.personas['no-badges'],
  ]);
  failing = false;
  await user.click(within(region).getByRole('button', { name: 'Try again' }));
  expect(await within(region).findByText('Aiko Tanaka')).toBeInTheDocument();
  expect(within(region).queryByText(/could not be read/)).not.toBeInTheDocument();
});

test('without the admin permissions the page names each one and what it is for', async () => {
  const { emulator } = renderApp({ org: org(), persona: 'agent', path: '/admin' });
  const notice = await screen.findByRole('status', { name: 'Admin checks are not available to you' });
  expect(notice).toHaveTextContent('authorization:role:view to read roles, their permissions and who holds them');
  expect(notice).toHaveTextContent('authorization:grant:view to read the role grants of other people');
  expect(emulator.requestLog.some((entry) => entry.path.startsWith('/api/v2/authorization'))).toBe(false);
  expect(screen.queryByRole('button', { name: 'Run audit' })).not.toBeInTheDocument();
});
