// An org with several UC integrations: each with its own clientapps entry, presence source, number tag,
// viewer permission and presence events; old single-integration org files still load as before.
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { OrgFileError, parseOrgFile } from '@/emulator/org-file';
import type { OrgUser, Organization } from '@/emulator/org-model';
import { ucProfile } from '@/genesys/uc-table';
import { startEmulator } from '../support/emulator-server';
import { openSocket } from '../support/socket';
import { notificationsApi } from '@/genesys/sdk';

const BADGES = 'integration:unifiedCommunications:view';
const EIGHT_BY_EIGHT = ucProfile('8x8');
const TEAMS = ucProfile('teams');

function twoIntegrationOrg(): Organization {
  return generateOrg({ size: 60, seed: 5, integrations: ['8x8', 'teams'] });
}

/** A regular active UC-only user of the integration, with a number and an integration presence. */
function ucUser(org: Organization, uc: '8x8' | 'teams'): OrgUser {
  const user = org.users.find(
    (candidate) =>
      candidate.uc === uc &&
      candidate.kind === 'uc-only' &&
      candidate.state === 'active' &&
      org.integrationPresences[candidate.id] !== undefined &&
      candidate.phones.some((phone) => phone.type === 'OTHER'),
  );
  if (!user) throw new Error(`No ${uc} user in the generated org`);
  return user;
}

test('a generated org with 8×8 and Teams spreads its UC users over both, the first holding most', () => {
  const org = twoIntegrationOrg();
  const ucUsers = org.users.filter((user) => user.kind !== 'genesys-only');
  const teams = ucUsers.filter((user) => user.uc === 'teams').length;
  const eightByEight = ucUsers.filter((user) => user.uc === '8x8').length;
  expect(teams + eightByEight).toBe(60);
  expect(eightByEight).toBeGreaterThan(teams);
  expect(teams).toBeGreaterThan(10);
  expect(org.users.filter((user) => user.kind === 'genesys-only').every((user) => user.uc === undefined)).toBe(true);
  expect(parseOrgFile(JSON.parse(JSON.stringify(org)))).toStrictEqual(org);
});

test('the UC clientapps list has two active entries, each with its own source, permissions and icon', async () => {
  const { apisFor } = startEmulator({ org: twoIntegrationOrg() });
  const list = await apisFor('agent').integrations.getIntegrationsUnifiedcommunicationsClientapps();
  expect(list.entities).toHaveLength(2);
  expect(list.entities).toEqual([
    expect.objectContaining({
      name: '8x8',
      integrationPresenceSource: 'EightByEight',
      pbxPermission: 'integration:eightByEight:view',
      userPermissions: [BADGES, 'integration:eightByEight:view'],
      polledPresence: false,
    }),
    expect.objectContaining({
      name: 'Microsoft Teams',
      integrationPresenceSource: 'MicrosoftTeams',
      pbxPermission: 'integration:microsoftTeams:view',
      userPermissions: [BADGES, 'integration:microsoftTeams:view'],
      polledPresence: false,
    }),
  ]);
  expect(list.entities?.[1]?.icon.vector).toMatch(/^<svg[\s\S]*>MT<\/text><\/svg>$/);
  expect(list.entities?.[1]?.badgeIcons.available?.vector).toContain('<svg');
});

