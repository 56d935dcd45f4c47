import { z } from 'zod/mini';
import '@/emulator/zod-english';
import { UC_KEYS } from '@/genesys/uc-table';
import { systemPresenceDefinitions } from '@/emulator/generate-org';
import { DEMO_PERSONAS, LEGACY_PERSONA_KEYS, SYSTEM_PRESENCES, ucKeyOf } from '@/emulator/org-model';
import type { Organization } from '@/emulator/org-model';

// An org file is something a person wrote or exported: parse it, never trust it.
// Optional parts a hand-written file would leave out get defaults; anything the
// emulator or the app would trip over is rejected with its path.

// Genesys Cloud ids are always GUID-shaped and the app may rely on it (topics, URLs).
// Not z.uuid(): some system presence ids do not carry an RFC version nibble.
const id = z.string().check(
  z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    error: 'expected an id like "3f2b6c1e-8d4a-4f7b-9c2e-5a1d0e6b7c8f"',
  }),
);
const isoDateTime = z.iso.datetime({ offset: true });
const permission = z
  .string()
  .check(z.regex(/^[^:\s]+:[^:\s]+:[^:\s]+$/, { error: 'expected a permission "domain:entity:action" (a segment may be *)' }));
/** Text that must not be empty. */
const filled = () => z.string().check(z.minLength(1));

const phoneSchema = z.strictObject({
  // Not checked for E.164: directories hold malformed numbers, and finding them is the admin view's job.
  number: z.string(),
  type: z.enum(['OTHER', 'WORK', 'MOBILE', 'HOME']),
  extension: z.optional(z.string()),
  integration: z.optional(z.string()),
  primary: z.boolean(),
});

const grantSchema = z.strictObject({ roleId: id, divisionId: id });

const userSchema = z.pipe(
  z.strictObject({
    id,
    name: filled(),
    email: filled(),
    username: z.optional(filled()),
    kind: z.enum(['uc-only', 'hybrid', 'genesys-only']),
    state: z._default(z.enum(['active', 'inactive', 'deleted']), 'active'),
    department: z.optional(z.string()),
    title: z.optional(z.string()),
    divisionId: id,
    managerId: z.optional(id),
    groupIds: z._default(z.array(id), () => []),
    phones: z._default(z.array(phoneSchema), () => []),
    grants: z._default(z.array(grantSchema), () => []),
    // The UC integration of the user's number and presence (absent: the file's first integration).
    uc: z.optional(z.enum(UC_KEYS)),
  }),
  // Genesys Cloud usernames are the e-mail address unless set otherwise.
  z.transform((user) => ({ ...user, username: user.username ?? user.email })),
);

const presenceStateSchema = z.strictObject({
  definitionId: id,
  message: z.optional(z.string()),
  modifiedDate: isoDateTime,
});

const presenceDefinitionSchema = z.strictObject({
  id,
  systemPresence: z.enum(SYSTEM_PRESENCES),
  labels: z
    .record(z.string(), z.string())
    .check(z.refine((labels) => typeof labels.en_US === 'string', { error: 'expected an en_US label' })),
  primary: z.boolean(),
});

const ucIntegrationSchema = z.strictObject({
  id,
  name: filled(),
  integrationPresenceSource: filled(),
  pbxPermission: permission,
  userPermissions: z.array(permission),
  iconSvg: z._default(z.string(), ''),
  badgeIconsSvg: z._default(z.record(z.string(), z.string()), () => ({})),
  polledPresence: z._default(z.boolean(), false),
  pollIntervalSec: z.optional(z.number().check(z.int(), z.positive())),
  active: z._default(z.boolean(), true),
});

/** Persona keys of earlier files under today's names (a key already named today's way wins). */
function withLegacyPersonaKeys(personas: unknown): unknown {
  if (typeof personas !== 'object' || personas === null || Array.isArray(personas)) return personas;
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(personas)) {
    const current = LEGACY_PERSONA_KEYS[key];
    if (current === undefined) renamed[key] = value;
    else if (!Object.hasOwn(personas, current)) renamed[current] = value;
  }
  return renamed;
}

