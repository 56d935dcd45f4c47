// The warning before a transfer to someone unlikely to answer, shared by every view that transfers.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { Dialog } from '@/ui/dialog';
import { PUSH_STALE_MS } from '@/foundations/presence/live-presence';
import { presenceLabelKey, type PresenceKey } from '@/foundations/presence/presence-model';
import { isPresence, presenceKeys, presenceQueryOptions } from '@/foundations/presence/presence-queries';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import '@/foundations/calls/calls.css';
import { useUc } from '@/foundations/permissions/uc-context';

/** Presences in which a transfer most likely goes unanswered: the agent confirms first. */
const WARN_PRESENCES: ReadonlySet<PresenceKey> = new Set(['offline', 'busy', 'away']);

export type TransferKind = 'blind' | 'consult';

/** A person's UC presence as the live badges have it (undefined when not permitted or not known yet). */
export function usePresenceOf(sourceId: string | undefined, userId: string): PresenceKey | undefined {
  const { apis } = useSession();
  const uc = useUc();
  const query = useQuery({
    ...presenceQueryOptions(apis, uc, sourceId ?? '', userId),
    enabled: sourceId !== undefined,
    staleTime: PUSH_STALE_MS,
  });
  return sourceId === undefined ? undefined : query.data?.key;
}

/** The person's presence as the live badges have it (the cache), else as their row had it: what the warning goes by. */
export function knownPresenceOf(queryClient: QueryClient, user: DirectoryUser): PresenceKey | undefined {
  const cached = queryClient
    .getQueriesData({ queryKey: presenceKeys.all, predicate: (query) => query.queryKey[2] === user.id })
    .map(([, value]) => value)
    .find(isPresence);
  return cached?.key ?? user.presence?.key;
}

/** Whether a transfer to someone in this presence should be confirmed first. */
export const needsWarning = (presence: PresenceKey | undefined): presence is PresenceKey =>
  presence !== undefined && WARN_PRESENCES.has(presence);

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
  /** Already watched: no "Notify me when available" (nor where `onWatch` is absent: a view without a watch list). */
  watching: boolean;
  onConfirm: () => void;
  onWatch?: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  // The presence picks the wording (adjectives agree, nouns decline); the label covers any other presence.
  const params = { name: target.name, presence, label: t(presenceLabelKey(presence)), kind };
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The safe choice has focus (this runs after the dialog focused its first button): the Enter
    // that opened the warning, pressed again, must not send the caller to someone unlikely to answer.
    cancelRef.current?.focus();
  }, []);
  return (
    <Dialog title={t('calls.confirm.title', params)} onClose={onCancel}>
      <p>{t('calls.confirm.body', params)}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {t(kind === 'blind' ? 'calls.confirm.transferAnyway' : 'calls.confirm.consultAnyway')}
        </button>
        {!watching && onWatch ? (
          <button type="button" className="button button--secondary" onClick={onWatch}>
            {t('calls.confirm.watch')}
          </button>
        ) : null}
        <button ref={cancelRef} type="button" className="button button--ghost" onClick={onCancel}>
          {t('calls.confirm.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
