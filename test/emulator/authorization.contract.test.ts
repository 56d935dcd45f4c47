import { expect, test } from 'vitest';
import { rejection, startEmulator } from '../support/emulator-server';
import { fixtureOrg, ROLES, USERS } from '../support/fixture-org';
import { authorizationApi } from '@/genesys/sdk';

const HOME_DIVISION = fixtureOrg().divisions[0]?.id;

test('roles/{id}/users answers user references only: id and selfUri, no names', async () => {
  const { apisFor } = startEmulator();
  const listing = await (await authorizationApi(apisFor('admin'))).getAuthorizationRoleUsers(ROLES.agentNoBadges.id);
  expect(listing).toEqual({
    entities: [{ id: USERS.noBadges, selfUri: `/api/v2/users/${USERS.noBadges}` }],
    pageSize: 25,
    pageNumber: 1,
    total: 1,
    pageCount: 1,
  });
});

test('roles/{id}/users pages by pageSize and counts holders who are not deleted', async () => {
  const org = fixtureOrg();
  // Three holders of the Employee role besides the default grants: one inactive, one deleted.
  const grantEmployee = (id: string) => {
    const user = org.users.find((candidate) => candidate.id === id);
    user?.grants.push({ roleId: ROLES.employee.id, divisionId: user.divisionId });
  };
  for (const id of [USERS.agent, USERS.inactive, USERS.deleted]) grantEmployee(id);
  const { apisFor } = startEmulator({ org });
  const authorization = await authorizationApi(apisFor('admin'));
  const expected = org.users
    .filter((user) => user.state !== 'deleted' && user.grants.some((grant) => grant.roleId === ROLES.employee.id))
    .map((user) => user.id);
  const first = await authorization.getAuthorizationRoleUsers(ROLES.employee.id, { pageSize: 5, pageNumber: 1 });
  expect(first).toMatchObject({ total: expected.length, pageCount: Math.ceil(expected.length / 5), pageSize: 5 });
  const ids: string[] = [];
  for (let pageNumber = 1; pageNumber <= (first.pageCount ?? 0); pageNumber += 1) {
    const page = await authorization.getAuthorizationRoleUsers(ROLES.employee.id, { pageSize: 5, pageNumber });
    for (const entity of page.entities ?? []) {
      expect(Object.keys(entity).sort()).toEqual(['id', 'selfUri']);
      ids.push(entity.id ?? '');
    }
  }
  expect(ids).toEqual(expected);
  expect(ids).toContain(USERS.inactive);
  expect(ids).not.toContain(USERS.deleted);
});

test('role holders are named through GET /users?id= (state any), 100 ids at most', async () => {
  const { apisFor } = startEmulator();
  const apis = apisFor('admin');
  const org = fixtureOrg();
  const ids = org.users.filter((user) => user.state !== 'deleted').map((user) => user.id);
  const named = await apis.users.getUsers({ id: ids, pageSize: 100, state: 'any' });
  expect(named.entities?.map((user) => [user.id, user.name])).toEqual(
    expect.arrayContaining([
      [USERS.noBadges, 'Nob Adges'],
      [USERS.inactive, 'Ina Ctive'],
    ]),
  );
  expect(named.entities).toHaveLength(ids.length);
  const tooMany = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`);
  expect(await rejection(apis.users.getUsers({ id: tooMany, pageSize: 100 }))).toMatchObject({ status: 400, code: 'invalid.value' });
});

test('roles/{id}/users needs authorization:role:view and a known role', async () => {
  const { apisFor } = startEmulator();
  const denied = await rejection((await authorizationApi(apisFor('agent'))).getAuthorizationRoleUsers(ROLES.agent.id));
  expect(denied).toMatchObject({ status: 403 });
  expect(denied.message).toContain('authorization:role:view');
  const unknown = await rejection(
    (await authorizationApi(apisFor('admin'))).getAuthorizationRoleUsers('r0000000-0000-4000-8000-999999999999'),
  );
  expect(unknown).toMatchObject({ status: 404 });
});

test('subjects/me answers one’s own grants with role and division, without authorization:grant:view', async () => {
  const { apisFor } = startEmulator();
  const me = await (await authorizationApi(apisFor('no-uc-view'))).getAuthorizationSubjectsMe();
  expect(me).toMatchObject({
    id: USERS.no8x8,
    name: 'Noe Eight',
    selfUri: `/api/v2/authorization/subjects/${USERS.no8x8}`,
    grants: [
      {
        subjectId: USERS.no8x8,
        role: { id: ROLES.agentNo8x8.id, name: 'Agent without 8x8' },
        division: { id: HOME_DIVISION, name: 'Home' },
      },
    ],
  });
  // Shaped exactly like subjects/{id} as someone with grant:view reads it.
  const byId = await (await authorizationApi(apisFor('admin'))).getAuthorizationSubject(USERS.no8x8);
  expect(me).toEqual(byId);
  await expect((await authorizationApi(apisFor('agent'))).getAuthorizationSubjectsMe({ includeDuplicates: true })).resolves.toMatchObject({
    id: USERS.agent,
  });
});

test('subjects/{id} needs authorization:grant:view, even for one’s own id; an unknown subject is a 404', async () => {
  const { apisFor } = startEmulator();
  for (const subjectId of [USERS.admin, USERS.agent]) {
    const denied = await rejection((await authorizationApi(apisFor('agent'))).getAuthorizationSubject(subjectId));
    expect(denied).toMatchObject({ status: 403, messageParams: { permissions: '[authorization:grant:view]' } });
  }
  const unknown = await rejection(
    (await authorizationApi(apisFor('admin'))).getAuthorizationSubject('00000000-0000-4000-8000-999999999999'),
  );
  expect(unknown).toMatchObject({ status: 404 });
});
