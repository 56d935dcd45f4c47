import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../support/render-app';
import { AGENT, callCard, CALL_ID, searchBox, transferOrg, withCall } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

const SECOND_CALL = 'ca110000-0000-4000-8000-0000000000b2';

test('with several active calls the agent chooses which one to transfer, and only that one moves', async () => {
  const org = withCall(transferOrg(), AGENT, SECOND_CALL, 'Second Sam', '+13175557777');
  const { user, emulator } = renderApp({ org, persona: 'agent', path: '/transfer' });
  const chooser = await screen.findByRole('group', { name: 'You have 2 calls. Which one do you want to transfer?' });
  expect(screen.queryByRole('region', { name: 'Call being transferred' })).not.toBeInTheDocument();
  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  expect(await screen.findByRole('button', { name: 'Transfer to Ava Available' })).toBeDisabled();
  expect(screen.getByText('Choose the call to transfer first.')).toBeInTheDocument();

  await user.click(within(chooser).getByRole('radio', { name: /Second Sam/ }));
  expect(await callCard()).toHaveTextContent('Second Sam');
  await user.click(screen.getByRole('button', { name: 'Transfer to Ava Available' }));
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('The call is now with Ava Available.');
  });
  expect(emulator.state.calls.get(SECOND_CALL)?.participants.at(-1)).toMatchObject({ address: 'tel:+14155550111' });
  expect(emulator.state.calls.get(CALL_ID)?.participants).toHaveLength(2);
});

test('as an interaction widget it transfers the launch conversation without listing calls', async () => {
  const org = withCall(transferOrg(), AGENT, SECOND_CALL, 'Second Sam', '+13175557777');
  const { user, emulator } = renderApp({ org, persona: 'agent', path: '/transfer', conversationId: SECOND_CALL });
  expect(await callCard()).toHaveTextContent('Second Sam');
  expect(screen.queryByRole('group', { name: /Which one do you want to transfer/ })).not.toBeInTheDocument();
  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  await user.click(await screen.findByRole('button', { name: 'Transfer to Ava Available' }));
  await waitFor(() => {
    expect(emulator.state.calls.get(SECOND_CALL)?.participants.at(-1)).toMatchObject({ address: 'tel:+14155550111' });
  });
  expect(emulator.requestLog.some((entry) => entry.method === 'GET' && entry.path === '/api/v2/conversations/calls')).toBe(false);
});

test('without an active call the view says so and people can still be looked up', async () => {
  const org = { ...transferOrg(), calls: [] };
  const { user } = renderApp({ org, persona: 'agent', path: '/transfer' });
  expect(await screen.findByRole('status', { name: 'You have no active call' })).toBeInTheDocument();
  await user.type(await searchBox(), 'Ava');
  await user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  expect(await screen.findByRole('button', { name: 'Transfer to Ava Available' })).toBeDisabled();
  expect(screen.getByText('There is no call to transfer.')).toBeInTheDocument();
});
