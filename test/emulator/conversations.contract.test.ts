import { expect, test } from 'vitest';
import { rejection, startEmulator } from '../support/emulator-server';
import { FIXTURE_CALL_ID, USERS } from '../support/fixture-org';

async function agentCall() {
  const harness = startEmulator();
  const apis = harness.apisFor('agent');
  const call = await apis.conversations.getConversationsCall(FIXTURE_CALL_ID);
  const customer = call.participants?.find((participant) => participant.purpose === 'customer');
  return { ...harness, apis, customerId: customer?.id ?? '' };
}

test('the agent persona has a live customer call', async () => {
  const { apis } = await agentCall();
  const calls = await apis.conversations.getConversationsCalls();
  expect(calls.entities).toHaveLength(1);
  expect(calls.entities?.[0]?.participants).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected', address: 'tel:+13175559999' }),
    expect.objectContaining({ purpose: 'agent', state: 'connected', userId: USERS.agent }),
  ]);
});

test('a blind transfer to a user disconnects the agent and adds the target', async () => {
  const { apis, customerId, emulator } = await agentCall();
  await apis.conversations.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, customerId, { userId: USERS.ucOnly });
  const participants = emulator.state.calls.get(FIXTURE_CALL_ID)?.participants ?? [];
  expect(participants.find((participant) => participant.userId === USERS.agent)).toMatchObject({
    state: 'disconnected',
    disconnectType: 'transfer',
  });
  expect(participants.find((participant) => participant.userId === USERS.ucOnly)).toMatchObject({
    purpose: 'user',
    address: 'tel:+13175550101',
  });
  expect((await apis.conversations.getConversationsCalls()).entities).toHaveLength(0);
});

test('a blind transfer to an address works through /transfer', async () => {
  const { apis, customerId, emulator } = await agentCall();
  await apis.conversations.postConversationParticipantTransfer(FIXTURE_CALL_ID, customerId, { address: '+13175550102' });
  const participants = emulator.state.calls.get(FIXTURE_CALL_ID)?.participants ?? [];
  expect(participants.at(-1)).toMatchObject({ purpose: 'external', address: 'tel:+13175550102' });
});

test('a consult transfer adds the destination, changes speakTo, and completes when the agent leaves', async () => {
  const { apis, customerId, emulator } = await agentCall();
  const { destinationParticipantId } = await apis.conversations.postConversationsCallParticipantVoiceConsult(
    FIXTURE_CALL_ID,
    customerId,
    { address: '+13175550101', speakTo: 'DESTINATION' },
  );
  expect(emulator.state.calls.get(FIXTURE_CALL_ID)?.consult).toMatchObject({ destinationParticipantId, speakTo: 'DESTINATION' });
  await apis.conversations.patchConversationsCallParticipantConsult(FIXTURE_CALL_ID, customerId, { speakTo: 'BOTH' });
  expect(emulator.state.calls.get(FIXTURE_CALL_ID)?.consult?.speakTo).toBe('BOTH');
  const call = await apis.conversations.getConversationsCall(FIXTURE_CALL_ID);
  const agent = call.participants?.find((participant) => participant.purpose === 'agent');
  await apis.conversations.patchConversationsCallParticipant(FIXTURE_CALL_ID, agent?.id ?? '', { state: 'disconnected' });
  const after = emulator.state.calls.get(FIXTURE_CALL_ID);
  expect(after?.consult).toBeUndefined();
  expect(after?.participants.find((participant) => participant.id === destinationParticipantId)?.state).toBe('connected');
  expect(after?.participants.find((participant) => participant.id === agent?.id)?.state).toBe('disconnected');
});

test('a consult transfer can be cancelled', async () => {
  const { apis, customerId, emulator } = await agentCall();
  const { destinationParticipantId } = await apis.conversations.postConversationsCallParticipantConsult(
    FIXTURE_CALL_ID,
    customerId,
    { speakTo: 'DESTINATION', destination: { address: '+13175550101' } },
  );
  await apis.conversations.deleteConversationsCallParticipantConsult(FIXTURE_CALL_ID, customerId);
  const call = emulator.state.calls.get(FIXTURE_CALL_ID);
  expect(call?.consult).toBeUndefined();
  expect(call?.participants.find((participant) => participant.id === destinationParticipantId)?.state).toBe('disconnected');
  expect(call?.participants.find((participant) => participant.userId === USERS.agent)?.state).toBe('connected');
});

test('transfers need their permissions (403 naming them)', async () => {
  const { emulator, customerId, apisForUser } = await agentCall();
  // The supervisor role has no transfer permissions; put the supervisor on the call.
  const call = emulator.state.calls.get(FIXTURE_CALL_ID);
  const agent = call?.participants.find((participant) => participant.userId === USERS.agent);
  if (agent) agent.userId = USERS.supervisor;
  const supervisor = apisForUser(USERS.supervisor).conversations;
  const blind = await rejection(supervisor.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, customerId, { address: '+1' }));
  expect(blind).toMatchObject({ status: 403, code: 'missing.permissions' });
  expect(blind.message).toContain('conversation:communication:blindTransfer');
  const consult = await rejection(
    supervisor.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, { address: '+1', speakTo: 'BOTH' }),
  );
  expect(consult.message).toContain('conversation:communication:consultTransfer');
});

test('malformed transfer bodies are 400, unknown calls and participants 404', async () => {
  const { apis, customerId } = await agentCall();
  const conversations = apis.conversations;
  expect(await rejection(conversations.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, customerId, {}))).toMatchObject({
    status: 400,
    code: 'invalid.value',
  });
  expect(
    await rejection(
      conversations.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, { address: '+1', speakTo: 'EVERYONE' }),
    ),
  ).toMatchObject({ status: 400 });
  expect(await rejection(conversations.getConversationsCall('nope'))).toMatchObject({ status: 404, code: 'not.found' });
  expect(
    await rejection(conversations.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, 'nobody', { address: '+1' })),
  ).toMatchObject({ status: 404 });
});

test('other users do not see the agent call', async () => {
  const { apisFor } = await agentCall();
  expect((await apisFor('supervisor').conversations.getConversationsCalls()).entities).toEqual([]);
  expect(await rejection(apisFor('supervisor').conversations.getConversationsCall(FIXTURE_CALL_ID))).toMatchObject({ status: 404 });
});

test('endCall: the customer hangs up, every participant is disconnected and the call is gone from the agent list', async () => {
  const { apis, emulator } = await agentCall();
  emulator.endCall(FIXTURE_CALL_ID);
  const call = await apis.conversations.getConversationsCall(FIXTURE_CALL_ID);
  expect(call.participants).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'disconnected', disconnectType: 'endpoint' }),
    expect.objectContaining({ purpose: 'agent', state: 'disconnected', disconnectType: 'client' }),
  ]);
  expect((await apis.conversations.getConversationsCalls()).entities).toEqual([]);
  expect(() => {
    emulator.endCall('nope');
  }).toThrow('Unknown call nope');
});

test('a transfer on a call that has ended is a 404', async () => {
  const { apis, customerId, emulator } = await agentCall();
  emulator.endCall(FIXTURE_CALL_ID);
  expect(
    await rejection(apis.conversations.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, customerId, { address: '+13175550101' })),
  ).toMatchObject({ status: 404, code: 'not.found' });
  expect(
    await rejection(
      apis.conversations.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, { address: '+13175550101', speakTo: 'BOTH' }),
    ),
  ).toMatchObject({ status: 404 });
});
