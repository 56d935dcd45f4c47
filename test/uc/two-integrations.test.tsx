// Issue 19: an org with two active UC integrations (8×8 and Microsoft Teams). The client app URL may
// name one (uc=); else the person chooses once, the app remembers it, and the header switches.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { renderApp } from '../support/render-app';

const org = () => generateOrg({ size: 120, seed: 19, integrations: ['8x8', 'teams'] });

afterEach(() => {
  window.localStorage.clear();
});

const usersOf = (generated: ReturnType<typeof org>, uc: '8x8' | 'teams') =>
  generated.users.filter((user) => user.kind !== 'genesys-only' && (user.uc ?? '8x8') === uc && user.state === 'active');

test('with two active integrations and none named, the person chooses; the directory then lists that integration’s people with their presence', async () => {
  const generated = org();
  const view = renderApp({ org: generated });
  const picker = await screen.findByRole('list', { name: 'Which phone system?' });
  expect(
    within(picker)
      .getAllByRole('button')
      .map((button) => button.textContent),
  ).toEqual(['8×8', 'Microsoft Teams']);
  await view.user.click(within(picker).getByRole('button', { name: 'Microsoft Teams' }));

  const teams = usersOf(generated, 'teams');
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ Microsoft Teams users$/);
  expect(screen.getByRole('combobox', { name: 'Search Microsoft Teams users' })).toBeInTheDocument();
  const names = screen.getAllByRole('option').map((option) => option.textContent);
  const eightByEightOnly = usersOf(generated, '8x8').map((user) => user.name);
  expect(names.some((name) => teams.some((user) => name.includes(user.name)))).toBe(true);
  expect(names.some((name) => eightByEightOnly.some((user) => name.startsWith(user)))).toBe(false);
  // Presence is read with the Teams source, never the 8×8 one.
  await waitFor(() => {
    expect(view.emulator.requestLog.some((entry) => /integrationPresenceSource=MicrosoftTeams/.test(entry.search))).toBe(true);
  });
  expect(view.emulator.requestLog.some((entry) => /integrationPresenceSource=EightByEight/.test(entry.search))).toBe(false);
});

test('the choice is remembered for the person in this browser, and the header switches to the other integration', async () => {
  const generated = org();
  const { user, unmount } = renderApp({ org: generated });
  await user.click(await screen.findByRole('button', { name: 'Microsoft Teams' }));
  await screen.findByRole('combobox', { name: 'Search Microsoft Teams users' });
  unmount();

  const view = renderApp({ org: generated });
  await screen.findByRole('combobox', { name: 'Search Microsoft Teams users' });
  expect(screen.queryByRole('list', { name: 'Which phone system?' })).not.toBeInTheDocument();

  const phoneSystem = screen.getByRole('combobox', { name: 'Phone system' });
  await view.user.selectOptions(phoneSystem, '8x8');
  await screen.findByRole('combobox', { name: 'Search 8×8 users' });
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ 8×8 users$/);
  // The Teams pages read before the switch are gone: the list holds 8×8 people only.
  const eightByEightIds = new Set(usersOf(generated, '8x8').map((person) => person.id));
  const listed = screen.getAllByRole('option').flatMap((option) => option.getAttribute('data-user-id') ?? []);
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.filter((id) => !eightByEightIds.has(id))).toEqual([]);
});

test('uc= in the client app URL decides: no question, no switch', async () => {
  renderApp({ org: org(), uc: 'teams' });
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ Microsoft Teams users$/);
  expect(screen.queryByRole('list', { name: 'Which phone system?' })).not.toBeInTheDocument();
  expect(screen.queryByRole('combobox', { name: 'Phone system' })).not.toBeInTheDocument();
});

test('an org with one active integration is served as that one, without a question', async () => {
  renderApp({ org: generateOrg({ size: 60, seed: 3, integrations: ['teams'] }) });
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ Microsoft Teams users$/);
  expect(screen.queryByRole('combobox', { name: 'Phone system' })).not.toBeInTheDocument();
  expect(screen.getByText('Microsoft Teams Presence')).toBeInTheDocument();
});

test('someone who may not read the integrations list is served the one whose view permission they hold, not 8×8', async () => {
  renderApp({ org: generateOrg({ size: 60, seed: 3, integrations: ['teams'] }), persona: 'no-badges' });
  expect(await screen.findByText('Microsoft Teams Presence')).toBeInTheDocument();
  const notice = await screen.findByText(/Your Genesys Cloud role does not include/);
  expect(notice).toHaveTextContent('integration:unifiedCommunications:view');
  expect(notice).not.toHaveTextContent('integration:eightByEight:view');
  expect(notice).not.toHaveTextContent('integration:microsoftTeams:view');
});

test.each([
  ['zoom', 'Zoom Phone', 'ZoomPhone'],
  ['ringcentral', 'RingCentral', 'RingCentral'],
] as const)('an org on %s alone: its people are listed with presence read from its own source', async (key, name, source) => {
  const view = renderApp({ org: generateOrg({ size: 60, seed: 7, integrations: [key] }) });
  await screen.findByText(new RegExp(`^Showing [\\d,]+ of [\\d,]+ ${name} users$`));
  expect(screen.getByText(`${name} Presence`)).toBeInTheDocument();
  expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
  await waitFor(() => {
    expect(view.emulator.requestLog.some((entry) => entry.search.includes(`integrationPresenceSource=${source}`))).toBe(true);
  });
  expect(view.emulator.requestLog.some((entry) => /integrationPresenceSource=(EightByEight|MicrosoftTeams)/.test(entry.search))).toBe(
    false,
  );
});
