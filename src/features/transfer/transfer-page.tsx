import { useEffect, useMemo, useRef, useState } from 'react';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import { Notice } from '@/ui/notice';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import { CapabilitiesGate, type ReadyCapabilities } from '@/foundations/permissions/require-capabilities';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { customerLabelOf, type TransferCall } from '@/foundations/calls/call-model';
import { ConfirmTransferDialog } from '@/foundations/calls/confirm-transfer';
import { ConsultPanel } from '@/foundations/calls/consult-panel';
import { TransferFailureNotice } from '@/foundations/calls/transfer-failure';
import { useConsultFocus } from '@/foundations/calls/use-consult-focus';
import { useTransferFlow, type TransferFlow } from '@/foundations/calls/use-transfer-flow';
import { CallArea, useCallToTransfer } from '@/features/transfer/call-area';
import { usePresenceWatch, type PresenceWatch } from '@/features/transfer/presence-watch';
import { TargetPanel } from '@/features/transfer/target-panel';
import { TargetPicker } from '@/features/transfer/target-picker';
import { TransferHelp } from '@/features/transfer/transfer-help';
import { AvailableNotices, PinnedWithoutNumberNotice } from '@/features/transfer/transfer-notices';
import { useTransferTargets } from '@/features/transfer/use-transfer-targets';
import '@/features/transfer/transfer.css';

interface TransferViewProps {
  myUserId: string;
  capabilities: Capabilities;
  /** The UC presence source, when presence on transfer is permitted (else no presence is asked for). */
  sourceId: string | undefined;
}

function blockedReasonOf(call: TransferCall | undefined, callCount: number | undefined): MessageKey | undefined {
  if (!call) return callCount !== undefined && callCount > 1 ? 'transfer.target.blocked.chooseCall' : 'transfer.target.blocked.noCall';
  if (call.status === 'ended') return 'transfer.target.blocked.ended';
  if (call.status === 'transferred') return 'transfer.target.blocked.transferred';
  if (call.consult) return 'transfer.target.blocked.consulting';
  return undefined;
}

/** Focus follows the agent: to the chosen person's first action, into a consult and out, to the outcome. */
function useTransferFocus(flow: TransferFlow, consultActive: boolean) {
  const searchRef = useRef<HTMLInputElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const completeRef = useRef<HTMLButtonElement>(null);
  const callCardRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    // Enter picked a target: the next Enter transfers.
    if (focusRequest > 0) primaryRef.current?.focus();
  }, [focusRequest]);
  // Into the consult's "Complete" once it can be pressed, back to the search when it is over.
  useConsultFocus(consultActive, flow.actions.pending === undefined, completeRef, searchRef);
  // Once this agent has handed the call over, the transfer buttons are disabled: focus goes to the outcome, not to the page.
  const handedOver = flow.handedOverTo !== undefined;
  useEffect(() => {
    if (handedOver) callCardRef.current?.focus();
  }, [handedOver]);
  const focusPrimary = () => {
    setFocusRequest((current) => current + 1);
  };
  return { searchRef, primaryRef, completeRef, callCardRef, focusPrimary };
}