const callSchema = z.strictObject({
  id,
  agentUserId: id,
  customer: z.strictObject({
    name: z.string(),
    address: z.string().check(z.regex(/^(tel|sip):\S+$/, { error: 'expected a tel: or sip: address, e.g. "tel:+13175550100"' })),
  }),
  startedDate: isoDateTime,
});

export const orgFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  id,
  name: filled(),
  environment: z._default(filled(), 'mypurecloud.com'),
  divisions: z.array(z.strictObject({ id, name: filled(), home: z.boolean() })).check(z.minLength(1)),
  groups: z._default(z.array(z.strictObject({ id, name: filled() })), () => []),
  roles: z.array(z.strictObject({ id, name: filled(), description: z._default(z.string(), ''), permissions: z.array(permission) })),
  presenceDefinitions: z._default(z.array(presenceDefinitionSchema), systemPresenceDefinitions),
  ucIntegrations: z.array(ucIntegrationSchema),
  users: z.array(userSchema),
  presences: z._default(z.record(z.string(), presenceStateSchema), () => ({})),
  integrationPresences: z._default(z.record(z.string(), presenceStateSchema), () => ({})),
  personas: z.pipe(z.transform(withLegacyPersonaKeys), z.record(z.enum(DEMO_PERSONAS), id)),
  calls: z._default(z.array(callSchema), () => []),
});

type Assert<T extends true> = T;
// Identical, not merely assignable: an optional field added to the model alone must fail too.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the deferred conditional types are the technique
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile when the schema and the Organization interface drift apart. */
export type OrgFileSchemaMatchesModel = Assert<Equals<z.output<typeof orgFileSchema>, Organization>>;

const MAX_ISSUES_IN_MESSAGE = 10;

export class OrgFileError extends Error {
  /** One line per problem: "path: problem". */
  readonly issues: string[];

  constructor(issues: string[]) {
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `  ${issue}`);
    const more = issues.length - shown.length;
    super(
      [`The org file is not valid (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):`, ...shown]
        .concat(more > 0 ? [`  …and ${more} more`] : [])
        .join('\n'),
    );
    this.name = 'OrgFileError';
    this.issues = issues;
  }
}

/** Validates an org file (already JSON-parsed) and returns the organization it describes. */
export function parseOrgFile(json: unknown): Organization {
  const result = orgFileSchema.safeParse(json);
  if (!result.success) throw new OrgFileError(result.error.issues.map((issue) => formatIssue(issue, json)));
  const problems = checkReferences(result.data);
  if (problems.length > 0) throw new OrgFileError(problems);
  return result.data;
}

type Path = readonly PropertyKey[];

function formatPath(path: Path): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? '(file)' : text;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function expectedType(expected: string): string {
  switch (expected) {
    case 'object':
    case 'record':
      return 'an object';
    case 'array':
      return 'a list';
    case 'int':
      return 'a whole number';
    default:
      return `a ${expected}`;
  }
}

