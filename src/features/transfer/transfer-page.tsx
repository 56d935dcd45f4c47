import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSession } from '@/genesys/session';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading, Notice } from '@/ui/notice';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import { useCapabilities } from '@/foundations/permissions/use-capabilities';
import type { PresenceKey } from '@/foundations/presence/presence-model';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { customerLabelOf, type TransferCall } from '@/foundations/calls/call-model';
import { CallCard, CallChooser, NoCallNotice } from '@/foundations/calls/call-summary';
import { ConsultPanel } from '@/foundations/calls/consult-panel';
import { useActiveCalls, useCall } from '@/foundations/calls/get-calls';
import { usePinnedUsers } from '@/features/transfer/get-pinned-users';
import { usePresenceWatch } from '@/features/transfer/presence-watch';
import { ineligibilitySentence, ineligibilityTag, useIneligibility } from '@/foundations/calls/transfer-eligibility';
import { TargetPicker, type PinnedTarget } from '@/features/transfer/target-picker';
import { ConfirmTransferDialog, knownPresenceOf, needsWarning, type TransferKind } from '@/foundations/calls/confirm-transfer';
import { useConsultFocus } from '@/foundations/calls/use-consult-focus';
import { TargetPanel } from '@/features/transfer/target-panel';
import { useTransferActions, type SpeakTo } from '@/foundations/calls/transfer-actions';
import { TransferFailureNotice } from '@/foundations/calls/transfer-failure';
import { TransferHelp } from '@/features/transfer/transfer-help';
import { useTransferPreferences } from '@/features/transfer/transfer-preferences';
import { useCallEvents } from '@/foundations/calls/use-call-events';
import '@/features/transfer/transfer.css';

interface TransferViewProps {
  myUserId: string;
  capabilities: Capabilities;
  /** The 8×8 presence source, when presence on transfer is permitted (else no presence is asked for). */
  sourceId: string | undefined;
}

/** The call to transfer: the widget's interaction, else the one active call, else the one the agent chooses. */
function useCallToTransfer(myUserId: string) {
  const { launch } = useSession();
  const connection = useCallEvents(myUserId);
  // Live updates come over the socket; while it is not open the call is polled instead.
  const poll = connection !== 'open';
  const widgetCallId = launch.conversationId;
  const calls = useActiveCalls(myUserId, widgetCallId === undefined, poll);
  const [chosenId, setChosenId] = useState<string>();
  const only = calls.data?.length === 1 ? calls.data[0] : undefined;
  if (widgetCallId === undefined && chosenId === undefined && only) setChosenId(only.id);
  const callId = widgetCallId ?? chosenId;
  const listedCall = calls.data?.find((candidate) => candidate.id === callId);
  const call = useCall(myUserId, callId, poll, listedCall ? { call: listedCall, at: calls.dataUpdatedAt } : undefined);
  return { widget: widgetCallId !== undefined, calls, callId, chosenId, setChosenId, call };
}

function blockedReasonOf(call: TransferCall | undefined, callCount: number | undefined): MessageKey | undefined {
  if (!call) return callCount !== undefined && callCount > 1 ? 'transfer.target.blocked.chooseCall' : 'transfer.target.blocked.noCall';
  if (call.status === 'ended') return 'transfer.target.blocked.ended';
  if (call.status === 'transferred') return 'transfer.target.blocked.transferred';
  if (call.consult) return 'transfer.target.blocked.consulting';
  return undefined;
}

