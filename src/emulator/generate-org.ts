import { DEMO_PERSONAS, EIGHT_BY_EIGHT_INTEGRATION_TAG, EIGHT_BY_EIGHT_SOURCE, SYSTEM_PRESENCES } from '@/emulator/org-model';
import type {
  DemoPersona,
  OrgCall,
  OrgDivision,
  OrgGrant,
  OrgGroup,
  OrgPhone,
  OrgPresenceDefinition,
  OrgPresenceState,
  OrgRole,
  OrgUcIntegration,
  OrgUser,
  Organization,
  SystemPresence,
  UserKind,
  UserState,
} from '@/emulator/org-model';
import { createPrng } from '@/emulator/prng';
import type { Prng } from '@/emulator/prng';
import {
  AGENT_LEAD_TITLE,
  AGENT_TITLES,
  CONTACT_CENTER_DEPARTMENT,
  DEPARTMENTS,
  DIVISION_NAMES,
  GROUP_NAMES,
  NAME_CULTURES,
  NATIVE_SCRIPT_NAMES,
  NATIVE_SCRIPT_SHARE,
  ORG_IDENTITIES,
  PHONE_COUNTRIES,
  PRESENCE_MESSAGES,
} from '@/emulator/name-data';
import type { Department, PhoneCountry } from '@/emulator/name-data';

/**
 * "Now" of every generated org. Dates are relative to this fixed instant, not to
 * Date.now(), so that a seed always yields the same org; the emulator shifts them.
 */
export const GENERATED_ORG_EPOCH = '2026-01-05T15:00:00.000Z';
const EPOCH_MS = Date.parse(GENERATED_ORG_EPOCH);

/** Above this the browser tab would spend too long generating and rendering. */
export const MAX_GENERATED_ORG_SIZE = 200_000;

// Primary (system) presence definitions carry the same ids in every Genesys Cloud
// org; these are the ids seen in a captured /api/v2/presencedefinitions response
// (MyPureCloud/terraform-provider-genesyscloud, organization_presence_definition unit test).
const SYSTEM_PRESENCE_IDS: Record<SystemPresence, readonly [string, string]> = {
  AVAILABLE: ['6a3af858-942f-489d-9700-5f9bcdcdae9b', 'Available'],
  AWAY: ['5e5c5c66-ea97-4e7f-ac41-6424784829f2', 'Away'],
  BUSY: ['31fe3bac-dea6-44b7-bed7-47f91660a1a0', 'Busy'],
  OFFLINE: ['ccf3c10a-aa2c-4845-8e8d-f59fa48c58e5', 'Offline'],
  IDLE: ['7ffa01cd-7866-4ad7-8faa-31e11b42f51f', 'Idle'],
  ON_QUEUE: ['e08eaf1b-ee47-4fa9-a231-1200e284798f', 'On Queue'],
  MEAL: ['3fd96123-badb-4f69-bc03-1b1ccc6d8014', 'Meal'],
  TRAINING: ['d2390a99-8546-bad9-8f0a-219548e8aeb0', 'Training'],
  MEETING: ['bbdff279-7ae1-48ea-bade-7831d7234c64', 'Meeting'],
  BREAK: ['227b37e2-f1d0-4dd0-8f50-badd7cf6d158', 'Break'],
};

/** The ten primary presence definitions every Genesys Cloud org has (fresh copies). */
export function systemPresenceDefinitions(): OrgPresenceDefinition[] {
  return SYSTEM_PRESENCES.map((systemPresence) => {
    const [id, label] = SYSTEM_PRESENCE_IDS[systemPresence];
    return { id, systemPresence, labels: { en_US: label }, primary: true };
  });
}

const PERMISSION = {
  ucView: 'integration:unifiedCommunications:view',
  eightByEightView: 'integration:eightByEight:view',
} as const;

const ROLE_KEYS = ['employee', 'agent', 'ucViewer', 'eightByEightViewer', 'supervisor', 'admin', 'masterAdmin'] as const;
type RoleKey = (typeof ROLE_KEYS)[number];

