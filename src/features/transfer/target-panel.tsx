import { useQuery } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useSession } from '@/genesys/session';
import { Avatar } from '@/ui/avatar';
import { Dialog } from '@/ui/dialog';
import { LivePresenceBadge, PUSH_STALE_MS } from '@/features/presence/live-presence';
import { PRESENCE_LABELS, type PresenceKey } from '@/features/presence/presence-model';
import { presenceQueryOptions } from '@/features/presence/presence-queries';
import type { DirectoryUser } from '@/features/people/directory-user';

/** Presences in which a transfer most likely goes unanswered: the agent confirms first. */
const WARN_PRESENCES: ReadonlySet<PresenceKey> = new Set(['offline', 'busy', 'away']);

export type TransferKind = 'blind' | 'consult';

export interface TargetPanelProps {
  target: DirectoryUser;
  /** The 8×8 presence source when the viewer may see presence on transfer. */
  sourceId: string | undefined;
  canBlind: boolean;
  canConsult: boolean;
  /** Why transfers cannot start now (no connected call, one in progress), if so. */
  blockedReason: string | undefined;
  busy: boolean;
  favorite: boolean;
  watching: boolean;
  primaryRef: RefObject<HTMLButtonElement | null>;
  /** Starts a transfer (the page warns first when the person is unlikely to answer). */
  onStart: (kind: TransferKind) => void;
  onToggleFavorite: () => void;
  onToggleWatch: () => void;
}

/** A person's 8×8 presence as the live badges have it (undefined when not permitted or not known yet). */
export function usePresenceOf(sourceId: string | undefined, userId: string): PresenceKey | undefined {
  const { apis } = useSession();
  const query = useQuery({
    ...presenceQueryOptions(apis, sourceId ?? '', userId),
    enabled: sourceId !== undefined,
    staleTime: PUSH_STALE_MS,
  });
  return sourceId === undefined ? undefined : query.data?.key;
}

/** Whether a transfer to someone in this presence should be confirmed first. */
export const needsWarning = (presence: PresenceKey | undefined): presence is PresenceKey =>
  presence !== undefined && WARN_PRESENCES.has(presence);

/** The chosen person and what can be done with the call for them. */
export function TargetPanel(props: TargetPanelProps) {
  const { target, sourceId, canBlind, canConsult, blockedReason, busy, favorite, watching, primaryRef } = props;
  const presence = usePresenceOf(sourceId, target.id);
  const details = [target.title, target.department].filter((part): part is string => part !== undefined).join(' · ');
  const disabled = busy || blockedReason !== undefined;
  const start = props.onStart;

  return (
    <section className="target-panel" aria-label={`Transfer to ${target.name}`}>
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
          <p className="target-panel__number">8×8 {target.eightByEightNumber}</p>
          {sourceId !== undefined ? <LivePresenceBadge userId={target.id} showDuration /> : null}
        </div>
      </div>
      {blockedReason !== undefined ? <p className="target-panel__blocked">{blockedReason}</p> : null}
      <div className="target-panel__actions">
        {canBlind ? (
          <button
            ref={primaryRef}
            type="button"
            className="button button--primary"
            disabled={disabled}
            aria-keyshortcuts="Control+Enter"
            onClick={() => {
              start('blind');
            }}
          >
            Transfer to {target.name}
          </button>
        ) : null}
        {canConsult ? (
          <button
            ref={canBlind ? undefined : primaryRef}
            type="button"
            className="button button--secondary"
            disabled={disabled}
            onClick={() => {
              start('consult');
            }}
          >
            Consult {target.name} first
          </button>
        ) : null}
        <button type="button" className="button button--ghost" aria-pressed={favorite} onClick={props.onToggleFavorite}>
          {favorite ? 'Remove from favorites' : 'Add to favorites'}
        </button>
        {sourceId !== undefined && (watching || (presence !== undefined && presence !== 'available')) ? (
          <button type="button" className="button button--ghost" aria-pressed={watching} onClick={props.onToggleWatch}>
            {watching ? 'Stop notifying me' : 'Notify me when available'}
          </button>
        ) : null}
      </div>
      {watching ? (
        <p className="target-panel__watching" role="status">
          You will get a notification when {target.name} is available.
        </p>
      ) : null}
    </section>
  );
}

/** The warning before a transfer to someone Offline, Busy or Away. */
export function ConfirmTransferDialog({
  target,
  kind,
  presence,
  watching,
  onConfirm,
  onWatch,
  onCancel,
}: {
  target: DirectoryUser;
  kind: TransferKind;
  presence: PresenceKey;
  watching: boolean;
  onConfirm: () => void;
  onWatch: () => void;
  onCancel: () => void;
}) {
  const label = PRESENCE_LABELS[presence];
  return (
    <Dialog title={`${target.name} is ${label}`} onClose={onCancel}>
      <p>
        {target.name} may not answer while {label.toLowerCase()}: the call could ring out or reach their voicemail.{' '}
        {kind === 'blind' ? 'Transfer the call anyway?' : 'Start the consult anyway?'}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {kind === 'blind' ? 'Transfer anyway' : 'Consult anyway'}
        </button>
        {!watching ? (
          <button type="button" className="button button--secondary" onClick={onWatch}>
            Notify me when available
          </button>
        ) : null}
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
