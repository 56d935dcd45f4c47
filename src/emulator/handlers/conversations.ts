// Calls of the signed-in user and their blind / consult transfers.
// `participantId` in the transfer paths is the participant being transferred
// (the customer), as the facts file says; the caller's own agent participant is
// accepted too for a blind transfer (unverified which one the platform expects).
// Blind: the address-based /transfer the app uses, and the deprecated /replace (still
// served: Genesys still answers it until its removal, and the contract tests pin it).
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { CallParticipantRecord, CallRecord, EmulatorCore } from '@/emulator/emulator-core';
import { badRequest, notFound } from '@/emulator/errors';
import { noContent, Reply, type RequestContext, type Router } from '@/emulator/guard';

export const BLIND_TRANSFER_PERMISSION = 'conversation:communication:blindTransfer';
export const CONSULT_TRANSFER_PERMISSION = 'conversation:communication:consultTransfer';

const speakTo = z.enum(['DESTINATION', 'OBJECT', 'BOTH', 'CONFERENCE']);
const filled = () => z.string().check(z.minLength(1));
const transferType = z.enum(['Attended', 'Unattended']);
const transferRequest = z
  .object({
    userId: z.optional(filled()),
    address: z.optional(filled()),
    queueId: z.optional(filled()),
    userName: z.optional(z.string()),
    transferType: z.optional(transferType),
    keepInternalMessageAlive: z.optional(z.boolean()),
    voicemail: z.optional(z.boolean()),
  })
  .check(
    z.refine((body) => [body.userId, body.address, body.queueId].filter(Boolean).length === 1, {
      error: 'exactly one of userId, address or queueId is required',
    }),
  );
const transferToAddress = z.object({
  // Whitespace is no address to dial.
  address: z.string().check(z.trim(), z.minLength(1)),
  transferType: z.optional(transferType),
  keepInternalMessageAlive: z.optional(z.boolean()),
});
const consultToAddress = z.object({ speakTo, address: filled(), consultingUserId: z.optional(z.string()) });
const consultTransfer = z.object({
  speakTo,
  consultingUserId: z.optional(z.string()),
  destination: z
    .object({
      address: z.optional(z.string()),
      userId: z.optional(z.string()),
      queueId: z.optional(z.string()),
      name: z.optional(z.string()),
    })
    .check(
      z.refine((destination) => Boolean(destination.address ?? destination.userId ?? destination.queueId), {
        error: 'destination needs an address, userId or queueId',
      }),
    ),
});
const consultUpdate = z.object({ speakTo, consultingUserId: z.optional(z.string()) });

interface Target {
  userId?: string | undefined;
  address?: string | undefined;
  queueId?: string | undefined;
}

type WireParticipant = Models.CallMediaParticipant & { userId?: string };

const accepted = (): Reply => new Reply(202);

const active = (participant: CallParticipantRecord): boolean => participant.state !== 'disconnected';

export interface ConversationsArea {
  handlers: HttpHandler[];
  /** The customer hangs up (test and demo control). */
  endCall: (callId: string) => void;
}

const isoNow = (core: EmulatorCore): string => new Date(core.now()).toISOString();

/** CallMediaParticipant has `user.id`; Genesys' participants also carry `userId` (facts file), so both are sent. */
function toCall(call: CallRecord): Models.CallConversation & { participants: WireParticipant[] } {
  return {
    id: call.id,
    participants: call.participants.map((participant) => ({
      id: participant.id,
      name: participant.name,
      address: participant.address,
      purpose: participant.purpose,
      state: participant.state,
      direction: participant.purpose === 'customer' ? 'inbound' : 'outbound',
      startTime: participant.startTime,
      held: false,
      confined: false,
      muted: false,
      recording: false,
      ...(participant.userId === undefined
        ? {}
        : { userId: participant.userId, user: { id: participant.userId, selfUri: `/api/v2/users/${participant.userId}` } }),
      ...(participant.connectedTime === undefined ? {} : { connectedTime: participant.connectedTime }),
      ...(participant.endTime === undefined ? {} : { endTime: participant.endTime }),
      ...(participant.disconnectType === undefined ? {} : { disconnectType: participant.disconnectType }),
      ...(participant.consultParticipantId === undefined ? {} : { consultParticipantId: participant.consultParticipantId }),
    })),
    recordingState: 'none',
    otherMediaUris: [],
    selfUri: `/api/v2/conversations/calls/${call.id}`,
  };
}

