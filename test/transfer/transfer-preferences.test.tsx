import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import type { Organization } from '@/emulator/org-model';
import { preferencesKey } from '@/features/transfer/transfer-preferences';
import { renderApp } from '../support/render-app';
import { AGENT, AVA, callCard, OSCAR, searchBox, storedPreferences, targetOptions, transferOrg } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

const firstRows = (count: number): string[] =>
  targetOptions()
    .slice(0, count)
    .map((option) => option.textContent);

test('favorites and recents come first and survive a remount; only user ids are stored', async () => {
  const org = transferOrg();
  const { user, unmount, stop } = renderApp({ org, persona: 'agent', path: '/transfer' });
  await callCard();
  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  await user.click(await screen.findByRole('button', { name: 'Add to favorites' }));
  expect(screen.getByRole('button', { name: 'Remove from favorites' })).toHaveAttribute('aria-pressed', 'true');
  await user.clear(await searchBox());
  await user.type(await searchBox(), 'Oscar');
  await user.click(await screen.findByRole('option', { name: /Oscar Offline/ }));
  await user.click(await screen.findByRole('button', { name: 'Transfer to Oscar Offline' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Transfer anyway' }));
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('Transferred');
  });
  const stored = storedPreferences() ?? '';
  expect(JSON.parse(stored)).toEqual({ version: 1, favorites: [AVA], recents: [OSCAR] });
  expect(stored).not.toMatch(/Ava|Oscar|\+1|415/);
  unmount();
  stop();

  const view = renderApp({ org, persona: 'agent', path: '/transfer' });
  await callCard();
  await waitFor(() => {
    expect(firstRows(2)).toEqual([expect.stringMatching(/^AAAva AvailableFavorite/), expect.stringMatching(/^OOOscar OfflineRecent/)]);
  });
  // Typing keeps matching favorites first.
  await view.user.type(await searchBox(), 'Ava');
  await waitFor(() => {
    expect(targetOptions()[0]).toHaveTextContent(/Ava AvailableFavorite/);
  });
});

test('corrupt or hand-edited storage is ignored: bad entries dropped, the rest kept', async () => {
  localStorage.setItem(preferencesKey(AGENT), JSON.stringify({ version: 1, favorites: [AVA, '<script>', 42], recents: 'nope' }));
  const org: Organization = transferOrg();
  renderApp({ org, persona: 'agent', path: '/transfer' });
  await waitFor(() => {
    expect(targetOptions()[0]).toHaveTextContent(/Ava AvailableFavorite/);
  });
  expect(targetOptions()[1]).not.toHaveTextContent(/Favorite|Recent/);
});

test('unreadable storage is ignored entirely', async () => {
  localStorage.setItem(preferencesKey(AGENT), '{not json');
  renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  expect(await callCard()).toHaveTextContent('Customer Carl');
  await searchBox();
  await waitFor(() => {
    expect(targetOptions().length).toBeGreaterThan(0);
  });
  expect(targetOptions().some((option) => /Favorite|Recent/.test(option.textContent))).toBe(false);
});

test('a favorite who lost their 8×8 number is named, cannot be picked, and can be removed', async () => {
  const org = transferOrg();
  localStorage.setItem(preferencesKey(AGENT), JSON.stringify({ version: 1, favorites: [AVA], recents: [] }));
  const ava = org.users.find((candidate) => candidate.id === AVA);
  if (ava) ava.phones = [];
  const { user } = renderApp({ org, persona: 'agent', path: '/transfer' });
  const notice = await screen.findByRole('status', { name: 'Some favorites or recent people cannot take transfers' });
  expect(notice).toHaveTextContent('Ava Available has no 8×8 number in Genesys Cloud any more');
  expect(screen.queryByRole('option', { name: /Ava Available/ })).not.toBeInTheDocument();
  await user.click(within(notice).getByRole('button', { name: 'Remove Ava Available from favorites' }));
  await waitFor(() => {
    expect(JSON.parse(storedPreferences() ?? '{}')).toMatchObject({ favorites: [] });
  });
});
