// The users handlers filter the org's order (usersInOrder) instead of sorting what matched: the
// pages must come out as the sort puts them, either way round.
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { OrgUser } from '@/emulator/org-model';
import { sortUsers, usersInOrder } from '@/emulator/user-search';

/** The reference order: by lower-cased name (locale collation), ties by id. */
const byName = (a: OrgUser, b: OrgUser): number => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id);

test('every user, the active ones and a few: the org order filtered is the sorted subset, ascending and descending', () => {
  const org = generateOrg({ size: 3000, seed: 9 });
  const all = org.users;
  const subsets: Record<string, (user: OrgUser) => boolean> = {
    every: () => true,
    active: (user) => user.state === 'active',
    few: (user) => user.id.endsWith('7'),
  };
  for (const [name, keep] of Object.entries(subsets)) {
    const ascending = all.filter(keep).sort(byName);
    const ids = (users: readonly OrgUser[]): string[] => users.map((user) => user.id);
    expect(ids(usersInOrder(all, 'name', false).filter(keep)), name).toEqual(ids(ascending));
    expect(ids(usersInOrder(all, 'name', true).filter(keep)), name).toEqual(ids([...ascending].reverse()));
    expect(ids(sortUsers(all.filter(keep), 'name', false, all)), name).toEqual(ids(ascending));
    expect(ids(sortUsers(all.filter(keep), 'name', true, all)), name).toEqual(ids([...ascending].reverse()));
  }
  // The org's own list is left as it was.
  expect(ids0(org.users)).toEqual(ids0(generateOrg({ size: 3000, seed: 9 }).users));
});

const ids0 = (users: readonly OrgUser[]): string[] => users.map((user) => user.id);