const ROLE_SPECS: Record<RoleKey, Omit<OrgRole, 'id'>> = {
  employee: {
    name: 'Employee',
    description: 'Default role for everyone: directory, profiles and chat.',
    permissions: [
      'directory:user:view',
      'directory:userProfile:view',
      'directory:group:view',
      'directory:organization:view',
      'chat:chat:access',
    ],
  },
  agent: {
    name: 'Agent',
    description: 'Handles customer calls and transfers them.',
    permissions: [
      'conversation:call:view',
      'conversation:call:add',
      'conversation:communication:view',
      'conversation:communication:blindTransfer',
      'conversation:communication:consultTransfer',
      'routing:queue:join',
    ],
  },
  ucViewer: {
    name: 'UC Presence Viewer',
    description: 'Sees the presence badges of unified communications users.',
    permissions: [PERMISSION.ucView],
  },
  eightByEightViewer: {
    name: '8x8 Presence Viewer',
    description: 'Sees 8×8 presence when transferring.',
    permissions: [PERMISSION.eightByEightView],
  },
  supervisor: {
    name: 'Supervisor',
    description: 'Watches queues and agents; sees UC presence on the board.',
    permissions: [
      'analytics:userObservation:view',
      'analytics:queueObservation:view',
      'analytics:userAggregate:view',
      'routing:queue:view',
      'directory:user:view',
      PERMISSION.ucView,
      PERMISSION.eightByEightView,
    ],
  },
  admin: {
    name: 'Admin',
    description: 'Reviews roles, grants, users and integrations.',
    permissions: [
      'authorization:role:view',
      'authorization:grant:view',
      'directory:user:view',
      'directory:*:view',
      'integrations:integration:view',
      // The org check's presence sources probe (GET /api/v2/presence/sources).
      'presence:source:view',
    ],
  },
  masterAdmin: {
    name: 'Master Admin',
    description: 'Every permission in the organization.',
    permissions: ['*:*:*'],
  },
};

interface PersonaSpec {
  name: string;
  title: string;
  department: string;
  roles: readonly RoleKey[];
  presence: SystemPresence;
}

// Fixed names, so documentation and screenshots stay valid whatever the seed.
const PERSONA_SPECS: Record<DemoPersona, PersonaSpec> = {
  agent: {
    name: 'Maya Okafor',
    title: 'Customer Care Agent',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'agent', 'ucViewer', 'eightByEightViewer'],
    presence: 'ON_QUEUE',
  },
  supervisor: {
    name: 'Daniel Reyes',
    title: 'Customer Care Supervisor',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'supervisor', 'ucViewer', 'eightByEightViewer'],
    presence: 'AVAILABLE',
  },
  admin: {
    name: 'Priya Natarajan',
    title: 'Genesys Cloud Administrator',
    department: 'IT',
    roles: ['employee', 'admin', 'ucViewer', 'eightByEightViewer'],
    presence: 'AVAILABLE',
  },
  'no-badges': {
    name: 'Tomás Lindgren',
    title: 'Customer Care Agent (trainee)',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'agent', 'eightByEightViewer'],
    presence: 'ON_QUEUE',
  },
  'no-8x8': {
    name: 'Aiko Tanaka',
    title: 'Billing Support Agent',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'agent', 'ucViewer'],
    presence: 'AVAILABLE',
  },
};

const MASTER_ADMIN_SPEC = { name: 'Samuel Whitaker', title: 'IT Director', department: 'IT' };

const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" role="img" aria-label="8x8">' +
  '<rect width="24" height="24" rx="5" fill="#d3273e"/>' +
  '<text x="12" y="15.5" font-family="Arial,Helvetica,sans-serif" font-size="9" font-weight="700" fill="#fff" text-anchor="middle">8x8</text>' +
  '</svg>';

const BADGE_COLOURS: Record<SystemPresence, string> = {
  AVAILABLE: '#1f9e5a',
  AWAY: '#f2a516',
  BUSY: '#d93a3a',
  OFFLINE: '#8c8c8c',
  IDLE: '#f2a516',
  ON_QUEUE: '#1f9e5a',
  MEAL: '#f2a516',
  TRAINING: '#d93a3a',
  MEETING: '#d93a3a',
  BREAK: '#f2a516',
};

