// Fault switches for tests and for the demo URL parameter `demoFaults`.
//
// Syntax of `demoFaults`: comma-separated items, each `name` or `name:value`,
// whitespace ignored, later items win:
//   latency:<ms>        added latency per HTTP request (integer >= 0)
//   errors:<fraction>   share of requests answered 500 / 503 (0..1)
//   storm[:<seconds>]   every request answers 429, Retry-After <seconds> (default 5)
//   drops:<seconds>     drop every notifications socket every <seconds> (> 0)
//   malformed:<fraction> share of JSON answers and socket events made malformed (0..1)
//   none                no faults (resets the items before it)
// e.g. `demoFaults=latency:200,errors:0.1,storm,drops:30,malformed:0.05`.
// Which request fails is drawn from the emulator's seeded stream: same seed and
// same request order, same faults.
import { z } from 'zod';
import type { Prng } from '@/emulator/prng';

export interface FaultConfig {
  latencyMs: number;
  /** Fraction of requests answered with a 5xx. */
  errorRate: number;
  /** Every request answers 429 with Retry-After. */
  rateLimitStorm: boolean;
  /** Retry-After during a storm. */
  stormRetryAfterSec: number;
  /** 0 = never. */
  socketDropEverySec: number;
  /** Fraction of JSON answers (and socket events) made malformed. */
  malformedRate: number;
}

export const NO_FAULTS: Readonly<FaultConfig> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  rateLimitStorm: false,
  stormRetryAfterSec: 5,
  socketDropEverySec: 0,
  malformedRate: 0,
});

export class FaultSyntaxError extends Error {
  constructor(message: string) {
    super(`demoFaults: ${message}`);
    this.name = 'FaultSyntaxError';
  }
}

const fraction = z.coerce.number().min(0).max(1);
const nonNegativeInt = z.coerce.number().int().min(0);
const positive = z.coerce.number().positive();

function parseValue<T>(schema: z.ZodType<T>, name: string, raw: string | undefined): T {
  const result = schema.safeParse(raw);
  if (raw === undefined || raw === '' || !result.success) {
    throw new FaultSyntaxError(`"${name}" needs a valid value, got "${raw ?? ''}"`);
  }
  return result.data;
}

/** Parses the `demoFaults` parameter; throws FaultSyntaxError with the offending item. */
export function parseFaults(param: string): Partial<FaultConfig> {
  let faults: Partial<FaultConfig> = {};
  for (const item of param.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [name = '', raw, ...rest] = item.split(':').map((part) => part.trim());
    if (rest.length > 0) throw new FaultSyntaxError(`too many ":" in "${item}"`);
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
      case 'storm':
        faults.rateLimitStorm = true;
        if (raw !== undefined) faults.stormRetryAfterSec = parseValue(nonNegativeInt.min(1), name, raw);
        break;
      case 'drops':
        faults.socketDropEverySec = parseValue(positive, name, raw);
        break;
      case 'malformed':
        faults.malformedRate = parseValue(fraction, name, raw);
        break;
      default:
        throw new FaultSyntaxError(
          `unknown item "${name}" (expected latency, errors, storm, drops, malformed or none)`,
        );
    }
  }
  return faults;
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

export type Malformation = 'missing-field' | 'unknown-presence' | 'wrong-type';

/**
 * One malformation of a JSON value, chosen by `random`: an unknown
 * systemPresence (when there is one), a dropped field or a field of the wrong type.
 */
export function malformJson(value: unknown, random: Prng): { json: unknown; kind: Malformation } {
  const json = toJson(value);
  const objects: Record<string, Json>[] = [];
  collectObjects(json, objects);
  const withPresence = objects.filter((object) => typeof object.systemPresence === 'string');
  const withFields = objects.filter((object) => Object.keys(object).length > 0);
  const roll = random.next();
  const presenceTarget = withPresence.length > 0 ? random.pick(withPresence) : undefined;
  if (presenceTarget && roll < 0.5) {
    presenceTarget.systemPresence = 'NOT_A_PRESENCE';
    return { json, kind: 'unknown-presence' };
  }
  if (withFields.length === 0) return { json: 42, kind: 'wrong-type' };
  const target = random.pick(withFields);
  const key = random.pick(Object.keys(target));
  if (roll < 0.75) {
    Reflect.deleteProperty(target, key);
    return { json, kind: 'missing-field' };
  }
  target[key] = typeof target[key] === 'number' ? 'not-a-number' : 12345;
  return { json, kind: 'wrong-type' };
}
