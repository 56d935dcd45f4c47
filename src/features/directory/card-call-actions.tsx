// Transfer and Consult on a person's card, for the agent on a call: the transfer view's rules, warnings
// and permissions, through the calls foundation, with the outcome kept inside the card.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import type { PresenceKey } from '@/foundations/presence/presence-model';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { customerLabelOf } from '@/foundations/calls/call-model';
import { ConfirmTransferDialog, knownPresenceOf, needsWarning, type TransferKind } from '@/foundations/calls/confirm-transfer';
import { ConsultPanel } from '@/foundations/calls/consult-panel';
import { useTransferActions, type SpeakTo } from '@/foundations/calls/transfer-actions';
import { ineligibilitySentence, useIneligibility } from '@/foundations/calls/transfer-eligibility';
import { TransferButtons } from '@/foundations/calls/transfer-buttons';
import { TransferFailureNotice } from '@/foundations/calls/transfer-failure';
import { useConsultFocus } from '@/foundations/calls/use-consult-focus';
import type { AgentCall } from '@/features/directory/agent-call';
import '@/features/directory/card-call-actions.css';

const NO_ONE_INACTIVE: ReadonlySet<string> = new Set();

export interface CardCallActionsProps {
  person: DirectoryUser;
  agentCall: AgentCall;
  capabilities: Capabilities;
  /** As the directory lists people: presence is read (and warned about) only when it may be seen. */
  withPresence: boolean;
}

/** The agent's call and what the card can do with it for `person`; nothing when there is no call or no permission. */
export function CardCallActions({ person, agentCall, capabilities, withPresence }: CardCallActionsProps) {
  const { t } = useI18n();
  const { clientApp } = useSession();
  const queryClient = useQueryClient();
  const { call, callCount, follow } = agentCall;
  const canBlind = capabilities.blindTransfer.allowed;
  const canConsult = capabilities.consultTransfer.allowed;

  const pinned = useMemo(() => [person], [person]);
  const ineligibility = useIneligibility(withPresence, pinned, NO_ONE_INACTIVE)(person);
  const ineligibleReason = ineligibility === undefined ? undefined : ineligibilitySentence(t, person.name, ineligibility);
  const reasonId = useId();

  const [consultTarget, setConsultTarget] = useState<DirectoryUser>();
  const [speakTo, setSpeakTo] = useState<SpeakTo>('DESTINATION');
  const [transferredTo, setTransferredTo] = useState<string>();
  const [confirm, setConfirm] = useState<{ kind: TransferKind; presence: PresenceKey }>();
  const consultName = consultTarget?.name ?? call?.consult?.destinationLabel ?? t('transfer.call.consultedPerson');

  const actions = useTransferActions(call, (action) => {
    // As in the transfer view: embedded, Genesys Cloud shows the outcome even if the app is out of view.
    const nowWith = action.kind === 'blind' ? action.target.name : action.kind === 'complete' ? consultName : undefined;
    if (nowWith !== undefined) {
      clientApp.toast('success', t('transfer.toast.transferredTitle'), t('transfer.toast.transferredMessage', { name: nowWith }));
    }
  });
  const { run } = actions;

  // The call this card acts on stays followed after it leaves the agent (to say where it went) until the card closes.
  useEffect(
    () => () => {
      follow(undefined);
    },
    [follow],
  );
  const act: typeof run = (action) => {
    if (call) follow(call.id);
    run(action);
  };

  const transfer = (kind: TransferKind) => {
    if (kind === 'blind') {
      setTransferredTo(person.name);
      act({ kind: 'blind', target: person });
      return;
    }
    setConsultTarget(person);
    setSpeakTo('DESTINATION');
    act({ kind: 'consult', target: person, speakTo: 'DESTINATION' });
  };
  /** Transfers, after the warning when the person is Offline, Busy or Away. */
  const start = (kind: TransferKind) => {
    if (ineligibility !== undefined) return;
    const presence = withPresence ? knownPresenceOf(queryClient, person) : undefined;
    if (needsWarning(presence)) setConfirm({ kind, presence });
    else transfer(kind);
  };

  const primaryRef = useRef<HTMLButtonElement>(null);
  const completeRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const consultActive = call?.status === 'connected' && call.consult !== undefined;
  const settled = actions.pending === undefined;
  // Into the consult's "Complete" once it can be pressed; back to the card's Transfer when the consult is over.
  useConsultFocus(consultActive, settled, completeRef, primaryRef);

  // Handed over from this card: its buttons are gone, so focus goes to the outcome rather than to the page.
  const done = actions.done?.kind;
  const handedOver = call?.status === 'transferred' && (done === 'blind' || done === 'complete');
  useEffect(() => {
    if (handedOver) outcomeRef.current?.focus();
  }, [handedOver]);

  if (!canBlind && !canConsult) return null;
  const failure = actions.failure ? (
    <TransferFailureNotice failure={actions.failure} call={call} onDismiss={actions.dismissFailure} />
  ) : null;

  if (!call) {
    if (callCount > 1) {
      return <p className="card-call card-call__line">{t('directory.call.several', { count: callCount })}</p>;
    }
    return failure;
  }
  if (call.status !== 'connected') {
    // Only the card that acted says what became of the call; any other card has nothing to offer.
    if (done === undefined && actions.failure === undefined) return null;
    const outcome =
      call.status === 'ended'
        ? t('transfer.callCard.endedNote')
        : handedOver
          ? t('transfer.callCard.transferredTo', { name: done === 'complete' ? consultName : (transferredTo ?? person.name) })
          : t('transfer.callCard.transferredNote');
    return (
      <section className="card-call" aria-label={t('directory.call.label')}>
        <p ref={outcomeRef} className="card-call__line card-call__outcome" role="status" tabIndex={-1}>
          {outcome}
        </p>
        {failure}
      </section>
    );
  }

  const customer = customerLabelOf(call, t);
  const busy = actions.pending !== undefined;
  const disabled = busy || ineligibleReason !== undefined;
  const describedBy = ineligibleReason === undefined ? undefined : reasonId;
  return (
    <section className="card-call" aria-label={t('directory.call.label')}>
      <p className="card-call__line">{t('directory.call.with', { customer })}</p>
      {failure}
      {call.consult ? (
        <ConsultPanel
          destination={consultName}
          customer={customer}
          speakTo={speakTo}
          busy={busy}
          completeRef={completeRef}
          onSpeakTo={(next) => {
            setSpeakTo(next);
            act({ kind: 'speak-to', speakTo: next });
          }}
          onComplete={() => {
            act({ kind: 'complete' });
          }}
          onCancel={() => {
            act({ kind: 'cancel' });
          }}
        />
      ) : (
        <>
          {ineligibleReason !== undefined ? (
            <p id={reasonId} className="card-call__blocked">
              {ineligibleReason}
            </p>
          ) : null}
          <div className="card-call__actions">
            <TransferButtons
              name={person.name}
              canBlind={canBlind}
              canConsult={canConsult}
              disabled={disabled}
              describedBy={describedBy}
              primaryRef={primaryRef}
              onStart={start}
            />
          </div>
        </>
      )}
      {confirm ? (
        <ConfirmTransferDialog
          target={person}
          kind={confirm.kind}
          presence={confirm.presence}
          // The directory keeps no "notify me when available" list (that is the transfer view's): no such button here.
          watching
          onConfirm={() => {
            setConfirm(undefined);
            transfer(confirm.kind);
          }}
          onWatch={() => {
            setConfirm(undefined);
          }}
          onCancel={() => {
            setConfirm(undefined);
          }}
        />
      ) : null}
    </section>
  );
}
