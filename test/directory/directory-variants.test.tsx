// The directory against each way Genesys Cloud may answer where public material leaves it
// open (src/emulator/variants.ts): which field carries 8×8 presence, how 8×8 numbers are
// tagged, and search pages that are short or overlap.
import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization } from '@/emulator/org-model';
import { sortUsers } from '@/emulator/user-search';
import { VARIANT_CHOICES } from '@/emulator/variants';
import { readPresences } from '@/foundations/presence/presence-reader';
import { idsOf } from '../presence/render-live-presence';
import { startEmulator } from '../support/emulator-server';
import { renderApp } from '../support/render-app';
import { BRUNO, CHLOE, directoryOrg, findSearchBox, listedUsers, searchRequests, withPeople, PEOPLE } from './directory-org';
import { ucProfile } from '@/genesys/uc-table';

/** Chloé keeps an 8×8 number but has no 8×8 presence; her Genesys presence is Available. */
function orgWithoutChloesPresence(): Organization {
  const org = directoryOrg();
  const available = org.presenceDefinitions.find((definition) => definition.systemPresence === 'AVAILABLE')?.id ?? '';
  const integrationPresences = Object.fromEntries(Object.entries(org.integrationPresences).filter(([id]) => id !== CHLOE));
  return {
    ...org,
    integrationPresences,
    presences: { ...org.presences, [CHLOE]: { definitionId: available, modifiedDate: new Date().toISOString() } },
  };
}

for (const presenceField of VARIANT_CHOICES.presenceField) {
  test(`8×8 presence in \`${presenceField}\`: badges show it, and a Genesys presence is never shown as 8×8`, async () => {
    const { user, emulator } = renderApp({ org: orgWithoutChloesPresence(), persona: 'agent', variants: { presenceField } });
    await user.type(await findSearchBox(), 'Treasury');
    const zadie = await screen.findByRole('option', { name: /Zadie Quenneville/ });
    expect(await within(zadie).findByRole('img', { name: /^Presence: Busy/ })).toBeInTheDocument();

    await user.clear(screen.getByRole('combobox', { name: 'Search 8×8 users' }));
    await user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'Wanderley');
    const chloe = await screen.findByRole('option', { name: /Chloé Wanderley/ });
    expect(await within(chloe).findByRole('img', { name: /^Presence: Unknown/ })).toBeInTheDocument();
    expect(within(chloe).queryByText('Available')).not.toBeInTheDocument();

    // Once her row is subscribed, a live change reaches it (either field, the same badge).
    await waitFor(() => {
      expect([...emulator.state.channels.values()].some((channel) => channel.topics.has(`v2.users.${CHLOE}.integrationpresence`))).toBe(
        true,
      );
    });
    emulator.setIntegrationPresence(CHLOE, 'MEETING');
    expect(await within(chloe).findByRole('img', { name: /^Presence: Meeting/ })).toBeInTheDocument();
  });

  test(`the presence reader finds 8×8 presence in \`${presenceField}\` and says which field carried it`, async () => {
    const { apisFor } = startEmulator({ org: orgWithoutChloesPresence(), variants: { presenceField } });
    const reading = await readPresences(apisFor('agent'), ucProfile('8x8'), [BRUNO, CHLOE, PEOPLE[0]?.id ?? '']);
    expect(reading.fields).toEqual(new Set([presenceField]));
    expect(reading.presences.get(BRUNO)?.key).toBe('available');
    expect(reading.presences.has(CHLOE)).toBe(false);
    // Only the `presence` variant sends Chloé's default (Genesys) presence, which is left out.
    expect(reading.genesysOnly).toBe(presenceField === 'presence' ? 1 : 0);
  });
}

test('150 users are read in two presence requests of at most 100 ids', async () => {
  const org = generateOrg({ size: 400, seed: 3 });
  const { apisFor, emulator } = startEmulator({ org });
  const ids = listedUsers(org)
    .slice(0, 150)
    .map((person) => person.id);
  expect(ids).toHaveLength(150);
  const reading = await readPresences(apisFor('agent'), ucProfile('8x8'), ids);
  expect(reading.presences.size).toBe(150);
  const reads = emulator.requestLog.filter((entry) => entry.path === '/api/v2/users');
  expect(reads.map((entry) => idsOf(entry.search).length)).toEqual([100, 50]);
});

