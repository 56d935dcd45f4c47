// The UserSearchRequest query language, over the fields we emulate:
// id, name, email, username, department, title, state, manager.id, division.id,
// addresses (phone numbers, as stored and as digits). Field names follow the
// User model; Genesys' full list of searchable fields is not public (assumed).
import { z } from 'zod/mini';
import type { OrgUser } from '@/emulator/org-model';

export const SEARCH_FIELDS = [
  'id',
  'name',
  'email',
  'username',
  'department',
  'title',
  'state',
  'manager.id',
  'division.id',
  'addresses',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const SEARCH_TYPES = [
  'EXACT',
  'CONTAINS',
  'STARTS_WITH',
  'TERM',
  'TERMS',
  'QUERY_STRING',
  'MATCH_ALL',
  'REQUIRED_FIELDS',
  'RANGE',
] as const;

export interface SearchCriterion {
  type: (typeof SEARCH_TYPES)[number];
  fields?: SearchField[] | undefined;
  value?: string | undefined;
  values?: string[] | undefined;
  startValue?: string | undefined;
  endValue?: string | undefined;
  operator?: 'AND' | 'OR' | 'NOT' | undefined;
  group?: SearchCriterion[] | undefined;
}

export const searchCriterion: z.ZodMiniType<SearchCriterion> = z
  .object({
    type: z.enum(SEARCH_TYPES),
    fields: z.optional(z.array(z.enum(SEARCH_FIELDS))),
    value: z.optional(z.string()),
    values: z.optional(z.array(z.string())),
    startValue: z.optional(z.string()),
    endValue: z.optional(z.string()),
    operator: z.optional(z.enum(['AND', 'OR', 'NOT'])),
    group: z.optional(z.array(z.lazy(() => searchCriterion))),
    dateFormat: z.optional(z.string()),
  })
  .check(
    z.superRefine((criterion, context) => {
      const needsFields = !['MATCH_ALL'].includes(criterion.type) && criterion.group === undefined;
      if (needsFields && (criterion.fields ?? []).length === 0) {
        context.addIssue({ code: 'custom', path: ['fields'], message: `${criterion.type} needs fields` });
      }
      const needsValue = ['EXACT', 'CONTAINS', 'STARTS_WITH', 'TERM', 'TERMS', 'QUERY_STRING'].includes(criterion.type);
      if (needsValue && criterion.group === undefined && wanted(criterion).length === 0) {
        context.addIssue({ code: 'custom', path: ['value'], message: `${criterion.type} needs a value or values` });
      }
    }),
  );

// Worked out once per criterion of a request, not once per user of the org it is matched against.
const wantedOf = new WeakMap<SearchCriterion, string[]>();
const orsOf = new WeakMap<readonly SearchCriterion[], SearchCriterion[]>();

/** `value` and `values` both accepted (the app sends EXACT with `values`); any one may match. */
function wanted(criterion: SearchCriterion): string[] {
  let targets = wantedOf.get(criterion);
  if (!targets) {
    targets = [...(criterion.value === undefined ? [] : [criterion.value]), ...(criterion.values ?? [])]
      .map((item) => item.toLowerCase())
      .filter(Boolean);
    wantedOf.set(criterion, targets);
  }
  return targets;
}

function fieldValues(user: OrgUser, field: SearchField): string[] {
  switch (field) {
    case 'id':
      return [user.id];
    case 'name':
      return [user.name];
    case 'email':
      return [user.email];
    case 'username':
      return [user.username];
    case 'department':
      return user.department === undefined ? [] : [user.department];
    case 'title':
      return user.title === undefined ? [] : [user.title];
    case 'state':
      return [user.state];
    case 'manager.id':
      return user.managerId === undefined ? [] : [user.managerId];
    case 'division.id':
      return [user.divisionId];
    case 'addresses':
      return user.phones.flatMap((phone) => [phone.number, phone.number.replace(/\D/g, '')]);
  }
}

const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}@.+_-]+/u)
    .filter(Boolean);

