import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization, SystemPresence } from '@/emulator/org-model';
import { renderApp } from '../support/render-app';
import { ADA, BRUNO, directoryOrg, findSearchBox, listedUsers, options, PEOPLE, userIdsShown, withPeople } from './directory-org';

function systemPresenceOf(org: Organization, userId: string): SystemPresence | undefined {
  const definitionId = org.integrationPresences[userId]?.definitionId;
  return org.presenceDefinitions.find((definition) => definition.id === definitionId)?.systemPresence;
}

const PROGRESS = /^Loading all [\d,]+ users to (filter|sort) by presence… \d+%$/;

test('the department filter lists only that department, and combines with a search', async () => {
  const { user } = renderApp({ org: directoryOrg(), persona: 'agent' });
  await findSearchBox();
  // The departments offered are those of the people read so far: wait for the first page.
  const departments = await screen.findByRole('combobox', { name: 'Department' });
  await within(departments).findByRole('option', { name: 'Treasury' });
  await user.selectOptions(departments, 'Treasury');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO, ADA]);
  });
  expect(screen.getByText(/^Showing 2 of \d+ 8×8 users$/)).toBeInTheDocument();

  await user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'analyst');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO]);
  });

  await user.click(screen.getByRole('button', { name: 'Clear filters' }));
  expect(screen.getByRole('combobox', { name: 'Department' })).toHaveValue('');
});

test('the presence filter loads every user in the background, with progress, and lists only that presence', async () => {
  const org = withPeople(generateOrg({ size: 700, seed: 9 }), PEOPLE);
  const { user, emulator } = renderApp({ org, persona: 'agent', faults: { latencyMs: 40 } });
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });

  await user.selectOptions(screen.getByRole('combobox', { name: 'Presence' }), 'Busy');
  const progress = await screen.findByText(PROGRESS);
  expect(progress).toHaveTextContent('to filter by presence');
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  await waitFor(
    () => {
      expect(screen.queryByText(PROGRESS)).not.toBeInTheDocument();
    },
    { timeout: 10_000 },
  );

  const busy = listedUsers(org).filter((person) => systemPresenceOf(org, person.id) === 'BUSY');
  expect(busy.length).toBeGreaterThan(3);
  expect(screen.getByText(new RegExp(`^Showing ${busy.length} of [\\d,]+ 8×8 users$`))).toBeInTheDocument();
  const shown = userIdsShown();
  expect(shown).toEqual(busy.slice(0, shown.length).map((person) => person.id));
  for (const row of options()) {
    expect(within(row).getByRole('img', { name: /^Presence: / })).toHaveAttribute('data-presence', 'busy');
  }
  // Every page was asked for once (pages of 100).
  const pages = emulator.requestLog.filter((entry) => entry.path === '/api/v2/users/search').length;
  expect(pages).toBeLessThanOrEqual(Math.ceil(org.users.length / 100) + 1);
});

test('sorting by presence puts available people first, then busy, then away and offline', async () => {
  const org = directoryOrg(40, 3);
  const { user } = renderApp({ org, persona: 'agent' });
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Available first');

  const rank = ['available', 'busy', 'meeting', 'away', 'offline'];
  await waitFor(() => {
    const keys = options().map((row) => within(row).getByRole('img', { name: /^Presence: / }).dataset.presence ?? '');
    expect(keys[0]).toBe('available');
    const ranks = keys.map((key) => rank.indexOf(key));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

test('a presence filter nobody matches says so and offers to clear the filters', async () => {
  const { user } = renderApp({ org: directoryOrg(30, 2), persona: 'agent' });
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  // 8×8 users never show On Queue (a Genesys-only presence).
  await user.selectOptions(screen.getByRole('combobox', { name: 'Presence' }), 'On Queue');
  const notice = await screen.findByRole('status', { name: 'No 8×8 users match the filters' });
  expect(notice).toHaveTextContent('Choose another presence or department, or clear the filters.');
  await user.click(within(notice).getByRole('button', { name: 'Clear filters' }));
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  expect(screen.queryByRole('status', { name: 'No 8×8 users match the filters' })).not.toBeInTheDocument();
});

test('a search that names a presence narrows by it ("treasury avail"), and Alt+A toggles Available', async () => {
  const { user } = renderApp({ org: directoryOrg(), persona: 'agent' });
  const box = await findSearchBox();
  await user.type(box, 'treasury');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO, ADA]);
  });
  await user.type(box, ' avail');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO]);
  });
  expect(screen.getByText('Only Available people: your search names that presence.')).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Presence' })).toHaveValue('available');

  await user.clear(box);
  await user.type(box, 'treasury');
  await user.keyboard('{Alt>}a{/Alt}');
  expect(screen.getByRole('combobox', { name: 'Presence' })).toHaveValue('available');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO]);
  });
  await user.keyboard('{Alt>}a{/Alt}');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([BRUNO, ADA]);
  });
});