function badgeSvg(presence: SystemPresence): string {
  const colour = BADGE_COLOURS[presence];
  const body =
    presence === 'OFFLINE'
      ? `<circle cx="8" cy="8" r="6" fill="#fff" stroke="${colour}" stroke-width="2.5"/>`
      : `<circle cx="8" cy="8" r="7" fill="${colour}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">${body}</svg>`;
}

// Weights in percent.
const EIGHT_BY_EIGHT_MIX: readonly (readonly [SystemPresence, number])[] = [
  ['AVAILABLE', 45],
  ['BUSY', 20],
  ['AWAY', 10],
  ['MEETING', 8],
  ['OFFLINE', 15],
  ['BREAK', 1],
  ['MEAL', 1],
];
const AGENT_MIX: readonly (readonly [SystemPresence, number])[] = [
  ['ON_QUEUE', 40],
  ['AVAILABLE', 12],
  ['BUSY', 8],
  ['AWAY', 5],
  ['BREAK', 6],
  ['MEAL', 6],
  ['TRAINING', 3],
  ['MEETING', 5],
  ['IDLE', 3],
  ['OFFLINE', 12],
];
const HYBRID_GENESYS_MIX: readonly (readonly [SystemPresence, number])[] = [
  ['AVAILABLE', 35],
  ['BUSY', 10],
  ['AWAY', 10],
  ['MEETING', 10],
  ['OFFLINE', 35],
];

const PRESENCE_KEYS: Record<SystemPresence, string> = {
  AVAILABLE: 'available',
  AWAY: 'away',
  BUSY: 'busy',
  OFFLINE: 'offline',
  IDLE: 'idle',
  ON_QUEUE: 'on_queue',
  MEAL: 'meal',
  TRAINING: 'training',
  MEETING: 'meeting',
  BREAK: 'break',
};

const HYBRID_SHARE = 0.15;
const MESSAGE_SHARE = 0.06;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ASCII_REPLACEMENTS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ð: 'd',
  þ: 'th',
  œ: 'oe',
};

function emailSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßøæłđıðþœ]/g, (c) => ASCII_REPLACEMENTS[c] ?? '')
    .replace(/[^a-z0-9-]/g, '');
}

interface NamePart {
  display: string;
  slug: string;
}

interface PreparedCulture {
  first: NamePart[];
  last: NamePart[];
}

// Slugs are computed once per list entry, not once per generated person.
let preparedCultures: readonly (readonly [PreparedCulture, number])[] | undefined;
function cultures(): readonly (readonly [PreparedCulture, number])[] {
  preparedCultures ??= NAME_CULTURES.map((culture) => {
    const prepare = (names: readonly string[]): NamePart[] => names.map((display) => ({ display, slug: emailSlug(display) }));
    return [{ first: prepare(culture.first), last: prepare(culture.last) }, culture.weight] as const;
  });
  return preparedCultures;
}

interface Person {
  name: string;
  emailLocal: string;
}

function randomPerson(rng: Prng): Person {
  if (rng.chance(NATIVE_SCRIPT_SHARE)) {
    const native = rng.pick(NATIVE_SCRIPT_NAMES);
    return { name: native.name, emailLocal: `${emailSlug(native.latinFirst)}.${emailSlug(native.latinLast)}` };
  }
  const culture = rng.weighted(cultures());
  const first = rng.pick(culture.first);
  const last = rng.pick(culture.last);
  return { name: `${first.display} ${last.display}`, emailLocal: `${first.slug}.${last.slug}` };
}

function personFromName(name: string): Person {
  const parts = name.split(' ');
  return { name, emailLocal: parts.map(emailSlug).join('.') };
}

class EmailBook {
  private readonly seen = new Map<string, number>();
  constructor(private readonly domain: string) {}

