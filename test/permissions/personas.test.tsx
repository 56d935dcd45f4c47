import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization } from '@/emulator/org-model';
import { renderApp } from '../support/render-app';

const org = (): Organization => generateOrg({ size: 40, seed: 11 });

const asksForPresence = (entry: { path: string; search: string }) =>
  entry.path.includes('presence') || entry.search.includes('integrationPresenceSource') || entry.path.includes('unifiedcommunications');

test('the agent sees badges, both transfers and the board, but not the admin checks', async () => {
  const { unmount, stop } = renderApp({ org: org(), persona: 'agent', path: '/transfer' });
  await screen.findByRole('heading', { name: 'Transfer' });
  expect(screen.queryByRole('status', { name: /not available to you|hidden/ })).not.toBeInTheDocument();
  unmount();
  stop();

  renderApp({ org: org(), persona: 'agent', path: '/admin' });
  const notice = await screen.findByRole('status', { name: 'Admin checks are not available to you' });
  expect(notice).toHaveTextContent('authorization:role:view');
  expect(notice).toHaveTextContent('authorization:grant:view');
  expect(screen.queryByRole('heading', { name: 'Admin' })).not.toBeInTheDocument();
});

test('the supervisor sees the board and is told that transfers are not theirs', async () => {
  const { unmount, stop } = renderApp({ org: org(), persona: 'supervisor', path: '/supervisor' });
  expect(await screen.findByRole('heading', { name: '8×8 presence board' })).toBeInTheDocument();
  unmount();
  stop();

  renderApp({ org: org(), persona: 'supervisor', path: '/transfer' });
  expect(await screen.findByRole('status', { name: 'Blind transfer is not available to you' })).toHaveTextContent(
    'conversation:communication:blindTransfer',
  );
  expect(screen.getByRole('status', { name: 'Consult transfer is not available to you' })).toHaveTextContent(
    'conversation:communication:consultTransfer',
  );
});

test('the admin runs the admin checks', async () => {
  renderApp({ org: org(), persona: 'admin', path: '/admin' });
  expect(await screen.findByRole('heading', { name: 'Admin' })).toBeInTheDocument();
});

test('without the badge permission the board says why and nothing asks for presence', async () => {
  const { emulator } = renderApp({ org: org(), persona: 'no-badges', path: '/supervisor' });
  const notice = await screen.findByRole('status', { name: 'The presence board is not available to you' });
  expect(notice).toHaveTextContent('integration:unifiedCommunications:view');
  expect(emulator.requestLog.filter(asksForPresence)).toEqual([]);
});

test('without the 8×8 permission transfers work but 8×8 presence on transfer is hidden, naming the permission', async () => {
  const { unmount, stop } = renderApp({ org: org(), persona: 'no-uc-view', path: '/transfer' });
  const notice = await screen.findByRole('status', { name: '8×8 presence is hidden when transferring' });
  expect(notice).toHaveTextContent('integration:eightByEight:view');
  expect(notice).not.toHaveTextContent('integration:unifiedCommunications:view');
  expect(screen.queryByRole('status', { name: /transfer is not available/ })).not.toBeInTheDocument();
  unmount();
  stop();

  // 8×8 presence shows anywhere only with both permissions: the directory hides it too, and asks for none.
  const { emulator } = renderApp({ org: org(), persona: 'no-uc-view', path: '/directory' });
  const hidden = await screen.findByRole('status', { name: '8×8 presence is hidden' });
  expect(hidden).toHaveTextContent('integration:eightByEight:view');
  expect(hidden).not.toHaveTextContent('integration:unifiedCommunications:view');
  const list = await screen.findByRole('listbox', { name: '8×8 users' });
  await within(list).findAllByRole('option');
  expect(within(list).queryAllByText(/^(Available|Busy|Away|Offline|Meeting|Break|Meal|Training|Idle|On Queue)$/)).toEqual([]);
  expect(
    emulator.requestLog.filter((entry) => entry.search.includes('integrationPresenceSource') || entry.path.includes('/presences/')),
  ).toEqual([]);
  expect(emulator.requestLog.filter((entry) => entry.path.startsWith('/api/v2/notifications'))).toEqual([]);
});

test('an 8×8 integration that is not installed shows its state and no presence is asked for', async () => {
  const withoutIntegration = { ...org(), ucIntegrations: [] };
  const { emulator } = renderApp({ org: withoutIntegration, persona: 'agent' });
  expect(await screen.findByRole('status', { name: 'The 8×8 integration is not active' })).toHaveTextContent('Admin > Integrations');
  await screen.findByRole('listbox', { name: '8×8 users' });
  expect(
    emulator.requestLog.filter((entry) => entry.search.includes('integrationPresenceSource') || entry.path.includes('/presences/')),
  ).toEqual([]);
});

test('an inactive 8×8 integration shows the same state', async () => {
  const base = org();
  const inactive = { ...base, ucIntegrations: base.ucIntegrations.map((entry) => ({ ...entry, active: false })) };
  renderApp({ org: inactive, persona: 'agent' });
  expect(await screen.findByRole('status', { name: 'The 8×8 integration is not active' })).toBeInTheDocument();
});

test('an org without 8×8 users says none are provisioned and how they arrive', async () => {
  const base = org();
  const noUc = {
    ...base,
    users: base.users.map((user) => ({ ...user, phones: user.phones.filter((phone) => phone.type !== 'OTHER') })),
  };
  renderApp({ org: noUc, persona: 'agent' });
  expect(await screen.findByRole('status', { name: 'No 8×8 users are provisioned' })).toHaveTextContent('SCIM');
});
