// A small hand-made organization for the emulator's contract tests: every kind
// of user and every persona, with ids that tests can name.
import type { OrgPhone, OrgRole, OrgUser, Organization } from '@/emulator/org-model';
import { SYSTEM_PRESENCES } from '@/emulator/org-model';
import { ucProfile } from '@/genesys/uc-table';

const UC_8X8 = ucProfile('8x8');

export const FIXTURE_ENVIRONMENT = 'mypurecloud.ie';
const DIVISION = 'd0000000-0000-4000-8000-000000000001';
export const EIGHT_BY_EIGHT_ID = 'e8e80000-0000-4000-8000-000000000001';
export const FIXTURE_CALL_ID = 'ca110000-0000-4000-8000-000000000001';
export const MODIFIED = '2026-01-05T15:00:00.000Z';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const USERS = {
  ucOnly: id(1),
  ucOnly2: id(2),
  ucOnly3: id(3),
  hybrid: id(4),
  genesysOnly: id(5),
  agent: id(6),
  supervisor: id(7),
  admin: id(8),
  noBadges: id(9),
  no8x8: id(10),
  inactive: id(11),
  deleted: id(12),
} as const;

const BASE = ['directory:user:view'];
const BADGES = 'integration:unifiedCommunications:view';
const PBX = 'integration:eightByEight:view';
const TRANSFERS = ['conversation:communication:blindTransfer', 'conversation:communication:consultTransfer'];

const role = (n: number, name: string, permissions: string[]): OrgRole => ({
  id: `r0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
  description: `${name} role`,
  permissions,
});

export const ROLES = {
  employee: role(1, 'Employee', [...BASE]),
  agent: role(2, 'Agent', [...BASE, ...TRANSFERS, BADGES, PBX]),
  supervisor: role(3, 'Supervisor', [...BASE, BADGES, PBX]),
  admin: role(4, 'Admin', [...BASE, BADGES, PBX, 'authorization:role:view', 'authorization:grant:view', 'presence:source:view']),
  agentNoBadges: role(5, 'Agent without badges', [...BASE, ...TRANSFERS, PBX]),
  agentNo8x8: role(6, 'Agent without 8x8', [...BASE, ...TRANSFERS, BADGES]),
} as const;

const ucPhone = (number: string, primary = true): OrgPhone => ({
  number,
  type: 'OTHER',
  integration: UC_8X8.numberTag,
  primary,
});

function user(key: keyof typeof USERS, name: string, fields: Partial<OrgUser> = {}): OrgUser {
  const login = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return {
    id: USERS[key],
    name,
    email: `${login}@example.com`,
    username: `${login}@example.com`,
    kind: 'genesys-only',
    state: 'active',
    divisionId: DIVISION,
    groupIds: [],
    phones: [],
    grants: [{ roleId: ROLES.employee.id, divisionId: DIVISION }],
    ...fields,
  };
}

const grant = (roleId: string) => [{ roleId, divisionId: DIVISION }];

export function fixtureOrg(): Organization {
  const definitions = SYSTEM_PRESENCES.map((systemPresence, index) => ({
    id: `p0000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    systemPresence,
    labels: { en_US: systemPresence.charAt(0) + systemPresence.slice(1).toLowerCase().replace('_', ' ') },
    primary: true,
  }));
  const definitionId = (presence: (typeof SYSTEM_PRESENCES)[number]): string =>
    definitions.find((definition) => definition.systemPresence === presence)?.id ?? '';
  const users: OrgUser[] = [
    user('ucOnly', 'Ada Eight', {
      kind: 'uc-only',
      department: 'Sales',
      title: 'Account Manager',
      phones: [ucPhone('+13175550101')],
    }),
    user('ucOnly2', 'Bruno Eight', {
      kind: 'uc-only',
      department: 'Sales',
      title: 'Engineer',
      phones: [ucPhone('+13175550102')],
    }),
    user('ucOnly3', 'Chloe Eight', { kind: 'uc-only', department: 'Billing', title: 'Clerk', phones: [ucPhone('+13175550103')] }),
    user('hybrid', 'Dan Hybrid', {
      kind: 'hybrid',
      department: 'Support',
      phones: [{ number: '+13175550200', type: 'WORK', primary: true }, ucPhone('+13175550104', false)],
      managerId: USERS.supervisor,
    }),
    user('genesysOnly', 'Eve Genesys', { department: 'Support', phones: [{ number: '+13175550300', type: 'WORK', primary: true }] }),
    user('agent', 'Agent Smith', { department: 'Support', title: 'Agent', grants: grant(ROLES.agent.id), managerId: USERS.supervisor }),
    user('supervisor', 'Sue Pervisor', { department: 'Support', title: 'Supervisor', grants: grant(ROLES.supervisor.id) }),
    user('admin', 'Adam Min', { department: 'IT', title: 'Administrator', grants: grant(ROLES.admin.id) }),
    user('noBadges', 'Nob Adges', { department: 'Support', grants: grant(ROLES.agentNoBadges.id) }),
    user('no8x8', 'Noe Eight', { department: 'Support', grants: grant(ROLES.agentNo8x8.id) }),
    user('inactive', 'Ina Ctive', { kind: 'uc-only', state: 'inactive', phones: [ucPhone('+13175550105')] }),
    user('deleted', 'Del Eted', { kind: 'uc-only', state: 'deleted', phones: [ucPhone('+13175550106')] }),
  ];
  const ucUsers = users.filter((candidate) => candidate.phones.some((phone) => phone.integration !== undefined));
  return {
    formatVersion: 1,
    id: 'f1f1f1f1-0000-4000-8000-000000000001',
    name: 'Fixture Org',
    environment: FIXTURE_ENVIRONMENT,
    divisions: [{ id: DIVISION, name: 'Home', home: true }],
    groups: [],
    roles: Object.values(ROLES),
    presenceDefinitions: definitions,
    ucIntegrations: [
      {
        id: EIGHT_BY_EIGHT_ID,
        name: '8x8',
        integrationPresenceSource: UC_8X8.presenceSource,
        pbxPermission: PBX,
        userPermissions: [BADGES],
        iconSvg: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
        badgeIconsSvg: { available: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="2"/></svg>' },
        polledPresence: false,
        active: true,
      },
      {
        id: 'e8e80000-0000-4000-8000-00000000000f',
        name: 'Teams (inactive)',
        integrationPresenceSource: 'MicrosoftTeams',
        pbxPermission: 'integration:microsoftTeams:view',
        userPermissions: [BADGES],
        iconSvg: '<svg/>',
        badgeIconsSvg: {},
        polledPresence: true,
        pollIntervalSec: 60,
        active: false,
      },
    ],
    users,
    presences: Object.fromEntries(users.map((entry) => [entry.id, { definitionId: definitionId('AVAILABLE'), modifiedDate: MODIFIED }])),
    integrationPresences: Object.fromEntries(
      ucUsers.map((entry) => [entry.id, { definitionId: definitionId('BUSY'), message: 'On a call', modifiedDate: MODIFIED }]),
    ),
    personas: {
      agent: USERS.agent,
      supervisor: USERS.supervisor,
      admin: USERS.admin,
      'no-badges': USERS.noBadges,
      'no-uc-view': USERS.no8x8,
    },
    calls: [
      {
        id: FIXTURE_CALL_ID,
        agentUserId: USERS.agent,
        customer: { name: 'Customer Carl', address: 'tel:+13175559999' },
        startedDate: MODIFIED,
      },
    ],
  };
}
