import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { rejection, startEmulator } from '../support/emulator-server';
import { groupsApi } from '@/genesys/sdk';

const org = () => generateOrg({ size: 120, seed: 4 });

test('groups list pages through every group, sorted by name, with member counts', async () => {
  const { apisFor, emulator } = startEmulator({ org: org() });
  const first = await (await groupsApi(apisFor('supervisor'))).getGroups({ pageSize: 5, pageNumber: 1 });
  const total = emulator.org.groups.length;
  expect(first).toMatchObject({ total, pageSize: 5, pageNumber: 1, pageCount: Math.ceil(total / 5) });
  expect(first.entities).toHaveLength(5);
  const all = await (await groupsApi(apisFor('supervisor'))).getGroups({ pageSize: 100 });
  const names = (all.entities ?? []).map((group) => group.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  const [group] = emulator.org.groups;
  const members = emulator.org.users.filter((user) => user.state !== 'deleted' && user.groupIds.includes(group?.id ?? ''));
  expect(all.entities?.find((entry) => entry.id === group?.id)).toMatchObject({ memberCount: members.length, type: 'official' });
});

test('group members are paged users with their addresses, deleted users left out', async () => {
  const { apisFor, emulator } = startEmulator({ org: org() });
  const group = emulator.org.groups.find(
    (candidate) => emulator.org.users.filter((user) => user.groupIds.includes(candidate.id)).length > 3,
  );
  if (!group) throw new Error('The generated org has no group with members');
  const expected = emulator.org.users.filter((user) => user.state !== 'deleted' && user.groupIds.includes(group.id));
  const page = await (await groupsApi(apisFor('supervisor'))).getGroupMembers(group.id, { pageSize: 2, pageNumber: 1 });
  expect(page).toMatchObject({ total: expected.length, pageCount: Math.ceil(expected.length / 2) });
  const all = await (await groupsApi(apisFor('supervisor'))).getGroupMembers(group.id, { pageSize: 100 });
  expect(new Set(all.entities?.map((user) => user.id))).toEqual(new Set(expected.map((user) => user.id)));
  expect(all.entities?.[0]?.addresses).toBeDefined();
  expect(all.entities?.[0]?.integrationPresence).toBeUndefined();
});

test('members of an unknown group is a 404, a page over 100 a 400, no token a 401', async () => {
  const { apisFor, emulator, url } = startEmulator({ org: org() });
  expect(await rejection((await groupsApi(apisFor('supervisor'))).getGroupMembers('no-such-group'))).toMatchObject({ status: 404 });
  const group = emulator.org.groups[0]?.id ?? '';
  expect(await rejection((await groupsApi(apisFor('supervisor'))).getGroupMembers(group, { pageSize: 101 }))).toMatchObject({
    status: 400,
    code: 'invalid.value',
  });
  expect((await fetch(url('/api/v2/groups'))).status).toBe(401);
});
