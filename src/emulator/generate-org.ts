import { DEFAULT_UC, UC_KEYS, ucProfile, type UcKey, type UcProfile } from '@/genesys/uc-table';
import { DEMO_PERSONAS, SYSTEM_PRESENCES } from '@/emulator/org-model';
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
} as const;

const BASE_ROLE_KEYS = ['employee', 'agent', 'ucViewer', 'supervisor', 'admin', 'masterAdmin'] as const;
type BaseRoleKey = (typeof BASE_ROLE_KEYS)[number];
/** One "<name> Presence Viewer" role per UC integration of the org, granting its pbxPermission. */
type ViewerRoleKey = `viewer:${UcKey}`;
type RoleKey = BaseRoleKey | ViewerRoleKey;
/** In a persona's roles: the viewer role of every UC integration of the org. */
const UC_VIEWERS = 'ucPresenceViewers';
type PersonaRole = BaseRoleKey | typeof UC_VIEWERS;

const viewerRole = (uc: UcKey): ViewerRoleKey => `viewer:${uc}`;

/** Role order (and id draws): the base roles with the viewer roles after ucViewer. */
function roleKeysFor(integrations: readonly UcProfile[]): RoleKey[] {
  const viewers = integrations.map((uc) => viewerRole(uc.key));
  return BASE_ROLE_KEYS.flatMap((key): RoleKey[] => (key === 'ucViewer' ? [key, ...viewers] : [key]));
}

/**
 * The name Genesys' UC clientapps list gives an integration: its name in ASCII (the API lists the default
 * integration's entry with an x for the multiplication sign).
 */
export function listedUcName(uc: UcProfile): string {
  return uc.name.replace(/\u00d7/g, 'x');
}

function viewerRoleSpec(uc: UcProfile): Omit<OrgRole, 'id'> {
  return {
    name: `${listedUcName(uc)} Presence Viewer`,
    description: `Sees ${uc.name} presence when transferring.`,
    permissions: [uc.permissionFallback],
  };
}

const ROLE_SPECS: Record<BaseRoleKey, Omit<OrgRole, 'id'>> = {
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
      // …and every integration's pbxPermission (buildRoles).
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
  roles: readonly PersonaRole[];
  presence: SystemPresence;
}

// Fixed names, so documentation and screenshots stay valid whatever the seed.
const PERSONA_SPECS: Record<DemoPersona, PersonaSpec> = {
  agent: {
    name: 'Maya Okafor',
    title: 'Customer Care Agent',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'agent', 'ucViewer', UC_VIEWERS],
    presence: 'ON_QUEUE',
  },
  supervisor: {
    name: 'Daniel Reyes',
    title: 'Customer Care Supervisor',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'supervisor', 'ucViewer', UC_VIEWERS],
    presence: 'AVAILABLE',
  },
  admin: {
    name: 'Priya Natarajan',
    title: 'Genesys Cloud Administrator',
    department: 'IT',
    roles: ['employee', 'admin', 'ucViewer', UC_VIEWERS],
    presence: 'AVAILABLE',
  },
  'no-badges': {
    name: 'Tomás Lindgren',
    title: 'Customer Care Agent (trainee)',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'agent', UC_VIEWERS],
    presence: 'ON_QUEUE',
  },
  // Lacks the view permission of every UC integration of the org (the badge one is held).
  'no-uc-view': {
    name: 'Aiko Tanaka',
    title: 'Billing Support Agent',
    department: CONTACT_CENTER_DEPARTMENT,
    roles: ['employee', 'agent', 'ucViewer'],
    presence: 'AVAILABLE',
  },
};

const MASTER_ADMIN_SPEC = { name: 'Samuel Whitaker', title: 'IT Director', department: 'IT' };

/** Icon background per integration, in the table's order. */
const ICON_COLOURS: readonly string[] = ['#d3273e', '#4b53bc', '#0b5cff', '#f47a20'];

/** A vendor icon: the listed name's letters (the whole name up to three characters, else its capitals) on a tile. */
function iconSvg(uc: UcProfile): string {
  const name = listedUcName(uc);
  const letters = name.length <= 3 ? name : (name.match(/[A-Z0-9]/g) ?? [name.charAt(0)]).join('').slice(0, 3);
  const colour = ICON_COLOURS[UC_KEYS.indexOf(uc.key)] ?? '#5f6368';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" role="img" aria-label="${name}">` +
    `<rect width="24" height="24" rx="5" fill="${colour}"/>` +
    `<text x="12" y="15.5" font-family="Arial,Helvetica,sans-serif" font-size="${letters.length > 2 ? 9 : 10}" font-weight="700" fill="#fff" text-anchor="middle">${letters}</text>` +
    '</svg>'
  );
}

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
const UC_MIX: readonly (readonly [SystemPresence, number])[] = [
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
  /** Number of UC users: users of kind 'uc-only' or 'hybrid' (seeded defects included). */
  size: number;
  /** Same seed, size and integrations, deeply equal org. Taken modulo 2^32. */
  seed: number;
  /** Genesys region, e.g. "mypurecloud.ie". */
  environment?: string;
  /**
   * The org's UC integrations, in order (default [DEFAULT_UC]; repeats ignored). Each gets an active
   * clientapps entry and a viewer role; the UC users are spread over them (see pickIntegration).
   * With one integration users carry no `uc` and the org is the one generated before there were several.
   */
  integrations?: readonly UcKey[];
}

