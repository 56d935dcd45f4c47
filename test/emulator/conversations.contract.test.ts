import { expect, test } from 'vitest';
import { VARIANT_CHOICES, type EmulatorVariants } from '@/emulator/variants';
import { conversationsApi } from '@/genesys/sdk';
import { rejection, startEmulator } from '../support/emulator-server';
import { FIXTURE_CALL_ID, USERS } from '../support/fixture-org';

async function agentCall(variants: Partial<EmulatorVariants> = {}) {
  const harness = startEmulator({ variants });
  const conversations = await conversationsApi(harness.apisFor('agent'));
  const call = await conversations.getConversationsCall(FIXTURE_CALL_ID);
  const customer = call.participants?.find((participant) => participant.purpose === 'customer');
  return { ...harness, conversations, customerId: customer?.id ?? '' };
}

test('the agent persona has a live customer call', async () => {
  const { conversations } = await agentCall();
  const calls = await conversations.getConversationsCalls();
  expect(calls.entities).toHaveLength(1);
  expect(calls.entities?.[0]?.participants).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected', address: 'tel:+13175559999' }),
    expect.objectContaining({ purpose: 'agent', state: 'connected', userId: USERS.agent }),
  ]);
});

test('a blind transfer to a user disconnects the agent and adds the target', async () => {
  const { conversations, customerId, emulator } = await agentCall();
  await conversations.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, customerId, { userId: USERS.ucOnly });
  const participants = emulator.state.calls.get(FIXTURE_CALL_ID)?.participants ?? [];
  expect(participants.find((participant) => participant.userId === USERS.agent)).toMatchObject({
    state: 'disconnected',
    disconnectType: 'transfer',
  });
  expect(participants.find((participant) => participant.userId === USERS.ucOnly)).toMatchObject({
    purpose: 'user',
    address: 'tel:+13175550101',
  });
  expect((await conversations.getConversationsCalls()).entities).toHaveLength(0);
});

test('/transfer (TransferToAddressRequest): 202, the agent leaves by transfer, the address joins, the customer stays', async () => {
  const { conversations, customerId, emulator, tokenFor, url } = await agentCall();
  // Raw, to read the status the SDK hides (its promise resolves to nothing).
  const response = await fetch(url(`/api/v2/conversations/${FIXTURE_CALL_ID}/participants/${customerId}/transfer`), {
    method: 'POST',
    headers: { authorization: `Bearer ${tokenFor('agent')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ address: '+13175550102' }),
  });
  expect(response.status).toBe(202);
  expect(emulator.state.calls.get(FIXTURE_CALL_ID)?.participants).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: USERS.agent, state: 'disconnected', disconnectType: 'transfer' }),
    expect.objectContaining({ purpose: 'external', state: 'alerting', address: 'tel:+13175550102' }),
  ]);
  expect((await conversations.getConversationsCalls()).entities).toHaveLength(0);
  expect(emulator.requestLog.at(-2)).toMatchObject({
    method: 'POST',
    path: `/api/v2/conversations/${FIXTURE_CALL_ID}/participants/${customerId}/transfer`,
    status: 202,
    userId: USERS.agent,
  });
});

test('/transfer through the SDK (postConversationParticipantTransfer) keeps a tel: or sip: address as given', async () => {
  const { conversations, customerId, emulator } = await agentCall();
  await conversations.postConversationParticipantTransfer(FIXTURE_CALL_ID, customerId, { address: 'tel:+441314331890' });
  expect(emulator.state.calls.get(FIXTURE_CALL_ID)?.participants.at(-1)).toMatchObject({
    purpose: 'external',
    address: 'tel:+441314331890',
  });
});

test("/transfer: a malformed body is a 400 in Genesys' shape, and the call is left alone", async () => {
  const { customerId, emulator, tokenFor, url } = await agentCall();
  const post = (body: string) =>
    fetch(url(`/api/v2/conversations/${FIXTURE_CALL_ID}/participants/${customerId}/transfer`), {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenFor('agent')}`, 'content-type': 'application/json' },
      body,
    });
  for (const body of ['{}', '{"address":""}', '{"address":"   "}', '{"address":42}', '{"userId":"someone"}']) {
    const response = await post(body);
    expect(response.status, body).toBe(400);
    expect(await response.json(), body).toMatchObject({
      status: 400,
      code: 'invalid.value',
      message: expect.stringContaining('address') as unknown,
    });
  }
  const notAnObject = await post('[]');
  expect(notAnObject.status).toBe(400);
  expect(await notAnObject.json()).toMatchObject({ status: 400, code: 'invalid.value' });
  const notJson = await post('{address');
  expect(notJson.status).toBe(400);
  expect(await notJson.json()).toMatchObject({ status: 400, code: 'bad.request', contextId: expect.any(String) as unknown });
  expect(emulator.state.calls.get(FIXTURE_CALL_ID)?.participants).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
    expect.objectContaining({ userId: USERS.agent, state: 'connected' }),
  ]);
});

