// Who the transfer view offers and who can take the call: the agent's favorites and recents
// (read by id), and each person's eligibility against everyone loaded so far.
import { useCallback, useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { ineligibilityTag, useIneligibility } from '@/foundations/calls/transfer-eligibility';
import { usePinnedUsers } from '@/features/transfer/get-pinned-users';
import type { PinnedTarget } from '@/features/transfer/target-picker';
import { useTransferPreferences } from '@/features/transfer/transfer-preferences';

const NOBODY: ReadonlySet<string> = new Set();

export type TransferTargets = ReturnType<typeof useTransferTargets>;

export function useTransferTargets(myUserId: string, withPresence: boolean) {
  const { t } = useI18n();
  const preferences = useTransferPreferences(myUserId);
  const { favorites, recents } = preferences;
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
  const ineligibilityFor = useIneligibility(withPresence, pinnedPeople, pinnedUsers?.inactive ?? NOBODY);
  const ineligibleTag = useCallback(
    (user: DirectoryUser) => {
      const ineligibility = ineligibilityFor(user);
      return ineligibility === undefined ? undefined : ineligibilityTag(t, ineligibility);
    },
    [ineligibilityFor, t],
  );
  const cannotTake = useCallback((user: DirectoryUser): boolean => ineligibilityFor(user) !== undefined, [ineligibilityFor]);
  return { ...preferences, pinned, withoutNumber: pinnedUsers?.withoutNumber, ineligibleTag, cannotTake, ineligibilityFor };
}
