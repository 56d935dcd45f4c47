import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { EIGHT_BY_EIGHT_INTEGRATION_TAG, type Organization, type OrgUser } from '@/emulator/org-model';
import { renderApp } from '../support/render-app';

const LABELS: Record<string, string> = {
  AVAILABLE: 'Available',
  BUSY: 'Busy',
  AWAY: 'Away',
  MEETING: 'Meeting',
  ON_QUEUE: 'On Queue',
  BREAK: 'Break',
  MEAL: 'Meal',
  TRAINING: 'Training',
  IDLE: 'Idle',
  OFFLINE: 'Offline',
};

function listedEightByEightUsers(org: Organization): OrgUser[] {
  return org.users.filter(
    (user) =>
      user.state === 'active' &&
      user.phones.some((phone) => phone.type === 'OTHER' && phone.integration === EIGHT_BY_EIGHT_INTEGRATION_TAG),
  );
}

function presenceLabelOf(org: Organization, presences: ReadonlyMap<string, { definitionId: string }>, userId: string) {
  const definitionId = presences.get(userId)?.definitionId;
  const definition = org.presenceDefinitions.find((candidate) => candidate.id === definitionId);
  return LABELS[definition?.systemPresence ?? ''] ?? 'Unknown';
}

async function loadEveryPage(user: ReturnType<typeof renderApp>['user']) {
  for (;;) {
    await screen.findByRole('list', { name: '8×8 users' });
    const more = screen.queryByRole('button', { name: 'Load more' });
    if (!more) return;
    await user.click(more);
    await screen.findByRole('button', { name: 'Load more' }).catch(() => undefined);
  }
}

test('an agent sees every active 8×8 user of the demo org with their 8×8 presence', async () => {
  const org = generateOrg({ size: 150, seed: 7 });
  const { user, emulator } = renderApp({ org, persona: 'agent' });

  await loadEveryPage(user);

  const expected = listedEightByEightUsers(org);
  expect(await screen.findByText(`Showing ${expected.length} 8×8 users`)).toBeInTheDocument();
  const rows = within(screen.getByRole('list', { name: '8×8 users' })).getAllByRole('listitem');
  expect(rows).toHaveLength(expected.length);
  for (const person of expected.slice(0, 25)) {
    const row = rows.find((candidate) => within(candidate).queryByText(person.name) !== null);
    if (!row) throw new Error(`${person.name} is not listed`);
    expect(row).toHaveTextContent(presenceLabelOf(org, emulator.state.integrationPresences, person.id));
  }
  // Genesys-only agents carry no 8×8 number and are not listed.
  const genesysOnly = org.users.find((candidate) => candidate.kind === 'genesys-only' && !expected.includes(candidate));
  expect(genesysOnly).toBeDefined();
  expect(screen.queryByText(genesysOnly?.name ?? '')).not.toBeInTheDocument();
});

test('a user without the badge permission sees the list, no presence, and why', async () => {
  const org = generateOrg({ size: 60, seed: 3 });
  const { emulator } = renderApp({ org, persona: 'no-badges' });

  const list = await screen.findByRole('list', { name: '8×8 users' });
  expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
  const notice = screen.getByRole('status', { name: '8×8 presence is hidden' });
  expect(notice).toHaveTextContent('integration:unifiedCommunications:view');
  expect(notice).toHaveTextContent('admin can grant it');
  for (const label of Object.values(LABELS)) expect(within(list).queryByText(label)).not.toBeInTheDocument();

  // Gating happens where data is fetched: no request asked for presence at all.
  const presenceRequests = emulator.requestLog.filter(
    (entry) =>
      entry.path.includes('presence') ||
      entry.search.includes('integrationPresenceSource') ||
      entry.path.includes('unifiedcommunications'),
  );
  expect(presenceRequests).toEqual([]);
  expect(emulator.requestLog.some((entry) => entry.path === '/api/v2/users/search')).toBe(true);
});
