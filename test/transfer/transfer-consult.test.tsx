import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { VARIANT_CHOICES, type EmulatorVariants } from '@/emulator/variants';
import { conversationsApi } from '@/genesys/sdk';
import { renderApp } from '../support/render-app';
import { AGENT, callCard, CALL_ID, participantsOf, searchBox, transferOrg } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

async function startConsultWithAva(variants: Partial<EmulatorVariants> = {}) {
  const view = renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer', variants });
  await view.user.type(await searchBox(), 'Ava');
  await view.user.click(await screen.findByRole('option', { name: /Ava Available/ }));
  await view.user.click(await screen.findByRole('button', { name: 'Consult Ava Available first' }));
  const consult = await screen.findByRole('region', { name: 'Consult transfer' });
  return { ...view, consult };
}

test('a consult transfer starts with the 8×8 person, changes who the agent speaks to, and completes', async () => {
  const { user, emulator, consult } = await startConsultWithAva();
  const call = () => emulator.state.calls.get(CALL_ID);
  expect(call()?.consult).toMatchObject({ speakTo: 'DESTINATION' });
  const destination = participantsOf(emulator).at(-1);
  expect(destination).toMatchObject({ purpose: 'external', address: 'tel:+14155550111', state: 'alerting' });
  const complete = within(consult).getByRole('button', { name: 'Complete transfer to Ava Available' });
  await waitFor(() => {
    expect(complete).toHaveFocus();
  });
  expect(within(consult).getByRole('button', { name: 'Ava Available only' })).toHaveAttribute('aria-pressed', 'true');

  await user.click(within(consult).getByRole('button', { name: 'Customer Carl only' }));
  await waitFor(() => {
    expect(call()?.consult?.speakTo).toBe('OBJECT');
  });
  await user.click(within(consult).getByRole('button', { name: 'Both, separately' }));
  await waitFor(() => {
    expect(call()?.consult?.speakTo).toBe('BOTH');
  });
  await user.click(within(consult).getByRole('button', { name: 'Conference: all three' }));
  await waitFor(() => {
    expect(call()?.consult?.speakTo).toBe('CONFERENCE');
  });
  expect(within(consult).getByRole('button', { name: 'Conference: all three' })).toHaveAttribute('aria-pressed', 'true');
  // While consulting, a second transfer cannot start.
  expect(screen.getByRole('button', { name: 'Transfer to Ava Available' })).toBeDisabled();

  await user.click(complete);
  await waitFor(async () => {
    expect(await callCard()).toHaveTextContent('The call is now with Ava Available.');
  });
  expect(call()?.consult).toBeUndefined();
  expect(participantsOf(emulator)).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: AGENT, state: 'disconnected', disconnectType: 'transfer' }),
    expect.objectContaining({ address: 'tel:+14155550111', state: 'connected' }),
  ]);
  expect(screen.queryByRole('region', { name: 'Consult transfer' })).not.toBeInTheDocument();
});

test('cancelling a consult keeps the call with the agent and gives focus back to the search', async () => {
  const { user, emulator, consult } = await startConsultWithAva();
  await user.click(within(consult).getByRole('button', { name: 'Cancel consult' }));
  await waitFor(() => {
    expect(screen.queryByRole('region', { name: 'Consult transfer' })).not.toBeInTheDocument();
  });
  expect(emulator.state.calls.get(CALL_ID)?.consult).toBeUndefined();
  expect(participantsOf(emulator)).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: AGENT, state: 'connected' }),
    expect.objectContaining({ address: 'tel:+14155550111', state: 'disconnected' }),
  ]);
  expect(await callCard()).toHaveTextContent('On call');
  await waitFor(async () => {
    expect(await searchBox()).toHaveFocus();
  });
  expect(screen.getByRole('button', { name: 'Transfer to Ava Available' })).toBeEnabled();
});

// Genesys may end the consulting agent's leg with "transfer" or "transfer.consult": the emulator plays both.
for (const consultEnd of VARIANT_CHOICES.consultEnd) {
  test(`completing a consult shows Transferred when the agent's leg ends with "${consultEnd}"`, async () => {
    const { user, emulator, consult } = await startConsultWithAva({ consultEnd });
    await user.click(within(consult).getByRole('button', { name: 'Complete transfer to Ava Available' }));
    const card = await callCard();
    await waitFor(() => {
      expect(card).toHaveTextContent('Transferred');
    });
    expect(card).toHaveTextContent('The call is now with Ava Available.');
    expect(card).not.toHaveTextContent('Call ended');
    expect(participantsOf(emulator)).toEqual([
      expect.objectContaining({ purpose: 'customer', state: 'connected' }),
      expect.objectContaining({ userId: AGENT, state: 'disconnected', disconnectType: consultEnd }),
      expect.objectContaining({ address: 'tel:+14155550111', state: 'connected' }),
    ]);
  });

  test(`a consult completed outside the view (the agent hangs up in Genesys Cloud, "${consultEnd}") shows Transferred too`, async () => {
    const { emulator, apisFor } = await startConsultWithAva({ consultEnd });
    const agent = emulator.state.calls.get(CALL_ID)?.participants.find((participant) => participant.userId === AGENT);
    // Not through the view: only the call's new state (socket event or refetch) can tell it.
    await (await conversationsApi(apisFor('agent'))).patchConversationsCallParticipant(CALL_ID, agent?.id ?? '', { state: 'disconnected' });
    const card = await callCard();
    await waitFor(() => {
      expect(card).toHaveTextContent('Transferred');
    });
    expect(card).toHaveTextContent('The call has left you: it was transferred.');
    expect(agent).toMatchObject({ state: 'disconnected', disconnectType: consultEnd });
  });
}