  take(local: string): string {
    const count = (this.seen.get(local) ?? 0) + 1;
    this.seen.set(local, count);
    return count === 1 ? `${local}@${this.domain}` : `${local}${count}@${this.domain}`;
  }
}

const COUNTRY_WEIGHTS: readonly (readonly [PhoneCountry, number])[] = PHONE_COUNTRIES.map((country) => [country, country.weight] as const);
const US = PHONE_COUNTRIES.find((country) => country.iso === 'US');
const AMERICAS = new Set(['US', 'CA', 'BR', 'MX']);
const EMEA = new Set(['GB', 'IE', 'DE', 'FR', 'NL', 'ES']);

class NumberBook {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Prng) {}

  private candidate(country: PhoneCountry): string {
    const area = this.rng.pick(country.areas);
    const digits = country.nationalDigits - area.code.length;
    let subscriber = String(this.rng.int(2 * 10 ** (digits - 1), 10 ** digits - 1));
    // North American exchanges never end in "11" (N11 codes are service numbers).
    if (country.dial === '1' && subscriber.slice(1, 3) === '11') subscriber = `${subscriber.charAt(0)}2${subscriber.slice(2)}`;
    return `+${country.dial}${area.code}${subscriber}`;
  }

  /** A fresh E.164 number in `country`, never handed out before. */
  take(country: PhoneCountry): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const number = this.candidate(country);
      if (!this.used.has(number)) {
        this.used.add(number);
        return number;
      }
    }
    throw new Error(`No unused phone numbers left for ${country.iso}`);
  }
}

interface DepartmentState {
  head?: string;
  managers: string[];
}

type Defect = 'no-number' | 'malformed' | 'duplicate' | 'other-not-primary' | 'inactive' | 'deleted';
const DEFECTS: readonly Defect[] = ['no-number', 'malformed', 'duplicate', 'other-not-primary', 'inactive', 'deleted'];

/**
 * The kinds of damage hand-maintained directories do to a number. Derived from the
 * user's own (unique) number, so malformed numbers do not double as duplicates.
 */
function malform(number: string, country: PhoneCountry, rng: Prng): string {
  const national = number.slice(1 + country.dial.length);
  switch (rng.int(0, 3)) {
    case 0:
      // Typed as dialled at home, without the country code.
      return country.dial === '1'
        ? `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`
        : `0${national.slice(0, 3)} ${national.slice(3)}`;
    case 1:
      // Cut short while being spaced out.
      return `+${country.dial} ${national.slice(0, 3)} ${national.slice(3, -3)}`;
    case 2: {
      // Letter O typed for a zero.
      const zero = number.lastIndexOf('0');
      if (zero > country.dial.length) return `${number.slice(0, zero)}O${number.slice(zero + 1)}`;
      return `${number} x${rng.int(10, 99)}`;
    }
    default:
      // An extension pasted into the number field.
      return `${number} x${rng.int(10, 99)}`;
  }
}

/** How many users get each seeded defect: none for toy orgs, a few for real sizes. */
function defectsPerKind(size: number): number {
  if (size < 20) return 0;
  return Math.min(10, Math.max(1, Math.floor(size / 1000)));
}

