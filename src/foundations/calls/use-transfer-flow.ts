// One transfer from start to outcome, as every view that transfers runs it: the warning before an
// unlikely answer, blind or consult, who the agent speaks to, and the toast when the call has left.
// The flow's state is one reducer, so its steps read in one place.
import { useQueryClient } from '@tanstack/react-query';
import { useReducer } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import type { PresenceKey } from '@/foundations/presence/presence-model';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import type { TransferCall } from '@/foundations/calls/call-model';
import { knownPresenceOf, needsWarning, type TransferKind } from '@/foundations/calls/confirm-transfer';
import { useTransferActions, type SpeakTo, type TransferAction, type TransferActions } from '@/foundations/calls/transfer-actions';

export interface PendingConfirmation {
  user: DirectoryUser;
  kind: TransferKind;
  presence: PresenceKey;
}

export interface FlowState {
  /** Whom a consult was started with (named in the consult panel and the outcome). */
  consultTarget?: DirectoryUser;
  speakTo: SpeakTo;
  /** Whom a blind transfer went to. */
  transferredTo?: string;
  /** The warning on screen, if any. */
  confirm?: PendingConfirmation;
}

export type FlowEvent =
  | { type: 'blind-started'; user: DirectoryUser }
  | { type: 'consult-started'; user: DirectoryUser }
  | { type: 'speak-to-changed'; speakTo: SpeakTo }
  | { type: 'warning-shown'; confirmation: PendingConfirmation }
  | { type: 'warning-closed' };

export const INITIAL_FLOW: FlowState = { speakTo: 'DESTINATION' };

export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'blind-started':
      return { ...state, transferredTo: event.user.name, confirm: undefined };
    case 'consult-started':
      // A new consult starts by speaking to the person consulted.
      return { ...state, consultTarget: event.user, speakTo: 'DESTINATION', confirm: undefined };
    case 'speak-to-changed':
      return { ...state, speakTo: event.speakTo };
    case 'warning-shown':
      return { ...state, confirm: event.confirmation };
    case 'warning-closed':
      return { ...state, confirm: undefined };
  }
}

export interface TransferFlowOptions {
  /** Presence may be read (and so warned about). */
  withPresence: boolean;
  /** Whether a person can take a transfer at all (a number that can be dialled, active…). */
  canTake: (user: DirectoryUser) => boolean;
  /** Hears of each action Genesys Cloud accepted, with whom a completed consult went to. */
  onDone?: (action: TransferAction, consultTarget: DirectoryUser | undefined) => void;
  /** Called just before each action is sent (not when only the warning opens). */
  beforeSend?: () => void;
}

export interface TransferFlow extends FlowState {
  actions: TransferActions;
  /** The consulted person's name as the panel and the outcome say it. */
  consultName: string;
  /** Whom the call went to, once this agent handed it over. */
  handedOverTo: string | undefined;
  /** Transfers to `user`, after the warning when they are Offline, Busy or Away. */
  request: (user: DirectoryUser, kind: TransferKind) => void;
  /** Transfers at once, without the warning (the warning's "Transfer anyway", "Transfer now"). */
  transfer: (user: DirectoryUser, kind: TransferKind) => void;
  closeWarning: () => void;
  changeSpeakTo: (speakTo: SpeakTo) => void;
  completeConsult: () => void;
  cancelConsult: () => void;
}

export function useTransferFlow(
  call: TransferCall | undefined,
  { withPresence, canTake, onDone, beforeSend }: TransferFlowOptions,
): TransferFlow {
  const { clientApp } = useSession();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(flowReducer, INITIAL_FLOW);
  const consultName = state.consultTarget?.name ?? call?.consult?.destinationLabel ?? t('calls.call.consultedPerson');

  const actions = useTransferActions(call, (action) => {
    onDone?.(action, state.consultTarget);
    // Embedded, Genesys Cloud shows the outcome even if the app is out of view.
    const nowWith = action.kind === 'blind' ? action.target.name : action.kind === 'complete' ? consultName : undefined;
    if (nowWith !== undefined) {
      clientApp.toast('success', t('calls.toast.transferredTitle'), t('calls.toast.transferredMessage', { name: nowWith }));
    }
  });
  const run = (action: TransferAction) => {
    beforeSend?.();
    actions.run(action);
  };

  const transfer = (user: DirectoryUser, kind: TransferKind) => {
    if (kind === 'blind') {
      dispatch({ type: 'blind-started', user });
      run({ kind: 'blind', target: user });
      return;
    }
    dispatch({ type: 'consult-started', user });
    run({ kind: 'consult', target: user, speakTo: 'DESTINATION' });
  };
  const done = actions.done?.kind;
  const handedOver = call?.status === 'transferred' && (done === 'blind' || done === 'complete');

  return {
    ...state,
    actions,
    consultName,
    handedOverTo: handedOver ? (done === 'complete' ? consultName : state.transferredTo) : undefined,
    request: (user, kind) => {
      if (!canTake(user)) return;
      const presence = withPresence ? knownPresenceOf(queryClient, user) : undefined;
      if (needsWarning(presence)) dispatch({ type: 'warning-shown', confirmation: { user, kind, presence } });
      else transfer(user, kind);
    },
    transfer,
    closeWarning: () => {
      dispatch({ type: 'warning-closed' });
    },
    changeSpeakTo: (speakTo) => {
      dispatch({ type: 'speak-to-changed', speakTo });
      run({ kind: 'speak-to', speakTo });
    },
    completeConsult: () => {
      run({ kind: 'complete' });
    },
    cancelConsult: () => {
      run({ kind: 'cancel' });
    },
  };
}
