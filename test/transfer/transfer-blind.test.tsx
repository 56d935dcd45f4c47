import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../support/render-app';
import {
  AGENT,
  CALL_ID,
  callCard,
  customerParticipantId,
  participantPosts,
  participantsOf,
  searchBox,
  targetOptions,
  transferOrg,
  transferRequests,
} from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

test('keyboard only: the search has focus, arrows and Enter pick the target, Enter transfers to the 8×8 number', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  const card = await callCard();
  expect(card).toHaveTextContent('Customer Carl');
  // The caller's number, written for people once the formatter has loaded.
  await waitFor(() => {
    expect(card).toHaveTextContent('+1 317 555 9999');
  });
  // How long the call has lasted, as the translator writes an age ("7,889 h 43 min", "4 min 7 s").
  expect(card).toHaveTextContent(/On call.*\d+ (h|min|s)\b/);
  const box = await searchBox();
  await waitFor(() => {
    expect(box).toHaveFocus();
  });

  await user.keyboard('ava');
  await waitFor(() => {
    expect(targetOptions().map((option) => option.dataset.userId)).toContain('7a000000-0000-4000-8000-000000000001');
  });
  await user.keyboard('{ArrowDown}');
  expect(box).toHaveAttribute('aria-activedescendant', targetOptions()[0]?.id);
  await user.keyboard('{Enter}');
  const transfer = await screen.findByRole('button', { name: 'Transfer to Ava Available' });
  await waitFor(() => {
    expect(transfer).toHaveFocus();
  });
  await user.keyboard('{Enter}');

  await waitFor(() => {
    expect(card).toHaveTextContent('Transferred');
  });
  expect(card).toHaveTextContent('The call is now with Ava Available.');
  const participants = participantsOf(emulator);
  // Genesys: the agent leaves by transfer, the 8×8 number (in E.164) joins; the customer stays.
  expect(participants).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ purpose: 'agent', userId: AGENT, state: 'disconnected', disconnectType: 'transfer' }),
    expect.objectContaining({ purpose: 'external', address: 'tel:+14155550111' }),
  ]);
  // One address-based blind transfer naming the customer's participant; the deprecated /replace is never called.
  expect(participantPosts(emulator.requestLog)).toEqual([
    `/api/v2/conversations/${CALL_ID}/participants/${customerParticipantId(emulator)}/transfer`,
  ]);
  expect(emulator.requestLog.some((entry) => entry.path.endsWith('/replace'))).toBe(false);
  expect(screen.getByRole('button', { name: 'Transfer to Ava Available' })).toBeDisabled();
});

test('a double click sends exactly one transfer request', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer', faults: { latencyMs: 50 } });
  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  const transfer = await screen.findByRole('button', { name: 'Transfer to Ava Available' });
  await user.dblClick(transfer);
  expect(transfer).toBeDisabled();
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('Transferred');
  });
  expect(transferRequests(emulator.requestLog)).toBe(1);
  expect(participantsOf(emulator).filter((participant) => 'purpose' in participant && participant.purpose === 'external')).toHaveLength(1);
});

test('transferring to someone Offline or Busy asks first; Cancel sends nothing, "Transfer anyway" transfers', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await user.type(await searchBox(), 'Oscar');
  await user.click(await screen.findByRole('option', { name: /Oscar Offline/ }));
  const panel = await screen.findByRole('region', { name: 'Transfer to Oscar Offline' });
  await within(panel).findByRole('img', { name: /^Presence: Offline/ });
  await user.click(within(panel).getByRole('button', { name: 'Transfer to Oscar Offline' }));

  const warning = await screen.findByRole('dialog', { name: 'Oscar Offline is Offline' });
  expect(warning).toHaveTextContent('Transfer the call anyway?');
  await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(transferRequests(emulator.requestLog)).toBe(0);

  await user.click(within(panel).getByRole('button', { name: 'Transfer to Oscar Offline' }));
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Oscar Offline is Offline' })).getByRole('button', { name: 'Transfer anyway' }),
  );
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('The call is now with Oscar Offline.');
  });
  expect(participantsOf(emulator).at(-1)).toMatchObject({ purpose: 'external', address: 'tel:+14155550112' });
});

test('Ctrl+Enter in the search box transfers to the highlighted person (with the warning when they are Busy)', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await user.type(await searchBox(), 'Bea');
  await screen.findByRole('option', { name: /Bea Busy/ });
  // Presence is known before the shortcut is used.
  await within(screen.getByRole('option', { name: /Bea Busy/ })).findByRole('img', { name: /^Presence: Busy/ });
  await user.keyboard('{ArrowDown}{Control>}{Enter}{/Control}');
  const warning = await screen.findByRole('dialog', { name: 'Bea Busy is Busy' });
  // The safe choice has focus; transferring anyway takes a deliberate move (Tab wraps from Cancel to it).
  await waitFor(() => {
    expect(within(warning).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });
  await user.keyboard('{Tab}');
  expect(within(warning).getByRole('button', { name: 'Transfer anyway' })).toHaveFocus();
  await user.keyboard('{Enter}');
  await waitFor(() => {
    expect(participantsOf(emulator).at(-1)).toMatchObject({ address: 'tel:+14155550114' });
  });
});
