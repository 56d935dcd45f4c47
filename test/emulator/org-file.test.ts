import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import { generateOrg, systemPresenceDefinitions } from '@/emulator/generate-org';
import { OrgFileError, parseOrgFile } from '@/emulator/org-file';
import type { orgFileSchema } from '@/emulator/org-file';
import type { Organization } from '@/emulator/org-model';

const AGENT = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6';
const UC_USER = '9e8d7c6b-5a49-4837-a625-140f3e2d1c0b';
const HOME = 'c0ffee00-0000-4000-8000-000000000001';
const ROLE = 'a11ce000-0000-4000-8000-000000000002';

function agentUser() {
  return {
    id: AGENT,
    name: 'Ada Agent',
    email: 'ada@example.com',
    kind: 'genesys-only',
    divisionId: HOME,
    grants: [{ roleId: ROLE, divisionId: HOME }],
  };
}

function ucOnlyUser() {
  return {
    id: UC_USER,
    name: 'Ulla Jansson',
    email: 'ulla@example.com',
    kind: 'uc-only',
    divisionId: HOME,
    phones: [{ number: '+4686015500', type: 'OTHER', integration: 'eightbyeight', primary: true }],
  };
}

/** The minimal file from docs/emulator.md. */
function minimalFile() {
  return {
    formatVersion: 1,
    id: 'f00dcafe-0000-4000-8000-000000000000',
    name: 'Example Co',
    divisions: [{ id: HOME, name: 'Home', home: true }],
    roles: [
      {
        id: ROLE,
        name: 'Agent',
        permissions: [
          'directory:user:view',
          'conversation:call:view',
          'conversation:communication:blindTransfer',
          'conversation:communication:consultTransfer',
          'integration:unifiedCommunications:view',
          'integration:eightByEight:view',
        ],
      },
    ],
    ucIntegrations: [
      {
        id: 'b0a710ad-0000-4000-8000-000000000003',
        name: '8x8',
        integrationPresenceSource: 'EightByEight',
        pbxPermission: 'integration:eightByEight:view',
        userPermissions: ['integration:unifiedCommunications:view', 'integration:eightByEight:view'],
      },
    ],
    users: [agentUser(), ucOnlyUser()],
    integrationPresences: {
      [UC_USER]: { definitionId: '6a3af858-942f-489d-9700-5f9bcdcdae9b', modifiedDate: '2026-01-05T14:55:00Z' },
    },
    personas: { agent: AGENT, supervisor: AGENT, admin: AGENT, 'no-badges': AGENT, 'no-8x8': AGENT },
  };
}

