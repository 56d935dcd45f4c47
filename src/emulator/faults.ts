// Fault switches for tests and for the demo URL parameter `demoFaults`.
//
// Syntax of `demoFaults`: comma-separated items, each `name`, `name:value` or
// (errors, timeout, malformed) `name[:value]@route`; whitespace ignored, later
// items win (a routed item replaces an earlier one of the same name and route):
//   latency:<ms>            added latency per HTTP request (integer >= 0)
//   errors:<fraction>       share of requests answered 500 / 503 (0..1)
//   timeout[:<fraction>]    share of requests never answered (default 1): held until
//                           the fault is lifted or the client gives up, then a 504
//   storm[:<seconds>]       every request answers 429, Retry-After <seconds> (default 5)
//   drops:<seconds>         drop every notifications socket every <seconds> (> 0)
//   silent                  sockets stay open but say nothing (no heartbeat, pong or event)
//   malformed:<fraction>    share of JSON answers and socket events made malformed (0..1)
//   malformations:<kinds>   which malformations, `+`-separated (default the first three):
//                           missing-field, unknown-presence, wrong-type, huge-string,
//                           duplicate-users, empty-page
//   none                    no faults (resets the items before it)
// A route is a path after /api/v2/, `*` one segment and `**` any number of them
// (`users/search`, `users/presences/*/bulk`, `notifications/**`); `@socket` is the
// notifications socket's events (malformed only).
// e.g. `demoFaults=latency:200,errors:0.1,storm,drops:30,malformed:0.05,errors:1@groups/**`.
// Which request fails is drawn from the emulator's seeded stream: same seed and
// same request order, same faults.
import { z } from 'zod/mini';
import type { Prng } from '@/emulator/prng';

export const MALFORMATIONS = ['missing-field', 'unknown-presence', 'wrong-type', 'huge-string', 'duplicate-users', 'empty-page'] as const;
export type Malformation = (typeof MALFORMATIONS)[number];
/** What `malformed` produces unless `malformations` says otherwise. */
export const DEFAULT_MALFORMATIONS: readonly Malformation[] = ['missing-field', 'unknown-presence', 'wrong-type'];

export type RouteFaultKind = 'errors' | 'timeout' | 'malformed';

/** A fault on the requests whose path matches `route` only. */
export interface RouteFault {
  kind: RouteFaultKind;
  /** Path glob after /api/v2/ (`users/search`, `notifications/**`), or `socket` (socket events). */
  route: string;
  /** Share of the matching requests (0..1). */
  rate: number;
}

export interface FaultConfig {
  latencyMs: number;
  /** Fraction of requests answered with a 5xx. */
  errorRate: number;
  /** Fraction of requests held without an answer (a hung upstream) until released; then 504. */
  timeoutRate: number;
  /** Every request answers 429 with Retry-After. */
  rateLimitStorm: boolean;
  /** Retry-After during a storm. */
  stormRetryAfterSec: number;
  /** 0 = never. */
  socketDropEverySec: number;
  /** Sockets stay open but carry nothing: no heartbeat, no pong, no event (lost, as on a dead link). */
  silentSockets: boolean;
  /** Fraction of JSON answers (and socket events) made malformed. */
  malformedRate: number;
  /** The malformations to draw from (empty: DEFAULT_MALFORMATIONS). */
  malformations: readonly Malformation[];
  /** Faults restricted to some routes, on top of the global ones. */
  routeFaults: readonly RouteFault[];
}

export const NO_FAULTS: Readonly<FaultConfig> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  timeoutRate: 0,
  rateLimitStorm: false,
  stormRetryAfterSec: 5,
  socketDropEverySec: 0,
  silentSockets: false,
  malformedRate: 0,
  malformations: [],
  routeFaults: [],
});

export class FaultSyntaxError extends Error {
  constructor(message: string) {
    super(`demoFaults: ${message}`);
    this.name = 'FaultSyntaxError';
  }
}

const fraction = z.coerce.number().check(z.gte(0), z.lte(1));
const nonNegativeInt = z.coerce.number().check(z.int(), z.gte(0));
const positive = z.coerce.number().check(z.positive());
/** Path segments (letters, digits, `.`, `_`, `-`) or `*` / `**`, separated by `/`. */
const ROUTE = /^(?:[A-Za-z0-9._-]+|\*\*?)(?:\/(?:[A-Za-z0-9._-]+|\*\*?))*$/;
const SOCKET_ROUTE = 'socket';

