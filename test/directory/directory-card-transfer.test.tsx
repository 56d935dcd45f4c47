// A person's card in the directory offers Transfer and Consult while the agent is on a call,
// by the transfer view's rules: permissions, people who cannot take a transfer, the warning.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { USERS } from '../support/fixture-org';
import {
  AGENT,
  CALL_ID,
  customerParticipantId,
  participantPosts,
  participantsOf,
  transferOrg,
  transferRequests,
  withCall,
} from '../transfer/transfer-org';
import { renderApp } from '../support/render-app';
import { withPeople, type Person } from './directory-org';

beforeEach(() => {
  localStorage.clear();
});

// The first render of a test file warms up the SDK and the emulator: the first find waits longer.
const FIRST_LOAD = { timeout: 5000 };
const searchBox = (): Promise<HTMLElement> => screen.findByRole('combobox', { name: 'Search 8×8 users' }, FIRST_LOAD);
const callsListed = (log: readonly { method: string; path: string }[]): boolean =>
  log.some((entry) => entry.method === 'GET' && entry.path === '/api/v2/conversations/calls');

/** Searches the directory for `query` and opens the card of `name`. */
async function openCard(user: ReturnType<typeof renderApp>['user'], query: string, name: string): Promise<HTMLElement> {
  await user.type(await searchBox(), query);
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }, FIRST_LOAD));
  return screen.findByRole('dialog', { name });
}

/** The emulator's call is as it was: the agent and the customer, nobody else. */
function expectCallUnchanged(emulator: Parameters<typeof participantsOf>[0]) {
  expect(participantsOf(emulator)).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: AGENT, state: 'connected' }),
  ]);
}

test('on a live call, Transfer on a card sends the call to that person’s 8×8 number and the card says so', async () => {
  const { user, emulator, session } = renderApp({ org: transferOrg(), persona: 'agent' });
  const toast = vi.spyOn(session.clientApp, 'toast');
  const card = await openCard(user, 'Ava', 'Ava Available');
  const call = await within(card).findByRole('region', { name: 'Your call' });
  expect(call).toHaveTextContent('On a call with Customer Carl');
  // The card still opens on its own button: a second Enter must not transfer the call.
  expect(within(card).getByRole('button', { name: 'Close' })).toHaveFocus();

  await user.click(within(call).getByRole('button', { name: 'Transfer to Ava Available' }));
  const outcome = await within(card).findByText('The call is now with Ava Available.');
  // Focus stays in the card, on the outcome, rather than falling to the page.
  await waitFor(() => {
    expect(outcome).toHaveFocus();
  });
  expect(within(card).queryByRole('button', { name: /Transfer to|Consult/ })).not.toBeInTheDocument();
  expect(participantsOf(emulator)).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ purpose: 'agent', userId: AGENT, state: 'disconnected', disconnectType: 'transfer' }),
    expect.objectContaining({ purpose: 'external', address: 'tel:+14155550111' }),
  ]);
  expect(participantPosts(emulator.requestLog)).toEqual([
    `/api/v2/conversations/${CALL_ID}/participants/${customerParticipantId(emulator)}/transfer`,
  ]);
  expect(toast).toHaveBeenCalledWith('success', 'Call transferred', 'The call is now with Ava Available.');

  // Closed and opened again, the card has no call left to offer.
  await user.click(within(card).getByRole('button', { name: 'Close' }));
  await user.click(screen.getByRole('option', { name: /Ava Available/ }));
  const again = await screen.findByRole('dialog', { name: 'Ava Available' });
  await waitFor(() => {
    expect(within(again).queryByRole('region', { name: 'Your call' })).not.toBeInTheDocument();
  });
});

