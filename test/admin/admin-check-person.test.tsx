import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization } from '@/emulator/org-model';
import { personAdminLink } from '@/features/admin/genesys-admin-link';
import { permissionLabel } from '@/features/admin/permission-labels';
import { renderApp } from '../support/render-app';

const org = (): Organization => generateOrg({ size: 40, seed: 11 });

/** Types into "Check a person", picks the person and returns their answer. */
async function answerFor(user: ReturnType<typeof renderApp>['user'], search: string, name: string): Promise<HTMLElement> {
  // The view's chunk loads first: a generous wait when the whole suite runs in parallel.
  const box = await screen.findByRole('combobox', { name: 'Check a person' }, { timeout: 10_000 });
  await user.type(box, search);
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }, { timeout: 5_000 }));
  return screen.findByRole('article', { name: `Answer for ${name}` }, { timeout: 5_000 });
}

const missingItems = (answer: HTMLElement): (string | null)[] =>
  within(within(answer).getByRole('list', { name: 'Missing in Genesys Cloud' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

test('"Check a person" comes first in the view, before the integration and the admin’s own permissions', async () => {
  renderApp({ org: org(), persona: 'admin', path: '/admin' });
  await screen.findByRole('combobox', { name: 'Check a person' }, { timeout: 10_000 });
  const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
  expect(headings.slice(0, 2)).toEqual(['Check a person', '8×8 integration']);
});

test('no-badges: not allowed, the UC permission in Genesys’ label with its string, the roles granting it, and where to assign them', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const answer = await answerFor(user, 'Lindgren', 'Tomás Lindgren');
  expect(answer).toHaveTextContent(/^Tomás Lindgren cannot see 8×8 presence: 1 permission is missing\./);
  // The answer appears below the picker; a screen reader hears the verdict too.
  await waitFor(() => {
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Tomás Lindgren cannot see 8×8 presence: 1 permission is missing.',
    );
  });
  const capabilities = within(within(answer).getByRole('list', { name: 'What Tomás Lindgren can see' })).getAllByRole('listitem');
  expect(capabilities.map((item) => item.textContent)).toEqual([
    'See 8×8 presence badges: Not allowed',
    'See 8×8 presence when transferring: Not allowed',
  ]);
  // The role naming the permission outright first, Master Admin (*:*:*) last.
  expect(missingItems(answer)).toEqual([
    'Integration > unifiedCommunications > View integration:unifiedCommunications:viewGranted by these roles: UC Presence Viewer, Supervisor, and Master Admin',
  ]);
  expect(answer).toHaveTextContent('Next: assign one of these roles to Tomás Lindgren in Admin > People > Tomás Lindgren > Roles.');
  // Demo mode has no Genesys Cloud to link to, and says so.
  expect(within(answer).queryByRole('link')).not.toBeInTheDocument();
  expect(answer).toHaveTextContent('Demo mode: there is no Genesys Cloud here to open.');
  // The search closes on the pick: the answer sits right under the box.
  await waitFor(() => {
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });
  expect(screen.getByRole('combobox', { name: 'Check a person' })).toHaveValue('');
  // The full capability table follows the answer.
  expect(await screen.findByRole('table', { name: 'Capabilities of Tomás Lindgren' })).toBeInTheDocument();
});

test('no-8x8: the 8×8 permission from the integration, as "Integration > 8×8 > View", granted by the 8x8 Presence Viewer role', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const answer = await answerFor(user, 'Tanaka', 'Aiko Tanaka');
  expect(answer).toHaveTextContent(/^Aiko Tanaka cannot see 8×8 presence: 1 permission is missing\./);
  expect(missingItems(answer)).toEqual([
    'Integration > 8×8 > View integration:eightByEight:viewGranted by these roles: 8x8 Presence Viewer, Supervisor, and Master Admin',
  ]);
});

test('a person with both permissions is allowed, and nothing is listed as missing', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const answer = await answerFor(user, 'Okafor', 'Maya Okafor');
  expect(answer).toHaveTextContent(/^Maya Okafor can see 8×8 presence: badges and presence when transferring\./);
  expect(within(answer).queryByRole('list', { name: 'Missing in Genesys Cloud' })).not.toBeInTheDocument();
});