function publishCall(core: EmulatorCore, call: CallRecord): void {
  for (const userId of new Set(call.participants.flatMap((participant) => (participant.userId ? [participant.userId] : [])))) {
    core.publish(`v2.users.${userId}.conversations.calls`, toCall(call));
  }
}

/** The caller's call (404 when unknown or not theirs) and its caller participant. */
function myCall(core: EmulatorCore, context: RequestContext): { call: CallRecord; me: CallParticipantRecord } {
  const call = core.state.calls.get(context.params.conversationId ?? '');
  const me = call?.participants.find((participant) => participant.userId === context.caller.user.id && active(participant));
  if (!call || !me) throw notFound(`Conversation not found: ${context.params.conversationId ?? ''}`);
  return { call, me };
}

function participantOf(call: CallRecord, participantId: string | undefined): CallParticipantRecord {
  const participant = call.participants.find((candidate) => candidate.id === participantId);
  if (!participant || !active(participant)) throw notFound(`Participant not found: ${participantId ?? ''}`);
  return participant;
}

function newParticipant(core: EmulatorCore, target: Target): CallParticipantRecord {
  const base = { id: core.random.ids.uuid(), state: 'alerting' as const, startTime: isoNow(core) };
  if (target.userId !== undefined) {
    const user = core.state.users.get(target.userId);
    if (!user || user.state !== 'active') throw notFound(`User not found: ${target.userId}`);
    const phone = user.phones.find((candidate) => candidate.primary);
    return { ...base, purpose: 'user', userId: user.id, name: user.name, address: phone ? `tel:${phone.number}` : user.email };
  }
  if (target.queueId !== undefined) throw notFound(`Queue not found: ${target.queueId}`);
  const address = target.address ?? '';
  return {
    ...base,
    purpose: 'external',
    name: address,
    address: address.startsWith('tel:') || address.startsWith('sip:') ? address : `tel:${address}`,
  };
}

function disconnect(
  core: EmulatorCore,
  participant: CallParticipantRecord,
  type: NonNullable<CallParticipantRecord['disconnectType']>,
): void {
  participant.state = 'disconnected';
  participant.endTime = isoNow(core);
  participant.disconnectType = type;
}

/** The caller leaves the call and the target joins it (whichever of customer or agent `participantId` names). */
function blindTransfer(core: EmulatorCore, context: RequestContext, target: Target): Reply {
  const { call, me } = myCall(core, context);
  participantOf(call, context.params.participantId);
  if (call.consult) throw badRequest('A consult transfer is in progress on this conversation.');
  call.participants.push(newParticipant(core, target));
  disconnect(core, me, 'transfer');
  publishCall(core, call);
  return accepted();
}

function endCall(core: EmulatorCore, callId: string): void {
  const call = core.state.calls.get(callId);
  if (!call) throw new Error(`Unknown call ${callId}`);
  // A consult in progress ends with the call.
  delete call.consult;
  for (const participant of call.participants.filter(active)) {
    disconnect(core, participant, participant.purpose === 'customer' ? 'endpoint' : 'client');
  }
  publishCall(core, call);
}

/** The caller's calls in progress, and one call by id. */
function callReadHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state } = core;
  return [
    router.get('/api/v2/conversations/calls', (context) => {
      const mine = [...state.calls.values()].filter((call) =>
        call.participants.some((participant) => participant.userId === context.caller.user.id && active(participant)),
      );
      const listing: Models.CallConversationEntityListing = {
        entities: mine.map(toCall),
        pageSize: mine.length,
        pageNumber: 1,
        total: mine.length,
        pageCount: 1,
      };
      return listing;
    }),

    router.get('/api/v2/conversations/calls/:conversationId', (context) => {
      const call = state.calls.get(context.params.conversationId ?? '');
      if (!call || !call.participants.some((participant) => participant.userId === context.caller.user.id)) {
        throw notFound(`Conversation not found: ${context.params.conversationId ?? ''}`);
      }
      return toCall(call);
    }),
  ];
}

/** The deprecated /replace and the address-based /transfer. */
function blindTransferHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  return [
    router.post(
      '/api/v2/conversations/calls/:conversationId/participants/:participantId/replace',
      async (context) => blindTransfer(core, context, await context.body(transferRequest)),
      { permissions: [BLIND_TRANSFER_PERMISSION] },
    ),

    // TransferToAddressRequest: any address Genesys can dial (a phone number here); same effect as /replace.
    router.post(
      '/api/v2/conversations/:conversationId/participants/:participantId/transfer',
      async (context) => blindTransfer(core, context, await context.body(transferToAddress)),
      { permissions: [BLIND_TRANSFER_PERMISSION] },
    ),
  ];
}