test('a Teams user’s presence comes with integrationPresenceSource=MicrosoftTeams only, an 8×8 user’s with EightByEight only', async () => {
  const org = twoIntegrationOrg();
  const teamsUser = ucUser(org, 'teams');
  const eightUser = ucUser(org, '8x8');
  const { apisFor, emulator } = startEmulator({ org });
  const users = apisFor('agent').users;
  const search = async (source: string) => {
    const result = await users.postUsersSearch({
      query: [{ type: 'EXACT', fields: ['id'], values: [teamsUser.id, eightUser.id] }],
      expand: ['presence'],
      integrationPresenceSource: source,
    });
    return new Map(result.results.map((user) => [user.id, user.presence]));
  };
  const asTeams = await search(TEAMS.presenceSource);
  expect(asTeams.get(teamsUser.id)).toMatchObject({ source: 'MicrosoftTeams' });
  // Not an 8×8 user's presence under Teams: what users without one get (their Genesys presence).
  expect(asTeams.get(eightUser.id)).toMatchObject({ source: 'PURECLOUD' });
  const asEightByEight = await search(EIGHT_BY_EIGHT.presenceSource);
  expect(asEightByEight.get(eightUser.id)).toMatchObject({ source: 'EightByEight' });
  expect(asEightByEight.get(teamsUser.id)).toMatchObject({ source: 'PURECLOUD' });
  // The source is matched in any case.
  expect((await search('microsoftteams')).get(teamsUser.id)).toMatchObject({ source: 'MicrosoftTeams' });

  emulator.setVariants({ presenceField: 'integrationPresence' });
  const listed = await users.getUsers({
    id: [teamsUser.id, eightUser.id],
    expand: ['presence'],
    integrationPresenceSource: EIGHT_BY_EIGHT.presenceSource,
  });
  const byId = new Map(listed.entities?.map((user) => [user.id, user]));
  expect(byId.get(eightUser.id)?.integrationPresence).toMatchObject({ source: 'EightByEight' });
  expect(byId.get(teamsUser.id)?.integrationPresence).toBeUndefined();
  const one = await users.getUser(teamsUser.id, {
    expand: ['presence'],
    integrationPresenceSource: TEAMS.presenceSource,
  });
  expect(one.integrationPresence).toMatchObject({ source: 'MicrosoftTeams' });
});

test('a Teams user’s number carries the tag microsoftteams; numberTag none or <tag> play other tags', async () => {
  const org = twoIntegrationOrg();
  const teamsUser = ucUser(org, 'teams');
  const eightUser = ucUser(org, '8x8');
  const { apisFor, emulator } = startEmulator({ org });
  const users = apisFor('agent').users;
  const tagOf = async (user: OrgUser) => (await users.getUser(user.id)).addresses?.find((address) => address.type === 'OTHER')?.integration;
  expect(await tagOf(teamsUser)).toBe('microsoftteams');
  expect(await tagOf(eightUser)).toBe('eightbyeight');
  emulator.setVariants({ numberTag: 'EIGHT_BY_EIGHT' });
  // <tag> is written on the first integration's numbers only.
  expect(await tagOf(eightUser)).toBe('EIGHT_BY_EIGHT');
  expect(await tagOf(teamsUser)).toBe('microsoftteams');
  emulator.setVariants({ numberTag: null });
  expect(await tagOf(eightUser)).toBeUndefined();
  expect(await tagOf(teamsUser)).toBeUndefined();
});

test('an integrationpresence event of a Teams user carries source MicrosoftTeams, of an 8×8 user EightByEight', async () => {
  const org = twoIntegrationOrg();
  const teamsUser = ucUser(org, 'teams');
  const eightUser = ucUser(org, '8x8');
  const { apisFor, emulator } = startEmulator({ org });
  const notifications = await notificationsApi(apisFor('agent'));
  const channel = await notifications.postNotificationsChannels();
  const topic = (userId: string) => `v2.users.${userId}.integrationpresence`;
  await notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [{ id: topic(teamsUser.id) }, { id: topic(eightUser.id) }]);
  const socket = await openSocket(channel.connectUri ?? '');
  emulator.setIntegrationPresence(teamsUser.id, 'BUSY', 'In a call');
  expect(await socket.next((event) => event.topicName === topic(teamsUser.id))).toMatchObject({
    eventBody: { userId: teamsUser.id, source: 'MicrosoftTeams', presenceDefinition: { systemPresence: 'BUSY' } },
  });
  emulator.setIntegrationPresence(eightUser.id, 'AWAY');
  expect(await socket.next((event) => event.topicName === topic(eightUser.id))).toMatchObject({
    eventBody: { userId: eightUser.id, source: 'EightByEight' },
  });
});

test('churn changes the integration presence of users of every integration', () => {
  const org = twoIntegrationOrg();
  const { emulator } = startEmulator({ org });
  const changed = new Set(emulator.churn(200));
  const integrations = new Set(org.users.filter((user) => changed.has(user.id)).map((user) => user.uc));
  expect(integrations).toEqual(new Set(['8x8', 'teams']));
});

