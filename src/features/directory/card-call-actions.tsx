// Transfer and Consult on a person's card, for the agent on a call: the transfer view's rules, warnings
// and permissions, through the calls foundation, with the outcome kept inside the card.
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { customerLabelOf } from '@/foundations/calls/call-model';
import { ConfirmTransferDialog, type TransferKind } from '@/foundations/calls/confirm-transfer';
import { ConsultPanel } from '@/foundations/calls/consult-panel';
import { useTransferFlow } from '@/foundations/calls/use-transfer-flow';
import { ineligibilitySentence } from '@/foundations/calls/ineligibility-sentence';
import { useIneligibility } from '@/foundations/calls/transfer-eligibility';
import { TransferButtons, type TransferButtonsProps } from '@/foundations/calls/transfer-buttons';
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
  const { call, callCount, follow } = agentCall;
  const canBlind = capabilities.blindTransfer.allowed;
  const canConsult = capabilities.consultTransfer.allowed;

  const pinned = useMemo(() => [person], [person]);
  const ineligibility = useIneligibility(withPresence, pinned, NO_ONE_INACTIVE)(person);
  const ineligibleReason = ineligibility === undefined ? undefined : ineligibilitySentence(t, person.name, ineligibility);

  const flow = useTransferFlow(call, {
    withPresence,
    canTake: () => ineligibility === undefined,
    // The call this card acts on stays followed after it leaves the agent (to say where it went) until the card closes.
    beforeSend: () => {
      if (call) follow(call.id);
    },
  });
  const { actions, confirm, consultName } = flow;

  useEffect(
    () => () => {
      follow(undefined);
    },
    [follow],
  );
  /** Transfers, after the warning when the person is Offline, Busy or Away. */
  const start = (kind: TransferKind) => {
    flow.request(person, kind);
  };

  const primaryRef = useRef<HTMLButtonElement>(null);
  const completeRef = useRef<HTMLButtonElement>(null);
  const consultActive = call?.status === 'connected' && call.consult !== undefined;
  // Into the consult's "Complete" once it can be pressed; back to the card's Transfer when the consult is over.
  useConsultFocus(consultActive, actions.pending === undefined, completeRef, primaryRef);

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
    if (actions.done === undefined && actions.failure === undefined) return null;
    return <CardCallOutcome ended={call.status === 'ended'} handedOverTo={flow.handedOverTo} name={person.name} failure={failure} />;
  }

  const customer = customerLabelOf(call, t);
  const busy = actions.pending !== undefined;
  return (
    <section className="card-call" aria-label={t('directory.call.label')}>
      <p className="card-call__line">{t('directory.call.with', { customer })}</p>
      {failure}
      {call.consult ? (
        <ConsultPanel
          destination={consultName}
          customer={customer}
          speakTo={flow.speakTo}
          busy={busy}
          completeRef={completeRef}
          onSpeakTo={flow.changeSpeakTo}
          onComplete={flow.completeConsult}
          onCancel={flow.cancelConsult}
        />
      ) : (
        <CardTransferButtons
          name={person.name}
          canBlind={canBlind}
          canConsult={canConsult}
          busy={busy}
          ineligibleReason={ineligibleReason}
          primaryRef={primaryRef}
          onStart={start}
        />
      )}
      {confirm ? (
        <ConfirmTransferDialog
          target={person}
          kind={confirm.kind}
          presence={confirm.presence}
          // The directory keeps no "notify me when available" list (the transfer view's): no onWatch, no such button.
          watching={false}
          onConfirm={() => {
            flow.transfer(person, confirm.kind);
          }}
          onCancel={flow.closeWarning}
        />
      ) : null}
    </section>
  );
}

/** What became of the call this card acted on; focus goes there, since the card's buttons are gone. */
function CardCallOutcome({
  ended,
  handedOverTo,
  name,
  failure,
}: {
  ended: boolean;
  handedOverTo: string | undefined;
  name: string;
  failure: ReactNode;
}) {
  const { t } = useI18n();
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const handedOver = handedOverTo !== undefined;
  useEffect(() => {
    if (handedOver) outcomeRef.current?.focus();
  }, [handedOver]);
  const outcome = ended
    ? t('transfer.callCard.endedNote')
    : handedOver
      ? t('transfer.callCard.transferredTo', { name: handedOverTo || name })
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

/** Transfer and Consult, disabled with the reason when the person cannot take the call. */
function CardTransferButtons({
  ineligibleReason,
  busy,
  ...buttons
}: Omit<TransferButtonsProps, 'disabled' | 'describedBy'> & { ineligibleReason: string | undefined; busy: boolean }) {
  const reasonId = useId();
  return (
    <>
      {ineligibleReason !== undefined ? (
        <p id={reasonId} className="card-call__blocked">
          {ineligibleReason}
        </p>
      ) : null}
      <div className="card-call__actions">
        <TransferButtons
          {...buttons}
          disabled={busy || ineligibleReason !== undefined}
          describedBy={ineligibleReason === undefined ? undefined : reasonId}
        />
      </div>
    </>
  );
}