function TransferView({ myUserId, capabilities, sourceId }: TransferViewProps) {
  const { t } = useI18n();
  const source = useCallToTransfer(myUserId);
  const call = source.call.data;
  const withPresence = sourceId !== undefined;
  const targets = useTransferTargets(myUserId, withPresence);
  const { favorites, toggleFavorite, addRecent, cannotTake } = targets;
  const canTake = (user: DirectoryUser): boolean => !cannotTake(user);
  const flow = useTransferFlow(call, {
    withPresence,
    canTake,
    // Recent means the call went to them: a blind transfer, or a consult completed (not one cancelled).
    onDone: (action, consultTarget) => {
      if (action.kind === 'blind') addRecent(action.target.id);
      if (action.kind === 'complete' && consultTarget) addRecent(consultTarget.id);
    },
  });
  const { actions, confirm } = flow;
  const [target, setTarget] = useState<DirectoryUser>();
  const watch = usePresenceWatch(sourceId);
  const focus = useTransferFocus(flow, call?.consult !== undefined);

  const canBlind = capabilities.blindTransfer.allowed;
  const busy = actions.pending !== undefined;
  const blockedKey = blockedReasonOf(call, source.calls.data?.length);
  const blockedReason = blockedKey === undefined ? undefined : t(blockedKey);
  const liveUserIds = useMemo(
    () => [...new Set([...(target ? [target.id] : []), ...watch.watched.map((user) => user.id)])],
    [target, watch.watched],
  );

  return (
    <>
      <CallArea source={source} cardRef={focus.callCardRef} handedOverTo={flow.handedOverTo} />
      {actions.failure ? <TransferFailureNotice failure={actions.failure} call={call} onDismiss={actions.dismissFailure} /> : null}
      <AvailableNotices
        people={watch.available}
        canTransferTo={(user) => canBlind && blockedReason === undefined && canTake(user)}
        busy={busy}
        onTransferNow={(user) => {
          watch.dismiss(user.id);
          setTarget(user);
          flow.transfer(user, 'blind');
        }}
        onDismiss={(user) => {
          watch.dismiss(user.id);
        }}
      />
      {targets.withoutNumber ? (
        <PinnedWithoutNumberNotice withoutNumber={targets.withoutNumber} favorites={favorites} onRemoveFavorite={toggleFavorite} />
      ) : null}
      <div className="transfer__body">
        <TargetPicker
          searchRef={focus.searchRef}
          withPresence={withPresence}
          pinned={targets.pinned}
          liveUserIds={liveUserIds}
          onSelect={(user) => {
            setTarget(user);
            focus.focusPrimary();
          }}
          onQuickTransfer={(user) => {
            setTarget(user);
            // Focus stays in the search box (or moves into the warning) rather than on the panel.
            if (canBlind && blockedReason === undefined && !busy && canTake(user)) flow.request(user, 'blind');
            else focus.focusPrimary();
          }}
          onEscapeEmpty={() => {
            setTarget(undefined);
          }}
          ineligibleTag={targets.ineligibleTag}
          cannotTake={cannotTake}
          statusExtra={<TransferHelp withPresence={withPresence} />}
        />
        <TransferSide
          call={call}
          flow={flow}
          target={target}
          sourceId={sourceId}
          capabilities={capabilities}
          blockedReason={blockedReason}
          ineligibleReason={target ? targets.ineligibleReasonOf(target) : undefined}
          favorite={target !== undefined && favorites.includes(target.id)}
          onToggleFavorite={toggleFavorite}
          watch={watch}
          focus={focus}
        />
      </div>
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

interface TransferSideProps {
  call: TransferCall | undefined;
  flow: TransferFlow;
  target: DirectoryUser | undefined;
  sourceId: string | undefined;
  capabilities: Capabilities;
  blockedReason: string | undefined;
  ineligibleReason: string | undefined;
  favorite: boolean;
  onToggleFavorite: (userId: string) => void;
  watch: PresenceWatch;
  focus: ReturnType<typeof useTransferFocus>;
}

/** Beside the list (under it in the widget): the consult in progress, and the chosen person with their actions. */
function TransferSide({
  call,
  flow,
  target,
  sourceId,
  capabilities,
  blockedReason,
  ineligibleReason,
  favorite,
  onToggleFavorite,
  watch,
  focus,
}: TransferSideProps) {
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
          completeRef={focus.completeRef}
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
          blockedReason={blockedReason}
          ineligibleReason={ineligibleReason}
          busy={busy}
          favorite={favorite}
          watching={watch.isWatching(target.id)}
          primaryRef={focus.primaryRef}
          onStart={(kind) => {
            flow.request(target, kind);
          }}
          onToggleFavorite={() => {
            onToggleFavorite(target.id);
          }}
          onToggleWatch={() => {
            watch.toggle(target);
          }}
        />
      ) : null}
    </div>
  );
}

export function TransferPage() {
  const { t } = useI18n();
  return (
    <CapabilitiesGate loadingLabel={t('transfer.page.loadingPermissions')}>{(ready) => <TransferForUser ready={ready} />}</CapabilitiesGate>
  );
}

function TransferForUser({ ready }: { ready: ReadyCapabilities }) {
  const { t } = useI18n();
  const { capabilities, integration, userId } = ready;
  // UC presence on transfer needs its own permission; without it nothing about presence is asked for.
  const sourceId = capabilities.seeUcOnTransfer.allowed && integration ? integration.id : undefined;

  return (
    <section className="view transfer" aria-labelledby="transfer-heading">
      {/* Named for screen readers; drawn only where there is room (the widget's own frame says where the agent is). */}
      <h1 id="transfer-heading" className="transfer__title">
        {t('transfer.page.title')}
      </h1>
      {!capabilities.blindTransfer.allowed ? (
        <MissingPermissionNotice title={t('transfer.page.noBlindTransfer')} missing={capabilities.blindTransfer.missing} />
      ) : null}
      {!capabilities.consultTransfer.allowed ? (
        <MissingPermissionNotice title={t('transfer.page.noConsultTransfer')} missing={capabilities.consultTransfer.missing} />
      ) : null}
      {!capabilities.seeUcOnTransfer.allowed ? (
        <MissingPermissionNotice title={t('transfer.page.noPresence')} missing={capabilities.seeUcOnTransfer.missing} />
      ) : integration === null ? (
        // As in the directory: without the integration there is no UC presence, though the numbers can still be dialled.
        <Notice tone="warning" title={t('transfer.integrationInactive.title')}>
          <p>{t('transfer.integrationInactive.body')}</p>
        </Notice>
      ) : null}
      {capabilities.searchDirectory.allowed ? (
        <TransferView myUserId={userId} capabilities={capabilities} sourceId={sourceId} />
      ) : (
        <MissingPermissionNotice title={t('transfer.page.noSearch')} missing={capabilities.searchDirectory.missing} />
      )}
    </section>
  );
}
