import { Suspense, useMemo, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { lazyWithAreas } from '@/i18n/lazy-with-areas';
import { useFirstContentShown } from '@/ui/first-content-mark';
import { Loading, Notice } from '@/ui/notice';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import type { Capabilities } from '@/foundations/permissions/permission-model';
import { CapabilitiesGate, type ReadyCapabilities } from '@/foundations/permissions/require-capabilities';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { CallArea, useCallToTransfer } from '@/features/transfer/call-area';
import { TargetPicker } from '@/features/transfer/target-picker';
import type { TransferControlsHandle } from '@/features/transfer/transfer-controls';
import { TransferHelp } from '@/features/transfer/transfer-help';
import { PinnedWithoutNumberNotice } from '@/features/transfer/transfer-notices';
import { useTransferTargets } from '@/features/transfer/use-transfer-targets';
import '@/features/transfer/transfer.css';

// The call and the list come first; the actions (the chosen person's panel, the consult, the warning, the flow and
// the calls area's messages: transfer-controls.tsx) load after the first badges, or when the agent picks someone or
// a consult is under way, whichever is first.
const transferControls = lazyWithAreas(async () => (await import('@/features/transfer/transfer-controls')).TransferControls, ['calls']);

/** True from the first badges on, or from the moment the actions are needed; then true for good (they keep the flow). */
function useControlsWanted(neededNow: boolean): boolean {
  const shown = useFirstContentShown();
  const [wanted, setWanted] = useState(false);
  if (!wanted && (shown || neededNow)) setWanted(true);
  return wanted || shown || neededNow;
}

/** Where the chosen person's panel goes, while the actions load. */
function LoadingSide() {
  const { t } = useI18n();
  return (
    <div className="transfer__side">
      <Loading label={t('transfer.page.loadingActions')} />
    </div>
  );
}

interface TransferViewProps {
  myUserId: string;
  capabilities: Capabilities;
  /** The UC presence source, when presence on transfer is permitted (else no presence is asked for). */
  sourceId: string | undefined;
}

function TransferView({ myUserId, capabilities, sourceId }: TransferViewProps) {
  const source = useCallToTransfer(myUserId);
  const call = source.call.data;
  const withPresence = sourceId !== undefined;
  const targets = useTransferTargets(myUserId, withPresence);
  const [target, setTarget] = useState<DirectoryUser>();
  // Whom the agent asked to be told about (transfer-controls.tsx keeps the watch): kept live like the chosen person.
  const [watchedIds, setWatchedIds] = useState<readonly string[]>([]);
  const controls = useRef<TransferControlsHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const callCardRef = useRef<HTMLElement>(null);
  const [handedOverTo, setHandedOverTo] = useState<string>();
  const [noticesSlot, setNoticesSlot] = useState<HTMLDivElement | null>(null);
  const controlsWanted = useControlsWanted(target !== undefined || call?.consult !== undefined);
  const liveUserIds = useMemo(() => [...new Set([...(target ? [target.id] : []), ...watchedIds])], [target, watchedIds]);
  const loadingSide = target ? <LoadingSide /> : null;

  return (
    <>
      <CallArea source={source} cardRef={callCardRef} handedOverTo={handedOverTo} />
      {/* The actions' notices (a failed action, someone watched now available) show here (transfer-controls.tsx). */}
      <div ref={setNoticesSlot} className="transfer__notices" />
      {targets.withoutNumber ? (
        <PinnedWithoutNumberNotice
          withoutNumber={targets.withoutNumber}
          favorites={targets.favorites}
          onRemoveFavorite={targets.toggleFavorite}
        />
      ) : null}
      <div className="transfer__body">
        <TargetPicker
          searchRef={searchRef}
          withPresence={withPresence}
          pinned={targets.pinned}
          liveUserIds={liveUserIds}
          onSelect={(user) => {
            setTarget(user);
            controls.current?.focusPrimary();
          }}
          onQuickTransfer={(user) => {
            setTarget(user);
            // Before the actions are here, Ctrl+Enter only picks the person.
            controls.current?.quickTransfer(user);
          }}
          onEscapeEmpty={() => {
            setTarget(undefined);
          }}
          ineligibleTag={targets.ineligibleTag}
          cannotTake={targets.cannotTake}
          statusExtra={<TransferHelp withPresence={withPresence} />}
        />
        {controlsWanted ? (
          <Suspense fallback={loadingSide}>
            <transferControls.Component
              handle={controls}
              call={call}
              callCount={source.calls.data?.length}
              capabilities={capabilities}
              sourceId={sourceId}
              target={target}
              onTarget={setTarget}
              targets={targets}
              onWatched={setWatchedIds}
              searchRef={searchRef}
              callCardRef={callCardRef}
              noticesSlot={noticesSlot}
              onHandedOver={setHandedOverTo}
            />
          </Suspense>
        ) : (
          loadingSide
        )}
      </div>
    </>
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
