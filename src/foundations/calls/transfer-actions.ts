// The transfer operations on the agent's call, as TanStack Query mutations behind
// one in-flight guard: a double click, a second Enter or a "Transfer now" while
// another action runs sends nothing. Every failure is kept with what was tried,
// and the call is read again so the view shows how Genesys Cloud left it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { genesysErrorInfo, type GenesysErrorInfo } from '@/genesys/api-answer';
import { conversationsApi, type ConversationsApi, type Models } from '@/genesys/sdk';
import { useSession } from '@/genesys/session';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import type { TransferCall } from '@/foundations/calls/call-model';
import { callKeys } from '@/foundations/calls/call-keys';
import { dialableNumber } from '@/foundations/calls/phone-number';

export const SPEAK_TO = ['DESTINATION', 'OBJECT', 'BOTH', 'CONFERENCE'] as const;
export type SpeakTo = (typeof SPEAK_TO)[number];

export type TransferAction =
  | { kind: 'blind'; target: DirectoryUser }
  | { kind: 'consult'; target: DirectoryUser; speakTo: SpeakTo }
  | { kind: 'speak-to'; speakTo: SpeakTo }
  | { kind: 'complete' }
  | { kind: 'cancel' };

export type TransferFailure =
  /** Stopped before anything was sent. */
  | { kind: 'call-not-connected'; action: TransferAction }
  | { kind: 'no-number'; action: TransferAction; name: string }
  | { kind: 'malformed-number'; action: TransferAction; name: string; shown: string }
  /** Genesys Cloud answered with an error, or did not answer. */
  | { kind: 'request'; action: TransferAction; info: GenesysErrorInfo };

/** `send` gets the conversations API (loaded on first use). */
type Send = (conversations: ConversationsApi) => Promise<unknown>;
type Prepared = { ok: true; send: Send } | { ok: false; failure: TransferFailure };

/** Checks an action against the call and the target before anything is sent: the request, or why not. */
function prepare(call: TransferCall | undefined, action: TransferAction): Prepared {
  const customer = call?.customerParticipantId;
  if (!call || call.status !== 'connected' || customer === undefined) {
    return { ok: false, failure: { kind: 'call-not-connected', action } };
  }
  if (action.kind === 'blind' || action.kind === 'consult') {
    // The address, not the number shown: Genesys formats `display` for people, not for dialling.
    const number = dialableNumber(action.target.ucAddress);
    const { name } = action.target;
    if (!number.ok) {
      return {
        ok: false,
        failure:
          number.reason === 'missing'
            ? { kind: 'no-number', action, name }
            : { kind: 'malformed-number', action, name, shown: number.shown },
      };
    }
    if (action.kind === 'blind') {
      // The address-based /transfer (permission blindTransfer): Genesys deprecated /replace in March 2026.
      const body: Models.TransferToAddressRequest = { address: number.e164 };
      return { ok: true, send: (conversations) => conversations.postConversationParticipantTransfer(call.id, customer, body) };
    }
    const body: Models.ConsultTransferToAddress = { address: number.e164, speakTo: action.speakTo };
    return { ok: true, send: (conversations) => conversations.postConversationsCallParticipantVoiceConsult(call.id, customer, body) };
  }
  switch (action.kind) {
    case 'speak-to':
      return {
        ok: true,
        send: (conversations) => conversations.patchConversationsCallParticipantConsult(call.id, customer, { speakTo: action.speakTo }),
      };
    case 'cancel':
      return { ok: true, send: (conversations) => conversations.deleteConversationsCallParticipantConsult(call.id, customer) };
    case 'complete': {
      const me = call.myParticipantId;
      if (me === undefined) return { ok: false, failure: { kind: 'call-not-connected', action } };
      // The consulting agent leaving is what completes a consult transfer.
      return { ok: true, send: (conversations) => conversations.patchConversationsCallParticipant(call.id, me, { state: 'disconnected' }) };
    }
  }
}

export interface TransferActions {
  run: (action: TransferAction) => void;
  /** The action on its way, if any: every action button is disabled meanwhile. */
  pending: TransferAction | undefined;
  failure: TransferFailure | undefined;
  dismissFailure: () => void;
  /** The last action that went through (for the confirmation line). */
  done: TransferAction | undefined;
}

/** Transfers on `call`; `onDone` hears of each action Genesys Cloud accepted. */
export function useTransferActions(call: TransferCall | undefined, onDone: (action: TransferAction) => void): TransferActions {
  const { apis } = useSession();
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<TransferFailure>();

  const mutation = useMutation({
    mutationFn: async ({ send }: { action: TransferAction; send: Send }) => send(await conversationsApi(apis)),
    onSuccess: (_data, { action }) => {
      onDone(action);
    },
    onError: (error, { action }) => {
      setFailure({ kind: 'request', action, info: genesysErrorInfo(error) });
    },
    onSettled: () => {
      // Whatever happened, show the call as Genesys Cloud has it now.
      void queryClient.invalidateQueries({ queryKey: callKeys.all });
    },
  });

  return {
    run(action) {
      if (inFlight.current) return;
      const prepared = prepare(call, action);
      if (!prepared.ok) {
        setFailure(prepared.failure);
        return;
      }
      inFlight.current = true;
      setFailure(undefined);
      mutation.mutateAsync({ action, send: prepared.send }).then(
        () => {
          inFlight.current = false;
        },
        () => {
          inFlight.current = false;
        },
      );
    },
    pending: mutation.isPending ? mutation.variables.action : undefined,
    failure,
    dismissFailure: () => {
      setFailure(undefined);
    },
    done: mutation.isSuccess ? mutation.variables.action : undefined,
  };
}
