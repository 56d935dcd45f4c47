// People who cannot take a transfer whatever their presence are marked in the list with the
// reason, and their Transfer and Consult buttons are disabled with that reason as description.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { preferencesKey } from '@/features/transfer/transfer-preferences';
import { withPeople, type Person } from '../directory/directory-org';
import { renderApp } from '../support/render-app';
import { AGENT, AVA, callCard, searchBox, targetOptions, transferOrg, transferRequests } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

const person = (n: number, name: string, number: string): Person => ({
  id: `7a000000-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`,
  name,
  number,
  department: 'Repairs',
  presence: 'AVAILABLE',
});
// A US number typed as dialled at home: no country code, so the trunk cannot route it.
const URSULA = person(1, 'Ursula Undialable', '(404) 702-3756');
// Two people with one phone, written two ways: a transfer to either could ring the other.
const SHAWN = person(2, 'Shawn Shared', '+14045550150');
const SHEILA = person(3, 'Sheila Shared', '+1 404-555-0150');
const RITA = person(4, 'Rita Reachable', '+14045550151');

const repairsOrg = () => withPeople(transferOrg(), [URSULA, SHAWN, SHEILA, RITA]);

const optionFor = (name: string): HTMLElement | undefined => targetOptions().find((option) => option.textContent.includes(name));

test('an undialable and a shared number are marked in the list, and their transfers are disabled with the reason', async () => {
  const { user, emulator } = renderApp({ org: repairsOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  await user.type(await searchBox(), 'Repairs');
  await waitFor(() => {
    expect(targetOptions()).toHaveLength(4);
  });
  expect(optionFor('Ursula Undialable')).toHaveAccessibleName(/Ursula Undialable.*Number cannot be dialled/);
  expect(optionFor('Shawn Shared')).toHaveAccessibleName(/Shawn Shared.*Shared number/);
  expect(optionFor('Sheila Shared')).toHaveAccessibleName(/Sheila Shared.*Shared number/);
  expect(optionFor('Rita Reachable')).not.toHaveAccessibleName(/cannot|Shared|Inactive|No 8×8/);

  await user.click(await screen.findByRole('option', { name: /Ursula Undialable/ }));
  const ursula = await screen.findByRole('region', { name: 'Transfer to Ursula Undialable' });
  const reason =
    'Ursula Undialable’s 8×8 number “(404) 702-3756” is not a complete international number (like +13175550101), so calls cannot be transferred to them. An admin can correct it in the directory.';
  expect(ursula).toHaveTextContent(reason);
  for (const name of ['Transfer to Ursula Undialable', 'Consult Ursula Undialable first']) {
    const button = within(ursula).getByRole('button', { name });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(reason);
  }
  // Nor by the shortcut that transfers to the highlighted row at once.
  await user.keyboard('{Control>}{Enter}{/Control}');

  await user.click(screen.getByRole('option', { name: /Shawn Shared/ }));
  const shawn = await screen.findByRole('region', { name: 'Transfer to Shawn Shared' });
  expect(shawn).toHaveTextContent('Shawn Shared has the same 8×8 number as Sheila Shared, so a transfer could reach the wrong person.');
  expect(within(shawn).getByRole('button', { name: 'Transfer to Shawn Shared' })).toBeDisabled();
  expect(within(shawn).getByRole('button', { name: 'Consult Shawn Shared first' })).toBeDisabled();

  await user.click(screen.getByRole('option', { name: /Rita Reachable/ }));
  const rita = await screen.findByRole('region', { name: 'Transfer to Rita Reachable' });
  expect(within(rita).getByRole('button', { name: 'Transfer to Rita Reachable' })).toBeEnabled();
  expect(within(rita).getByRole('button', { name: 'Transfer to Rita Reachable' })).not.toHaveAccessibleDescription();

  expect(transferRequests(emulator.requestLog)).toBe(0);
});

for (const { who, typed } of [
  { who: URSULA, typed: 'Ursula' },
  { who: SHAWN, typed: 'Shawn' },
]) {
  test(`the Ctrl+Enter shortcut on ${who.name}'s row picks them and tries nothing`, async () => {
    const { user, emulator } = renderApp({ org: repairsOrg(), persona: 'agent', path: '/transfer' });
    await callCard();
    await user.type(await searchBox(), typed);
    // Marked before the shortcut: for a shared number, once the other person has been read too.
    await screen.findByRole('option', { name: new RegExp(`${who.name}.*(Shared number|Number cannot be dialled)`) });
    await user.keyboard('{ArrowDown}{Control>}{Enter}{/Control}');
    const panel = await screen.findByRole('region', { name: `Transfer to ${who.name}` });
    expect(within(panel).getByRole('button', { name: `Transfer to ${who.name}` })).toBeDisabled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(transferRequests(emulator.requestLog)).toBe(0);
  });
}

test('a favorite made inactive in Genesys Cloud is listed as inactive and cannot take the call', async () => {
  const org = transferOrg();
  const ava = org.users.find((candidate) => candidate.id === AVA);
  if (ava) ava.state = 'inactive';
  localStorage.setItem(preferencesKey(AGENT), JSON.stringify({ version: 1, favorites: [AVA], recents: [] }));
  const { user, emulator } = renderApp({ org, persona: 'agent', path: '/transfer' });
  await callCard();
  await waitFor(() => {
    expect(targetOptions()[0]).toHaveAccessibleName(/Ava Available.*Favorite · Inactive/);
  });
  await user.click(targetOptions()[0] ?? document.body);
  const panel = await screen.findByRole('region', { name: 'Transfer to Ava Available' });
  expect(panel).toHaveTextContent('Ava Available is inactive in Genesys Cloud, so calls cannot be transferred to them.');
  expect(within(panel).getByRole('button', { name: 'Transfer to Ava Available' })).toBeDisabled();
  expect(within(panel).getByRole('button', { name: 'Consult Ava Available first' })).toBeDisabled();
  expect(transferRequests(emulator.requestLog)).toBe(0);
});
