import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization } from '@/emulator/org-model';
import { renderApp } from '../support/render-app';

const org = (): Organization => generateOrg({ size: 40, seed: 11 });

const row = (table: HTMLElement, capability: string): HTMLElement =>
  within(table).getByRole('row', { name: new RegExp(`^${capability} `) });

async function checkPerson(user: { type: (element: Element, text: string) => Promise<void>; click: (element: Element) => Promise<void> }, search: string, name: string) {
  await user.type(await screen.findByRole('searchbox', { name: 'Check someone else' }), search);
  // Debounced search, then two reads (user, grants): generous waits when the whole suite runs in parallel.
  const found = await screen.findByRole('list', { name: 'People found' }, { timeout: 5_000 });
  await user.click(await within(found).findByRole('button', { name }, { timeout: 5_000 }));
  return screen.findByRole('table', { name: `Capabilities of ${name}` }, { timeout: 5_000 });
}

test('the admin sees their own capabilities, each permission and the role that grants it', async () => {
  renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const table = await screen.findByRole('table', { name: 'Capabilities of Priya Natarajan' }, { timeout: 5_000 });
  expect(row(table, 'See 8×8 presence badges')).toHaveTextContent(
    'Allowedintegration:unifiedCommunications:view held through UC Presence Viewer (Home)',
  );
  expect(row(table, 'See 8×8 presence when transferring')).toHaveTextContent(
    'integration:eightByEight:view held through 8x8 Presence Viewer (Home)',
  );
  // directory:user:view is granted twice by the Admin role: directly and by the wildcard directory:*:view.
  expect(row(table, 'Search the directory')).toHaveTextContent('directory:user:view held through');
  expect(row(table, 'Blind transfer')).toHaveTextContent('Not allowedconversation:communication:blindTransfer missing');
});

test('the agent persona, found by search, may do everything the matrix lists', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const table = await checkPerson(user, 'Maya', 'Maya Okafor');
  for (const capability of ['See 8×8 presence badges', 'See 8×8 presence when transferring', 'Search the directory']) {
    expect(row(table, capability)).toHaveTextContent(/^.*Allowed/);
  }
  expect(row(table, 'Blind transfer')).toHaveTextContent('Allowedconversation:communication:blindTransfer held through Agent (Contact Center)');
  expect(row(table, 'Consult transfer')).toHaveTextContent('held through Agent');
});

test('no-badges: badges are missing, the 8×8 permission is held through its role', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const table = await checkPerson(user, 'Lindgren', 'Tomás Lindgren');
  expect(row(table, 'See 8×8 presence badges')).toHaveTextContent('Not allowedintegration:unifiedCommunications:view missing');
  const transfer = row(table, 'See 8×8 presence when transferring');
  expect(transfer).toHaveTextContent('Not allowed');
  expect(transfer).toHaveTextContent('integration:eightByEight:view held through 8x8 Presence Viewer');
  expect(row(table, 'Blind transfer')).toHaveTextContent('Allowed');
});

test('no-8x8: badges are held, 8×8 presence on transfer is missing its permission', async () => {
  const { user } = renderApp({ org: org(), persona: 'admin', path: '/admin' });
  const table = await checkPerson(user, 'Tanaka', 'Aiko Tanaka');
  expect(row(table, 'See 8×8 presence badges')).toHaveTextContent('Allowedintegration:unifiedCommunications:view held through UC Presence Viewer');
  expect(row(table, 'See 8×8 presence when transferring')).toHaveTextContent('integration:eightByEight:view missing');
});

test('roles that grant each permission with their holder counts, and who transfers without badges', async () => {
  const generated = org();
  renderApp({ org: generated, persona: 'admin', path: '/admin' });
  const table = await screen.findByRole('table', { name: 'Roles that grant each permission' });
  const holders = (roleName: string) => {
    const role = generated.roles.find((candidate) => candidate.name === roleName);
    return generated.users.filter((user) => user.state !== 'deleted' && user.grants.some((grant) => grant.roleId === role?.id)).length;
  };
  const badges = within(table).getByRole('row', { name: /^integration:unifiedCommunications:view/ });
  expect(await within(badges).findByText(new RegExp(`UC Presence Viewer \\(${String(holders('UC Presence Viewer'))} users\\)`))).toBeInTheDocument();
  expect(badges).toHaveTextContent('Master Admin (1 user)');
  const region = screen.getByRole('region', { name: 'People who transfer but cannot see badges' });
  expect(await within(region).findByRole('listitem')).toHaveTextContent('Tomás Lindgren');
  expect(region).toHaveTextContent('1 person has a role that allows transfers but no role granting integration:unifiedCommunications:view');
});

test('without the admin permissions the page names each one and what it is for', async () => {
  const { emulator } = renderApp({ org: org(), persona: 'agent', path: '/admin' });
  const notice = await screen.findByRole('status', { name: 'Admin checks are not available to you' });
  expect(notice).toHaveTextContent('authorization:role:view to read roles, their permissions and who holds them');
  expect(notice).toHaveTextContent('authorization:grant:view to read the role grants of other people');
  expect(emulator.requestLog.some((entry) => entry.path.startsWith('/api/v2/authorization'))).toBe(false);
  expect(screen.queryByRole('button', { name: 'Run audit' })).not.toBeInTheDocument();
});
