// Who can take a transfer at all, whatever their presence: the agent should learn it from the
// list, before choosing someone mid-call, not from a failure after pressing Transfer.
import { useMemo } from 'react';
import type { Translator } from '@/i18n/translator';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { useDirectoryCache } from '@/foundations/people/use-directory-cache';
import { dialableNumber } from '@/foundations/calls/phone-number';

export type Ineligibility =
  | { reason: 'no-number' }
  /** `shown`: the address as Genesys has it, so that the agent can tell an admin what to fix. */
  | { reason: 'undialable'; shown: string }
  /** `with`: someone else in the loaded list with the same number (a transfer could reach either). */
  | { reason: 'shared'; with: string }
  | { reason: 'inactive' };

// Formatting aside, "+1 415-555-0111" and "+14155550111" ring the same phone.
const FORMATTING = /[\s().-]+/g;

/** What identifies the phone a user's number rings, or undefined when there is no number. */
function numberKeyOf(user: DirectoryUser): string | undefined {
  const number = dialableNumber(user.ucAddress);
  if (number.ok) return number.e164;
  return number.reason === 'missing' ? undefined : number.shown.replace(FORMATTING, '');
}

/** The people behind each number, among `users` (each person once, whichever copy came first). */
export function ownersByNumber(users: Iterable<DirectoryUser>): ReadonlyMap<string, readonly DirectoryUser[]> {
  const owners = new Map<string, DirectoryUser[]>();
  for (const user of users) {
    const key = numberKeyOf(user);
    if (key === undefined) continue;
    const list = owners.get(key) ?? [];
    if (!list.some((known) => known.id === user.id)) list.push(user);
    owners.set(key, list);
  }
  return owners;
}

/** Why `user` cannot take a transfer, or undefined when they can. */
export function ineligibilityOf(
  user: DirectoryUser,
  owners: ReadonlyMap<string, readonly DirectoryUser[]>,
  inactiveIds: ReadonlySet<string>,
): Ineligibility | undefined {
  if (inactiveIds.has(user.id)) return { reason: 'inactive' };
  const number = dialableNumber(user.ucAddress);
  if (!number.ok) return number.reason === 'missing' ? { reason: 'no-number' } : { reason: 'undialable', shown: number.shown };
  const other = owners.get(number.e164)?.find((owner) => owner.id !== user.id);
  return other ? { reason: 'shared', with: other.name } : undefined;
}

/**
 * Eligibility against everyone loaded so far (the directory pages in the cache and the
 * favorites and recents): a shared number is only known once both people have been read.
 */
export function useIneligibility(
  withPresence: boolean,
  pinned: readonly DirectoryUser[],
  inactiveIds: ReadonlySet<string>,
): (user: DirectoryUser) => Ineligibility | undefined {
  const cache = useDirectoryCache(withPresence);
  const owners = useMemo(() => ownersByNumber([...cache.users, ...pinned]), [cache.users, pinned]);
  return useMemo(() => (user: DirectoryUser) => ineligibilityOf(user, owners, inactiveIds), [owners, inactiveIds]);
}

/** The short note on a row ("Number cannot be dialled"). */
export function ineligibilityTag(t: Translator['t'], ineligibility: Ineligibility): string {
  switch (ineligibility.reason) {
    case 'no-number':
      return t('transfer.ineligible.tag.noNumber');
    case 'undialable':
      return t('transfer.ineligible.tag.undialable');
    case 'shared':
      return t('transfer.ineligible.tag.shared');
    case 'inactive':
      return t('transfer.ineligible.tag.inactive');
  }
}