test('Consult on a card opens the consult in the card; Complete hands the call over', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent' });
  const card = await openCard(user, 'Ava', 'Ava Available');
  await user.click(await within(card).findByRole('button', { name: 'Consult Ava Available first' }));

  const consult = await within(card).findByRole('region', { name: 'Consult transfer' });
  expect(emulator.state.calls.get(CALL_ID)?.consult).toMatchObject({ speakTo: 'DESTINATION' });
  expect(participantsOf(emulator).at(-1)).toMatchObject({ purpose: 'external', address: 'tel:+14155550111' });
  const complete = within(consult).getByRole('button', { name: 'Complete transfer to Ava Available' });
  await waitFor(() => {
    expect(complete).toHaveFocus();
  });
  await user.click(within(consult).getByRole('button', { name: 'Customer Carl only' }));
  await waitFor(() => {
    expect(emulator.state.calls.get(CALL_ID)?.consult?.speakTo).toBe('OBJECT');
  });

  await user.click(complete);
  await within(card).findByText('The call is now with Ava Available.');
  expect(within(card).queryByRole('region', { name: 'Consult transfer' })).not.toBeInTheDocument();
  expect(emulator.state.calls.get(CALL_ID)?.consult).toBeUndefined();
  expect(participantsOf(emulator)).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: AGENT, state: 'disconnected', disconnectType: 'transfer' }),
    expect.objectContaining({ address: 'tel:+14155550111', state: 'connected' }),
  ]);
});

test('cancelling a consult from the card keeps the call and offers Transfer again', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent' });
  const card = await openCard(user, 'Ava', 'Ava Available');
  await user.click(await within(card).findByRole('button', { name: 'Consult Ava Available first' }));
  const consult = await within(card).findByRole('region', { name: 'Consult transfer' });
  await user.click(within(consult).getByRole('button', { name: 'Cancel consult' }));

  const transfer = await within(card).findByRole('button', { name: 'Transfer to Ava Available' });
  await waitFor(() => {
    expect(transfer).toHaveFocus();
  });
  expect(emulator.state.calls.get(CALL_ID)?.consult).toBeUndefined();
  expect(within(card).getByRole('region', { name: 'Your call' })).toHaveTextContent('On a call with Customer Carl');
});

test('keyboard only: Transfer to someone Offline opens the warning on Cancel; Enter cancels and nothing is sent', async () => {
  const { user, emulator } = renderApp({ org: transferOrg(), persona: 'agent' });
  const box = await searchBox();
  await user.click(box);
  await user.keyboard('Oscar');
  await screen.findByRole('option', { name: /Oscar Offline/ }, FIRST_LOAD);
  await user.keyboard('{ArrowDown}{Enter}');
  const card = await screen.findByRole('dialog', { name: 'Oscar Offline' });
  await within(card).findByRole('img', { name: /^Presence: Offline/ });
  const transfer = await within(card).findByRole('button', { name: 'Transfer to Oscar Offline' });
  const close = within(card).getByRole('button', { name: 'Close' });
  expect(close).toHaveFocus();

  // Shift+Tab from Close reaches Consult, then Transfer.
  await user.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
  expect(transfer).toHaveFocus();
  await user.keyboard('{Enter}');
  const warning = await screen.findByRole('dialog', { name: 'Oscar Offline is Offline' });
  const cancel = within(warning).getByRole('button', { name: 'Cancel' });
  await waitFor(() => {
    expect(cancel).toHaveFocus();
  });
  expect(within(warning).queryByRole('button', { name: 'Notify me when available' })).not.toBeInTheDocument();
  await user.keyboard('{Enter}');
  expect(screen.queryByRole('dialog', { name: 'Oscar Offline is Offline' })).not.toBeInTheDocument();
  // The card stays open, focus back on Transfer.
  expect(transfer).toHaveFocus();

  // Escape in the warning cancels too, and leaves the card open.
  await user.click(within(card).getByRole('button', { name: 'Consult Oscar Offline first' }));
  await screen.findByRole('dialog', { name: 'Oscar Offline is Offline' });
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog', { name: 'Oscar Offline is Offline' })).not.toBeInTheDocument();
  expect(screen.getByRole('dialog', { name: 'Oscar Offline' })).toBeInTheDocument();

  expect(transferRequests(emulator.requestLog)).toBe(0);
  expectCallUnchanged(emulator);
});