test('/transfer: unknown call or participant 404, an ended call 404, a consult in progress 400', async () => {
  const { conversations, customerId, emulator } = await agentCall();
  expect(await rejection(conversations.postConversationParticipantTransfer('nope', customerId, { address: '+13175550102' }))).toMatchObject(
    {
      status: 404,
      code: 'not.found',
    },
  );
  expect(
    await rejection(conversations.postConversationParticipantTransfer(FIXTURE_CALL_ID, 'nobody', { address: '+13175550102' })),
  ).toMatchObject({
    status: 404,
    code: 'not.found',
  });
  await conversations.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, {
    address: '+13175550101',
    speakTo: 'DESTINATION',
  });
  expect(
    await rejection(conversations.postConversationParticipantTransfer(FIXTURE_CALL_ID, customerId, { address: '+13175550102' })),
  ).toMatchObject({
    status: 400,
    code: 'bad.request',
  });
  emulator.endCall(FIXTURE_CALL_ID);
  expect(
    await rejection(conversations.postConversationParticipantTransfer(FIXTURE_CALL_ID, customerId, { address: '+13175550102' })),
  ).toMatchObject({
    status: 404,
  });
});

test('a consult transfer adds the destination, changes speakTo, and completes when the agent leaves', async () => {
  const { conversations, customerId, emulator } = await agentCall();
  const { destinationParticipantId } = await conversations.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, {
    address: '+13175550101',
    speakTo: 'DESTINATION',
  });
  expect(emulator.state.calls.get(FIXTURE_CALL_ID)?.consult).toMatchObject({ destinationParticipantId, speakTo: 'DESTINATION' });
  await conversations.patchConversationsCallParticipantConsult(FIXTURE_CALL_ID, customerId, { speakTo: 'BOTH' });
  expect(emulator.state.calls.get(FIXTURE_CALL_ID)?.consult?.speakTo).toBe('BOTH');
  const call = await conversations.getConversationsCall(FIXTURE_CALL_ID);
  const agent = call.participants?.find((participant) => participant.purpose === 'agent');
  await conversations.patchConversationsCallParticipant(FIXTURE_CALL_ID, agent?.id ?? '', { state: 'disconnected' });
  const after = emulator.state.calls.get(FIXTURE_CALL_ID);
  expect(after?.consult).toBeUndefined();
  expect(after?.participants.find((participant) => participant.id === destinationParticipantId)?.state).toBe('connected');
  expect(after?.participants.find((participant) => participant.id === agent?.id)?.state).toBe('disconnected');
});

test('a consult transfer can be cancelled', async () => {
  const { conversations, customerId, emulator } = await agentCall();
  const { destinationParticipantId } = await conversations.postConversationsCallParticipantConsult(FIXTURE_CALL_ID, customerId, {
    speakTo: 'DESTINATION',
    destination: { address: '+13175550101' },
  });
  await conversations.deleteConversationsCallParticipantConsult(FIXTURE_CALL_ID, customerId);
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
  const supervisor = await conversationsApi(apisForUser(USERS.supervisor));
  const blind = await rejection(supervisor.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, customerId, { address: '+1' }));
  expect(blind).toMatchObject({ status: 403, code: 'missing.permissions' });
  expect(blind.message).toContain('conversation:communication:blindTransfer');
  const toAddress = await rejection(
    supervisor.postConversationParticipantTransfer(FIXTURE_CALL_ID, customerId, { address: '+13175550102' }),
  );
  expect(toAddress).toMatchObject({ status: 403, code: 'missing.permissions' });
  expect(toAddress.message).toContain('conversation:communication:blindTransfer');
  expect(call?.participants.every((participant) => participant.state === 'connected')).toBe(true);
  const consult = await rejection(
    supervisor.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, { address: '+1', speakTo: 'BOTH' }),
  );
  expect(consult.message).toContain('conversation:communication:consultTransfer');
});

