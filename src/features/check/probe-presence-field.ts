// Probe 2: which field of a user carries the UC presence, read the way the app reads it
// (the presence reader: GET /api/v2/users?id=…&expand=presence&integrationPresenceSource=EightByEight),
// for the sampled UC people: one request of at most MAX_PRESENCE_IDS ids.
import { MAX_PRESENCE_IDS, readPresences } from '@/foundations/presence/presence-reader';
import type { PresenceFieldFound, PresenceFieldVariant, ProbeResult } from '@/features/check/check-model';
import { lacking, notCheckedFrom, send, type ProbeContext } from '@/features/check/probe-context';

export type PresenceFieldProbe = Extract<ProbeResult, { id: 'presenceField' }>;

function variantOf(fields: readonly string[], genesysOnly: number): PresenceFieldVariant {
  if (fields.includes('presence') && fields.includes('integrationPresence')) return 'both';
  if (fields.includes('presence')) return 'presence';
  if (fields.includes('integrationPresence')) return 'integrationPresence';
  return genesysOnly > 0 ? 'genesysOnly' : 'none';
}

/** `badgePermissions`: what the integration says badges need (the endpoint refuses integration presence without them). */
export async function probePresenceField(
  context: ProbeContext,
  sample: readonly string[],
  badgePermissions: readonly string[],
): Promise<PresenceFieldProbe> {
  const tally = { requests: 0 };
  const missing = lacking(context, badgePermissions);
  if (missing) return { id: 'presenceField', requests: 0, status: 'notChecked', why: missing };
  if (sample.length === 0) return { id: 'presenceField', requests: 0, status: 'notChecked', why: { reason: 'noSample' } };
  const ids = sample.slice(0, MAX_PRESENCE_IDS);
  try {
    const reading = await send(context, tally, () => readPresences(context.apis, context.uc, ids));
    const fields = [...reading.fields].sort();
    const found: PresenceFieldFound = {
      variant: variantOf(fields, reading.genesysOnly),
      fields,
      sampled: ids.length,
      withUc: reading.presences.size,
      genesysOnly: reading.genesysOnly,
    };
    return { id: 'presenceField', requests: tally.requests, status: fields.length > 0 ? 'ok' : 'warning', found };
  } catch (error) {
    return { id: 'presenceField', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) };
  }
}
