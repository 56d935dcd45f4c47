// "Notify me when available": the person's presence query (kept live by the view's
// useLivePresence, where watched people are pinned to the subscription) is observed
// here; the moment it reads Available, one Genesys toast and one in-page notice.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { PUSH_STALE_MS } from '@/foundations/presence/live-presence';
import { presenceQueryOptions } from '@/foundations/presence/presence-queries';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { useUc } from '@/foundations/permissions/uc-context';

function Watcher({ sourceId, user, onAvailable }: { sourceId: string; user: DirectoryUser; onAvailable: (user: DirectoryUser) => void }) {
  const { apis } = useSession();
  const uc = useUc();
  const presence = useQuery({ ...presenceQueryOptions(apis, uc, sourceId, user.id), staleTime: PUSH_STALE_MS });
  const available = presence.data?.key === 'available';
  useEffect(() => {
    if (available) onAvailable(user);
  }, [available, onAvailable, user]);
  return null;
}

export interface PresenceWatch {
  watched: readonly DirectoryUser[];
  /** Watched people who became Available, newest first, until dismissed or transferred to. */
  available: readonly DirectoryUser[];
  isWatching: (userId: string) => boolean;
  toggle: (user: DirectoryUser) => void;
  dismiss: (userId: string) => void;
  /** The watchers; render once, while presence may be seen. */
  watchers: React.ReactNode;
}

export function usePresenceWatch(sourceId: string | undefined): PresenceWatch {
  const { clientApp } = useSession();
  const { t } = useI18n();
  const [watched, setWatched] = useState<readonly DirectoryUser[]>([]);
  const [available, setAvailable] = useState<readonly DirectoryUser[]>([]);
  // One notification per watch, even if the presence flickers or an effect runs twice.
  const notified = useRef(new Set<string>());

  const onAvailable = useCallback(
    (user: DirectoryUser) => {
      if (notified.current.has(user.id)) return;
      notified.current.add(user.id);
      setWatched((current) => current.filter((candidate) => candidate.id !== user.id));
      setAvailable((current) => [user, ...current.filter((candidate) => candidate.id !== user.id)]);
      clientApp.toast('info', t('calls.watch.toastTitle', { name: user.name }), t('calls.watch.toastMessage'));
    },
    [clientApp, t],
  );

  return {
    watched,
    available,
    isWatching: (userId) => watched.some((user) => user.id === userId),
    toggle(user) {
      setWatched((current) => {
        if (current.some((candidate) => candidate.id === user.id)) return current.filter((candidate) => candidate.id !== user.id);
        notified.current.delete(user.id);
        return [...current, user];
      });
    },
    dismiss(userId) {
      setAvailable((current) => current.filter((user) => user.id !== userId));
    },
    watchers:
      sourceId === undefined
        ? null
        : watched.map((user) => <Watcher key={user.id} sourceId={sourceId} user={user} onAvailable={onAvailable} />),
  };
}