function TransferView({ myUserId, capabilities, sourceId }: TransferViewProps) {
  const { clientApp } = useSession();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { widget, calls, callId, chosenId, setChosenId, call: callQuery } = useCallToTransfer(myUserId);
  const call = callQuery.data;
  const preferences = useTransferPreferences(myUserId);
  const { favorites, recents, toggleFavorite, addRecent } = preferences;
  const pinnedIds = useMemo(() => [...new Set([...favorites, ...recents])], [favorites, recents]);
  const pinnedUsers = usePinnedUsers(pinnedIds).data;
  const pinned = useMemo((): PinnedTarget[] => {
    const users = pinnedUsers?.users;
    if (!users) return [];
    const favoriteSet = new Set(favorites);
    return pinnedIds.flatMap((id) => {
      const user = users.get(id);
      return user ? [{ user, tag: favoriteSet.has(id) ? 'favorite' : 'recent' } as const] : [];
    });
  }, [pinnedUsers, pinnedIds, favorites]);
  const pinnedPeople = useMemo(() => pinned.map((entry) => entry.user), [pinned]);
  const inactiveIds = useMemo(() => pinnedUsers?.inactive ?? new Set<string>(), [pinnedUsers]);
  const ineligibilityFor = useIneligibility(sourceId !== undefined, pinnedPeople, inactiveIds);
  const ineligibleTag = useCallback(
    (user: DirectoryUser) => {
      const ineligibility = ineligibilityFor(user);
      return ineligibility === undefined ? undefined : ineligibilityTag(t, ineligibility);
    },
    [ineligibilityFor, t],
  );
  const cannotTake = useCallback((user: DirectoryUser): boolean => ineligibilityFor(user) !== undefined, [ineligibilityFor]);
  const canTake = (user: DirectoryUser): boolean => !cannotTake(user);

  const [target, setTarget] = useState<DirectoryUser>();
  const [consultTarget, setConsultTarget] = useState<DirectoryUser>();
  const [speakTo, setSpeakTo] = useState<SpeakTo>('DESTINATION');
  const [transferredTo, setTransferredTo] = useState<string>();
  const [confirm, setConfirm] = useState<{ user: DirectoryUser; kind: TransferKind; presence: PresenceKey }>();
  const watch = usePresenceWatch(sourceId);

  const searchRef = useRef<HTMLInputElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const completeRef = useRef<HTMLButtonElement>(null);
  const callCardRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    // Enter picked a target: the next Enter transfers.
    if (focusRequest > 0) primaryRef.current?.focus();
  }, [focusRequest]);

  const consultName = consultTarget?.name ?? call?.consult?.destinationLabel ?? t('transfer.call.consultedPerson');
  const actions = useTransferActions(call, (action) => {
    // Recent means the call went to them: a blind transfer, or a consult completed (not one cancelled).
    if (action.kind === 'blind') addRecent(action.target.id);
    if (action.kind === 'complete' && consultTarget) addRecent(consultTarget.id);
    // Embedded, Genesys Cloud shows the outcome even if the widget is out of view.
    const nowWith = action.kind === 'blind' ? action.target.name : action.kind === 'complete' ? consultName : undefined;
    if (nowWith !== undefined) {
      clientApp.toast('success', t('transfer.toast.transferredTitle'), t('transfer.toast.transferredMessage', { name: nowWith }));
    }
  });
  const { run } = actions;

  const transfer = useCallback(
    (user: DirectoryUser, kind: TransferKind) => {
      if (kind === 'blind') {
        setTransferredTo(user.name);
        run({ kind: 'blind', target: user });
        return;
      }
      setConsultTarget(user);
      setSpeakTo('DESTINATION');
      run({ kind: 'consult', target: user, speakTo: 'DESTINATION' });
    },
    [run],
  );

  /** Transfers, after the warning when the person is Offline, Busy or Away. */
  const requestTransfer = (user: DirectoryUser, kind: TransferKind) => {
    if (!canTake(user)) return;
    const presence = sourceId === undefined ? undefined : knownPresenceOf(queryClient, user);
    if (needsWarning(presence)) setConfirm({ user, kind, presence });
    else transfer(user, kind);
  };

  const consultActive = call?.consult !== undefined;
  // Focus follows the flow: into the consult's "Complete" once it can be pressed, back to the search when it is over.
  useConsultFocus(consultActive, actions.pending === undefined, completeRef, searchRef);

  // Once this agent has handed the call over, the transfer buttons are disabled: focus goes to the outcome, not to the page.
  const handedOver = call?.status === 'transferred' && (actions.done?.kind === 'blind' || actions.done?.kind === 'complete');
  useEffect(() => {
    if (handedOver) callCardRef.current?.focus();
  }, [handedOver]);

  const canBlind = capabilities.blindTransfer.allowed;
  const canConsult = capabilities.consultTransfer.allowed;
  const busy = actions.pending !== undefined;
  const blockedKey = blockedReasonOf(call, calls.data?.length);
  const blockedReason = blockedKey === undefined ? undefined : t(blockedKey);
  const ineligibleReasonOf = (user: DirectoryUser): string | undefined => {
    const ineligibility = ineligibilityFor(user);
    return ineligibility === undefined ? undefined : ineligibilitySentence(t, user.name, ineligibility);
  };
  const liveUserIds = useMemo(
    () => [...new Set([...(target ? [target.id] : []), ...watch.watched.map((user) => user.id)])],
    [target, watch.watched],
  );

  return (
    <>
      {callId === undefined ? (
        calls.isPending && !widget ? (
          <Loading label={t('transfer.page.loadingCalls')} />
        ) : calls.isError ? (
          <ErrorNotice error={calls.error} onRetry={() => void calls.refetch()} />
        ) : calls.data && calls.data.length > 1 ? null : (
          <NoCallNotice />
        )
      ) : callQuery.isError && !call ? (
        <ErrorNotice error={callQuery.error} onRetry={() => void callQuery.refetch()} />
      ) : call ? (
        <CallCard
          call={call}
          cardRef={callCardRef}
          {...(call.status === 'transferred'
            ? { transferredTo: actions.done?.kind === 'complete' ? consultName : (transferredTo ?? '') }
            : {})}
        />
      ) : (
        <Loading label={t('transfer.page.loadingCall')} />
      )}
      {!widget && calls.data && calls.data.length > 1 ? (
        <CallChooser calls={calls.data} chosenId={chosenId} onChoose={setChosenId} />
      ) : null}
      {actions.failure ? <TransferFailureNotice failure={actions.failure} call={call} onDismiss={actions.dismissFailure} /> : null}
      {watch.available.map((user) => (
        <Notice key={user.id} tone="info" title={t('transfer.available.title', { name: user.name })}>
          <p>{t('transfer.available.body', { name: user.name })}</p>
          {canBlind && blockedReason === undefined && canTake(user) ? (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => {
                watch.dismiss(user.id);
                setTarget(user);
                transfer(user, 'blind');
              }}
            >
              {t('transfer.available.transferNow')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              watch.dismiss(user.id);
            }}
          >
            {t('transfer.available.dismiss')}
          </button>
        </Notice>
      ))}
      {pinnedUsers && pinnedUsers.withoutNumber.size > 0 ? (
        <Notice tone="warning" title={t('transfer.pinned.withoutNumber.title')}>
          {[...pinnedUsers.withoutNumber].map(([id, storedName]) => {
            const name = storedName || t('transfer.pinned.unnamedUser');
            return (
              <p key={id}>
                {t('transfer.pinned.withoutNumber.body', { name })}{' '}
                {favorites.includes(id) ? (
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => {
                      toggleFavorite(id);
                    }}
                  >
                    {t('transfer.pinned.removeFavorite', { name })}
                  </button>
                ) : null}
              </p>
            );
          })}
        </Notice>
      ) : null}
      <div className="transfer__body">
        <TargetPicker
          searchRef={searchRef}
          withPresence={sourceId !== undefined}
          pinned={pinned}
          liveUserIds={liveUserIds}
          onSelect={(user) => {
            setTarget(user);
            setFocusRequest((current) => current + 1);
          }}
          onQuickTransfer={(user) => {
            setTarget(user);
            // Focus stays in the search box (or moves into the warning) rather than on the panel.
            if (canBlind && blockedReason === undefined && !busy && canTake(user)) requestTransfer(user, 'blind');
            else setFocusRequest((current) => current + 1);
          }}
          onEscapeEmpty={() => {
            setTarget(undefined);
          }}
          ineligibleTag={ineligibleTag}
          cannotTake={cannotTake}
          statusExtra={<TransferHelp withPresence={sourceId !== undefined} />}
        />
        <div className="transfer__side">
          {call?.consult ? (
            <ConsultPanel
              destination={consultName}
              customer={customerLabelOf(call, t)}
              speakTo={speakTo}
              busy={busy}
              completeRef={completeRef}
              onSpeakTo={(next) => {
                setSpeakTo(next);
                run({ kind: 'speak-to', speakTo: next });
              }}
              onComplete={() => {
                run({ kind: 'complete' });
              }}
              onCancel={() => {
                run({ kind: 'cancel' });
              }}
            />
          ) : null}
          {target ? (
            <TargetPanel
              target={target}
              sourceId={sourceId}
              canBlind={canBlind}
              canConsult={canConsult}
              blockedReason={blockedReason}
              ineligibleReason={ineligibleReasonOf(target)}
              busy={busy}
              favorite={favorites.includes(target.id)}
              watching={watch.isWatching(target.id)}
              primaryRef={primaryRef}
              onStart={(kind) => {
                requestTransfer(target, kind);
              }}
              onToggleFavorite={() => {
                toggleFavorite(target.id);
              }}
              onToggleWatch={() => {
                watch.toggle(target);
              }}
            />
          ) : null}
        </div>
      </div>
      {confirm ? (
        <ConfirmTransferDialog
          target={confirm.user}
          kind={confirm.kind}
          presence={confirm.presence}
          watching={watch.isWatching(confirm.user.id)}
          onConfirm={() => {
            setConfirm(undefined);
            transfer(confirm.user, confirm.kind);
          }}
          onWatch={() => {
            setConfirm(undefined);
            watch.toggle(confirm.user);
          }}
          onCancel={() => {
            setConfirm(undefined);
          }}
        />
      ) : null}
      {watch.watchers}
    </>
  );
}

export function TransferPage() {
  const { t } = useI18n();
  const state = useCapabilities();
  if (state.status === 'pending') return <Loading label={t('transfer.page.loadingPermissions')} />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.retry} />;
  const { capabilities, integration, userId } = state;
  // 8×8 presence on transfer needs its own permission; without it nothing about presence is asked for.
  const sourceId = capabilities.seeEightByEightOnTransfer.allowed && integration ? integration.id : undefined;

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
      {!capabilities.seeEightByEightOnTransfer.allowed ? (
        <MissingPermissionNotice title={t('transfer.page.noPresence')} missing={capabilities.seeEightByEightOnTransfer.missing} />
      ) : integration === null ? (
        // As in the directory: without the integration there is no 8×8 presence, though the numbers can still be dialled.
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