const person = (n: number, name: string, number: string): Person => ({
  id: `7a000000-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`,
  name,
  number,
  department: 'Repairs',
  presence: 'AVAILABLE',
});

test('an undialable or shared number disables the card’s Transfer and Consult, with the reason as description', async () => {
  const org = withPeople(transferOrg(), [person(2, 'Shawn Shared', '+14045550150'), person(3, 'Sheila Shared', '+1 404-555-0150')]);
  const { user, emulator } = renderApp({ org, persona: 'agent' });

  const mal = await openCard(user, 'Mal', 'Mal Formed');
  const undialable =
    'Mal Formed’s 8×8 number “(415) 555-0113” is not a complete international number (like +13175550101), so calls cannot be transferred to them. An admin can correct it in the directory.';
  for (const name of ['Transfer to Mal Formed', 'Consult Mal Formed first']) {
    const button = await within(mal).findByRole('button', { name });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(undialable);
  }
  expect(mal).toHaveTextContent(undialable);
  await user.click(within(mal).getByRole('button', { name: 'Close' }));

  await user.clear(await searchBox());
  const shawn = await openCard(user, 'Repairs', 'Shawn Shared');
  const shared = /^Shawn Shared has the same 8×8 number as Sheila Shared, so a transfer could reach the wrong person\./;
  for (const name of ['Transfer to Shawn Shared', 'Consult Shawn Shared first']) {
    const button = await within(shawn).findByRole('button', { name });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(shared);
  }
  expect(transferRequests(emulator.requestLog)).toBe(0);
});

test('the calls are read once a card opens; without an active call the card says nothing about calls', async () => {
  const { user, emulator } = renderApp({ org: { ...transferOrg(), calls: [] }, persona: 'agent' });
  await user.type(await searchBox(), 'Ava');
  const ava = await screen.findByRole('option', { name: /Ava Available/ }, FIRST_LOAD);
  // Searching alone asks nothing about calls.
  expect(callsListed(emulator.requestLog)).toBe(false);
  await user.click(ava);
  const card = await screen.findByRole('dialog', { name: 'Ava Available' });
  await waitFor(() => {
    expect(callsListed(emulator.requestLog)).toBe(true);
  });
  expect(within(card).queryByRole('region', { name: 'Your call' })).not.toBeInTheDocument();
  expect(within(card).queryByRole('button', { name: /Transfer|Consult/ })).not.toBeInTheDocument();
});

test('with several calls the card names none and points to the Transfer view', async () => {
  const org = withCall(transferOrg(), AGENT, 'ca110000-0000-4000-8000-0000000000b2', 'Second Sam', '+13175557777');
  const { user, emulator } = renderApp({ org, persona: 'agent' });
  const card = await openCard(user, 'Ava', 'Ava Available');
  expect(await within(card).findByText('You have 2 calls. To transfer one, choose it in the Transfer view.')).toBeInTheDocument();
  expect(within(card).queryByRole('button', { name: /Transfer to|Consult/ })).not.toBeInTheDocument();
  expect(transferRequests(emulator.requestLog)).toBe(0);
});

test('without the transfer permissions the card offers no transfer and no call is asked for', async () => {
  // The supervisor may not transfer, even with a call of their own.
  const org = withCall(transferOrg(), USERS.supervisor, 'ca110000-0000-4000-8000-0000000000c3', 'Sid Caller', '+13175556666');
  const { user, emulator } = renderApp({ org, persona: 'supervisor' });
  const card = await openCard(user, 'Ava', 'Ava Available');
  await within(card).findByRole('img', { name: /^Presence: Available/ });
  expect(within(card).queryByRole('button', { name: /Transfer|Consult/ })).not.toBeInTheDocument();
  expect(within(card).queryByRole('region', { name: 'Your call' })).not.toBeInTheDocument();
  expect(emulator.requestLog.some((entry) => entry.path.startsWith('/api/v2/conversations'))).toBe(false);
  const topics = [...emulator.state.channels.values()].flatMap((channel) => [...channel.topics]);
  expect(topics.some((topic) => topic.includes('conversations'))).toBe(false);
});