function parseValue<T>(schema: z.ZodMiniType<T>, name: string, raw: string | undefined): T {
  const result = schema.safeParse(raw);
  if (raw === undefined || raw === '' || !result.success) {
    throw new FaultSyntaxError(`"${name}" needs a valid value, got "${raw ?? ''}"`);
  }
  return result.data;
}

function parseRoute(name: string, raw: string): string {
  const route = raw.replace(/^\/?(api\/v2\/)?/, '');
  if (!ROUTE.test(route)) throw new FaultSyntaxError(`"${name}" has an invalid route "${raw}"`);
  if (route === SOCKET_ROUTE && name !== 'malformed') {
    throw new FaultSyntaxError(`"@socket" works with malformed only, not with "${name}"`);
  }
  return route;
}

function parseMalformations(raw: string | undefined): Malformation[] {
  if (raw === undefined || raw === '') throw new FaultSyntaxError('"malformations" needs a value, e.g. huge-string+empty-page');
  return raw.split('+').map((kind) => {
    const known = MALFORMATIONS.find((candidate) => candidate === kind.trim());
    if (!known) throw new FaultSyntaxError(`unknown malformation "${kind}" (expected ${MALFORMATIONS.join(', ')})`);
    return known;
  });
}

const ROUTED: readonly string[] = ['errors', 'timeout', 'malformed'];

/** Parses the `demoFaults` parameter; throws FaultSyntaxError with the offending item. */
export function parseFaults(param: string): Partial<FaultConfig> {
  let faults: Partial<FaultConfig> = {};
  for (const item of param
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [spec = '', routeRaw, ...extraAt] = item.split('@').map((part) => part.trim());
    if (extraAt.length > 0) throw new FaultSyntaxError(`too many "@" in "${item}"`);
    const [name = '', raw, ...rest] = spec.split(':').map((part) => part.trim());
    if (rest.length > 0) throw new FaultSyntaxError(`too many ":" in "${item}"`);
    if (routeRaw !== undefined) {
      if (!ROUTED.includes(name)) throw new FaultSyntaxError(`"${name}" cannot be restricted to a route (only ${ROUTED.join(', ')})`);
      const kind = name === 'errors' ? 'errors' : name === 'timeout' ? 'timeout' : 'malformed';
      const route = parseRoute(name, routeRaw);
      const rate = raw === undefined && kind === 'timeout' ? 1 : parseValue(fraction, name, raw);
      const others = (faults.routeFaults ?? []).filter((fault) => fault.kind !== kind || fault.route !== route);
      faults.routeFaults = [...others, { kind, route, rate }];
      continue;
    }
    switch (name) {
      case 'none':
        faults = { ...NO_FAULTS };
        break;
      case 'latency':
        faults.latencyMs = parseValue(nonNegativeInt, name, raw);
        break;
      case 'errors':
        faults.errorRate = parseValue(fraction, name, raw);
        break;
      case 'timeout':
        faults.timeoutRate = raw === undefined ? 1 : parseValue(fraction, name, raw);
        break;
      case 'storm':
        faults.rateLimitStorm = true;
        if (raw !== undefined) faults.stormRetryAfterSec = parseValue(nonNegativeInt.check(z.gte(1)), name, raw);
        break;
      case 'drops':
        faults.socketDropEverySec = parseValue(positive, name, raw);
        break;
      case 'silent':
        faults.silentSockets = true;
        break;
      case 'malformed':
        faults.malformedRate = parseValue(fraction, name, raw);
        break;
      case 'malformations':
        faults.malformations = parseMalformations(raw);
        break;
      default:
        throw new FaultSyntaxError(
          `unknown item "${name}" (expected latency, errors, timeout, storm, drops, silent, malformed, malformations or none)`,
        );
    }
  }
  return faults;
}

/** Does a route glob (`users/search`, `notifications/**`) match a path (after /api/v2/)? */
export function routeMatches(route: string, path: string): boolean {
  const pattern = route.split('/');
  const segments = path.replace(/^\/?(api\/v2\/)?/, '').split('/');
  const match = (p: number, s: number): boolean => {
    if (p === pattern.length) return s === segments.length;
    const part = pattern[p];
    if (part === '**') {
      for (let next = s; next <= segments.length; next += 1) if (match(p + 1, next)) return true;
      return false;
    }
    return s < segments.length && (part === '*' || part === segments[s]) && match(p + 1, s + 1);
  };
  return match(0, 0);
}