function issuesOf(json: unknown): string[] {
  try {
    parseOrgFile(json);
  } catch (error) {
    if (error instanceof OrgFileError) return error.issues;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

test('the schema output and the Organization interface are the same type', () => {
  expectTypeOf<z.output<typeof orgFileSchema>>().toEqualTypeOf<Organization>();
});

test('generated orgs of every size pass validation unchanged', () => {
  for (const [size, seed] of [
    [0, 1],
    [20, 2],
    [2000, 3],
  ] as const) {
    const org = generateOrg({ size, seed });
    expect(parseOrgFile(org)).toStrictEqual(org);
  }
});

test('a generated org survives a JSON round trip', () => {
  const org = generateOrg({ size: 500, seed: 77, environment: 'mypurecloud.de' });
  const json: unknown = JSON.parse(JSON.stringify(org));
  expect(parseOrgFile(json)).toStrictEqual(org);
});

test('a minimal file gets defaults for what it leaves out', () => {
  const org = parseOrgFile(minimalFile());
  expect(org.environment).toBe('mypurecloud.com');
  expect(org.groups).toEqual([]);
  expect(org.calls).toEqual([]);
  expect(org.presences).toEqual({});
  expect(org.presenceDefinitions).toEqual(systemPresenceDefinitions());
  expect(org.roles[0]?.description).toBe('');
  expect(org.ucIntegrations[0]).toMatchObject({ iconSvg: '', badgeIconsSvg: {}, polledPresence: false, active: true });
  expect(org.users[0]).toMatchObject({ username: 'ada@example.com', state: 'active', groupIds: [], phones: [] });
  expect(org.users[1]?.grants).toEqual([]);
});

test('the minimal example in docs/emulator.md is this minimal file and is valid', () => {
  // vitest runs from the project root (jsdom gives import.meta.url a non-file scheme).
  const doc = readFileSync(resolve(process.cwd(), 'docs/emulator.md'), 'utf8');
  const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
  const json: unknown = JSON.parse(example);
  expect(json).toEqual(minimalFile());
  expect(parseOrgFile(json)).toEqual(parseOrgFile(minimalFile()));
});

test('an explicit username is kept', () => {
  const file = minimalFile();
  const org = parseOrgFile({ ...file, users: [{ ...agentUser(), username: 'ada.agent' }, ucOnlyUser()] });
  expect(org.users[0]?.username).toBe('ada.agent');
});

test('a wrong value names its path and the allowed values', () => {
  const org = generateOrg({ size: 20, seed: 1 });
  const users = org.users.map((user, i) =>
    i === 12 ? { ...user, phones: user.phones.map((phone, j) => (j === 0 ? { ...phone, type: 'FAX' } : phone)) } : user,
  );
  let caught: unknown;
  try {
    parseOrgFile({ ...org, users });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OrgFileError);
  expect(caught).toHaveProperty('name', 'OrgFileError');
  expect(caught).toHaveProperty('issues', ['users[12].phones[0].type: expected one of OTHER, WORK, MOBILE, HOME, got "FAX"']);
  expect(caught).toHaveProperty(
    'message',
    'The org file is not valid (1 problem):\n  users[12].phones[0].type: expected one of OTHER, WORK, MOBILE, HOME, got "FAX"',
  );
});

test('structural problems are reported one per line with their paths', () => {
  const file = minimalFile();
  expect(issuesOf([])).toEqual(['(file): expected an object, got a list']);
  expect(issuesOf({ ...file, formatVersion: 2 })).toEqual(['formatVersion: expected 1, got 2']);
  const withoutUsers = Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'users'));
  expect(issuesOf(withoutUsers)).toEqual(['users: required (a list)']);
  expect(issuesOf({ ...file, divisions: [] })).toEqual(['divisions: needs at least 1 entry']);
  expect(issuesOf({ ...file, name: '' })).toEqual(['name: must not be empty']);
  expect(issuesOf({ ...file, users: [{ ...agentUser(), phone: '+15550100' }, ucOnlyUser()] })).toEqual([
    'users[0]: unknown field "phone" (names are case-sensitive)',
  ]);
  expect(issuesOf({ ...file, users: [{ ...agentUser(), kind: 'agent' }, ucOnlyUser()] })).toEqual([
    'users[0].kind: expected one of uc-only, hybrid, genesys-only, got "agent"',
  ]);
  expect(issuesOf({ ...file, users: [{ ...agentUser(), id: 'ada' }, ucOnlyUser()] })).toEqual([
    'users[0].id: expected an id like "3f2b6c1e-8d4a-4f7b-9c2e-5a1d0e6b7c8f", got "ada"',
  ]);
  // The old key no-8x8 is read as no-uc-view.
  expect(issuesOf({ ...file, personas: { ...file.personas, 'no-8x8': undefined } })).toEqual([
    'personas["no-uc-view"]: required (a string)',
  ]);
  expect(issuesOf({ ...file, personas: { ...file.personas, boss: AGENT } })).toEqual([
    'personas: unknown field "boss" (names are case-sensitive)',
  ]);
  expect(
    issuesOf({
      ...file,
      integrationPresences: { [UC_USER]: { definitionId: '6a3af858-942f-489d-9700-5f9bcdcdae9b', modifiedDate: 'yesterday' } },
    }),
  ).toEqual([
    `integrationPresences["${UC_USER}"].modifiedDate: expected an ISO 8601 date-time such as "2026-01-05T15:00:00Z", got "yesterday"`,
  ]);
  expect(issuesOf({ ...file, roles: [{ ...file.roles[0], permissions: ['integration.eightByEight.view'] }] })).toEqual([
    'roles[0].permissions[0]: expected a permission "domain:entity:action" (a segment may be *), got "integration.eightByEight.view"',
  ]);
});

