import { expect, test } from 'vitest';
import { GENERATED_ORG_EPOCH, MAX_GENERATED_ORG_SIZE, generateOrg } from '@/emulator/generate-org';
import { DEMO_PERSONAS, SYSTEM_PRESENCES } from '@/emulator/org-model';
import { DEFAULT_UC, ucProfile } from '@/genesys/uc-table';
import type { DemoPersona, OrgPhone, OrgUser, Organization, SystemPresence } from '@/emulator/org-model';

const E164 = /^\+[1-9]\d{7,14}$/;
const DEFAULT_TAG = ucProfile(DEFAULT_UC).numberTag;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const eightByEightPhone = (user: OrgUser): OrgPhone | undefined =>
  user.phones.find((phone) => phone.type === 'OTHER' && phone.integration === DEFAULT_TAG);
const isEightByEightUser = (user: OrgUser): boolean => user.kind !== 'genesys-only';

function defects(org: Organization) {
  const eightByEightUsers = org.users.filter(isEightByEightUser);
  const numberCounts = new Map<string, number>();
  for (const user of eightByEightUsers) {
    const phone = eightByEightPhone(user);
    if (phone) numberCounts.set(phone.number, (numberCounts.get(phone.number) ?? 0) + 1);
  }
  return {
    noNumber: eightByEightUsers.filter((u) => u.kind === 'uc-only' && !eightByEightPhone(u)),
    malformed: eightByEightUsers.filter((u) => {
      const phone = eightByEightPhone(u);
      return phone !== undefined && !E164.test(phone.number);
    }),
    duplicated: eightByEightUsers.filter((u) => {
      const phone = eightByEightPhone(u);
      return phone !== undefined && (numberCounts.get(phone.number) ?? 0) > 1;
    }),
    otherNotPrimary: eightByEightUsers.filter(
      (u) => u.kind === 'uc-only' && eightByEightPhone(u)?.primary === false && u.phones.some((p) => p.primary),
    ),
    inactive: eightByEightUsers.filter((u) => u.state === 'inactive'),
    deleted: eightByEightUsers.filter((u) => u.state === 'deleted'),
  };
}

function permissionsOf(org: Organization, userId: string): Set<string> {
  const user = org.users.find((u) => u.id === userId);
  const roles = new Map(org.roles.map((role) => [role.id, role]));
  return new Set(user?.grants.flatMap((g) => roles.get(g.roleId)?.permissions ?? []) ?? []);
}

function roleNamesOf(org: Organization, userId: string): string[] {
  const user = org.users.find((u) => u.id === userId);
  const names = new Map(org.roles.map((role) => [role.id, role.name]));
  return [...new Set(user?.grants.map((g) => names.get(g.roleId) ?? '?'))].sort();
}

/** Segment-wise match where "*" matches anything, as the app treats permissions. */
function grants(permissions: Set<string>, wanted: string): boolean {
  const want = wanted.split(':');
  return [...permissions].some((permission) => permission.split(':').every((segment, i) => segment === '*' || segment === want[i]));
}

test('the same seed and size give a deeply equal org', () => {
  expect(generateOrg({ size: 300, seed: 42 })).toStrictEqual(generateOrg({ size: 300, seed: 42 }));
});

test('a different seed gives a different org', () => {
  const a = generateOrg({ size: 300, seed: 1 });
  const b = generateOrg({ size: 300, seed: 2 });
  expect(b.id).not.toBe(a.id);
  expect(b.users.map((u) => u.name)).not.toEqual(a.users.map((u) => u.name));
  expect(b.users.map((u) => u.id)).not.toEqual(a.users.map((u) => u.id));
});

