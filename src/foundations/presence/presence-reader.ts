// The one reader of 8×8 presence by user id: the documented
// GET /api/v2/users?id=…&expand=presence&integrationPresenceSource=EightByEight
// (UsersApi.getUsers). Badges, the board's sweep, polled mode, watched people and
// the audit all read through here, so the id limit and the batching live once.
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { EIGHT_BY_EIGHT_SOURCE } from '@/foundations/permissions/get-eight-by-eight-integration';
import { presenceSchema, type Presence } from '@/foundations/presence/presence-model';

/** "When using this parameter the maximum number of users that can be returned is 100" (UsersApi.getUsers). */
export const MAX_PRESENCE_IDS = 100;

/** Where a user's 8×8 presence was found: Genesys leaves it open (the SDK suggests `presence`). */
export type PresenceField = 'presence' | 'integrationPresence';

export type SourceKind = 'eightByEight' | 'other' | 'unnamed';

/** Presence sources that are never 8×8: Genesys' own, what it syncs from calendars and chat, other UC vendors. */
const NOT_EIGHT_BY_EIGHT = new Set([
  'purecloud',
  'genesys',
  'genesyscloud',
  'outlook',
  'lync',
  'microsoftteams',
  'teams',
  'zoomphone',
  'zoom',
  'ringcentral',
]);
const EIGHT_BY_EIGHT_NAMES = new Set(['eightbyeight', '8x8']);
const normalized = (value: string): string => value.toLowerCase().replace(/[^a-z0-9]/g, '');

/** True when a source name (a presence's `source`, a presence source's name or type) plainly says 8×8. */
export function namesEightByEight(value: string | undefined): boolean {
  return value !== undefined && EIGHT_BY_EIGHT_NAMES.has(normalized(value));
}

/**
 * What a presence's `source` says. A value we do not know is taken as 8×8: we asked for the
 * 8×8 source, and its exact name is unverified; Genesys' own and other vendors' never are.
 */
export function sourceKindOf(source: unknown): SourceKind {
  if (typeof source !== 'string' || source.trim() === '') return 'unnamed';
  if (namesEightByEight(source)) return 'eightByEight';
  return NOT_EIGHT_BY_EIGHT.has(normalized(source)) ? 'other' : 'eightByEight';
}

const carriers = z.object({ integrationPresence: z.unknown(), presence: z.unknown() }).partial().loose();
const sourced = z.object({ source: z.unknown() }).partial().loose();

export interface EightByEightPresence {
  presence: Presence;
  field: PresenceField;
}

/**
 * The 8×8 presence a user object carries when integrationPresenceSource was asked for:
 * `integrationPresence`, else `presence` when its source is not Genesys' own (or another
 * vendor's). A Genesys presence is never shown as an 8×8 one; undefined when there is none.
 */
export function eightByEightPresenceOf(rawUser: unknown): EightByEightPresence | undefined {
  const user = carriers.safeParse(rawUser);
  if (!user.success) return undefined;
  for (const field of ['integrationPresence', 'presence'] as const) {
    const raw = user.data[field];
    if (raw === undefined || raw === null) continue;
    const { data } = sourced.safeParse(raw);
    const kind = sourceKindOf(data?.source);
    // integrationPresence is the 8×8 one unless it names another source; `presence` must name a source that is not Genesys'.
    if (kind === 'other' || (field === 'presence' && kind === 'unnamed')) continue;
    const presence = presenceSchema.safeParse(raw);
    if (presence.success) return { presence: presence.data, field };
  }
  return undefined;
}

export interface PresenceReading {
  /** Users whose answer carried an 8×8 presence. Users left out have none (shown as unknown). */
  presences: Map<string, Presence>;
  /** Which fields carried it in this answer: what the org uses. */
  fields: Set<PresenceField>;
  /** Users whose answer carried only a presence that is not 8×8 (Genesys' own): not shown. */
  genesysOnly: number;
}

const listingSchema = z.object({ entities: z.array(z.unknown()).default([]) });
const entitySchema = z.object({ id: z.string().min(1) }).loose();

/** The request for one batch: exactly the ids, all on one page. */
export function presenceRequest(ids: readonly string[]) {
  return {
    id: [...ids],
    pageSize: MAX_PRESENCE_IDS,
    expand: ['presence'],
    integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE,
  };
}

/** Reads one answer of presenceRequest. */
export function readPresenceAnswer(answer: unknown): PresenceReading {
  const reading: PresenceReading = { presences: new Map(), fields: new Set(), genesysOnly: 0 };
  for (const raw of parseAnswer(listingSchema, answer, 'users presence').entities) {
    const entity = entitySchema.safeParse(raw);
    if (!entity.success) continue;
    const found = eightByEightPresenceOf(raw);
    if (found) {
      reading.presences.set(entity.data.id, found.presence);
      reading.fields.add(found.field);
    } else if (carriers.safeParse(raw).data?.presence !== undefined) {
      reading.genesysOnly += 1;
    }
  }
  return reading;
}

/** Splits ids into the batches one request each can carry. */
export function presenceBatches(userIds: readonly string[]): string[][] {
  const ids = [...new Set(userIds)];
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += MAX_PRESENCE_IDS) batches.push(ids.slice(start, start + MAX_PRESENCE_IDS));
  return batches;
}

/** One batch of at most MAX_PRESENCE_IDS users: one request. */
export async function readPresenceBatch(apis: Pick<PlatformApis, 'users'>, ids: readonly string[]): Promise<PresenceReading> {
  if (ids.length > MAX_PRESENCE_IDS) throw new RangeError(`At most ${String(MAX_PRESENCE_IDS)} users per presence request`);
  if (ids.length === 0) return { presences: new Map(), fields: new Set(), genesysOnly: 0 };
  return readPresenceAnswer(await apis.users.getUsers(presenceRequest(ids)));
}

/** The 8×8 presence of any number of users, MAX_PRESENCE_IDS a request, in order. */
export async function readPresences(apis: Pick<PlatformApis, 'users'>, userIds: readonly string[]): Promise<PresenceReading> {
  const total: PresenceReading = { presences: new Map(), fields: new Set(), genesysOnly: 0 };
  for (const batch of presenceBatches(userIds)) {
    const reading = await readPresenceBatch(apis, batch);
    for (const [id, presence] of reading.presences) total.presences.set(id, presence);
    for (const field of reading.fields) total.fields.add(field);
    total.genesysOnly += reading.genesysOnly;
  }
  return total;
}