test('references to missing or duplicated entities are reported clearly', () => {
  const file = minimalFile();
  const agent = agentUser();
  const ucUser = ucOnlyUser();
  const ghost = '00000000-0000-4000-8000-00000000dead';
  expect(issuesOf({ ...file, users: [{ ...agent, grants: [{ roleId: ghost, divisionId: HOME }] }, ucUser] })).toEqual([
    `users[0].grants[0].roleId: no role with id "${ghost}"`,
  ]);
  expect(issuesOf({ ...file, users: [{ ...agent, divisionId: ghost }, ucUser] })).toEqual([
    `users[0].divisionId: no division with id "${ghost}"`,
  ]);
  expect(issuesOf({ ...file, users: [agent, { ...ucUser, managerId: ghost }] })).toEqual([
    `users[1].managerId: no user with id "${ghost}"`,
  ]);
  expect(issuesOf({ ...file, users: [agent, { ...ucUser, groupIds: [ghost] }] })).toEqual([
    `users[1].groupIds[0]: no group with id "${ghost}"`,
  ]);
  expect(issuesOf({ ...file, users: [agent, { ...ucUser, id: AGENT }] })).toEqual(
    expect.arrayContaining([`users[1].id: duplicate id "${AGENT}" (also users[0])`]),
  );
  expect(issuesOf({ ...file, personas: { ...file.personas, admin: ghost } })).toEqual([`personas.admin: no user with id "${ghost}"`]);
  expect(issuesOf({ ...file, users: [{ ...agent, state: 'deleted' }, ucUser] })).toEqual(
    expect.arrayContaining([`personas.agent: user "${AGENT}" is deleted; a persona must be active`]),
  );
  expect(issuesOf({ ...file, integrationPresences: { [UC_USER]: { definitionId: ghost, modifiedDate: '2026-01-05T14:55:00Z' } } })).toEqual(
    [`integrationPresences["${UC_USER}"].definitionId: no presence definition with id "${ghost}"`],
  );
  expect(
    issuesOf({
      ...file,
      presences: { [ghost]: { definitionId: '6a3af858-942f-489d-9700-5f9bcdcdae9b', modifiedDate: '2026-01-05T14:55:00Z' } },
    }),
  ).toEqual([`presences["${ghost}"]: no user with id "${ghost}"`]);
  expect(issuesOf({ ...file, divisions: [...file.divisions, { id: ghost, name: 'Second home', home: true }] })).toEqual([
    'divisions: exactly one division must have "home": true (found 2)',
  ]);
  expect(
    issuesOf({
      ...file,
      users: [agent, { ...ucUser, phones: [...ucUser.phones, { number: '+4686015501', type: 'WORK', primary: true }] }],
    }),
  ).toEqual(['users[1].phones: 2 phones are marked primary; at most one may be']);
  expect(issuesOf({ ...file, presenceDefinitions: systemPresenceDefinitions().filter((d) => d.systemPresence !== 'OFFLINE') })).toEqual([
    'presenceDefinitions: no primary definition for OFFLINE',
  ]);
  expect(
    issuesOf({
      ...file,
      calls: [
        {
          id: ghost,
          agentUserId: UC_USER.replace('9e', '9f'),
          customer: { name: 'C', address: 'tel:+15550100' },
          startedDate: '2026-01-05T14:55:00Z',
        },
      ],
    }),
  ).toEqual([`calls[0].agentUserId: no user with id "${UC_USER.replace('9e', '9f')}"`]);
});

test('seeded defects are valid file content: the admin checks, not the loader, find them', () => {
  const org = generateOrg({ size: 2000, seed: 5 });
  const malformed = org.users.filter((u) => u.phones.some((p) => p.type === 'OTHER' && !/^\+\d+$/.test(p.number)));
  expect(malformed.length).toBeGreaterThan(0);
  expect(() => parseOrgFile(org)).not.toThrow();
});

test('the message lists the first ten problems and counts the rest', () => {
  const file = minimalFile();
  const users = Array.from({ length: 12 }, (_, i) => ({
    ...ucOnlyUser(),
    kind: 'robot',
    id: `${UC_USER.slice(0, -2)}${String(i).padStart(2, '0')}`,
  }));
  let message = '';
  try {
    parseOrgFile({ ...file, users: [agentUser(), ...users] });
  } catch (error) {
    message = error instanceof Error ? error.message : '';
  }
  const lines = message.split('\n');
  expect(lines[0]).toBe('The org file is not valid (12 problems):');
  expect(lines).toHaveLength(12);
  expect(lines[1]).toBe('  users[1].kind: expected one of uc-only, hybrid, genesys-only, got "robot"');
  expect(lines[11]).toBe('  …and 2 more');
});
