// Probes 4 and 5: whether GET /api/v2/presence/sources lists a UC source (one request),
// and whether the per-source bulk reader answers for that source's own id (one request,
// at most 50 ids). Nothing public says the UC integration entry's id is a presence source
// id, so the bulk reader is only ever tried with an id read from the list.
import { z } from 'zod/mini';
import { genesysErrorInfo, parseAnswer } from '@/genesys/api-answer';
import { namesUc } from '@/genesys/uc-table';
import type { BulkReaderFound, ProbeResult } from '@/features/check/check-model';
import { BudgetSpent, lacking, notCheckedFrom, send, type ProbeContext } from '@/features/check/probe-context';

/** PresenceApi.getPresenceSources: "Requires ALL permissions: presence:source:view". */
export const SOURCES_PERMISSION = 'presence:source:view';
/** GET /api/v2/users/presences/{sourceId}/bulk takes at most 50 ids. */
export const MAX_BULK_IDS = 50;

const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });
const sourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.catch(z.optional(z.string()), undefined),
  type: z.catch(z.optional(z.string()), undefined),
  deactivated: z.catch(z.optional(z.boolean()), undefined),
});
const bulkSchema = z.array(z.looseObject({ userId: z.catch(z.optional(z.string()), undefined) }));

export type PresenceSourcesProbe = Extract<ProbeResult, { id: 'presenceSources' }>;
export type BulkReaderProbe = Extract<ProbeResult, { id: 'bulkReader' }>;

export interface PresenceSourcesOutcome {
  result: PresenceSourcesProbe;
  /** The listed UC source's id, for the bulk reader only (never in a finding). */
  sourceId: string | null;
}

export async function probePresenceSources(context: ProbeContext): Promise<PresenceSourcesOutcome> {
  const tally = { requests: 0 };
  const missing = lacking(context, [SOURCES_PERMISSION]);
  if (missing) return { result: { id: 'presenceSources', requests: 0, status: 'notChecked', why: missing }, sourceId: null };
  try {
    const answer = await send(context, tally, () => context.apis.presence.getPresenceSources({ deactivated: 'false' }));
    const sources = parseAnswer(listingSchema, answer, 'presence sources').entities.flatMap(
      (raw) => sourceSchema.safeParse(raw).data ?? [],
    );
    const uc = sources.find(
      (source) => source.deactivated !== true && (namesUc(context.uc, source.name) || namesUc(context.uc, source.type)),
    );
    return {
      result: {
        id: 'presenceSources',
        requests: tally.requests,
        status: 'info',
        found: { variant: uc ? 'listed' : 'unlisted', listed: sources.length },
      },
      sourceId: uc?.id ?? null,
    };
  } catch (error) {
    return {
      result: { id: 'presenceSources', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) },
      sourceId: null,
    };
  }
}

/** Tried only with the id `sources` listed: without it, says why (the sources' missing permission, or none listed). */
export async function probeBulkReader(
  context: ProbeContext,
  sources: PresenceSourcesOutcome,
  sample: readonly string[],
): Promise<BulkReaderProbe> {
  const tally = { requests: 0 };
  const { sourceId, result } = sources;
  if (result.status === 'notChecked') {
    const why = result.why.reason === 'permission' ? result.why : { reason: 'sourcesUnread' as const };
    return { id: 'bulkReader', requests: 0, status: 'notChecked', why };
  }
  if (sourceId === null) return { id: 'bulkReader', requests: 0, status: 'notChecked', why: { reason: 'noSource' } };
  if (sample.length === 0) return { id: 'bulkReader', requests: 0, status: 'notChecked', why: { reason: 'noSample' } };
  const ids = sample.slice(0, MAX_BULK_IDS);
  try {
    const answer = await send(context, tally, () => context.apis.presence.getUsersPresenceBulk(sourceId, { id: ids }));
    const asked = new Set(ids);
    const answered = new Set(
      parseAnswer(bulkSchema, answer, 'bulk presence').flatMap((entry) => (entry.userId && asked.has(entry.userId) ? [entry.userId] : [])),
    );
    const found: BulkReaderFound = { variant: 'works', asked: ids.length, answered: answered.size };
    return { id: 'bulkReader', requests: tally.requests, status: 'info', found };
  } catch (error) {
    if (error instanceof BudgetSpent)
      return { id: 'bulkReader', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) };
    // A refusal is a finding (the app does not use this endpoint); a request that got no answer is not.
    const { status } = genesysErrorInfo(error);
    if (status === undefined || status >= 500) {
      return { id: 'bulkReader', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) };
    }
    return {
      id: 'bulkReader',
      requests: tally.requests,
      status: 'info',
      found: { variant: 'refused', asked: ids.length, answered: 0, status },
    };
  }
}