test('presence sources: one per active integration; each bulk source answers for its own users', async () => {
  const org = twoIntegrationOrg();
  const teamsUser = ucUser(org, 'teams');
  const eightUser = ucUser(org, '8x8');
  const { apisFor } = startEmulator({ org });
  const sources = await apisFor('admin').presence.getPresenceSources();
  expect(sources.entities?.map((source) => source.name)).toEqual(['PURECLOUD', 'EightByEight', 'MicrosoftTeams']);
  const teamsSource = sources.entities?.find((source) => source.name === 'MicrosoftTeams')?.id ?? '';
  const answer = await apisFor('agent').presence.getUsersPresenceBulk(teamsSource, { id: [teamsUser.id, eightUser.id] });
  expect(answer).toEqual([expect.objectContaining({ userId: teamsUser.id, source: 'MicrosoftTeams', sourceId: teamsSource })]);
});

test('personas: the agent holds both view permissions, no-uc-view lacks both (and keeps the badge one)', async () => {
  const org = twoIntegrationOrg();
  const { apisFor } = startEmulator({ org });
  const permissionsOf = async (persona: 'agent' | 'no-uc-view' | 'no-badges') =>
    (await apisFor(persona).users.getUsersMe({ expand: ['authorization'] })).authorization?.permissions ?? [];
  expect(await permissionsOf('agent')).toEqual(
    expect.arrayContaining([BADGES, EIGHT_BY_EIGHT.permissionFallback, TEAMS.permissionFallback]),
  );
  const noUcView = await permissionsOf('no-uc-view');
  expect(noUcView).toContain(BADGES);
  expect(noUcView).not.toContain(EIGHT_BY_EIGHT.permissionFallback);
  expect(noUcView).not.toContain(TEAMS.permissionFallback);
  expect(await permissionsOf('no-badges')).toEqual(expect.arrayContaining([EIGHT_BY_EIGHT.permissionFallback, TEAMS.permissionFallback]));
  expect(org.roles.map((role) => role.name)).toEqual(expect.arrayContaining(['8x8 Presence Viewer', 'Microsoft Teams Presence Viewer']));
});

test('an old-format file (one 8×8 integration, no uc on users, persona no-8x8) loads and behaves as before', async () => {
  const current = generateOrg({ size: 20, seed: 2 });
  expect(current.users.some((user) => user.uc !== undefined)).toBe(false);
  const { 'no-uc-view': noUcView, ...others } = current.personas;
  const oldFile: unknown = JSON.parse(JSON.stringify({ ...current, personas: { ...others, 'no-8x8': noUcView } }));
  const org = parseOrgFile(oldFile);
  expect(org).toStrictEqual(current);
  const user = org.users.find((candidate) => candidate.kind === 'uc-only' && org.integrationPresences[candidate.id] !== undefined);
  const { apisFor } = startEmulator({ org });
  const answer = await apisFor('agent').users.getUser(user?.id ?? '', {
    expand: ['presence'],
    integrationPresenceSource: EIGHT_BY_EIGHT.presenceSource,
  });
  expect(answer.presence).toMatchObject({ source: 'EightByEight' });
  expect(answer.addresses?.find((address) => address.type === 'OTHER')?.integration).toBe('eightbyeight');
});

test('a user whose uc names an integration the file lacks is refused, naming the user and the value', () => {
  const org = generateOrg({ size: 20, seed: 2 });
  const index = org.users.findIndex((user) => user.kind === 'uc-only');
  const user = org.users[index];
  if (!user) throw new Error('No UC-only user');
  const file = { ...org, users: org.users.map((candidate) => (candidate === user ? { ...candidate, uc: 'zoom' } : candidate)) };
  let issues: string[] = [];
  try {
    parseOrgFile(JSON.parse(JSON.stringify(file)));
  } catch (error) {
    if (error instanceof OrgFileError) issues = error.issues;
  }
  expect(issues).toEqual([
    `users[${String(index)}].uc: user ${JSON.stringify(user.name)} belongs to UC integration "zoom", but ucIntegrations has no entry for it (it has 8x8)`,
  ]);
  expect(() => parseOrgFile({ ...file, users: [{ ...user, uc: 'skype' }] })).toThrow(
    /users\[0\]\.uc: expected one of 8x8, teams, zoom, ringcentral, got "skype"/,
  );
});
