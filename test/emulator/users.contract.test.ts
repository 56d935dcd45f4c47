import { expect, test } from 'vitest';
import { DEFAULT_UC, ucProfile } from '@/genesys/uc-table';
import { createPlatformApis } from '@/genesys/sdk';
import { rejection, startEmulator } from '../support/emulator-server';
import { fixtureOrg, ROLES, USERS } from '../support/fixture-org';

const BADGES = 'integration:unifiedCommunications:view';
const EIGHT_BY_EIGHT_SOURCE = ucProfile(DEFAULT_UC).presenceSource;

test('users/me with expand=authorization lists the roles and permissions of the token user', async () => {
  const { apisFor } = startEmulator();
  const me = await apisFor('agent').users.getUsersMe({ expand: ['authorization'] });
  expect(me.id).toBe(USERS.agent);
  expect(me.authorization?.roles?.map((role) => role.name)).toEqual(['Agent']);
  expect(me.authorization?.permissions).toEqual(
    expect.arrayContaining([BADGES, 'integration:eightByEight:view', 'conversation:communication:blindTransfer']),
  );
  const plain = await apisFor('agent').users.getUsersMe();
  expect(plain.authorization).toBeUndefined();
});

test('a missing, unknown or revoked token is a 401 in Genesys shape', async () => {
  const { emulator, url } = startEmulator();
  const missing = await fetch(url('/api/v2/users/me'));
  expect(missing.status).toBe(401);
  expect(await missing.json()).toMatchObject({ code: 'bad.credentials', status: 401 });

  const unknown = await rejection(createPlatformApis(emulator.environment, 'not-a-token').users.getUsersMe());
  expect(unknown).toMatchObject({ status: 401, code: 'bad.credentials', message: 'Invalid login credentials.' });

  const token = emulator.issueToken(USERS.agent);
  emulator.revokeToken(token);
  const revoked = await rejection(createPlatformApis(emulator.environment, token).users.getUsersMe());
  expect(revoked.status).toBe(401);
});

test('with integrationPresenceSource the 8×8 presence comes in `presence`, instead of the Genesys one (variant presenceField:presence)', async () => {
  const { apisFor } = startEmulator();
  const result = await apisFor('agent').users.postUsersSearch({
    query: [{ type: 'EXACT', fields: ['id'], values: [USERS.ucOnly, USERS.genesysOnly] }],
    expand: ['presence'],
    integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE,
  });
  const byId = new Map(result.results.map((user) => [user.id, user]));
  expect(byId.get(USERS.ucOnly)?.presence).toMatchObject({
    source: 'EightByEight',
    presenceDefinition: { systemPresence: 'BUSY' },
    message: 'On a call',
  });
  expect(byId.get(USERS.ucOnly)?.integrationPresence).toBeUndefined();
  // Someone without 8×8 presence keeps their default, Genesys' own: the app must not show it as 8×8.
  expect(byId.get(USERS.genesysOnly)?.presence).toMatchObject({ source: 'PURECLOUD' });
  expect(byId.get(USERS.genesysOnly)?.integrationPresence).toBeUndefined();
});

test('with the variant presenceField:integrationPresence the 8×8 presence comes in `integrationPresence`', async () => {
  const { apisFor } = startEmulator({ variants: { presenceField: 'integrationPresence' } });
  const result = await apisFor('agent').users.getUsers({
    id: [USERS.ucOnly, USERS.genesysOnly],
    expand: ['presence'],
    integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE,
  });
  const byId = new Map(result.entities?.map((user) => [user.id, user]));
  expect(byId.get(USERS.ucOnly)?.integrationPresence).toMatchObject({
    source: 'EightByEight',
    presenceDefinition: { systemPresence: 'BUSY' },
  });
  expect(byId.get(USERS.ucOnly)?.presence).toBeUndefined();
  expect(byId.get(USERS.genesysOnly)?.integrationPresence).toBeUndefined();
});

test('search without integrationPresenceSource fills the Genesys presence', async () => {
  const { apisFor } = startEmulator();
  const result = await apisFor('agent').users.postUsersSearch({
    query: [{ type: 'EXACT', fields: ['id'], value: USERS.ucOnly }],
    expand: ['presence'],
  });
  expect(result.results[0]?.presence?.presenceDefinition?.systemPresence).toBe('AVAILABLE');
  expect(result.results[0]?.integrationPresence).toBeUndefined();
});