test('size is the number of 8×8 users (UC-only and hybrid, seeded defects included)', () => {
  for (const size of [0, 1, 19, 20, 333, 2000]) {
    const org = generateOrg({ size, seed: 7 });
    expect(org.users.filter(isEightByEightUser)).toHaveLength(size);
    const withNumber = org.users.filter((u) => isEightByEightUser(u) && eightByEightPhone(u));
    expect(withNumber.length + defects(org).noNumber.length).toBe(size);
  }
});

test('most 8×8 users are UC-only, some hybrid, and Genesys-only agents are about a tenth (at least 5)', () => {
  const org = generateOrg({ size: 2000, seed: 3 });
  const count = (kind: OrgUser['kind']): number => org.users.filter((u) => u.kind === kind).length;
  expect(count('hybrid')).toBe(300);
  expect(count('uc-only')).toBe(1700);
  // 200 agents, 5 personas, 1 master admin
  expect(count('genesys-only')).toBe(206);
  expect(generateOrg({ size: 10, seed: 3 }).users.filter((u) => u.kind === 'genesys-only').length).toBeGreaterThanOrEqual(5 + 5);
});

test('UC-only users carry their 8×8 number SCIM-style: an E.164 Other Phone tagged for 8×8, primary', () => {
  const org = generateOrg({ size: 2000, seed: 11 });
  const found = defects(org);
  const seeded = new Set([...found.noNumber, ...found.malformed, ...found.otherNotPrimary].map((u) => u.id));
  const regular = org.users.filter((u) => u.kind === 'uc-only' && !seeded.has(u.id));
  expect(regular.length).toBeGreaterThan(1600);
  for (const user of regular) {
    const phone = eightByEightPhone(user);
    expect(phone).toMatchObject({ type: 'OTHER', integration: DEFAULT_TAG, primary: true });
    expect(phone?.number).toMatch(E164);
    expect(user.phones.filter((p) => p.primary)).toHaveLength(1);
  }
  const hybrids = org.users.filter((u) => u.kind === 'hybrid');
  for (const user of hybrids) {
    expect(eightByEightPhone(user)?.number).toMatch(E164);
    expect(user.phones.some((p) => p.type === 'WORK')).toBe(true);
    expect(user.phones.filter((p) => p.primary)).toHaveLength(1);
  }
  const countries = new Set(regular.map((u) => eightByEightPhone(u)?.number.slice(0, 3)));
  expect(countries.size).toBeGreaterThan(5);
});

test('every seeded defect is present for sizes from 20 on, a few of each at 2000', () => {
  const small = defects(generateOrg({ size: 20, seed: 5 }));
  expect(small.noNumber).toHaveLength(1);
  expect(small.malformed).toHaveLength(1);
  expect(small.duplicated).toHaveLength(2);
  expect(small.otherNotPrimary).toHaveLength(1);
  expect(small.inactive).toHaveLength(1);
  expect(small.deleted).toHaveLength(1);

  const org = generateOrg({ size: 2000, seed: 5 });
  const found = defects(org);
  expect(found.noNumber).toHaveLength(2);
  expect(found.malformed).toHaveLength(2);
  expect(found.duplicated).toHaveLength(4);
  expect(found.otherNotPrimary).toHaveLength(2);
  expect(found.inactive).toHaveLength(2);
  expect(found.deleted).toHaveLength(2);
  for (const user of found.otherNotPrimary) {
    expect(user.phones.find((p) => p.primary)?.type).toBe('WORK');
  }
  for (const user of [...found.noNumber, ...found.malformed, ...found.otherNotPrimary, ...found.inactive, ...found.deleted]) {
    expect(user.kind).toBe('uc-only');
  }
});

test('at most ten of each defect, and malformed numbers never double as duplicates', () => {
  const found = defects(generateOrg({ size: 12_000, seed: 3 }));
  expect(found.malformed).toHaveLength(10);
  expect(new Set(found.malformed.map((u) => eightByEightPhone(u)?.number)).size).toBe(10);
  expect(found.duplicated).toHaveLength(20);
  expect(found.noNumber).toHaveLength(10);
});