test('numbers without the 8×8 tag: the directory says so and names people=otherPhone, instead of "nobody"', async () => {
  const org = directoryOrg();
  renderApp({ org, persona: 'agent', variants: { numberTag: null } });
  const notice = await screen.findByRole('status', { name: 'No number is tagged for 8×8' });
  expect(notice).toHaveTextContent(/\d+ people have an Other Phone number without the 8×8 integration tag/);
  expect(within(notice).getByText('people=otherPhone')).toBeInTheDocument();
  expect(screen.queryByText('No 8×8 users are provisioned')).not.toBeInTheDocument();
});

test('with people=otherPhone the untagged Other Phone numbers are the 8×8 people, with their badges', async () => {
  const org = directoryOrg();
  const expected = listedUsers(org);
  const { user } = renderApp({ org, persona: 'agent', variants: { numberTag: null }, people: 'otherPhone' });
  expect(await screen.findByText(`Showing ${expected.length} of ${expected.length} 8×8 users`)).toBeInTheDocument();
  await user.type(await findSearchBox(), 'Quenneville');
  const zadie = await screen.findByRole('option', { name: /Zadie Quenneville/ });
  expect(await within(zadie).findByRole('img', { name: /^Presence: Busy/ })).toBeInTheDocument();
});

test('another spelling of the 8×8 tag (EIGHT_BY_EIGHT) still counts under the default rule', async () => {
  const org = directoryOrg();
  const expected = listedUsers(org);
  renderApp({ org, persona: 'agent', variants: { numberTag: 'EIGHT_BY_EIGHT' } });
  expect(await screen.findByText(`Showing ${expected.length} of ${expected.length} 8×8 users`)).toBeInTheDocument();
});

test('a number tagged for another integration (Teams) is not an 8×8 person, even with people=otherPhone', async () => {
  const base = directoryOrg();
  const org: Organization = {
    ...base,
    users: base.users.map((person) =>
      person.id === BRUNO ? { ...person, phones: person.phones.map((phone) => ({ ...phone, integration: 'microsoftteams' })) } : person,
    ),
  };
  const { user } = renderApp({ org, persona: 'agent', people: 'otherPhone' });
  await user.type(await findSearchBox(), 'Treasury');
  await screen.findByRole('option', { name: /Zadie Quenneville/ });
  expect(screen.queryByRole('option', { name: /Bruno Xylander/ })).not.toBeInTheDocument();
});

test('search pages that overlap: everyone is listed once, and the count is exact', async () => {
  const org = withPeople(generateOrg({ size: 450, seed: 12 }), PEOPLE);
  const expected = listedUsers(org);
  const { user, emulator } = renderApp({ org, persona: 'agent', variants: { searchPages: 'overlap' } });
  await findSearchBox();
  // Sorting by presence reads every page.
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Sort by' }), 'Available first');
  expect(await screen.findByText(`Showing ${expected.length} of ${expected.length} 8×8 users`, {}, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  const pages = Math.ceil(org.users.filter((person) => person.state === 'active').length / 100);
  // Each page once (plus the first page of the browse view): no loop on repeated users.
  expect(searchRequests(emulator.requestLog)).toBeLessThanOrEqual(pages + 2);
});

test('search pages that are short or empty are not errors: the list shows what came, and stops at pageCount', async () => {
  const org = withPeople(generateOrg({ size: 450, seed: 12 }), PEOPLE);
  const active = org.users.filter((person) => person.state === 'active');
  const sorted = sortUsers(active, 'name', false, org.users);
  const listed = new Set(listedUsers(org).map((person) => person.id));
  // What the short variant answers: page 2 empty, every fifth result of the other pages left out.
  const answered = sorted.filter((person, index) => Math.floor(index / 100) !== 1 && (index % 100) % 5 !== 4 && listed.has(person.id));
  const { user, emulator } = renderApp({ org, persona: 'agent', variants: { searchPages: 'short' } });
  await findSearchBox();
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Sort by' }), 'Available first');
  expect(
    await screen.findByText(new RegExp(`^Showing ${String(answered.length)} of [\\d,]+ 8×8 users$`), {}, { timeout: 5000 }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  const pages = Math.ceil(active.length / 100);
  const before = searchRequests(emulator.requestLog);
  expect(before).toBeLessThanOrEqual(pages + 2);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await waitFor(() => {
    expect(searchRequests(emulator.requestLog)).toBe(before);
  });
});

test('live updates refused by the channel: the directory says presence is polled, and how often', async () => {
  renderApp({ org: directoryOrg(), persona: 'agent', variants: { topics: 'noIntegrationPresence' } });
  expect(
    await screen.findByText(
      /^Live updates were refused for \d+ people on screen: their 8×8 presence refreshes every 30 s\.$/,
      {},
      { timeout: 5000 },
    ),
  ).toBeInTheDocument();
});