test('search allows at most 100 users per page with integrationPresenceSource', async () => {
  const { apisFor } = startEmulator();
  const apis = apisFor('agent');
  const request = { expand: ['presence'], integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE };
  const ok = await apis.users.postUsersSearch({ ...request, pageSize: 100 });
  expect(ok.pageSize).toBe(100);
  const error = await rejection(apis.users.postUsersSearch({ ...request, pageSize: 101 }));
  expect(error).toMatchObject({ status: 400, code: 'invalid.value' });
  expect(error.message).toContain('pageSize');
});

test('GET /api/v2/users allows at most 100 per page with integrationPresenceSource, more without', async () => {
  const { apisFor } = startEmulator();
  const apis = apisFor('agent');
  const error = await rejection(
    apis.users.getUsers({ pageSize: 101, expand: ['presence'], integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE }),
  );
  expect(error.status).toBe(400);
  const plain = await apis.users.getUsers({ pageSize: 101 });
  expect(plain.pageSize).toBe(101);
});

test('integration presence without the badge permission is a 403 naming it', async () => {
  const { apisFor } = startEmulator();
  const error = await rejection(
    apisFor('no-badges').users.postUsersSearch({ expand: ['presence'], integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE }),
  );
  expect(error).toMatchObject({ status: 403, code: 'missing.permissions' });
  expect(error.message).toContain(BADGES);
  const withoutPresence = await apisFor('no-badges').users.postUsersSearch({ pageSize: 5 });
  expect(withoutPresence.results).toHaveLength(5);
});

test('users search needs directory:user:view', async () => {
  const org = fixtureOrg();
  org.roles = org.roles.map((role) => (role.id === ROLES.employee.id ? { ...role, permissions: [] } : role));
  const { apisForUser } = startEmulator({ org });
  const error = await rejection(apisForUser(USERS.ucOnly2).users.postUsersSearch({}));
  expect(error).toMatchObject({ status: 403, code: 'missing.permissions' });
  expect(error.message).toContain('directory:user:view');
});

test('search criteria, sorting and paging', async () => {
  const { apisFor } = startEmulator();
  const search = apisFor('agent').users;
  const names = async (body: Parameters<typeof search.postUsersSearch>[0]) =>
    (await search.postUsersSearch(body)).results.map((user) => user.name);
  expect(await names({ query: [{ type: 'CONTAINS', fields: ['name'], value: 'eight' }] })).toEqual([
    'Ada Eight',
    'Bruno Eight',
    'Chloe Eight',
    'Noe Eight',
  ]);
  expect(await names({ query: [{ type: 'STARTS_WITH', fields: ['email'], value: 'ada.' }] })).toEqual(['Ada Eight']);
  expect(await names({ query: [{ type: 'TERM', fields: ['department'], value: 'billing' }] })).toEqual(['Chloe Eight']);
  expect(await names({ query: [{ type: 'TERMS', fields: ['title'], values: ['clerk', 'engineer'] }], sortOrder: 'DESC' })).toEqual([
    'Chloe Eight',
    'Bruno Eight',
  ]);
  expect(await names({ query: [{ type: 'QUERY_STRING', fields: ['name', 'email'], value: 'bru eig*' }] })).toEqual(['Bruno Eight']);
  expect(await names({ query: [{ type: 'CONTAINS', fields: ['addresses'], value: '5550103' }] })).toEqual(['Chloe Eight']);
  expect(
    await names({
      query: [
        { type: 'EXACT', fields: ['department'], value: 'Sales' },
        { type: 'EXACT', fields: ['title'], value: 'Engineer', operator: 'NOT' },
      ],
    }),
  ).toEqual(['Ada Eight']);

  const page2 = await search.postUsersSearch({ query: [{ type: 'MATCH_ALL' }], pageSize: 4, pageNumber: 2 });
  expect(page2).toMatchObject({ total: 11, pageCount: 3, pageNumber: 2, pageSize: 4 });
  expect(page2.results).toHaveLength(4);
});

test('OR criteria: at least one must match, beside every AND criterion (a national number searched with and without its trunk 0)', async () => {
  const { apisFor } = startEmulator();
  const search = apisFor('agent').users;
  const names = async (body: Parameters<typeof search.postUsersSearch>[0]) =>
    (await search.postUsersSearch(body)).results.map((user) => user.name);
  type Criterion = NonNullable<Parameters<typeof search.postUsersSearch>[0]['query']>[number];
  const state: Criterion = { type: 'EXACT', fields: ['state'], values: ['active'] };
  const byNumber = (value: string): Criterion => ({ type: 'CONTAINS', fields: ['addresses'], value, operator: 'OR' });
  // "+13175550103" is stored: the digits as typed nationally ("03175550103") are not in it, without the 0 they are.
  expect(await names({ query: [state, byNumber('03175550103')] })).toEqual([]);
  expect(await names({ query: [state, byNumber('03175550103'), byNumber('3175550103')] })).toEqual(['Chloe Eight']);
  expect(await names({ query: [state, byNumber('5550101'), byNumber('5550103')] })).toEqual(['Ada Eight', 'Chloe Eight']);
  // The AND criterion still holds: the inactive user's number matches, but they are not active.
  expect(await names({ query: [state, byNumber('5550105'), byNumber('5550101')] })).toEqual(['Ada Eight']);
});

