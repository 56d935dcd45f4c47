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

/** The generator's random streams, one per concern. */
interface Streams {
  ids: Prng;
  people: Prng;
  phones: Prng;
  structure: Prng;
  presence: Prng;
  defects: Prng;
}

// Separate streams: changing how one part draws numbers leaves the others as they were.
function createStreams(seed: number): Streams {
  return {
    ids: createPrng(seed, 'ids'),
    people: createPrng(seed, 'people'),
    phones: createPrng(seed, 'phones'),
    structure: createPrng(seed, 'structure'),
    presence: createPrng(seed, 'presence'),
    defects: createPrng(seed, 'defects'),
  };
}

/** What the user-adding steps share: the streams, the books and the org built so far. */
interface OrgDraft {
  streams: Streams;
  emails: EmailBook;
  numbers: NumberBook;
  divisions: OrgDivision[];
  homeDivisionId: string;
  contactCenterDivisionId: string;
  divisionId: (name: string) => string;
  groupIdsByName: ReadonlyMap<string, string>;
  grant: (role: RoleKey, division?: string) => OrgGrant;
  users: OrgUser[];
  presences: Record<string, OrgPresenceState>;
  integrationPresences: Record<string, OrgPresenceState>;
}

function validateOptions(size: number, seed: number): void {
  if (!Number.isInteger(size) || size < 0 || size > MAX_GENERATED_ORG_SIZE) {
    throw new RangeError(`size must be an integer from 0 to ${MAX_GENERATED_ORG_SIZE}, got ${size}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
}

/** The home division first, then the named ones. */
function buildDivisions(ids: Prng): { homeDivision: OrgDivision; divisions: OrgDivision[] } {
  const homeDivision: OrgDivision = { id: ids.uuid(), name: 'Home', home: true };
  return { homeDivision, divisions: [homeDivision, ...DIVISION_NAMES.map((name) => ({ id: ids.uuid(), name, home: false }))] };
}

function buildRoleIds(ids: Prng): Record<RoleKey, string> {
  // Object literal members evaluate in source order, so the ids stay deterministic.
  return {
    employee: ids.uuid(),
    agent: ids.uuid(),
    ucViewer: ids.uuid(),
    eightByEightViewer: ids.uuid(),
    supervisor: ids.uuid(),
    admin: ids.uuid(),
    masterAdmin: ids.uuid(),
  };
}

function buildRoles(roleIds: Record<RoleKey, string>): OrgRole[] {
  return ROLE_KEYS.map((key) => {
    const spec = ROLE_SPECS[key];
    return { id: roleIds[key], name: spec.name, description: spec.description, permissions: [...spec.permissions] };
  });
}

function buildUcIntegration(ids: Prng): OrgUcIntegration {
  return {
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
}

/** Records a presence `ageMs` old before the epoch, sometimes with a status message. */
function setPresence(
  draft: OrgDraft,
  target: Record<string, OrgPresenceState>,
  userId: string,
  systemPresence: SystemPresence,
  ageMs: number,
): void {
  const { presence } = draft.streams;
  const state: OrgPresenceState = { definitionId: SYSTEM_PRESENCE_IDS[systemPresence][0], modifiedDate: iso(EPOCH_MS - ageMs) };
  const messages = PRESENCE_MESSAGES[PRESENCE_KEYS[systemPresence]];
  if (messages && presence.chance(MESSAGE_SHARE)) state.message = presence.pick(messages);
  target[userId] = state;
}

function takeContactCenterNumber(draft: OrgDraft): string {
  const { numbers, streams } = draft;
  return US ? numbers.take(US) : numbers.take(streams.phones.weighted(COUNTRY_WEIGHTS));
}

function contactCenterDid(draft: OrgDraft): OrgPhone {
  return { number: takeContactCenterNumber(draft), type: 'WORK', primary: true };
}

function personaIdsFrom(ids: Prng): Record<DemoPersona, string> {
  return {
    agent: ids.uuid(),
    supervisor: ids.uuid(),
    admin: ids.uuid(),
    'no-badges': ids.uuid(),
    'no-8x8': ids.uuid(),
  };
}

function personaGrants(draft: OrgDraft, roles: readonly RoleKey[]): OrgGrant[] {
  const { grant, contactCenterDivisionId, homeDivisionId } = draft;
  return roles.flatMap((role) => {
    if (role === 'agent') return [grant(role, contactCenterDivisionId)];
    // Admins review every division; supervisors watch the contact centre and home.
    if (role === 'admin') return draft.divisions.map((d) => grant(role, d.id));
    if (role === 'supervisor') return [grant(role, homeDivisionId), grant(role, contactCenterDivisionId)];
    return [grant(role)];
  });
}

/** The demo personas (Genesys-only), the agents reporting to the supervisor persona. */
function addPersonas(draft: OrgDraft, personaIds: Record<DemoPersona, string>): void {
  for (const persona of DEMO_PERSONAS) {
    const spec = PERSONA_SPECS[persona];
    const person = personFromName(spec.name);
    const id = personaIds[persona];
    const email = draft.emails.take(person.emailLocal);
    draft.users.push({
      id,
      name: spec.name,
      email,
      username: email,
      kind: 'genesys-only',
      state: 'active',
      department: spec.department,
      title: spec.title,
      divisionId: persona === 'admin' ? draft.homeDivisionId : draft.contactCenterDivisionId,
      groupIds: [],
      phones: [contactCenterDid(draft)],
      grants: personaGrants(draft, spec.roles),
    });
    setPresence(draft, draft.presences, id, spec.presence, draft.streams.presence.int(5, 50) * MINUTE);
  }
  for (const persona of ['agent', 'no-badges', 'no-8x8'] as const) {
    const user = draft.users.find((u) => u.id === personaIds[persona]);
    if (user) user.managerId = personaIds.supervisor;
  }
}

/** The master admin, to whom the admin persona reports. */
function addMasterAdmin(draft: OrgDraft, personaIds: Record<DemoPersona, string>): void {
  const person = personFromName(MASTER_ADMIN_SPEC.name);
  const id = draft.streams.ids.uuid();
  const email = draft.emails.take(person.emailLocal);
  draft.users.push({
    id,
    name: MASTER_ADMIN_SPEC.name,
    email,
    username: email,
    kind: 'genesys-only',
    state: 'active',
    department: MASTER_ADMIN_SPEC.department,
    title: MASTER_ADMIN_SPEC.title,
    divisionId: draft.homeDivisionId,
    groupIds: [draft.groupIdsByName.get('Leadership Team')].filter((gid) => gid !== undefined),
    phones: [contactCenterDid(draft)],
    grants: [draft.grant('employee'), draft.grant('masterAdmin')],
  });
  const adminUser = draft.users.find((u) => u.id === personaIds.admin);
  if (adminUser) adminUser.managerId = id;
  setPresence(draft, draft.presences, id, 'BUSY', draft.streams.presence.int(10, 90) * MINUTE);
}

/** max(5, size/10) Genesys-only contact-centre agents; every twelfth is a team lead. */
function addContactCenterAgents(draft: OrgDraft, size: number, supervisorId: string): void {
  const { streams, grant, contactCenterDivisionId } = draft;
  const agentCount = Math.max(5, Math.round(size / 10));
  const leads: string[] = [];
  const escalationGroup = draft.groupIdsByName.get('Escalation Contacts');
  for (let i = 0; i < agentCount; i++) {
    const person = randomPerson(streams.people);
    const id = streams.ids.uuid();
    const email = draft.emails.take(person.emailLocal);
    const isLead = i % 12 === 0;
    const user: OrgUser = {
      id,
      name: person.name,
      email,
      username: email,
      kind: 'genesys-only',
      state: 'active',
      department: CONTACT_CENTER_DEPARTMENT,
      title: isLead ? AGENT_LEAD_TITLE : streams.structure.pick(AGENT_TITLES),
      divisionId: contactCenterDivisionId,
      managerId: isLead || leads.length === 0 ? supervisorId : streams.structure.pick(leads),
      groupIds: isLead && escalationGroup !== undefined ? [escalationGroup] : [],
      phones: [contactCenterDid(draft)],
      grants: [
        grant('employee'),
        grant('agent', contactCenterDivisionId),
        grant('ucViewer'),
        grant('eightByEightViewer'),
        ...(isLead ? [grant('supervisor', contactCenterDivisionId)] : []),
      ],
    };
    if (isLead) leads.push(id);
    draft.users.push(user);
    setPresence(draft, draft.presences, id, streams.presence.weighted(AGENT_MIX), streams.presence.int(1, 240) * MINUTE);
  }
}

/** Which of the 8×8 positions are hybrid, which carry a defect, and whose numbers get copied. */
interface EightByEightPlan {
  kinds: UserKind[];
  defectAt: Map<number, Defect>;
  duplicateSources: number[];
}

// Kinds and defects are assigned to shuffled positions so that they are spread
// through the directory rather than bunched at the start.
function planEightByEightUsers(size: number, streams: Streams): EightByEightPlan {
  const hybridCount = Math.round(size * HYBRID_SHARE);
  const kinds: UserKind[] = Array.from({ length: size }, (_, i) => (i < hybridCount ? 'hybrid' : 'uc-only'));
  streams.structure.shuffle(kinds);

  const perKind = defectsPerKind(size);
  const defectAt = new Map<number, Defect>();
  const duplicateSources: number[] = [];
  if (perKind > 0) {
    const ucOnlyPositions: number[] = [];
    kinds.forEach((kind, i) => {
      if (kind === 'uc-only') ucOnlyPositions.push(i);
    });
    streams.defects.shuffle(ucOnlyPositions);
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
  return { kinds, defectAt, duplicateSources };
}

/** The first user of a department heads it; then managers now and then; the rest report to a manager. */
function placeInDepartment(
  structure: Prng,
  departmentState: Map<Department, DepartmentState>,
  department: Department,
  id: string,
): { title: string; managerId?: string } {
  let dept = departmentState.get(department);
  if (!dept) {
    dept = { managers: [] };
    departmentState.set(department, dept);
  }
  if (dept.head === undefined) {
    dept.head = id;
    return { title: department.headTitle };
  }
  if (dept.managers.length === 0 || structure.chance(1 / 12)) {
    dept.managers.push(id);
    return { title: department.managerTitle, managerId: dept.head };
  }
  const title = structure.pick(department.titles);
  return { title, managerId: structure.pick(dept.managers) };
}

function pickDivision(draft: OrgDraft, department: Department, country: PhoneCountry): string {
  const { divisionId, homeDivisionId } = draft;
  if (draft.streams.structure.chance(0.3)) return homeDivisionId;
  if (department.name === 'Sales') return divisionId('Sales');
  if (EMEA.has(country.iso)) return divisionId('EMEA');
  if (department.name === 'Billing' || department.name === 'Finance' || department.name === 'Claims') {
    return divisionId('Back Office');
  }
  return homeDivisionId;
}

function pickGroups(draft: OrgDraft, department: Department, country: PhoneCountry, title: string): string[] {
  const groupIds: string[] = [];
  const addGroup = (name: string, p: number): void => {
    const gid = draft.groupIdsByName.get(name);
    if (gid !== undefined && draft.streams.structure.chance(p)) groupIds.push(gid);
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
  return groupIds;
}

/** A hybrid user's Genesys work number beside the 8×8 one; either may be primary. */
function hybridPhones(draft: OrgDraft, country: PhoneCountry, eightByEight: OrgPhone): OrgPhone[] {
  const { phones } = draft.streams;
  const work: OrgPhone = { number: draft.numbers.take(country), type: 'WORK', primary: false };
  if (phones.chance(0.3)) work.extension = String(phones.int(2000, 7999));
  // Hybrid users are called in Genesys as often as on 8×8: either may be primary.
  if (phones.chance(0.5)) {
    work.primary = true;
    eightByEight.primary = false;
  }
  return [work, eightByEight];
}

/** A UC-only user's phones and state, with the seeded defect (if any) applied. */
function ucOnlyPhones(
  draft: OrgDraft,
  country: PhoneCountry,
  eightByEight: OrgPhone,
  defect: Defect | undefined,
): { phones: OrgPhone[]; state: UserState } {
  const userPhones: OrgPhone[] = [];
  let state: UserState = 'active';
  switch (defect) {
    case 'no-number':
      break;
    case 'malformed':
      eightByEight.number = malform(eightByEight.number, country, draft.streams.defects);
      userPhones.push(eightByEight);
      break;
    case 'other-not-primary':
      eightByEight.primary = false;
      userPhones.push({ number: draft.numbers.take(country), type: 'WORK', primary: true }, eightByEight);
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
  if (draft.streams.phones.chance(0.1)) userPhones.push({ number: draft.numbers.take(country), type: 'MOBILE', primary: false });
  return { phones: userPhones, state };
}

function eightByEightPhones(
  draft: OrgDraft,
  kind: UserKind,
  country: PhoneCountry,
  defect: Defect | undefined,
): { phones: OrgPhone[]; state: UserState } {
  const eightByEight: OrgPhone = {
    number: draft.numbers.take(country),
    type: 'OTHER',
    integration: EIGHT_BY_EIGHT_INTEGRATION_TAG,
    primary: true,
  };
  if (kind === 'hybrid') return { phones: hybridPhones(draft, country, eightByEight), state: 'active' };
  return ucOnlyPhones(draft, country, eightByEight, defect);
}

/** Genesys presence for everyone; 8×8 presence for everyone with an 8×8 number. */
function seedEightByEightPresence(draft: OrgDraft, id: string, kind: UserKind, state: UserState, defect: Defect | undefined): void {
  const { presence } = draft.streams;
  if (kind === 'uc-only' || state !== 'active') {
    // UC-only users never sign in to Genesys Cloud.
    setPresence(draft, draft.presences, id, 'OFFLINE', presence.int(2, 120) * DAY + presence.int(0, 23) * HOUR);
  } else {
    const genesys = presence.weighted(HYBRID_GENESYS_MIX);
    setPresence(draft, draft.presences, id, genesys, (genesys === 'OFFLINE' ? presence.int(60, 2000) : presence.int(1, 300)) * MINUTE);
  }
  if (defect !== 'no-number') {
    const ucPresence = presence.weighted(EIGHT_BY_EIGHT_MIX);
    const age = ucPresence === 'OFFLINE' ? presence.int(60, 60 * 60) : presence.int(0, 6 * 60);
    setPresence(draft, draft.integrationPresences, id, ucPresence, age * MINUTE + presence.int(0, 59_999));
  }
}

const DEPARTMENT_WEIGHTS = DEPARTMENTS.map((d) => [d, d.weight] as const);

/** One 8×8 user: person, department and manager, division, groups, phones, presences. */
function addEightByEightUser(
  draft: OrgDraft,
  kind: UserKind,
  defect: Defect | undefined,
  departmentState: Map<Department, DepartmentState>,
): void {
  const { streams } = draft;
  const person = randomPerson(streams.people);
  const id = streams.ids.uuid();
  const email = draft.emails.take(person.emailLocal);
  const country = streams.phones.weighted(COUNTRY_WEIGHTS);
  const department = streams.structure.weighted(DEPARTMENT_WEIGHTS);
  const { title, managerId } = placeInDepartment(streams.structure, departmentState, department, id);
  const userDivision = pickDivision(draft, department, country);
  const groupIds = pickGroups(draft, department, country, title);
  const { phones: userPhones, state } = eightByEightPhones(draft, kind, country, defect);

  const userGrants = [draft.grant('employee', userDivision)];
  if (kind === 'hybrid') userGrants.push(draft.grant('ucViewer'), draft.grant('eightByEightViewer'));

  draft.users.push({
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
  seedEightByEightPresence(draft, id, kind, state, defect);
}

// A second user holding someone else's 8×8 number: a copy-paste error in the directory.
function copyDuplicateNumbers(users: readonly OrgUser[], plan: EightByEightPlan, firstIndex: number): void {
  const duplicates = [...plan.defectAt].filter(([, defect]) => defect === 'duplicate').map(([position]) => position);
  duplicates.forEach((position, n) => {
    const target = users[firstIndex + position];
    const sourcePosition = plan.duplicateSources[n];
    const source = sourcePosition === undefined ? undefined : users[firstIndex + sourcePosition];
    const sourcePhone = source?.phones.find((p) => p.type === 'OTHER');
    const targetPhone = target?.phones.find((p) => p.type === 'OTHER');
    if (sourcePhone && targetPhone) targetPhone.number = sourcePhone.number;
  });
}

/** `size` 8×8 users, spread over the departments, with the seeded defects. */
function addEightByEightUsers(draft: OrgDraft, size: number): void {
  const plan = planEightByEightUsers(size, draft.streams);
  const departmentState = new Map<Department, DepartmentState>();
  const firstEightByEightIndex = draft.users.length;
  for (let i = 0; i < size; i++) {
    addEightByEightUser(draft, plan.kinds[i] ?? 'uc-only', plan.defectAt.get(i), departmentState);
  }
  copyDuplicateNumbers(draft.users, plan, firstEightByEightIndex);
}

/** The agent persona's call in progress, a few minutes old. */
function buildCalls(draft: OrgDraft, agentUserId: string): OrgCall[] {
  const { streams } = draft;
  const customer = randomPerson(streams.people);
  return [
    {
      id: streams.ids.uuid(),
      agentUserId,
      customer: { name: customer.name, address: `tel:${takeContactCenterNumber(draft)}` },
      startedDate: iso(EPOCH_MS - streams.presence.int(2 * 60, 9 * 60) * 1000),
    },
  ];
}

/**
 * A realistic organization: `size` 8×8 users (about 85% UC-only, 15% hybrid) plus
 * max(5, size/10) Genesys-only agents, the five demo personas and one master admin.
 * Deterministic: ids and dates come from the seed and GENERATED_ORG_EPOCH.
 */
export function generateOrg(options: GenerateOrgOptions): Organization {
  const { size, seed, environment = 'mypurecloud.com' } = options;
  validateOptions(size, seed);
  const streams = createStreams(seed);
  const { ids } = streams;
  const identity = streams.structure.pick(ORG_IDENTITIES);

  const { homeDivision, divisions } = buildDivisions(ids);
  const homeDivisionId = homeDivision.id;
  const divisionIds = new Map(divisions.map((d) => [d.name, d.id]));
  const divisionId = (name: string): string => divisionIds.get(name) ?? homeDivisionId;
  const groups: OrgGroup[] = GROUP_NAMES.map((name) => ({ id: ids.uuid(), name }));
  const roleIds = buildRoleIds(ids);
  const ucIntegration = buildUcIntegration(ids);

  const draft: OrgDraft = {
    streams,
    emails: new EmailBook(identity.domain),
    numbers: new NumberBook(streams.phones),
    divisions,
    homeDivisionId,
    contactCenterDivisionId: divisionId('Contact Center'),
    divisionId,
    groupIdsByName: new Map(groups.map((g) => [g.name, g.id])),
    grant: (role, division = homeDivisionId) => ({ roleId: roleIds[role], divisionId: division }),
    users: [],
    presences: {},
    integrationPresences: {},
  };

  // Genesys-only staff first: the personas, a master admin and the contact-centre agents.
  const personaIds = personaIdsFrom(ids);
  addPersonas(draft, personaIds);
  addMasterAdmin(draft, personaIds);
  addContactCenterAgents(draft, size, personaIds.supervisor);
  addEightByEightUsers(draft, size);
  const calls = buildCalls(draft, personaIds.agent);

  return {
    formatVersion: 1,
    id: ids.uuid(),
    name: identity.name,
    environment,
    divisions,
    groups,
    roles: buildRoles(roleIds),
    presenceDefinitions: systemPresenceDefinitions(),
    ucIntegrations: [ucIntegration],
    users: draft.users,
    presences: draft.presences,
    integrationPresences: draft.integrationPresences,
    personas: personaIds,
    calls,
  };
}
