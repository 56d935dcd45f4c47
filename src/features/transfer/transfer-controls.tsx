// The transfer view's actions: the chosen person's panel with Transfer and Consult, the consult in progress, the
// warning before a transfer to someone unlikely to answer, the notices of a failed action and of someone watched
// now available, and the flow behind them (useTransferFlow). transfer-page.tsx draws the call and the list first;
// this module and the calls area's messages load after the first badges, or as soon as the agent picks someone
// or a consult is under way, whichever is first. Until they are here nothing can be transferred: Ctrl+Enter in
// the list only picks the person. "Notify me when available" (presence-watch.tsx) is one of the actions too.
import { useEffect, useImperativeHandle, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { customerLabelOf, type TransferCall } from '@/foundations/calls/call-model';
import { ConfirmTransferDialog } from '@/foundations/calls/confirm-transfer';
import { ConsultPanel } from '@/foundations/calls/consult-panel';
import { ineligibilitySentence } from '@/foundations/calls/ineligibility-sentence';
import { TransferFailureNotice } from '@/foundations/calls/transfer-failure';
import { useConsultFocus } from '@/foundations/calls/use-consult-focus';
import { useTransferFlow, type TransferFlow } from '@/foundations/calls/use-transfer-flow';
import { AvailableNotices } from '@/features/transfer/available-notices';
import { usePresenceWatch, type PresenceWatch } from '@/features/transfer/presence-watch';
import { TargetPanel } from '@/features/transfer/target-panel';
import type { TransferTargets } from '@/features/transfer/use-transfer-targets';

/** What the list (in transfer-page.tsx) asks of the actions once they are here. */
export interface TransferControlsHandle {
  /** Enter picked a person: focus goes to their panel's first action, so that the next Enter transfers. */
  focusPrimary: () => void;
  /** Ctrl+Enter: a blind transfer to `user` when one may start now (after the warning if needed), else as Enter. */
  quickTransfer: (user: DirectoryUser) => void;
}

export interface TransferControlsProps {
  handle: RefObject<TransferControlsHandle | null>;
  call: TransferCall | undefined;
  /** How many calls the agent has (to say why there is nothing to transfer). */
  callCount: number | undefined;
  capabilities: Capabilities;
  /** The UC presence source, when presence on transfer is permitted. */
  sourceId: string | undefined;
  target: DirectoryUser | undefined;
  onTarget: (user: DirectoryUser) => void;
  targets: TransferTargets;
  /** Hears whom the agent asked to be told about when they are available (the list keeps them live). */
  onWatched: (userIds: readonly string[]) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  callCardRef: RefObject<HTMLElement | null>;
  /** Where the notices go: above the list, under the call. */
  noticesSlot: HTMLElement | null;
  /** Hears whom the call went to once this agent handed it over (the call card says it). */
  onHandedOver: (name: string | undefined) => void;
}

function blockedReasonOf(call: TransferCall | undefined, callCount: number | undefined): MessageKey | undefined {
  if (!call) return callCount !== undefined && callCount > 1 ? 'calls.target.blocked.chooseCall' : 'calls.target.blocked.noCall';
  if (call.status === 'ended') return 'calls.target.blocked.ended';
  if (call.status === 'transferred') return 'calls.target.blocked.transferred';
  if (call.consult) return 'calls.target.blocked.consulting';
  return undefined;
}

/** Focus follows the agent: to the chosen person's first action, into a consult and out, to the outcome. */
function useTransferFocus(flow: TransferFlow, consultActive: boolean, props: TransferControlsProps) {
  const { searchRef, callCardRef, onHandedOver } = props;
  const primaryRef = useRef<HTMLButtonElement>(null);
  const completeRef = useRef<HTMLButtonElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) primaryRef.current?.focus();
  }, [focusRequest]);
  // Into the consult's "Complete" once it can be pressed, back to the search when it is over.
  useConsultFocus(consultActive, flow.actions.pending === undefined, completeRef, searchRef);
  // Once this agent has handed the call over, the transfer buttons are disabled: focus goes to the outcome, not to the page.
  const handedOverTo = flow.handedOverTo;
  useEffect(() => {
    onHandedOver(handedOverTo);
    if (handedOverTo !== undefined) callCardRef.current?.focus();
  }, [handedOverTo, onHandedOver, callCardRef]);
  const focusPrimary = () => {
    setFocusRequest((current) => current + 1);
  };
  return { primaryRef, completeRef, focusPrimary };
}