// Date#toISOString dominated generation time at 50,000 users; every date shares
// the same minute with many others, so format the minute once.
const minutePrefixes = new Map<number, string>();
function iso(ms: number): string {
  const minute = Math.floor(ms / MINUTE);
  let prefix = minutePrefixes.get(minute);
  if (prefix === undefined) {
    prefix = new Date(minute * MINUTE).toISOString().slice(0, 17);
    minutePrefixes.set(minute, prefix);
  }
  const rest = ms - minute * MINUTE;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${prefix}${seconds < 10 ? '0' : ''}${seconds}.${millis < 100 ? (millis < 10 ? '00' : '0') : ''}${millis}Z`;
}

export interface GenerateOrgOptions {
  /** Number of 8×8 users: users of kind 'uc-only' or 'hybrid' (seeded defects included). */
  size: number;
  /** Same seed and size, deeply equal org. Taken modulo 2^32. */
  seed: number;
  /** Genesys region, e.g. "mypurecloud.ie". */
  environment?: string;
}

/**
 * A realistic organization: `size` 8×8 users (about 85% UC-only, 15% hybrid) plus
 * max(5, size/10) Genesys-only agents, the five demo personas and one master admin.
 * Deterministic: ids and dates come from the seed and GENERATED_ORG_EPOCH.
 */
export function generateOrg(options: GenerateOrgOptions): Organization {
  const { size, seed, environment = 'mypurecloud.com' } = options;
  if (!Number.isInteger(size) || size < 0 || size > MAX_GENERATED_ORG_SIZE) {
    throw new RangeError(`size must be an integer from 0 to ${MAX_GENERATED_ORG_SIZE}, got ${size}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);

  // Separate streams: changing how one part draws numbers leaves the others as they were.
  const ids = createPrng(seed, 'ids');
  const people = createPrng(seed, 'people');
  const phones = createPrng(seed, 'phones');
  const structure = createPrng(seed, 'structure');
  const presence = createPrng(seed, 'presence');
  const defectRng = createPrng(seed, 'defects');

  const identity = structure.pick(ORG_IDENTITIES);
  const emails = new EmailBook(identity.domain);
  const numbers = new NumberBook(phones);

  const homeDivision: OrgDivision = { id: ids.uuid(), name: 'Home', home: true };
  const divisions: OrgDivision[] = [homeDivision, ...DIVISION_NAMES.map((name) => ({ id: ids.uuid(), name, home: false }))];
  const divisionIds = new Map(divisions.map((d) => [d.name, d.id]));
  const divisionId = (name: string): string => divisionIds.get(name) ?? homeDivision.id;
  const contactCenterDivision = divisionId('Contact Center');

  const groups: OrgGroup[] = GROUP_NAMES.map((name) => ({ id: ids.uuid(), name }));
  const groupIdsByName = new Map(groups.map((g) => [g.name, g.id]));

  // Object literal members evaluate in source order, so the ids stay deterministic.
  const roleIds: Record<RoleKey, string> = {
    employee: ids.uuid(),
    agent: ids.uuid(),
    ucViewer: ids.uuid(),
    eightByEightViewer: ids.uuid(),
    supervisor: ids.uuid(),
    admin: ids.uuid(),
    masterAdmin: ids.uuid(),
  };
  const roles: OrgRole[] = ROLE_KEYS.map((key) => {
    const spec = ROLE_SPECS[key];
    return { id: roleIds[key], name: spec.name, description: spec.description, permissions: [...spec.permissions] };
  });
  const grant = (role: RoleKey, division = homeDivision.id): OrgGrant => ({ roleId: roleIds[role], divisionId: division });

  const presenceDefinitions = systemPresenceDefinitions();
  const definitionId = (systemPresence: SystemPresence): string => SYSTEM_PRESENCE_IDS[systemPresence][0];

  const ucIntegration: OrgUcIntegration = {
    id: ids.uuid(),
    name: '8x8',
    integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE,
    pbxPermission: PERMISSION.eightByEightView,
    userPermissions: [PERMISSION.ucView, PERMISSION.eightByEightView],
    iconSvg: ICON_SVG,
    badgeIconsSvg: Object.fromEntries(SYSTEM_PRESENCES.map((p) => [PRESENCE_KEYS[p], badgeSvg(p)])),
    polledPresence: false,
    active: true,
  };

  const users: OrgUser[] = [];
  const presences: Record<string, OrgPresenceState> = {};
  const integrationPresences: Record<string, OrgPresenceState> = {};

  const setPresence = (target: Record<string, OrgPresenceState>, userId: string, systemPresence: SystemPresence, ageMs: number): void => {
    const state: OrgPresenceState = { definitionId: definitionId(systemPresence), modifiedDate: iso(EPOCH_MS - ageMs) };
    const messages = PRESENCE_MESSAGES[PRESENCE_KEYS[systemPresence]];
    if (messages && presence.chance(MESSAGE_SHARE)) state.message = presence.pick(messages);
    target[userId] = state;
  };

  const contactCenterDid = (): OrgPhone => ({
    number: US ? numbers.take(US) : numbers.take(phones.weighted(COUNTRY_WEIGHTS)),
    type: 'WORK',
    primary: true,
  });

  // Genesys-only staff: the personas, a master admin and the contact-centre agents.
  const personaIds: Record<DemoPersona, string> = {
    agent: ids.uuid(),
    supervisor: ids.uuid(),
    admin: ids.uuid(),
    'no-badges': ids.uuid(),
    'no-8x8': ids.uuid(),
  };
  for (const persona of DEMO_PERSONAS) {
    const spec = PERSONA_SPECS[persona];
    const person = personFromName(spec.name);
    const id = personaIds[persona];
    const email = emails.take(person.emailLocal);
    const isAdmin = persona === 'admin';
    users.push({
      id,
      name: spec.name,
      email,
      username: email,
      kind: 'genesys-only',
      state: 'active',
      department: spec.department,
      title: spec.title,
      divisionId: isAdmin ? homeDivision.id : contactCenterDivision,
      groupIds: [],
      phones: [contactCenterDid()],
      grants: spec.roles.flatMap((role) => {
        if (role === 'agent') return [grant(role, contactCenterDivision)];
        // Admins review every division; supervisors watch the contact centre and home.
        if (role === 'admin') return divisions.map((d) => grant(role, d.id));
        if (role === 'supervisor') return [grant(role, homeDivision.id), grant(role, contactCenterDivision)];
        return [grant(role)];
      }),
    });
    setPresence(presences, id, spec.presence, presence.int(5, 50) * MINUTE);
  }
  for (const persona of ['agent', 'no-badges', 'no-8x8'] as const) {
    const user = users.find((u) => u.id === personaIds[persona]);
    if (user) user.managerId = personaIds.supervisor;
  }

  {
    const person = personFromName(MASTER_ADMIN_SPEC.name);
    const id = ids.uuid();
    const email = emails.take(person.emailLocal);
    users.push({
      id,
      name: MASTER_ADMIN_SPEC.name,
      email,
      username: email,
      kind: 'genesys-only',
      state: 'active',
      department: MASTER_ADMIN_SPEC.department,
      title: MASTER_ADMIN_SPEC.title,
      divisionId: homeDivision.id,
      groupIds: [groupIdsByName.get('Leadership Team')].filter((gid) => gid !== undefined),
      phones: [contactCenterDid()],
      grants: [grant('employee'), grant('masterAdmin')],
    });
    const adminUser = users.find((u) => u.id === personaIds.admin);
    if (adminUser) adminUser.managerId = id;
    setPresence(presences, id, 'BUSY', presence.int(10, 90) * MINUTE);
  }

  const agentCount = Math.max(5, Math.round(size / 10));
  const leads: string[] = [];
  const escalationGroup = groupIdsByName.get('Escalation Contacts');
  for (let i = 0; i < agentCount; i++) {
    const person = randomPerson(people);
    const id = ids.uuid();
    const email = emails.take(person.emailLocal);
    const isLead = i % 12 === 0;
    const user: OrgUser = {
      id,
      name: person.name,
      email,
      username: email,
      kind: 'genesys-only',
      state: 'active',
      department: CONTACT_CENTER_DEPARTMENT,
      title: isLead ? AGENT_LEAD_TITLE : structure.pick(AGENT_TITLES),
      divisionId: contactCenterDivision,
      managerId: isLead || leads.length === 0 ? personaIds.supervisor : structure.pick(leads),
      groupIds: isLead && escalationGroup !== undefined ? [escalationGroup] : [],
      phones: [contactCenterDid()],
      grants: [
        grant('employee'),
        grant('agent', contactCenterDivision),
        grant('ucViewer'),
        grant('eightByEightViewer'),
        ...(isLead ? [grant('supervisor', contactCenterDivision)] : []),
      ],
    };
    if (isLead) leads.push(id);
    users.push(user);
    setPresence(presences, id, presence.weighted(AGENT_MIX), presence.int(1, 240) * MINUTE);
  }

  // 8×8 users. Kinds and defects are assigned to shuffled positions so that they
  // are spread through the directory rather than bunched at the start.
  const hybridCount = Math.round(size * HYBRID_SHARE);
  const kinds: UserKind[] = Array.from({ length: size }, (_, i) => (i < hybridCount ? 'hybrid' : 'uc-only'));
  structure.shuffle(kinds);

  const perKind = defectsPerKind(size);
  const defectAt = new Map<number, Defect>();
  const duplicateSources: number[] = [];
  if (perKind > 0) {
    const ucOnlyPositions: number[] = [];
    kinds.forEach((kind, i) => {
      if (kind === 'uc-only') ucOnlyPositions.push(i);
    });
    defectRng.shuffle(ucOnlyPositions);
    let next = 0;
    for (const defect of DEFECTS) {
      for (let n = 0; n < perKind; n++) {
        const position = ucOnlyPositions[next++];
        if (position !== undefined) defectAt.set(position, defect);
      }
    }
    for (let n = 0; n < perKind; n++) {
      const position = ucOnlyPositions[next++];
      if (position !== undefined) duplicateSources.push(position);
    }
  }

  const departmentWeights = DEPARTMENTS.map((d) => [d, d.weight] as const);
  const departmentState = new Map<Department, DepartmentState>();
  const firstEightByEightIndex = users.length;

  for (let i = 0; i < size; i++) {
    const kind = kinds[i] ?? 'uc-only';
    const defect = defectAt.get(i);
    const person = randomPerson(people);
    const id = ids.uuid();
    const email = emails.take(person.emailLocal);
    const country = phones.weighted(COUNTRY_WEIGHTS);
    const department = structure.weighted(departmentWeights);

    let dept = departmentState.get(department);
    if (!dept) {
      dept = { managers: [] };
      departmentState.set(department, dept);
    }
    let title: string;
    let managerId: string | undefined;
    if (dept.head === undefined) {
      dept.head = id;
      title = department.headTitle;
    } else if (dept.managers.length === 0 || structure.chance(1 / 12)) {
      dept.managers.push(id);
      title = department.managerTitle;
      managerId = dept.head;
    } else {
      title = structure.pick(department.titles);
      managerId = structure.pick(dept.managers);
    }

    const userDivision = (() => {
      if (structure.chance(0.3)) return homeDivision.id;
      if (department.name === 'Sales') return divisionId('Sales');
      if (EMEA.has(country.iso)) return divisionId('EMEA');
      if (department.name === 'Billing' || department.name === 'Finance' || department.name === 'Claims') {
        return divisionId('Back Office');
      }
      return homeDivision.id;
    })();

    const groupIds: string[] = [];
    const addGroup = (name: string, p: number): void => {
      const gid = groupIdsByName.get(name);
      if (gid !== undefined && structure.chance(p)) groupIds.push(gid);
    };
    const region = AMERICAS.has(country.iso) ? 'All Staff – Americas' : EMEA.has(country.iso) ? 'All Staff – EMEA' : 'All Staff – APAC';
    addGroup(region, 0.9);
    if (department.name === 'Engineering') addGroup('On-Call Engineers', 0.2);
    if (department.name === 'Billing') addGroup('Billing Escalations', 0.4);
    if (department.name === 'Claims') addGroup('Claims Experts', 0.4);
    if (department.name === 'Operations') addGroup('Field Service', 0.3);
    if (title === department.headTitle) addGroup('Leadership Team', 1);
    addGroup('Escalation Contacts', 0.05);
    addGroup('Remote Workers', 0.15);
    addGroup('New Hires', 0.04);
    if (country.iso === 'ES' || country.iso === 'MX') addGroup('Spanish Speakers', 0.8);

    const eightByEight: OrgPhone = {
      number: numbers.take(country),
      type: 'OTHER',
      integration: EIGHT_BY_EIGHT_INTEGRATION_TAG,
      primary: true,
    };
    const userPhones: OrgPhone[] = [];
    let state: UserState = 'active';
    if (kind === 'hybrid') {
      const work: OrgPhone = { number: numbers.take(country), type: 'WORK', primary: false };
      if (phones.chance(0.3)) work.extension = String(phones.int(2000, 7999));
      // Hybrid users are called in Genesys as often as on 8×8: either may be primary.
      if (phones.chance(0.5)) {
        work.primary = true;
        eightByEight.primary = false;
      }
      userPhones.push(work, eightByEight);
    } else {
      switch (defect) {
        case 'no-number':
          break;
        case 'malformed':
          eightByEight.number = malform(eightByEight.number, country, defectRng);
          userPhones.push(eightByEight);
          break;
        case 'other-not-primary':
          eightByEight.primary = false;
          userPhones.push({ number: numbers.take(country), type: 'WORK', primary: true }, eightByEight);
          break;
        case 'inactive':
          state = 'inactive';
          userPhones.push(eightByEight);
          break;
        case 'deleted':
          state = 'deleted';
          userPhones.push(eightByEight);
          break;
        default:
          userPhones.push(eightByEight);
      }
      if (phones.chance(0.1)) userPhones.push({ number: numbers.take(country), type: 'MOBILE', primary: false });
    }

    const userGrants = [grant('employee', userDivision)];
    if (kind === 'hybrid') userGrants.push(grant('ucViewer'), grant('eightByEightViewer'));

    users.push({
      id,
      name: person.name,
      email,
      username: email,
      kind,
      state,
      department: department.name,
      title,
      divisionId: userDivision,
      ...(managerId === undefined ? {} : { managerId }),
      groupIds,
      phones: userPhones,
      grants: userGrants,
    });

    if (kind === 'uc-only' || state !== 'active') {
      // UC-only users never sign in to Genesys Cloud.
      setPresence(presences, id, 'OFFLINE', presence.int(2, 120) * DAY + presence.int(0, 23) * HOUR);
    } else {
      const genesys = presence.weighted(HYBRID_GENESYS_MIX);
      setPresence(presences, id, genesys, (genesys === 'OFFLINE' ? presence.int(60, 2000) : presence.int(1, 300)) * MINUTE);
    }
    if (defect !== 'no-number') {
      const ucPresence = presence.weighted(EIGHT_BY_EIGHT_MIX);
      const age = ucPresence === 'OFFLINE' ? presence.int(60, 60 * 60) : presence.int(0, 6 * 60);
      setPresence(integrationPresences, id, ucPresence, age * MINUTE + presence.int(0, 59_999));
    }
  }

  // A second user holding someone else's 8×8 number: a copy-paste error in the directory.
  const duplicates = [...defectAt].filter(([, defect]) => defect === 'duplicate').map(([position]) => position);
  duplicates.forEach((position, n) => {
    const target = users[firstEightByEightIndex + position];
    const sourcePosition = duplicateSources[n];
    const source = sourcePosition === undefined ? undefined : users[firstEightByEightIndex + sourcePosition];
    const sourcePhone = source?.phones.find((p) => p.type === 'OTHER');
    const targetPhone = target?.phones.find((p) => p.type === 'OTHER');
    if (sourcePhone && targetPhone) targetPhone.number = sourcePhone.number;
  });

  const agentUser = personaIds.agent;
  const customer = randomPerson(people);
  const calls: OrgCall[] = [
    {
      id: ids.uuid(),
      agentUserId: agentUser,
      customer: {
        name: customer.name,
        address: `tel:${US ? numbers.take(US) : numbers.take(phones.weighted(COUNTRY_WEIGHTS))}`,
      },
      startedDate: iso(EPOCH_MS - presence.int(2 * 60, 9 * 60) * 1000),
    },
  ];

  return {
    formatVersion: 1,
    id: ids.uuid(),
    name: identity.name,
    environment,
    divisions,
    groups,
    roles,
    presenceDefinitions,
    ucIntegrations: [ucIntegration],
    users,
    presences,
    integrationPresences,
    personas: personaIds,
    calls,
  };
}
