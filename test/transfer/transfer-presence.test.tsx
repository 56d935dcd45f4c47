import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import type { ClientAppBridge, ToastKind } from '@/genesys/client-app';
import { renderApp } from '../support/render-app';
import { USERS } from '../support/fixture-org';
import { callCard, OSCAR, participantsOf, searchBox, targetOptions, transferOrg, withCall } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

/** Genesys Cloud framing the app: records the toasts it is asked to show. */
function fakeGenesys() {
  const toast = vi.fn<(kind: ToastKind, title: string, message: string) => void>();
  const clientApp: ClientAppBridge = {
    embedded: true,
    bootstrapped: () => undefined,
    toast,
    showUser: () => true,
    onStop: () => () => undefined,
  };
  return { clientApp, toast };
}

test('without the 8×8 view permission the list works without presence, says why, and asks for no presence at all', async () => {
  const org = withCall(transferOrg(), USERS.no8x8, 'ca110000-0000-4000-8000-000000000002', 'Nina Caller', '+13175558888');
  const { user, emulator } = renderApp({ org, persona: 'no-uc-view', path: '/transfer' });
  expect(await callCard()).toHaveTextContent('Nina Caller');
  const notice = await screen.findByRole('status', { name: '8×8 presence is hidden when transferring' });
  expect(notice).toHaveTextContent('integration:eightByEight:view');
  await user.type(await searchBox(), 'Oscar');
  await user.click(await screen.findByRole('option', { name: /Oscar Offline/ }));
  const panel = await screen.findByRole('region', { name: 'Transfer to Oscar Offline' });
  expect(within(panel).queryByRole('img', { name: /^Presence/ })).not.toBeInTheDocument();
  expect(within(panel).queryByRole('button', { name: 'Notify me when available' })).not.toBeInTheDocument();
  expect(screen.queryAllByRole('img', { name: /^Presence/ })).toEqual([]);
  // Transfers still work (no warning: presence is unknown to this agent).
  expect(within(panel).getByRole('button', { name: 'Transfer to Oscar Offline' })).toBeEnabled();

  const presenceRequests = emulator.requestLog.filter(
    (entry) => entry.path.includes('/presences') || entry.search.includes('integrationPresenceSource'),
  );
  expect(presenceRequests).toEqual([]);
  const topics = [...emulator.state.channels.values()].flatMap((channel) => [...channel.topics]);
  expect(topics.filter((topic) => topic.includes('presence'))).toEqual([]);
});

test('without transfer permissions the actions are absent and the reasons shown', async () => {
  const { user } = renderApp({ org: transferOrg(), persona: 'supervisor', path: '/transfer' });
  expect(await screen.findByRole('status', { name: 'Blind transfer is not available to you' })).toHaveTextContent(
    'conversation:communication:blindTransfer',
  );
  expect(screen.getByRole('status', { name: 'Consult transfer is not available to you' })).toHaveTextContent(
    'conversation:communication:consultTransfer',
  );
  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  const panel = await screen.findByRole('region', { name: 'Transfer to Ava Available' });
  expect(within(panel).queryByRole('button', { name: /^Transfer to/ })).not.toBeInTheDocument();
  expect(within(panel).queryByRole('button', { name: /^Consult/ })).not.toBeInTheDocument();
});

test('"Notify me when available": one Genesys toast and an in-page notice when they turn Available, then Transfer now', async () => {
  const { clientApp, toast } = fakeGenesys();
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer', clientApp });
  await callCard();
  await user.type(await searchBox(), 'Oscar');
  await user.click(await screen.findByRole('option', { name: /Oscar Offline/ }));
  const panel = await screen.findByRole('region', { name: 'Transfer to Oscar Offline' });
  await user.click(await within(panel).findByRole('button', { name: 'Notify me when available' }));
  expect(within(panel).getByRole('button', { name: 'Stop notifying me' })).toHaveAttribute('aria-pressed', 'true');

  // Searching someone else moves the list away from Oscar: the watch keeps his presence live anyway.
  await user.clear(await searchBox());
  await user.type(await searchBox(), 'Ava');
  await waitFor(() => {
    expect(targetOptions().some((option) => option.dataset.userId === OSCAR)).toBe(false);
  });
  await waitFor(() => {
    const topics = [...emulator.state.channels.values()].flatMap((channel) => [...channel.topics]);
    expect(topics).toContain(`v2.users.${OSCAR}.integrationpresence`);
  });

  emulator.setIntegrationPresence(OSCAR, 'BUSY');
  emulator.setIntegrationPresence(OSCAR, 'AVAILABLE');
  const notice = await screen.findByRole('status', { name: 'Oscar Offline is available' });
  // Flickering afterwards does not notify again.
  emulator.setIntegrationPresence(OSCAR, 'AWAY');
  emulator.setIntegrationPresence(OSCAR, 'AVAILABLE');
  await waitFor(() => {
    expect(within(panel).getByRole('img', { name: /^Presence: Available/ })).toBeInTheDocument();
  });
  const availableToasts = toast.mock.calls.filter(([, title]) => title === 'Oscar Offline is available');
  expect(availableToasts).toEqual([['info', 'Oscar Offline is available', expect.stringContaining('transfer the call') as unknown]]);

  await user.click(within(notice).getByRole('button', { name: 'Transfer now' }));
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('The call is now with Oscar Offline.');
  });
  expect(participantsOf(emulator).at(-1)).toMatchObject({ purpose: 'external', address: 'tel:+14155550112' });
  expect(toast).toHaveBeenCalledWith('success', 'Call transferred', 'The call is now with Oscar Offline.');
  expect(toast.mock.calls.filter(([, title]) => title === 'Oscar Offline is available')).toHaveLength(1);
});