function wildcard(term: string): RegExp {
  const escaped = term.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** EXACT without the per-user arrays of the general case: every search (state=active) runs it over the whole org. */
function matchesExact(user: OrgUser, criterion: SearchCriterion): boolean {
  const targets = wanted(criterion);
  for (const field of criterion.fields ?? []) {
    for (const value of fieldValues(user, field)) if (targets.includes(value.toLowerCase())) return true;
  }
  return false;
}

function matchesOne(user: OrgUser, criterion: SearchCriterion): boolean {
  if (criterion.group) return matchesCriteria(user, criterion.group);
  if (criterion.type === 'EXACT') return matchesExact(user, criterion);
  const values = (criterion.fields ?? []).flatMap((field) => fieldValues(user, field)).map((value) => value.toLowerCase());
  const targets = wanted(criterion);
  const any = (test: (candidate: string, target: string) => boolean): boolean =>
    values.some((candidate) => targets.some((target) => test(candidate, target)));
  switch (criterion.type) {
    case 'MATCH_ALL':
      return true;
    case 'CONTAINS':
      return any((candidate, target) => candidate.includes(target));
    case 'STARTS_WITH':
      return any((candidate, target) => candidate.startsWith(target));
    case 'TERM':
    case 'TERMS':
      return any((candidate, target) => candidate === target || tokens(candidate).includes(target));
    case 'QUERY_STRING': {
      const words = values.flatMap(tokens);
      // Every term must match a word; "*" is a wildcard, a bare term also matches as a prefix.
      return targets.flatMap(tokens).every((term) => {
        const pattern = term.includes('*') ? wildcard(term) : wildcard(`${term}*`);
        return words.some((word) => pattern.test(word));
      });
    }
    case 'REQUIRED_FIELDS':
      return (criterion.fields ?? []).every((field) => fieldValues(user, field).length > 0);
    case 'RANGE':
      return values.some(
        (candidate) =>
          (criterion.startValue === undefined || candidate >= criterion.startValue.toLowerCase()) &&
          (criterion.endValue === undefined || candidate <= criterion.endValue.toLowerCase()),
      );
  }
}

/** AND criteria must all match, at least one OR criterion must match (when any), no NOT may match. */
export function matchesCriteria(user: OrgUser, criteria: readonly SearchCriterion[]): boolean {
  let ors = orsOf.get(criteria);
  if (!ors) {
    ors = criteria.filter((criterion) => criterion.operator === 'OR');
    orsOf.set(criteria, ors);
  }
  return (
    criteria.every((criterion) => {
      if (criterion.operator === 'OR') return true;
      const match = matchesOne(user, criterion);
      return criterion.operator === 'NOT' ? !match : match;
    }) &&
    (ors.length === 0 || ors.some((criterion) => matchesOne(user, criterion)))
  );
}

/** True when some criterion constrains `state` (then deleted users are not hidden). */
export function mentionsState(criteria: readonly SearchCriterion[]): boolean {
  return criteria.some((criterion) => criterion.fields?.includes('state') === true || mentionsState(criterion.group ?? []));
}

// Each user's place in the whole org's order, per sort field: comparing two
// numbers instead of two collated strings makes a page of a 50,000-user org ~20×
// cheaper (every page request sorts its matches).
interface Order {
  /** The org's users in this field's order (ties by id). */
  ordered: readonly OrgUser[];
  rank: Map<OrgUser, number>;
}
const orders = new WeakMap<readonly OrgUser[], Map<SearchField, Order>>();

function orderOf(all: readonly OrgUser[], sortBy: SearchField): Order {
  let byField = orders.get(all);
  if (!byField) {
    byField = new Map();
    orders.set(all, byField);
  }
  let order = byField.get(sortBy);
  if (!order) {
    const key = (user: OrgUser): string => fieldValues(user, sortBy)[0]?.toLowerCase() ?? '';
    const keys = new Map(all.map((user) => [user, key(user)]));
    const ordered = [...all].sort((a, b) => (keys.get(a) ?? '').localeCompare(keys.get(b) ?? '') || a.id.localeCompare(b.id));
    order = { ordered, rank: new Map(ordered.map((user, index) => [user, index])) };
    byField.set(sortBy, order);
  }
  return order;
}

/** The org's users in `sortBy` order (ties by id): filtering it gives a sorted subset without sorting. */
export function usersInOrder(all: readonly OrgUser[], sortBy: SearchField, descending: boolean): readonly OrgUser[] {
  const { ordered } = orderOf(all, sortBy);
  return descending ? [...ordered].reverse() : ordered;
}

/** Sorts `users` (a subset of `all`, the org's users) by `sortBy`, ties by id. */
export function sortUsers(users: OrgUser[], sortBy: SearchField, descending: boolean, all: readonly OrgUser[] = users): OrgUser[] {
  const { rank } = orderOf(all, sortBy);
  return users.sort((a, b) => {
    const order = (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
    return descending ? -order : order;
  });
}
