// The agent's question on a live call, "who in Billing is available right now?", answered in the
// transfer picker: available people first, a presence named in the search or Alt+A narrows to
// them, a department filter, and people who cannot take a transfer listed last.
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { withPeople, type Person } from '../directory/directory-org';
import { renderApp } from '../support/render-app';
import { callCard, searchBox, targetOptions, transferOrg } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

// The Billing people of the fixture, by their rows (a row's text also holds initials, title and presence).
const BILLING = ['Ava Available', 'Bea Busy', 'Chloe Eight', 'Mal Formed', 'Oscar Offline'];
const names = (): string[] =>
  targetOptions().map((option) => BILLING.find((name) => option.textContent.includes(name)) ?? option.textContent);

test('"Billing" lists available people first and the undialable one last; "billing avail" keeps only the available', async () => {
  const { user } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  const box = await searchBox();
  await user.type(box, 'Billing');
  await waitFor(() => {
    expect(names()).toEqual(['Ava Available', 'Bea Busy', 'Chloe Eight', 'Oscar Offline', 'Mal Formed']);
  });
  expect(await screen.findByText('5 people · Available first')).toBeInTheDocument();

  await user.type(box, ' avail');
  await waitFor(() => {
    expect(names()).toEqual(['Ava Available', 'Mal Formed']);
  });
  expect(screen.getByText('Only Available people: your search names that presence.')).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Show' })).toHaveDisplayValue('Available only');
});

test('Alt+A in the search box toggles "Available only"; the Show and Department selects narrow too', async () => {
  const { user } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  const box = await searchBox();
  expect(box).toHaveAttribute('aria-keyshortcuts', 'Alt+A');
  await user.type(box, 'bill');
  await waitFor(() => {
    expect(names()).toHaveLength(5);
  });
  const show = screen.getByRole('combobox', { name: 'Show' });
  expect(show).toHaveDisplayValue('Available first');
  await user.keyboard('{Alt>}a{/Alt}');
  expect(show).toHaveDisplayValue('Available only');
  await waitFor(() => {
    expect(names()).toEqual(['Ava Available', 'Mal Formed']);
  });
  expect(box).toHaveFocus();
  expect(box).toHaveValue('bill');

  await user.keyboard('{Alt>}a{/Alt}');
  expect(show).toHaveDisplayValue('Available first');
  await waitFor(() => {
    expect(names()).toHaveLength(5);
  });

  // By name, and still with whoever cannot take a transfer last.
  await user.selectOptions(show, 'Everyone, by name');
  await waitFor(() => {
    expect(names()).toEqual(['Ava Available', 'Bea Busy', 'Chloe Eight', 'Oscar Offline', 'Mal Formed']);
  });
  expect(await screen.findByText('5 people')).toBeInTheDocument();

  await user.selectOptions(show, 'Available first');
  await user.clear(box);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'Billing');
  await waitFor(() => {
    expect(names()).toEqual(['Ava Available', 'Bea Busy', 'Chloe Eight', 'Oscar Offline', 'Mal Formed']);
  });
});

const crowd = (count: number): Person[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `7a000000-0000-4000-8000-0000001${String(index).padStart(5, '0')}`,
    name: `Crowd Member${String(index).padStart(4, '0')}`,
    number: `+1312555${String(index).padStart(4, '0')}`,
    department: 'Crowd',
    presence: index % 2 === 0 ? 'OFFLINE' : 'AVAILABLE',
  }));

test('more than 1,000 people are not read whole to sort them: the list stays by name and says how to narrow it', async () => {
  const { user, emulator } = renderApp({ org: withPeople(transferOrg(), crowd(1_050)), persona: 'agent', path: '/transfer' });
  await callCard();
  expect(
    await screen.findByText(/people · By name: too many people to sort by presence\. Search or choose a department\./),
  ).toBeInTheDocument();
  const searches = () => emulator.requestLog.filter((entry) => entry.path.endsWith('/users/search')).length;
  // Only the pages on screen were read, not all 11.
  expect(searches()).toBeLessThanOrEqual(3);

  const box = await searchBox();
  await user.type(box, 'Billing');
  await waitFor(() => {
    expect(names()).toEqual(['Ava Available', 'Bea Busy', 'Chloe Eight', 'Oscar Offline', 'Mal Formed']);
  });
  expect(await screen.findByText('5 people · Available first')).toBeInTheDocument();
});