function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `${where}: required (${expectedType(issue.expected)})`
        : `${where}: expected ${expectedType(issue.expected)}, got ${describe(value)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const what = allowed.length === 1 ? (allowed[0] ?? '') : `one of ${allowed.join(', ')}`;
      return `${where}: expected ${what}, got ${value === undefined ? 'nothing' : describe(value)}`;
    }
    case 'unrecognized_keys':
      return `${where}: unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (names are case-sensitive)`;
    case 'too_small':
      if (issue.origin === 'string') return `${where}: must not be empty`;
      if (issue.origin === 'array') return `${where}: needs at least ${Number(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      return `${where}: must be ${issue.inclusive === false ? 'more than' : 'at least'} ${Number(issue.minimum)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return `${where}: expected an ISO 8601 date-time such as "2026-01-05T15:00:00Z", got ${describe(value)}`;
      }
      return `${where}: ${issue.message}, got ${describe(value)}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/** Cross-references the schema cannot express: ids that must exist, be unique or be active. */
function checkReferences(org: Organization): string[] {
  const problems: string[] = [];

  const indexIds = (collection: string, items: readonly { id: string }[]): Set<string> => {
    const firstAt = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = firstAt.get(item.id);
      if (earlier === undefined) firstAt.set(item.id, i);
      else problems.push(`${collection}[${i}].id: duplicate id ${JSON.stringify(item.id)} (also ${collection}[${earlier}])`);
    });
    return new Set(firstAt.keys());
  };

  const divisionIds = indexIds('divisions', org.divisions);
  const groupIds = indexIds('groups', org.groups);
  const roleIds = indexIds('roles', org.roles);
  const definitionIds = indexIds('presenceDefinitions', org.presenceDefinitions);
  indexIds('ucIntegrations', org.ucIntegrations);
  indexIds('calls', org.calls);
  const userIds = indexIds('users', org.users);
  const ucKeys = new Set(org.ucIntegrations.flatMap((integration) => ucKeyOf(integration) ?? []));

  const homes = org.divisions.filter((division) => division.home).length;
  if (homes !== 1) problems.push(`divisions: exactly one division must have "home": true (found ${homes})`);

  for (const systemPresence of SYSTEM_PRESENCES) {
    if (!org.presenceDefinitions.some((d) => d.primary && d.systemPresence === systemPresence)) {
      problems.push(`presenceDefinitions: no primary definition for ${systemPresence}`);
    }
  }

  const missing = (what: string, value: string): string => `no ${what} with id ${JSON.stringify(value)}`;

  org.users.forEach((user, i) => {
    const at = `users[${i}]`;
    if (!divisionIds.has(user.divisionId)) problems.push(`${at}.divisionId: ${missing('division', user.divisionId)}`);
    if (user.managerId !== undefined) {
      if (user.managerId === user.id) problems.push(`${at}.managerId: a user cannot be their own manager`);
      else if (!userIds.has(user.managerId)) problems.push(`${at}.managerId: ${missing('user', user.managerId)}`);
    }
    user.groupIds.forEach((gid, j) => {
      if (!groupIds.has(gid)) problems.push(`${at}.groupIds[${j}]: ${missing('group', gid)}`);
    });
    user.grants.forEach((g, j) => {
      if (!roleIds.has(g.roleId)) problems.push(`${at}.grants[${j}].roleId: ${missing('role', g.roleId)}`);
      if (!divisionIds.has(g.divisionId)) problems.push(`${at}.grants[${j}].divisionId: ${missing('division', g.divisionId)}`);
    });
    const primaries = user.phones.filter((phone) => phone.primary).length;
    if (primaries > 1) problems.push(`${at}.phones: ${primaries} phones are marked primary; at most one may be`);
    if (user.uc !== undefined && !ucKeys.has(user.uc)) {
      problems.push(
        `${at}.uc: user ${JSON.stringify(user.name)} belongs to UC integration ${JSON.stringify(user.uc)}, but ucIntegrations has no entry for it (it has ${[...ucKeys].join(', ') || 'none the table knows'})`,
      );
    }
  });

  const checkPresences = (field: 'presences' | 'integrationPresences'): void => {
    for (const [userId, state] of Object.entries(org[field])) {
      if (!userIds.has(userId)) problems.push(`${formatPath([field, userId])}: ${missing('user', userId)}`);
      if (!definitionIds.has(state.definitionId)) {
        problems.push(`${formatPath([field, userId, 'definitionId'])}: ${missing('presence definition', state.definitionId)}`);
      }
    }
  };
  checkPresences('presences');
  checkPresences('integrationPresences');

  const usersById = new Map(org.users.map((user) => [user.id, user]));
  for (const persona of DEMO_PERSONAS) {
    const userId = org.personas[persona];
    const user = usersById.get(userId);
    const at = formatPath(['personas', persona]);
    if (!user) problems.push(`${at}: ${missing('user', userId)}`);
    else if (user.state !== 'active') problems.push(`${at}: user ${JSON.stringify(userId)} is ${user.state}; a persona must be active`);
  }

  org.calls.forEach((call, i) => {
    if (!userIds.has(call.agentUserId)) problems.push(`calls[${i}].agentUserId: ${missing('user', call.agentUserId)}`);
  });

  return problems;
}