test('orgs below 20 users are clean', () => {
  const found = defects(generateOrg({ size: 19, seed: 5 }));
  expect(Object.values(found).every((users) => users.length === 0)).toBe(true);
});

test('the personas are active Genesys-only users with exactly their roles and permissions', () => {
  const org = generateOrg({ size: 200, seed: 9 });
  const expectedRoles: Record<DemoPersona, string[]> = {
    agent: ['8x8 Presence Viewer', 'Agent', 'Employee', 'UC Presence Viewer'],
    supervisor: ['8x8 Presence Viewer', 'Employee', 'Supervisor', 'UC Presence Viewer'],
    admin: ['8x8 Presence Viewer', 'Admin', 'Employee', 'UC Presence Viewer'],
    'no-badges': ['8x8 Presence Viewer', 'Agent', 'Employee'],
    'no-uc-view': ['Agent', 'Employee', 'UC Presence Viewer'],
  };
  const employee = [
    'directory:user:view',
    'directory:userProfile:view',
    'directory:group:view',
    'directory:organization:view',
    'chat:chat:access',
  ];
  const agent = [
    'conversation:call:view',
    'conversation:call:add',
    'conversation:communication:view',
    'conversation:communication:blindTransfer',
    'conversation:communication:consultTransfer',
    'routing:queue:join',
  ];
  const uc = ['integration:unifiedCommunications:view'];
  const eightByEight = ['integration:eightByEight:view'];
  const expectedPermissions: Record<DemoPersona, string[]> = {
    agent: [...employee, ...agent, ...uc, ...eightByEight],
    supervisor: [
      ...employee,
      'analytics:userObservation:view',
      'analytics:queueObservation:view',
      'analytics:userAggregate:view',
      'routing:queue:view',
      ...uc,
      ...eightByEight,
    ],
    admin: [
      ...employee,
      'authorization:role:view',
      'authorization:grant:view',
      'directory:*:view',
      'integrations:integration:view',
      'presence:source:view',
      ...uc,
      ...eightByEight,
    ],
    'no-badges': [...employee, ...agent, ...eightByEight],
    'no-uc-view': [...employee, ...agent, ...uc],
  };

  for (const persona of DEMO_PERSONAS) {
    const userId = org.personas[persona];
    const user = org.users.find((u) => u.id === userId);
    expect(user, persona).toMatchObject({ kind: 'genesys-only', state: 'active' });
    expect(roleNamesOf(org, userId), persona).toEqual(expectedRoles[persona]);
    expect([...permissionsOf(org, userId)].sort(), persona).toEqual([...new Set(expectedPermissions[persona])].sort());
  }

  const can = (persona: DemoPersona, permission: string): boolean => grants(permissionsOf(org, org.personas[persona]), permission);
  expect(can('no-badges', 'integration:unifiedCommunications:view')).toBe(false);
  expect(can('no-uc-view', 'integration:eightByEight:view')).toBe(false);
  expect(can('agent', 'conversation:communication:blindTransfer')).toBe(true);
  expect(can('admin', 'directory:group:view')).toBe(true);
  expect(can('admin', 'directory:anything:view')).toBe(true);
  expect(can('admin', 'conversation:communication:blindTransfer')).toBe(false);
});

test('the master admin role (*:*:*) exists and no persona holds it', () => {
  const org = generateOrg({ size: 50, seed: 1 });
  const master = org.roles.find((role) => role.permissions.includes('*:*:*'));
  expect(master?.name).toBe('Master Admin');
  const holders = org.users.filter((u) => u.grants.some((g) => g.roleId === master?.id));
  expect(holders).toHaveLength(1);
  expect(Object.values(org.personas)).not.toContain(holders[0]?.id);
});

