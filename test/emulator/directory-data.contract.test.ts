import { expect, test } from 'vitest';
import { rejection, startEmulator } from '../support/emulator-server';
import { EIGHT_BY_EIGHT_ID, ROLES, USERS } from '../support/fixture-org';
import { authorizationApi } from '@/genesys/sdk';

/** The 8×8 presence source id as GET /api/v2/presence/sources lists it (not the clientapps entry's id). */
async function listedSourceId(presence: ReturnType<ReturnType<typeof startEmulator>['apisFor']>['presence']) {
  const sources = await presence.getPresenceSources();
  return sources.entities?.find((source) => source.name === 'EightByEight')?.id;
}

test('bulk presence takes the source id that /presence/sources lists, up to 50 ids, 400 beyond', async () => {
  const { apisFor } = startEmulator();
  const presence = apisFor('agent').presence;
  const sourceId = await listedSourceId(apisFor('admin').presence);
  expect(sourceId).toMatch(/^[0-9a-f-]{36}$/);
  expect(sourceId).not.toBe(EIGHT_BY_EIGHT_ID);
  const ids = [USERS.ucOnly, USERS.ucOnly2, ...Array.from({ length: 48 }, (_, i) => `unknown-${String(i)}`)];
  const answer = await presence.getUsersPresenceBulk(sourceId ?? '', { id: ids });
  expect(answer.map((presence) => presence.userId)).toEqual([USERS.ucOnly, USERS.ucOnly2]);
  expect(answer[0]).toMatchObject({ source: 'EightByEight', sourceId, presenceDefinition: { systemPresence: 'BUSY' } });
  const error = await rejection(presence.getUsersPresenceBulk(sourceId ?? '', { id: [...ids, 'one-more'] }));
  expect(error).toMatchObject({ status: 400, code: 'invalid.value' });
  // The UC integration's own id is not a presence source id.
  expect(await rejection(presence.getUsersPresenceBulk(EIGHT_BY_EIGHT_ID, { id: [USERS.ucOnly] }))).toMatchObject({ status: 404 });
  expect(await rejection(presence.getUsersPresenceBulk('EightByEight', { id: [USERS.ucOnly] }))).toMatchObject({ status: 404 });
});

test('bulk presence needs no permission (the SDK lists none)', async () => {
  const { apisFor } = startEmulator();
  const sourceId = await listedSourceId(apisFor('admin').presence);
  const answer = await apisFor('no-badges').presence.getUsersPresenceBulk(sourceId ?? '', { id: [USERS.ucOnly] });
  expect(answer.map((entry) => entry.userId)).toEqual([USERS.ucOnly]);
});

test('presence definitions and sources (presence:source:view); with presenceSource unlisted no 8×8 source is listed and none works', async () => {
  const { apisFor, emulator } = startEmulator();
  expect(await rejection(apisFor('agent').presence.getPresenceSources())).toMatchObject({ status: 403, code: 'missing.permissions' });
  const presence = apisFor('admin').presence;
  const definitions = await presence.getPresenceDefinitions0();
  expect(definitions.entities?.map((definition) => definition.systemPresence)).toContain('ON_QUEUE');
  const sources = await presence.getPresenceSources();
  expect(sources.entities?.map((source) => source.name)).toEqual(['PURECLOUD', 'EightByEight']);
  const sourceId = await listedSourceId(presence);
  emulator.setVariants({ presenceSource: 'unlisted' });
  expect((await presence.getPresenceSources()).entities?.map((source) => source.name)).toEqual(['PURECLOUD']);
  expect(await rejection(presence.getUsersPresenceBulk(sourceId ?? '', { id: [USERS.ucOnly] }))).toMatchObject({ status: 404 });
});

test('UC clientapps list the active 8×8 integration with SVG icons, 403 without the badge permission', async () => {
  const { apisFor } = startEmulator();
  const list = await apisFor('agent').integrations.getIntegrationsUnifiedcommunicationsClientapps();
  expect(list.entities).toHaveLength(1);
  expect(list.entities?.[0]).toMatchObject({
    id: EIGHT_BY_EIGHT_ID,
    integrationPresenceSource: 'EightByEight',
    pbxPermission: 'integration:eightByEight:view',
    userPermissions: ['integration:unifiedCommunications:view'],
    polledPresence: false,
  });
  expect(list.entities?.[0]?.icon.vector).toContain('<svg');
  expect(list.entities?.[0]?.badgeIcons.available?.vector).toContain('<svg');
  const one = await apisFor('agent').integrations.getIntegrationsUnifiedcommunicationsClientapp(EIGHT_BY_EIGHT_ID);
  expect(one.name).toBe('8x8');
  const error = await rejection(apisFor('no-badges').integrations.getIntegrationsUnifiedcommunicationsClientapps());
  expect(error.status).toBe(403);
  expect(error.message).toContain('integration:unifiedCommunications:view');
});

test('the permissions catalogue needs no permission', async () => {
  const { apisFor } = startEmulator();
  const catalogue = await (await authorizationApi(apisFor('no-badges'))).getAuthorizationPermissions({ pageSize: 100 });
  const integration = catalogue.entities?.find((collection) => collection.domain === 'integration');
  expect(Object.keys(integration?.permissionMap ?? {})).toEqual(['eightByEight', 'microsoftTeams', 'unifiedCommunications']);
});

test('roles by permission, role users and subjects for an admin; 403 for others', async () => {
  const { apisFor } = startEmulator();
  const authorization = await authorizationApi(apisFor('admin'));
  const roles = await authorization.getAuthorizationRoles({ permission: ['integration:unifiedCommunications:view'] });
  expect(roles.entities?.map((role) => role.name)).toEqual(['Agent', 'Supervisor', 'Admin', 'Agent without 8x8']);
  const users = await authorization.getAuthorizationRoleUsers(ROLES.agent.id);
  expect(users.entities?.map((user) => user.id)).toEqual([USERS.agent]);
  const subject = await authorization.getAuthorizationSubject(USERS.agent);
  expect(subject.grants?.[0]?.role?.name).toBe('Agent');
  const divisions = await authorization.getAuthorizationDivisions();
  expect(divisions.entities?.[0]?.homeDivision).toBe(true);

  const denied = await rejection((await authorizationApi(apisFor('agent'))).getAuthorizationRoles());
  expect(denied.message).toContain('authorization:role:view');
  const subjectDenied = await rejection((await authorizationApi(apisFor('agent'))).getAuthorizationSubject(USERS.admin));
  expect(subjectDenied.message).toContain('authorization:grant:view');
});
