// The warning before a transfer to someone unlikely to answer defaults to the safe choice:
// the keyboard flow taught by the hint ("Enter picks, Enter again transfers") must not
// turn a third Enter into a call sent to an Offline person.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../support/render-app';
import { AGENT, callCard, participantsOf, searchBox, transferOrg, transferRequests } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

/** The emulator's call is as it was: the agent and the customer, nobody else. */
function expectCallUnchanged(emulator: Parameters<typeof participantsOf>[0]) {
  expect(participantsOf(emulator)).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: AGENT, state: 'connected' }),
  ]);
}

test('keyboard only: Enter picks Oscar Offline, Enter opens the warning on Cancel, Enter cancels and nothing is sent', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  const box = await searchBox();
  await user.click(box);
  await user.keyboard('Oscar');
  await screen.findByRole('option', { name: /Oscar Offline/ });
  await user.keyboard('{ArrowDown}{Enter}');

  const panel = await screen.findByRole('region', { name: 'Transfer to Oscar Offline' });
  // His presence is known before the next Enter, as it would be for an agent reading the panel.
  await within(panel).findByRole('img', { name: /^Presence: Offline/ });
  const transfer = within(panel).getByRole('button', { name: 'Transfer to Oscar Offline' });
  await waitFor(() => {
    expect(transfer).toHaveFocus();
  });
  await user.keyboard('{Enter}');

  const warning = await screen.findByRole('dialog', { name: 'Oscar Offline is Offline' });
  const cancel = within(warning).getByRole('button', { name: 'Cancel' });
  await waitFor(() => {
    expect(cancel).toHaveFocus();
  });
  expect(within(warning).getByRole('button', { name: 'Transfer anyway' })).not.toHaveFocus();
  await user.keyboard('{Enter}');

  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(transferRequests(emulator.requestLog)).toBe(0);
  expectCallUnchanged(emulator);
  expect(await callCard()).toHaveTextContent('On call');
});

test('Escape in the warning cancels: no transfer, no consult', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer' });
  await callCard();
  await user.type(await searchBox(), 'Bea');
  await user.click(await screen.findByRole('option', { name: /Bea Busy/ }));
  const panel = await screen.findByRole('region', { name: 'Transfer to Bea Busy' });
  await within(panel).findByRole('img', { name: /^Presence: Busy/ });

  await user.click(within(panel).getByRole('button', { name: 'Transfer to Bea Busy' }));
  expect(within(await screen.findByRole('dialog', { name: 'Bea Busy is Busy' })).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  await user.click(within(panel).getByRole('button', { name: 'Consult Bea Busy first' }));
  const consultWarning = await screen.findByRole('dialog', { name: 'Bea Busy is Busy' });
  expect(within(consultWarning).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  expect(transferRequests(emulator.requestLog)).toBe(0);
  expectCallUnchanged(emulator);
});
