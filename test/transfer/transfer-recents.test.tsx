// After a transfer: the person is "Recent" once (not also in their normal place), the count
// still counts people, only a transfer that went through makes someone recent, and keyboard
// focus lands on the call's outcome instead of the page body.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../support/render-app';
import { AVA, callCard, searchBox, storedPreferences, targetOptions, transferOrg } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

const countLine = (): string => screen.getByText(/^\d+ (person|people)( · |$)/).textContent;
const rowsOf = (userId: string): HTMLElement[] => targetOptions().filter((option) => option.dataset.userId === userId);

test('after a blind transfer Ava is listed once, as Recent, the count is unchanged, and focus is on the call card', async () => {
  const { user } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  await searchBox();
  await waitFor(() => {
    expect(rowsOf(AVA)).toHaveLength(1);
  });
  const before = countLine();

  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  await user.click(await screen.findByRole('button', { name: 'Transfer to Ava Available' }));
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('The call is now with Ava Available.');
  });
  await waitFor(async () => {
    expect(await callCard()).toHaveFocus();
  });

  await user.clear(await searchBox());
  await waitFor(() => {
    expect(targetOptions()[0]).toHaveAccessibleName(/Ava AvailableRecent/);
  });
  expect(rowsOf(AVA)).toHaveLength(1);
  expect(countLine()).toBe(before);
  // Searching for her shows her once too.
  await user.type(await searchBox(), 'Ava');
  await waitFor(() => {
    expect(screen.getAllByRole('option', { name: /Ava Available/ })).toHaveLength(1);
  });
});

test('a consult that is cancelled adds nobody to the recents; one that completes does', async () => {
  const { user } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  await user.click(await screen.findByRole('button', { name: 'Consult Ava Available first' }));
  const consult = await screen.findByRole('region', { name: 'Consult transfer' });
  await user.click(within(consult).getByRole('button', { name: 'Cancel consult' }));
  await waitFor(() => {
    expect(screen.queryByRole('region', { name: 'Consult transfer' })).not.toBeInTheDocument();
  });
  expect(JSON.parse(storedPreferences() ?? '{"recents":[]}')).toMatchObject({ recents: [] });
  expect(screen.queryByRole('option', { name: /Recent/ })).not.toBeInTheDocument();

  const panel = screen.getByRole('region', { name: 'Transfer to Ava Available' });
  await waitFor(() => {
    expect(within(panel).getByRole('button', { name: 'Consult Ava Available first' })).toBeEnabled();
  });
  await user.click(within(panel).getByRole('button', { name: 'Consult Ava Available first' }));
  const second = await screen.findByRole('region', { name: 'Consult transfer' });
  const complete = within(second).getByRole('button', { name: 'Complete transfer to Ava Available' });
  await waitFor(() => {
    expect(complete).toBeEnabled();
  });
  await user.click(complete);
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('The call is now with Ava Available.');
  });
  expect(JSON.parse(storedPreferences() ?? '{}')).toMatchObject({ recents: [AVA] });
  await waitFor(async () => {
    expect(await callCard()).toHaveFocus();
  });
});