test('malformed transfer bodies are 400, unknown calls and participants 404', async () => {
  const { conversations, customerId } = await agentCall();
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
  const supervisor = await conversationsApi(apisFor('supervisor'));
  expect((await supervisor.getConversationsCalls()).entities).toEqual([]);
  expect(await rejection(supervisor.getConversationsCall(FIXTURE_CALL_ID))).toMatchObject({ status: 404 });
});

test('endCall: the customer hangs up, every participant is disconnected and the call is gone from the agent list', async () => {
  const { conversations, emulator } = await agentCall();
  emulator.endCall(FIXTURE_CALL_ID);
  const call = await conversations.getConversationsCall(FIXTURE_CALL_ID);
  expect(call.participants).toEqual([
    expect.objectContaining({ purpose: 'customer', state: 'disconnected', disconnectType: 'endpoint' }),
    expect.objectContaining({ purpose: 'agent', state: 'disconnected', disconnectType: 'client' }),
  ]);
  expect((await conversations.getConversationsCalls()).entities).toEqual([]);
  expect(() => {
    emulator.endCall('nope');
  }).toThrow('Unknown call nope');
});

test('a transfer on a call that has ended is a 404', async () => {
  const { conversations, customerId, emulator } = await agentCall();
  emulator.endCall(FIXTURE_CALL_ID);
  expect(
    await rejection(conversations.postConversationsCallParticipantReplace(FIXTURE_CALL_ID, customerId, { address: '+13175550101' })),
  ).toMatchObject({ status: 404, code: 'not.found' });
  expect(
    await rejection(
      conversations.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, {
        address: '+13175550101',
        speakTo: 'BOTH',
      }),
    ),
  ).toMatchObject({ status: 404 });
});

for (const consultEnd of VARIANT_CHOICES.consultEnd) {
  test(`variant consultEnd "${consultEnd}": the agent's leg of a completed consult ends with that disconnectType on the wire`, async () => {
    const { conversations, customerId, emulator } = await agentCall({ consultEnd });
    expect(emulator.variants.consultEnd).toBe(consultEnd);
    await conversations.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, {
      address: '+13175550101',
      speakTo: 'BOTH',
    });
    const agent = (await conversations.getConversationsCall(FIXTURE_CALL_ID)).participants?.find(
      (participant) => participant.purpose === 'agent',
    );
    await conversations.patchConversationsCallParticipant(FIXTURE_CALL_ID, agent?.id ?? '', { state: 'disconnected' });
    const after = await conversations.getConversationsCall(FIXTURE_CALL_ID);
    expect(after.participants?.find((participant) => participant.id === agent?.id)).toMatchObject({
      state: 'disconnected',
      disconnectType: consultEnd,
    });
  });
}

test('consultEnd can change while the emulator runs; a blind transfer and a hang-up without consult keep their own types', async () => {
  const { conversations, customerId, emulator, stop } = await agentCall();
  emulator.setVariants({ consultEnd: 'transfer.consult' });
  await conversations.postConversationsCallParticipantVoiceConsult(FIXTURE_CALL_ID, customerId, {
    address: '+13175550101',
    speakTo: 'DESTINATION',
  });
  const agent = emulator.state.calls.get(FIXTURE_CALL_ID)?.participants.find((participant) => participant.userId === USERS.agent);
  await conversations.patchConversationsCallParticipant(FIXTURE_CALL_ID, agent?.id ?? '', { state: 'disconnected' });
  expect(agent).toMatchObject({ state: 'disconnected', disconnectType: 'transfer.consult' });
  stop();

  // One MSW server at a time: a fresh emulator for the blind transfer.
  const second = await agentCall({ consultEnd: 'transfer.consult' });
  await second.conversations.postConversationParticipantTransfer(FIXTURE_CALL_ID, second.customerId, { address: '+13175550102' });
  expect(
    second.emulator.state.calls.get(FIXTURE_CALL_ID)?.participants.find((participant) => participant.userId === USERS.agent),
  ).toMatchObject({
    disconnectType: 'transfer',
  });
});