test('ids are UUID-shaped and unique; references point at existing entities', () => {
  const org = generateOrg({ size: 1000, seed: 21 });
  const userIds = new Set(org.users.map((u) => u.id));
  expect(userIds.size).toBe(org.users.length);
  const allIds = [
    org.id,
    ...org.users.map((u) => u.id),
    ...org.divisions.map((d) => d.id),
    ...org.groups.map((g) => g.id),
    ...org.roles.map((r) => r.id),
    ...org.presenceDefinitions.map((d) => d.id),
    ...org.ucIntegrations.map((i) => i.id),
    ...org.calls.map((c) => c.id),
  ];
  expect(new Set(allIds).size).toBe(allIds.length);
  for (const value of allIds) expect(value).toMatch(UUID);

  const divisionIds = new Set(org.divisions.map((d) => d.id));
  const groupIds = new Set(org.groups.map((g) => g.id));
  const roleIds = new Set(org.roles.map((r) => r.id));
  expect(org.divisions.filter((d) => d.home)).toHaveLength(1);
  for (const user of org.users) {
    expect(divisionIds.has(user.divisionId)).toBe(true);
    if (user.managerId !== undefined) expect(userIds.has(user.managerId)).toBe(true);
    for (const gid of user.groupIds) expect(groupIds.has(gid)).toBe(true);
    for (const g of user.grants) {
      expect(roleIds.has(g.roleId)).toBe(true);
      expect(divisionIds.has(g.divisionId)).toBe(true);
    }
  }
  expect(org.users.filter((u) => u.managerId !== undefined).length).toBeGreaterThan(org.users.length * 0.9);
  expect(new Set(org.users.map((u) => u.email)).size).toBe(org.users.length);
});

test('presence definitions are the ten system presences with Genesys’ well-known ids', () => {
  const org = generateOrg({ size: 10, seed: 1 });
  expect(org.presenceDefinitions.map((d) => d.systemPresence)).toEqual([...SYSTEM_PRESENCES]);
  expect(org.presenceDefinitions.every((d) => d.primary && d.labels.en_US)).toBe(true);
  expect(org.presenceDefinitions.find((d) => d.systemPresence === 'AVAILABLE')?.id).toBe('6a3af858-942f-489d-9700-5f9bcdcdae9b');
  expect(generateOrg({ size: 10, seed: 2 }).presenceDefinitions).toEqual(org.presenceDefinitions);
});

test('every user has a Genesys presence; UC-only users are offline in Genesys', () => {
  const org = generateOrg({ size: 1000, seed: 4 });
  const systemOf = new Map(org.presenceDefinitions.map((d) => [d.id, d.systemPresence]));
  for (const user of org.users) {
    const state = org.presences[user.id];
    expect(state, user.name).toBeDefined();
    if (user.kind === 'uc-only') expect(systemOf.get(state?.definitionId ?? '')).toBe('OFFLINE');
  }
  expect(Object.keys(org.presences)).toHaveLength(org.users.length);
});

test('8×8 presence exists for exactly the 8×8 users with a number, in a realistic mix', () => {
  const org = generateOrg({ size: 5000, seed: 8 });
  const systemOf = new Map(org.presenceDefinitions.map((d) => [d.id, d.systemPresence]));
  const withNumber = org.users.filter((u) => isEightByEightUser(u) && eightByEightPhone(u)).map((u) => u.id);
  expect(Object.keys(org.integrationPresences).sort()).toEqual(withNumber.sort());

  const counts = new Map<SystemPresence | undefined, number>();
  for (const state of Object.values(org.integrationPresences)) {
    const system = systemOf.get(state.definitionId);
    counts.set(system, (counts.get(system) ?? 0) + 1);
  }
  const share = (p: SystemPresence): number => (counts.get(p) ?? 0) / withNumber.length;
  expect(counts.has(undefined)).toBe(false);
  expect(share('AVAILABLE')).toBeGreaterThan(0.4);
  expect(share('AVAILABLE')).toBeLessThan(0.5);
  expect(share('BUSY')).toBeGreaterThan(0.15);
  expect(share('OFFLINE')).toBeGreaterThan(0.1);
  expect(share('AWAY')).toBeGreaterThan(0.05);
  expect(share('MEETING')).toBeGreaterThan(0.04);
});