test('both missing, and a wildcard role (integration:*:*) is named as granting each, after the roles naming it outright', async () => {
  const generated = org();
  const tomas = generated.users.find((candidate) => candidate.id === generated.personas['no-badges']);
  const viewer = generated.roles.find((role) => role.name === '8x8 Presence Viewer');
  if (tomas) tomas.grants = tomas.grants.filter((grant) => grant.roleId !== viewer?.id);
  generated.roles.push({ id: 'integration-all', name: 'Integration Admin', description: '', permissions: ['integration:*:*'] });
  const { user } = renderApp({ org: generated, persona: 'admin', path: '/admin' });
  const answer = await answerFor(user, 'Lindgren', 'Tomás Lindgren');
  expect(answer).toHaveTextContent(/^Tomás Lindgren cannot see 8×8 presence: 2 permissions are missing\./);
  expect(missingItems(answer)).toEqual([
    'Integration > unifiedCommunications > View integration:unifiedCommunications:viewGranted by these roles: UC Presence Viewer, Supervisor, Integration Admin, and Master Admin',
    'Integration > 8×8 > View integration:eightByEight:viewGranted by these roles: 8x8 Presence Viewer, Supervisor, Integration Admin, and Master Admin',
  ]);
  expect(answer).toHaveTextContent(
    'Next: assign a role for each missing permission to Tomás Lindgren in Admin > People > Tomás Lindgren > Roles.',
  );
});

test('the 8×8 permission is the one the integration declares; when no role of the org grants it, the answer says so', async () => {
  const generated = org();
  const [integration] = generated.ucIntegrations;
  if (integration) integration.pbxPermission = 'integration:eightByEightPresence:view';
  generated.roles = generated.roles.filter((role) => role.name !== 'Master Admin');
  generated.users = generated.users.map((person) => ({
    ...person,
    grants: person.grants.filter((grant) => generated.roles.some((role) => role.id === grant.roleId)),
  }));
  const { user } = renderApp({ org: generated, persona: 'admin', path: '/admin' });
  const answer = await answerFor(user, 'Okafor', 'Maya Okafor');
  expect(missingItems(answer)).toContainEqual(
    'Integration > eightByEightPresence > View integration:eightByEightPresence:viewNo role of this org grants it: add it to a role in Admin > Roles / Permissions first.',
  );
});

test('labels: known parts as Genesys names them, * as All, unknown parts as sent', () => {
  expect(permissionLabel('integration:unifiedCommunications:view')).toBe('Integration > unifiedCommunications > View');
  expect(permissionLabel('integration:eightByEight:view')).toBe('Integration > 8×8 > View');
  expect(permissionLabel('conversation:communication:blindTransfer')).toBe('Conversation > Communication > Blind Transfer');
  expect(permissionLabel('integration:*:*')).toBe('Integration > All > All');
  expect(permissionLabel('quality:evaluationForm:toString')).toBe('quality > evaluationForm > toString');
  expect(permissionLabel('not-a-permission')).toBe('not-a-permission');
});

test('embedded with gcHostOrigin the person’s page in Genesys Cloud admin is linked; without it, or in demo mode, not', () => {
  const genesys = { mode: 'genesys', people: 'tagged', environment: 'mypurecloud.ie', usePopupAuth: false } as const;
  expect(personAdminLink({ ...genesys, hostOrigin: 'https://apps.mypurecloud.ie' }, 'a b')).toEqual({
    kind: 'link',
    href: 'https://apps.mypurecloud.ie/directory/#/admin/people/a%20b',
  });
  expect(personAdminLink(genesys, 'x')).toEqual({ kind: 'noHost' });
  expect(personAdminLink({ mode: 'demo', people: 'tagged', persona: 'admin', size: 10, seed: 1 }, 'x')).toEqual({ kind: 'demo' });
});

test('a role that grants through permissionPolicies only (actionSet "*") is named as granting', async () => {
  const generated = org();
  const { user, server, url } = renderApp({ org: generated, persona: 'admin', path: '/admin' });
  // Genesys may describe a role by its policies rather than its permission strings. Its "*" action
  // makes it a wildcard grant: named after the roles that name the permission outright.
  server.use(
    http.get(url('/api/v2/authorization/roles'), () =>
      HttpResponse.json({
        entities: [
          ...generated.roles.map(({ id, name, permissions }) => ({ id, name, permissions })),
          {
            id: 'policy-role',
            name: 'UC Policy Role',
            permissions: [],
            permissionPolicies: [{ domain: 'integration', entityName: 'unifiedCommunications', actionSet: ['*'] }, { broken: true }],
          },
        ],
        pageNumber: 1,
        pageSize: 500,
        pageCount: 1,
        total: generated.roles.length + 1,
      }),
    ),
  );
  const answer = await answerFor(user, 'Lindgren', 'Tomás Lindgren');
  expect(missingItems(answer)).toEqual([
    'Integration > unifiedCommunications > View integration:unifiedCommunications:viewGranted by these roles: UC Presence Viewer, Supervisor, Master Admin, and UC Policy Role',
  ]);
});
