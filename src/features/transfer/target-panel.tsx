import { useId, type RefObject } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { Avatar } from '@/ui/avatar';
import { PhoneNumber } from '@/ui/phone-format';
import { RichText } from '@/ui/rich-text';
import { LivePresenceBadge } from '@/foundations/presence/live-presence';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { usePresenceOf, type TransferKind } from '@/foundations/calls/confirm-transfer';
import { TransferButtons } from '@/foundations/calls/transfer-buttons';

export interface TargetPanelProps {
  target: DirectoryUser;
  /** The UC presence source when the viewer may see presence on transfer. */
  sourceId: string | undefined;
  canBlind: boolean;
  canConsult: boolean;
  /** Why transfers cannot start now (no connected call, one in progress), if so: a translated sentence. */
  blockedReason: string | undefined;
  /** Why this person cannot take a transfer at all (no dialable number, inactive…), if so: a translated sentence. */
  ineligibleReason: string | undefined;
  busy: boolean;
  favorite: boolean;
  watching: boolean;
  primaryRef: RefObject<HTMLButtonElement | null>;
  /** Starts a transfer (the page warns first when the person is unlikely to answer). */
  onStart: (kind: TransferKind) => void;
  onToggleFavorite: () => void;
  onToggleWatch: () => void;
}

/** The chosen person and what can be done with the call for them. */
export function TargetPanel(props: TargetPanelProps) {
  const { target, sourceId, canBlind, canConsult, blockedReason, ineligibleReason, busy, favorite, watching, primaryRef } = props;
  const { t } = useI18n();
  const presence = usePresenceOf(sourceId, target.id);
  const details = [target.title, target.department].filter((part): part is string => part !== undefined).join(' · ');
  const disabled = busy || blockedReason !== undefined || ineligibleReason !== undefined;
  const blockedId = useId();
  const ineligibleId = useId();
  // A disabled button says why through its description.
  const describedBy =
    [blockedReason === undefined ? undefined : blockedId, ineligibleReason === undefined ? undefined : ineligibleId]
      .filter((id): id is string => id !== undefined)
      .join(' ') || undefined;
  const start = props.onStart;

  return (
    <section className="target-panel" aria-label={t('calls.target.label', { name: target.name })}>
      <div className="target-panel__who">
        <Avatar name={target.name} size="large" />
        <div className="target-panel__text">
          <h2 className="target-panel__name" dir="auto">
            {target.name}
          </h2>
          {details ? (
            <p className="target-panel__details" dir="auto">
              {details}
            </p>
          ) : null}
          <p className="target-panel__number">
            <RichText text={t('calls.target.number')} slots={{ number: <PhoneNumber value={target.ucAddress} /> }} />
          </p>
          {sourceId !== undefined ? <LivePresenceBadge userId={target.id} showDuration /> : null}
        </div>
      </div>
      {ineligibleReason !== undefined ? (
        <p id={ineligibleId} className="target-panel__blocked">
          {ineligibleReason}
        </p>
      ) : null}
      {blockedReason !== undefined ? (
        <p id={blockedId} className="target-panel__blocked">
          {blockedReason}
        </p>
      ) : null}
      <div className="target-panel__actions">
        <TransferButtons
          name={target.name}
          canBlind={canBlind}
          canConsult={canConsult}
          disabled={disabled}
          describedBy={describedBy}
          primaryRef={primaryRef}
          keyShortcuts="Control+Enter"
          onStart={start}
        />
        <button type="button" className="button button--ghost" aria-pressed={favorite} onClick={props.onToggleFavorite}>
          {t(favorite ? 'calls.target.removeFavorite' : 'calls.target.addFavorite')}
        </button>
        {sourceId !== undefined && (watching || (presence !== undefined && presence !== 'available')) ? (
          <button type="button" className="button button--ghost" aria-pressed={watching} onClick={props.onToggleWatch}>
            {t(watching ? 'calls.target.stopWatching' : 'calls.target.watch')}
          </button>
        ) : null}
      </div>
      {watching ? (
        <p className="target-panel__watching" role="status">
          {t('calls.target.watching', { name: target.name })}
        </p>
      ) : null}
    </section>
  );
}