/** Starting a consult transfer, by destination (/consult) or by address (/voice/consult). */
function consultStartHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  return (['/consult', '/voice/consult'] as const).map((suffix) =>
    router.post(
      `/api/v2/conversations/calls/:conversationId/participants/:participantId${suffix}`,
      async (context) => {
        const body =
          suffix === '/consult'
            ? await context.body(consultTransfer).then((parsed) => ({ speakTo: parsed.speakTo, target: parsed.destination }))
            : await context.body(consultToAddress).then((parsed) => ({ speakTo: parsed.speakTo, target: { address: parsed.address } }));
        const { call, me } = myCall(core, context);
        const object = participantOf(call, context.params.participantId);
        if (object.id === me.id) throw badRequest('The participant to transfer must not be the consulting agent.');
        if (call.consult) throw badRequest('A consult transfer is already in progress on this conversation.');
        const destination = newParticipant(core, body.target);
        call.participants.push(destination);
        object.consultParticipantId = destination.id;
        call.consult = {
          objectParticipantId: object.id,
          destinationParticipantId: destination.id,
          consultingParticipantId: me.id,
          speakTo: body.speakTo,
        };
        publishCall(core, call);
        const response: Models.ConsultTransferResponse = { destinationParticipantId: destination.id };
        return response;
      },
      { permissions: [CONSULT_TRANSFER_PERMISSION] },
    ),
  );
}

/** Changing who speaks to whom in a consult, and cancelling it. */
function consultChangeHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  return [
    router.patch(
      '/api/v2/conversations/calls/:conversationId/participants/:participantId/consult',
      async (context) => {
        const body = await context.body(consultUpdate);
        const { call } = myCall(core, context);
        if (!call.consult || call.consult.objectParticipantId !== context.params.participantId) {
          throw notFound('No consult transfer in progress for this participant.');
        }
        call.consult.speakTo = body.speakTo;
        publishCall(core, call);
        const response: Models.ConsultTransferResponse = { destinationParticipantId: call.consult.destinationParticipantId };
        return response;
      },
      { permissions: [CONSULT_TRANSFER_PERMISSION] },
    ),

    router.delete(
      '/api/v2/conversations/calls/:conversationId/participants/:participantId/consult',
      (context) => {
        const { call } = myCall(core, context);
        const consult = call.consult;
        if (!consult || consult.objectParticipantId !== context.params.participantId) {
          throw notFound('No consult transfer in progress for this participant.');
        }
        const destination = participantOf(call, consult.destinationParticipantId);
        disconnect(core, destination, 'client');
        const object = call.participants.find((participant) => participant.id === consult.objectParticipantId);
        if (object) delete object.consultParticipantId;
        delete call.consult;
        publishCall(core, call);
        return noContent();
      },
      { permissions: [CONSULT_TRANSFER_PERMISSION] },
    ),
  ];
}

// The agent hanging up: completes a consult transfer in progress, otherwise ends the call.
function hangUpHandler(core: EmulatorCore, router: Router): HttpHandler {
  return router.patch('/api/v2/conversations/calls/:conversationId/participants/:participantId', async (context) => {
    await context.body(z.looseObject({ state: z.literal('disconnected') }));
    const { call, me } = myCall(core, context);
    const participant = participantOf(call, context.params.participantId);
    if (participant.id !== me.id) throw badRequest('Only your own participant can be disconnected here.');
    if (call.consult) {
      const destination = participantOf(call, call.consult.destinationParticipantId);
      destination.state = 'connected';
      destination.connectedTime = isoNow(core);
      // Genesys may mark the consulting agent's leg either way (variants.ts, consultEnd).
      disconnect(core, me, core.variants.consultEnd);
      delete call.consult;
    } else {
      for (const other of call.participants.filter(active)) disconnect(core, other, 'client');
    }
    publishCall(core, call);
    return accepted();
  });
}

export function conversationsHandlers(core: EmulatorCore, router: Router): ConversationsArea {
  const handlers = [
    ...callReadHandlers(core, router),
    ...blindTransferHandlers(core, router),
    ...consultStartHandlers(core, router),
    ...consultChangeHandlers(core, router),
    hangUpHandler(core, router),
  ];
  return {
    handlers,
    endCall: (callId) => {
      endCall(core, callId);
    },
  };
}