/** The generator's random streams, one per concern. */
interface Streams {
  ids: Prng;
  people: Prng;
  phones: Prng;
  structure: Prng;
  presence: Prng;
  defects: Prng;
  /** Which integration each UC user belongs to (drawn only when the org has several). */
  integrations: Prng;
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
    integrations: createPrng(seed, 'integrations'),
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
  /** The org's UC integrations, in order. */
  integrations: readonly UcProfile[];
  users: OrgUser[];
  presences: Record<string, OrgPresenceState>;
  integrationPresences: Record<string, OrgPresenceState>;
}

function validateOptions(size: number, seed: number, integrations: readonly UcKey[]): void {
  if (!Number.isInteger(size) || size < 0 || size > MAX_GENERATED_ORG_SIZE) {
    throw new RangeError(`size must be an integer from 0 to ${MAX_GENERATED_ORG_SIZE}, got ${size}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (integrations.length === 0) throw new RangeError('integrations must name at least one UC integration');
}

/** The home division first, then the named ones. */
function buildDivisions(ids: Prng): { homeDivision: OrgDivision; divisions: OrgDivision[] } {
  const homeDivision: OrgDivision = { id: ids.uuid(), name: 'Home', home: true };
  return { homeDivision, divisions: [homeDivision, ...DIVISION_NAMES.map((name) => ({ id: ids.uuid(), name, home: false }))] };
}

/** Role ids drawn in role order, so that they stay deterministic. */
function buildRoleIds(ids: Prng, keys: readonly RoleKey[]): ReadonlyMap<RoleKey, string> {
  return new Map(keys.map((key) => [key, ids.uuid()]));
}

function roleId(roleIds: ReadonlyMap<RoleKey, string>, key: RoleKey): string {
  const found = roleIds.get(key);
  if (found === undefined) throw new Error(`No role ${key} in the generated org`);
  return found;
}

function buildRoles(roleIds: ReadonlyMap<RoleKey, string>, integrations: readonly UcProfile[]): OrgRole[] {
  return [...roleIds].map(([key, id]) => {
    const uc = integrations.find((candidate) => viewerRole(candidate.key) === key);
    const spec = uc ? viewerRoleSpec(uc) : ROLE_SPECS[key as BaseRoleKey];
    const extra = key === 'supervisor' ? integrations.map((candidate) => candidate.permissionFallback) : [];
    return { id, name: spec.name, description: spec.description, permissions: [...spec.permissions, ...extra] };
  });
}

/** The UC clientapps entry of one integration, as Genesys would list it. */
function buildUcIntegration(ids: Prng, uc: UcProfile): OrgUcIntegration {
  return {
    id: ids.uuid(),
    name: listedUcName(uc),
    integrationPresenceSource: uc.presenceSource,
    pbxPermission: uc.permissionFallback,
    userPermissions: [PERMISSION.ucView, uc.permissionFallback],
    iconSvg: iconSvg(uc),
    badgeIconsSvg: Object.fromEntries(SYSTEM_PRESENCES.map((p) => [PRESENCE_KEYS[p], badgeSvg(p)])),
    polledPresence: uc.polledPresenceDefault,
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
    'no-uc-view': ids.uuid(),
  };
}

/** Every integration's viewer role. */
function viewerRoles(draft: OrgDraft): RoleKey[] {
  return draft.integrations.map((uc) => viewerRole(uc.key));
}

function personaGrants(draft: OrgDraft, personaRoles: readonly PersonaRole[]): OrgGrant[] {
  const { grant, contactCenterDivisionId, homeDivisionId } = draft;
  const roles = personaRoles.flatMap((role): RoleKey[] => (role === UC_VIEWERS ? viewerRoles(draft) : [role]));
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
  for (const persona of ['agent', 'no-badges', 'no-uc-view'] as const) {
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
        ...viewerRoles(draft).map((role) => grant(role)),
        ...(isLead ? [grant('supervisor', contactCenterDivisionId)] : []),
      ],
    };
    if (isLead) leads.push(id);
    draft.users.push(user);
    setPresence(draft, draft.presences, id, streams.presence.weighted(AGENT_MIX), streams.presence.int(1, 240) * MINUTE);
  }
}

/** Which of the UC user positions are hybrid, which carry a defect, and whose numbers get copied. */
interface UcPlan {
  kinds: UserKind[];
  defectAt: Map<number, Defect>;
  duplicateSources: number[];
}

// Kinds and defects are assigned to shuffled positions so that they are spread
// through the directory rather than bunched at the start.
function planUcUsers(size: number, streams: Streams): UcPlan {
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

/** A hybrid user's Genesys work number beside the UC one; either may be primary. */
function hybridPhones(draft: OrgDraft, country: PhoneCountry, ucPhone: OrgPhone): OrgPhone[] {
  const { phones } = draft.streams;
  const work: OrgPhone = { number: draft.numbers.take(country), type: 'WORK', primary: false };
  if (phones.chance(0.3)) work.extension = String(phones.int(2000, 7999));
  // Hybrid users are called in Genesys as often as on their UC phone system: either may be primary.
  if (phones.chance(0.5)) {
    work.primary = true;
    ucPhone.primary = false;
  }
  return [work, ucPhone];
}

/** A UC-only user's phones and state, with the seeded defect (if any) applied. */
function ucOnlyPhones(
  draft: OrgDraft,
  country: PhoneCountry,
  ucPhone: OrgPhone,
  defect: Defect | undefined,
): { phones: OrgPhone[]; state: UserState } {
  const userPhones: OrgPhone[] = [];
  let state: UserState = 'active';
  switch (defect) {
    case 'no-number':
      break;
    case 'malformed':
      ucPhone.number = malform(ucPhone.number, country, draft.streams.defects);
      userPhones.push(ucPhone);
      break;
    case 'other-not-primary':
      ucPhone.primary = false;
      userPhones.push({ number: draft.numbers.take(country), type: 'WORK', primary: true }, ucPhone);
      break;
    case 'inactive':
      state = 'inactive';
      userPhones.push(ucPhone);
      break;
    case 'deleted':
      state = 'deleted';
      userPhones.push(ucPhone);
      break;
    default:
      userPhones.push(ucPhone);
  }
  if (draft.streams.phones.chance(0.1)) userPhones.push({ number: draft.numbers.take(country), type: 'MOBILE', primary: false });
  return { phones: userPhones, state };
}

function ucPhones(
  draft: OrgDraft,
  kind: UserKind,
  country: PhoneCountry,
  defect: Defect | undefined,
  uc: UcProfile,
): { phones: OrgPhone[]; state: UserState } {
  const ucPhone: OrgPhone = {
    number: draft.numbers.take(country),
    type: 'OTHER',
    integration: uc.numberTag,
    primary: true,
  };
  if (kind === 'hybrid') return { phones: hybridPhones(draft, country, ucPhone), state: 'active' };
  return ucOnlyPhones(draft, country, ucPhone, defect);
}

/** Genesys presence for everyone; integration presence for everyone with a UC number. */
function seedUcPresence(draft: OrgDraft, id: string, kind: UserKind, state: UserState, defect: Defect | undefined): void {
  const { presence } = draft.streams;
  if (kind === 'uc-only' || state !== 'active') {
    // UC-only users never sign in to Genesys Cloud.
    setPresence(draft, draft.presences, id, 'OFFLINE', presence.int(2, 120) * DAY + presence.int(0, 23) * HOUR);
  } else {
    const genesys = presence.weighted(HYBRID_GENESYS_MIX);
    setPresence(draft, draft.presences, id, genesys, (genesys === 'OFFLINE' ? presence.int(60, 2000) : presence.int(1, 300)) * MINUTE);
  }
  if (defect !== 'no-number') {
    const ucPresence = presence.weighted(UC_MIX);
    const age = ucPresence === 'OFFLINE' ? presence.int(60, 60 * 60) : presence.int(0, 6 * 60);
    setPresence(draft, draft.integrationPresences, id, ucPresence, age * MINUTE + presence.int(0, 59_999));
  }
}

const DEPARTMENT_WEIGHTS = DEPARTMENTS.map((d) => [d, d.weight] as const);

/**
 * The integration of the next UC user: the only one, or (from its own stream, so that nothing else moves)
 * with two integrations the first for about 60% of the users, with more an even share each.
 */
function pickIntegration(draft: OrgDraft): UcProfile {
  const { integrations } = draft;
  const [first] = integrations;
  if (first === undefined) throw new Error('The generated org has no UC integration');
  if (integrations.length === 1) return first;
  const weights = integrations.map((uc, i) => [uc, integrations.length === 2 ? (i === 0 ? 60 : 40) : 1] as const);
  return draft.streams.integrations.weighted(weights);
}

/** One UC user (of one integration): person, department and manager, division, groups, phones, presences. */
function addUcUser(draft: OrgDraft, kind: UserKind, defect: Defect | undefined, departmentState: Map<Department, DepartmentState>): void {
  const { streams } = draft;
  const person = randomPerson(streams.people);
  const id = streams.ids.uuid();
  const email = draft.emails.take(person.emailLocal);
  const country = streams.phones.weighted(COUNTRY_WEIGHTS);
  const department = streams.structure.weighted(DEPARTMENT_WEIGHTS);
  const { title, managerId } = placeInDepartment(streams.structure, departmentState, department, id);
  const userDivision = pickDivision(draft, department, country);
  const groupIds = pickGroups(draft, department, country, title);
  const uc = pickIntegration(draft);
  const { phones: userPhones, state } = ucPhones(draft, kind, country, defect, uc);

  const userGrants = [draft.grant('employee', userDivision)];
  if (kind === 'hybrid') userGrants.push(draft.grant('ucViewer'), draft.grant(viewerRole(uc.key)));

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
    // Only orgs with several integrations name it: absent means the first (and only) one.
    ...(draft.integrations.length > 1 ? { uc: uc.key } : {}),
  });
  seedUcPresence(draft, id, kind, state, defect);
}

// A second user holding someone else's UC number: a copy-paste error in the directory.
function copyDuplicateNumbers(users: readonly OrgUser[], plan: UcPlan, firstIndex: number): void {
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

/** `size` UC users, spread over the departments, with the seeded defects. */
function addUcUsers(draft: OrgDraft, size: number): void {
  const plan = planUcUsers(size, draft.streams);
  const departmentState = new Map<Department, DepartmentState>();
  const firstUcIndex = draft.users.length;
  for (let i = 0; i < size; i++) {
    addUcUser(draft, plan.kinds[i] ?? 'uc-only', plan.defectAt.get(i), departmentState);
  }
  copyDuplicateNumbers(draft.users, plan, firstUcIndex);
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
 * A realistic organization: `size` UC users (about 85% UC-only, 15% hybrid) spread over the
 * `integrations` (default the DEFAULT_UC one alone), plus max(5, size/10) Genesys-only agents,
 * the five demo personas and one master admin.
 * Deterministic: ids and dates come from the seed and GENERATED_ORG_EPOCH.
 */
export function generateOrg(options: GenerateOrgOptions): Organization {
  const { size, seed, environment = 'mypurecloud.com', integrations: keys = [DEFAULT_UC] } = options;
  validateOptions(size, seed, keys);
  const integrations = [...new Set(keys)].map(ucProfile);
  const streams = createStreams(seed);
  const { ids } = streams;
  const identity = streams.structure.pick(ORG_IDENTITIES);

  const { homeDivision, divisions } = buildDivisions(ids);
  const homeDivisionId = homeDivision.id;
  const divisionIds = new Map(divisions.map((d) => [d.name, d.id]));
  const divisionId = (name: string): string => divisionIds.get(name) ?? homeDivisionId;
  const groups: OrgGroup[] = GROUP_NAMES.map((name) => ({ id: ids.uuid(), name }));
  const roleIds = buildRoleIds(ids, roleKeysFor(integrations));
  const ucIntegrations = integrations.map((uc) => buildUcIntegration(ids, uc));

  const draft: OrgDraft = {
    streams,
    emails: new EmailBook(identity.domain),
    numbers: new NumberBook(streams.phones),
    divisions,
    homeDivisionId,
    contactCenterDivisionId: divisionId('Contact Center'),
    divisionId,
    groupIdsByName: new Map(groups.map((g) => [g.name, g.id])),
    grant: (role, division = homeDivisionId) => ({ roleId: roleId(roleIds, role), divisionId: division }),
    integrations,
    users: [],
    presences: {},
    integrationPresences: {},
  };

  // Genesys-only staff first: the personas, a master admin and the contact-centre agents.
  const personaIds = personaIdsFrom(ids);
  addPersonas(draft, personaIds);
  addMasterAdmin(draft, personaIds);
  addContactCenterAgents(draft, size, personaIds.supervisor);
  addUcUsers(draft, size);
  const calls = buildCalls(draft, personaIds.agent);

  return {
    formatVersion: 1,
    id: ids.uuid(),
    name: identity.name,
    environment,
    divisions,
    groups,
    roles: buildRoles(roleIds, integrations),
    presenceDefinitions: systemPresenceDefinitions(),
    ucIntegrations,
    users: draft.users,
    presences: draft.presences,
    integrationPresences: draft.integrationPresences,
    personas: personaIds,
    calls,
  };
}