/** The share of requests to `path` (or socket events, path `socket`) a fault kind applies to: global and routed, the larger wins. */
export function faultRate(faults: FaultConfig, kind: RouteFaultKind, path: string): number {
  const global = kind === 'errors' ? faults.errorRate : kind === 'timeout' ? faults.timeoutRate : faults.malformedRate;
  let rate = path === SOCKET_ROUTE && kind !== 'malformed' ? 0 : global;
  for (const fault of faults.routeFaults) {
    if (fault.kind !== kind) continue;
    const applies = fault.route === SOCKET_ROUTE ? path === SOCKET_ROUTE : path !== SOCKET_ROUTE && routeMatches(fault.route, path);
    if (applies) rate = Math.max(rate, fault.rate);
  }
  return rate;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy through JSON so that mutations never touch emulator state. */
function toJson(value: unknown): Json {
  return z.json().parse(JSON.parse(JSON.stringify(value ?? null)));
}

function collectObjects(value: Json, into: Record<string, Json>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into);
  } else if (isRecord(value)) {
    into.push(value);
    for (const child of Object.values(value)) collectObjects(child, into);
  }
}

/** Length of a `huge-string` field: far beyond any real name or status message. */
export const HUGE_STRING_LENGTH = 100_000;

const LISTS = ['results', 'entities'] as const;

function listsOf(json: Json, objects: Record<string, Json>[]): Json[][] {
  const lists: Json[][] = Array.isArray(json) ? [json] : [];
  for (const object of objects) {
    for (const key of LISTS) {
      const list = object[key];
      if (Array.isArray(list)) lists.push(list);
    }
  }
  return lists;
}

const hasId = (item: Json): boolean => isRecord(item) && (typeof item.id === 'string' || typeof item.userId === 'string');

/**
 * One malformation of a JSON value, of a kind drawn by `random` from `kinds`
 * among those the value allows (an unknown systemPresence needs a presence, a
 * duplicate needs a list of users, ...); `kind` null when none applies.
 */
export function malformJson(
  value: unknown,
  random: Prng,
  kinds: readonly Malformation[] = DEFAULT_MALFORMATIONS,
): { json: unknown; kind: Malformation | null } {
  const json = toJson(value);
  const objects: Record<string, Json>[] = [];
  collectObjects(json, objects);
  const withPresence = objects.filter((object) => typeof object.systemPresence === 'string');
  const withFields = objects.filter((object) => Object.keys(object).length > 0);
  const withStrings = objects.filter((object) => Object.values(object).some((field) => typeof field === 'string'));
  const userLists = listsOf(json, objects).filter((list) => list.some(hasId));
  const pages = listsOf(json, objects).filter((list) => list.length > 0);
  const applicable = (kinds.length === 0 ? DEFAULT_MALFORMATIONS : kinds).filter((kind) => {
    switch (kind) {
      case 'unknown-presence':
        return withPresence.length > 0;
      case 'missing-field':
      case 'wrong-type':
        return true;
      case 'huge-string':
        return withStrings.length > 0;
      case 'duplicate-users':
        return userLists.length > 0;
      case 'empty-page':
        return pages.length > 0;
    }
  });
  if (applicable.length === 0) return { json, kind: null };
  const kind = random.pick(applicable);
  switch (kind) {
    case 'unknown-presence':
      random.pick(withPresence).systemPresence = 'NOT_A_PRESENCE';
      break;
    case 'missing-field':
    case 'wrong-type': {
      if (withFields.length === 0) return { json: kind === 'wrong-type' ? 42 : {}, kind };
      const target = random.pick(withFields);
      const key = random.pick(Object.keys(target));
      if (kind === 'missing-field') Reflect.deleteProperty(target, key);
      else target[key] = typeof target[key] === 'number' ? 'not-a-number' : 12345;
      break;
    }
    case 'huge-string': {
      const target = random.pick(withStrings);
      const key = random.pick(Object.keys(target).filter((field) => typeof target[field] === 'string'));
      const text = target[key];
      if (typeof text !== 'string') break;
      target[key] = (text + ' ').repeat(Math.ceil(HUGE_STRING_LENGTH / (text.length + 1))).slice(0, HUGE_STRING_LENGTH);
      break;
    }
    case 'duplicate-users': {
      const list = random.pick(userLists);
      const candidates = list.map((item, index) => ({ item, index })).filter(({ item }) => hasId(item));
      const { item, index } = random.pick(candidates);
      list.splice(index + 1, 0, toJson(item));
      break;
    }
    case 'empty-page':
      random.pick(pages).length = 0;
      break;
  }
  return { json, kind };
}