test('dates are ISO 8601 and lie before the fixed epoch, within days', () => {
  const org = generateOrg({ size: 2000, seed: 6 });
  const epoch = Date.parse(GENERATED_ORG_EPOCH);
  const dates = [
    ...Object.values(org.presences).map((s) => s.modifiedDate),
    ...Object.values(org.integrationPresences).map((s) => s.modifiedDate),
    ...org.calls.map((c) => c.startedDate),
  ];
  for (const date of dates) {
    expect(new Date(date).toISOString()).toBe(date);
    const ms = Date.parse(date);
    expect(ms).toBeLessThanOrEqual(epoch);
    expect(ms).toBeGreaterThan(epoch - 200 * 24 * 3600_000);
  }
  const recent = Object.values(org.integrationPresences).filter((s) => Date.parse(s.modifiedDate) > epoch - 6 * 3600_000);
  expect(recent.length).toBeGreaterThan(Object.keys(org.integrationPresences).length / 2);
});

test('the agent persona has one live customer call that started minutes before the epoch', () => {
  const org = generateOrg({ size: 100, seed: 12 });
  expect(org.calls).toHaveLength(1);
  const [call] = org.calls;
  expect(call?.agentUserId).toBe(org.personas.agent);
  expect(call?.customer.address).toMatch(/^tel:\+[1-9]\d{7,14}$/);
  expect(call?.customer.name).not.toBe('');
  const minutesAgo = (Date.parse(GENERATED_ORG_EPOCH) - Date.parse(call?.startedDate ?? '')) / 60_000;
  expect(minutesAgo).toBeGreaterThanOrEqual(2);
  expect(minutesAgo).toBeLessThanOrEqual(10);
});

test('the 8×8 UC integration entry describes the EightByEight source', () => {
  const org = generateOrg({ size: 10, seed: 1, environment: 'mypurecloud.ie' });
  expect(org.environment).toBe('mypurecloud.ie');
  expect(generateOrg({ size: 10, seed: 1 }).environment).toBe('mypurecloud.com');
  expect(org.ucIntegrations).toEqual([
    expect.objectContaining({
      name: '8x8',
      integrationPresenceSource: ucProfile(DEFAULT_UC).presenceSource,
      pbxPermission: 'integration:eightByEight:view',
      userPermissions: ['integration:unifiedCommunications:view', 'integration:eightByEight:view'],
      polledPresence: false,
      active: true,
    }),
  ]);
  const integration = org.ucIntegrations[0];
  expect(integration?.iconSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
  for (const key of ['available', 'busy', 'away', 'offline', 'meeting', 'on_queue']) {
    expect(integration?.badgeIconsSvg[key], key).toMatch(/^<svg[\s\S]*<\/svg>$/);
  }
});

test('names come from many cultures, including accents and other scripts', () => {
  const org = generateOrg({ size: 5000, seed: 13 });
  const names = org.users.map((u) => u.name);
  expect(names.some((n) => /[À-ž]/.test(n))).toBe(true);
  expect(names.some((n) => /[^\p{Script=Latin}\p{M}\s'’-]/u.test(n))).toBe(true);
  for (const user of org.users) expect(user.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
});

test('an impossible size is refused', () => {
  expect(() => generateOrg({ size: -1, seed: 1 })).toThrow(RangeError);
  expect(() => generateOrg({ size: 1.5, seed: 1 })).toThrow(RangeError);
  expect(() => generateOrg({ size: MAX_GENERATED_ORG_SIZE + 1, seed: 1 })).toThrow(RangeError);
  expect(() => generateOrg({ size: 10, seed: Number.NaN })).toThrow(RangeError);
});