test('deleted users are hidden unless the query asks for their state', async () => {
  const { apisFor } = startEmulator();
  const users = apisFor('agent').users;
  const all = await users.postUsersSearch({ pageSize: 100 });
  expect(all.results.map((user) => user.id)).not.toContain(USERS.deleted);
  expect(all.results.map((user) => user.id)).toContain(USERS.inactive);
  const deleted = await users.postUsersSearch({ query: [{ type: 'EXACT', fields: ['state'], value: 'deleted' }] });
  expect(deleted.results.map((user) => user.id)).toEqual([USERS.deleted]);
  const active = await users.getUsers({ pageSize: 100 });
  expect(active.entities?.every((user) => user.state === 'active')).toBe(true);
});

test('a malformed search body is a 400 in Genesys shape', async () => {
  const { apisFor, url, tokenFor } = startEmulator();
  const bad = await rejection(apisFor('agent').users.postUsersSearch({ query: [{ type: 'SOUNDS_LIKE', fields: ['name'], value: 'x' }] }));
  expect(bad).toMatchObject({ status: 400, code: 'invalid.value' });
  const notJson = await fetch(url('/api/v2/users/search'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokenFor('agent')}`, 'Content-Type': 'application/json' },
    body: '{"query": [',
  });
  expect(notJson.status).toBe(400);
  expect(await notJson.json()).toMatchObject({ code: 'bad.request', status: 400, details: [] });
});

test('a user by id carries the 8×8 number as an Other Phone contact; unknown ids are 404', async () => {
  const { apisFor } = startEmulator();
  const users = apisFor('admin').users;
  const user = await users.getUser(USERS.ucOnly, { expand: ['authorization'] });
  expect(user.addresses).toEqual([
    { address: '+13175550101', display: '(317) 555-0101', mediaType: 'PHONE', type: 'OTHER', integration: 'eightbyeight' },
  ]);
  expect(user.primaryContactInfo).toContainEqual(expect.objectContaining({ address: '+13175550101', type: 'OTHER' }));
  expect(user.authorization?.permissions).toContain('directory:user:view');
  expect(await rejection(users.getUser('00000000-0000-4000-8000-999999999999'))).toMatchObject({
    status: 404,
    code: 'not.found',
  });
});

test('GET /users with expand=dateLastLogin and state=any: UC-only users never signed in, deleted users are listed', async () => {
  const org = fixtureOrg();
  const deleted = org.users.find((user) => user.id === USERS.ucOnly3);
  if (deleted) deleted.state = 'deleted';
  const { apisFor } = startEmulator({ org });
  const users = apisFor('admin').users;
  const any = await users.getUsers({ pageSize: 500, state: 'any', expand: ['dateLastLogin'] });
  const byId = new Map((any.entities ?? []).map((user) => [user.id, user]));
  expect(byId.get(USERS.ucOnly)?.dateLastLogin).toBeUndefined();
  expect(byId.get(USERS.genesysOnly)?.dateLastLogin).toEqual(expect.any(String));
  expect(byId.get(USERS.ucOnly3)?.state).toBe('deleted');
  const active = await users.getUsers({ pageSize: 500 });
  expect(active.entities?.some((user) => user.id === USERS.ucOnly3)).toBe(false);
  expect(active.entities?.[0]?.dateLastLogin).toBeUndefined();
});

test('the variant numberTag plays another tag, or none, on the 8×8 number', async () => {
  const { apisFor, emulator } = startEmulator({ variants: { numberTag: null } });
  const users = apisFor('agent').users;
  expect((await users.getUser(USERS.ucOnly)).addresses).toEqual([
    { address: '+13175550101', display: '(317) 555-0101', mediaType: 'PHONE', type: 'OTHER' },
  ]);
  emulator.setVariants({ numberTag: 'EIGHT_BY_EIGHT' });
  expect((await users.getUser(USERS.ucOnly)).addresses?.[0]?.integration).toBe('EIGHT_BY_EIGHT');
});
