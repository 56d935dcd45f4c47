// The one reader of UC presence by user id: the documented
// GET /api/v2/users?id=…&expand=presence&integrationPresenceSource=<the served integration's source>
// (UsersApi.getUsers). Badges, the board's sweep, polled mode, watched people and
// the audit all read through here, so the id limit and the batching live once.
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { namesAnotherSource, namesUc, type UcIdentity } from '@/genesys/uc-table';
import { presenceSchema, type Presence } from '@/foundations/presence/presence-model';

/** "When using this parameter the maximum number of users that can be returned is 100" (UsersApi.getUsers). */
export const MAX_PRESENCE_IDS = 100;

/** Where a user's UC presence was found: Genesys leaves it open (the SDK suggests `presence`). */
export type PresenceField = 'presence' | 'integrationPresence';

export type SourceKind = 'uc' | 'other' | 'unnamed';

/**
 * What a presence's `source` says. A value we do not know is taken as the served integration's: we asked
 * for its source, and the exact name Genesys writes is unverified; Genesys' own and other integrations' never are.
 */
export function sourceKindOf(source: unknown, uc: UcIdentity): SourceKind {
  if (typeof source !== 'string' || source.trim() === '') return 'unnamed';
  if (namesUc(uc, source)) return 'uc';
  return namesAnotherSource(uc, source) ? 'other' : 'uc';
}

const carriers = z.looseObject({ integrationPresence: z.optional(z.unknown()), presence: z.optional(z.unknown()) });
const sourced = z.looseObject({ source: z.optional(z.unknown()) });

export interface UcPresence {
  presence: Presence;
  field: PresenceField;
}

/**
 * The UC presence a user object carries when integrationPresenceSource was asked for:
 * `integrationPresence`, else `presence` when its source is not Genesys' own (or another
 * vendor's). A Genesys presence is never shown as a UC one; undefined when there is none.
 */
export function ucPresenceOf(rawUser: unknown, uc: UcIdentity): UcPresence | undefined {
  const user = carriers.safeParse(rawUser);
  if (!user.success) return undefined;
  for (const field of ['integrationPresence', 'presence'] as const) {
    const raw = user.data[field];
    if (raw === undefined || raw === null) continue;
    const { data } = sourced.safeParse(raw);
    const kind = sourceKindOf(data?.source, uc);
    // integrationPresence is the UC one unless it names another source; `presence` must name a source that is not Genesys'.
    if (kind === 'other' || (field === 'presence' && kind === 'unnamed')) continue;
    const presence = presenceSchema.safeParse(raw);
    if (presence.success) return { presence: presence.data, field };
  }
  return undefined;
}

export interface PresenceReading {
  /** Users whose answer carried a UC presence. Users left out have none (shown as unknown). */
  presences: Map<string, Presence>;
  /** Which fields carried it in this answer: what the org uses. */
  fields: Set<PresenceField>;
  /** Users whose answer carried only a presence that is not UC (Genesys' own): not shown. */
  genesysOnly: number;
}

const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });
const entitySchema = z.looseObject({ id: z.string().check(z.minLength(1)) });

/** The request for one batch: exactly the ids, all on one page. */
export function presenceRequest(ids: readonly string[], uc: UcIdentity) {
  return {
    id: [...ids],
    pageSize: MAX_PRESENCE_IDS,
    expand: ['presence'],
    integrationPresenceSource: uc.presenceSource,
  };
}

/** Reads one answer of presenceRequest. */
export function readPresenceAnswer(answer: unknown, uc: UcIdentity): PresenceReading {
  const reading: PresenceReading = { presences: new Map(), fields: new Set(), genesysOnly: 0 };
  for (const raw of parseAnswer(listingSchema, answer, 'users presence').entities) {
    const entity = entitySchema.safeParse(raw);
    if (!entity.success) continue;
    const found = ucPresenceOf(raw, uc);
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
export async function readPresenceBatch(
  apis: Pick<PlatformApis, 'users'>,
  uc: UcIdentity,
  ids: readonly string[],
): Promise<PresenceReading> {
  if (ids.length > MAX_PRESENCE_IDS) throw new RangeError(`At most ${String(MAX_PRESENCE_IDS)} users per presence request`);
  if (ids.length === 0) return { presences: new Map(), fields: new Set(), genesysOnly: 0 };
  return readPresenceAnswer(await apis.users.getUsers(presenceRequest(ids, uc)), uc);
}

/** The UC presence of any number of users, MAX_PRESENCE_IDS a request, in order. */
export async function readPresences(
  apis: Pick<PlatformApis, 'users'>,
  uc: UcIdentity,
  userIds: readonly string[],
): Promise<PresenceReading> {
  const total: PresenceReading = { presences: new Map(), fields: new Set(), genesysOnly: 0 };
  for (const batch of presenceBatches(userIds)) {
    const reading = await readPresenceBatch(apis, uc, batch);
    for (const [id, presence] of reading.presences) total.presences.set(id, presence);
    for (const field of reading.fields) total.fields.add(field);
    total.genesysOnly += reading.genesysOnly;
  }
  return total;
}