export function TransferControls(props: TransferControlsProps) {
  const { t } = useI18n();
  const { handle, call, capabilities, target, targets, noticesSlot, onWatched } = props;
  const watch = usePresenceWatch(props.sourceId);
  const { watched } = watch;
  useEffect(() => {
    onWatched(watched.map((user) => user.id));
  }, [watched, onWatched]);
  const canTake = (user: DirectoryUser): boolean => !targets.cannotTake(user);
  const flow = useTransferFlow(call, {
    withPresence: props.sourceId !== undefined,
    canTake,
    // Recent means the call went to them: a blind transfer, or a consult completed (not one cancelled).
    onDone: (action, consultTarget) => {
      if (action.kind === 'blind') targets.addRecent(action.target.id);
      if (action.kind === 'complete' && consultTarget) targets.addRecent(consultTarget.id);
    },
  });
  const { actions, confirm } = flow;
  const focus = useTransferFocus(flow, call?.consult !== undefined, props);
  const canBlind = capabilities.blindTransfer.allowed;
  const busy = actions.pending !== undefined;
  const blockedKey = blockedReasonOf(call, props.callCount);
  const blockedReason = blockedKey === undefined ? undefined : t(blockedKey);
  const mayTransferNow = (user: DirectoryUser) => canBlind && blockedReason === undefined && canTake(user);
  const ineligibleReasonOf = (user: DirectoryUser | undefined): string | undefined => {
    const ineligibility = user && targets.ineligibilityFor(user);
    return user && ineligibility ? ineligibilitySentence(t, user.name, ineligibility) : undefined;
  };

  useImperativeHandle(handle, () => ({
    focusPrimary: focus.focusPrimary,
    quickTransfer: (user) => {
      // Focus stays in the search box (or moves into the warning) rather than on the panel.
      if (mayTransferNow(user) && !busy) flow.request(user, 'blind');
      else focus.focusPrimary();
    },
  }));

  const notices = (
    <>
      {actions.failure ? <TransferFailureNotice failure={actions.failure} call={call} onDismiss={actions.dismissFailure} /> : null}
      <AvailableNotices
        people={watch.available}
        canTransferTo={mayTransferNow}
        busy={busy}
        onTransferNow={(user) => {
          watch.dismiss(user.id);
          props.onTarget(user);
          flow.transfer(user, 'blind');
        }}
        onDismiss={(user) => {
          watch.dismiss(user.id);
        }}
      />
    </>
  );
  return (
    <>
      {noticesSlot ? createPortal(notices, noticesSlot) : null}
      <TransferSide
        {...props}
        watch={watch}
        flow={flow}
        blockedReason={blockedReason}
        ineligibleReason={ineligibleReasonOf(target)}
        primaryRef={focus.primaryRef}
        completeRef={focus.completeRef}
      />
      {confirm ? <TransferWarning confirm={confirm} flow={flow} watch={watch} /> : null}
      {watch.watchers}
    </>
  );
}

/** The warning before a transfer to someone Offline, Busy or Away, with "notify me when available". */
function TransferWarning({
  confirm,
  flow,
  watch,
}: {
  confirm: NonNullable<TransferFlow['confirm']>;
  flow: TransferFlow;
  watch: PresenceWatch;
}) {
  return (
    <ConfirmTransferDialog
      target={confirm.user}
      kind={confirm.kind}
      presence={confirm.presence}
      watching={watch.isWatching(confirm.user.id)}
      onConfirm={() => {
        flow.transfer(confirm.user, confirm.kind);
      }}
      onWatch={() => {
        flow.closeWarning();
        watch.toggle(confirm.user);
      }}
      onCancel={flow.closeWarning}
    />
  );
}

interface TransferSideProps extends TransferControlsProps {
  watch: PresenceWatch;
  flow: TransferFlow;
  blockedReason: string | undefined;
  ineligibleReason: string | undefined;
  primaryRef: RefObject<HTMLButtonElement | null>;
  completeRef: RefObject<HTMLButtonElement | null>;
}

/** Beside the list (under it in the widget): the consult in progress, and the chosen person with their actions. */
function TransferSide({ call, flow, target, sourceId, capabilities, targets, watch, ...side }: TransferSideProps) {
  const { t } = useI18n();
  const busy = flow.actions.pending !== undefined;
  return (
    <div className="transfer__side">
      {call?.consult ? (
        <ConsultPanel
          destination={flow.consultName}
          customer={customerLabelOf(call, t)}
          speakTo={flow.speakTo}
          busy={busy}
          completeRef={side.completeRef}
          onSpeakTo={flow.changeSpeakTo}
          onComplete={flow.completeConsult}
          onCancel={flow.cancelConsult}
        />
      ) : null}
      {target ? (
        <TargetPanel
          target={target}
          sourceId={sourceId}
          canBlind={capabilities.blindTransfer.allowed}
          canConsult={capabilities.consultTransfer.allowed}
          blockedReason={side.blockedReason}
          ineligibleReason={side.ineligibleReason}
          busy={busy}
          favorite={targets.favorites.includes(target.id)}
          watching={watch.isWatching(target.id)}
          primaryRef={side.primaryRef}
          onStart={(kind) => {
            flow.request(target, kind);
          }}
          onToggleFavorite={() => {
            targets.toggleFavorite(target.id);
          }}
          onToggleWatch={() => {
            watch.toggle(target);
          }}
        />
      ) : null}
    </div>
  );
}
