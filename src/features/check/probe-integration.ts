// Probe 1: the served integration's entry of GET /api/v2/integrations/unifiedcommunications/clientapps
// (one request): listed (installed and active), pushed or polled, its pbxPermission
// and the integrationPresenceSource the app looks for.
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { BADGE_PERMISSION_FALLBACK, ucPermissionsOf } from '@/foundations/permissions/permission-model';
import type { IntegrationFound, ProbeResult } from '@/features/check/check-model';
import { lacking, notCheckedFrom, send, type ProbeContext } from '@/features/check/probe-context';

const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });
// Loose on purpose: one odd entry of another vendor must not hide what the others say.
const entrySchema = z.object({
  integrationPresenceSource: z.catch(z.optional(z.string()), undefined),
  pbxPermission: z.catch(z.optional(z.string().check(z.minLength(1))), undefined),
  userPermissions: z.catch(z._default(z.array(z.string()), []), []),
  polledPresence: z.catch(z.optional(z.boolean()), undefined),
  pollIntervalSec: z.catch(z.optional(z.number().check(z.positive())), undefined),
  badgeIcons: z.catch(z.optional(z.record(z.string(), z.unknown())), undefined),
});

export type IntegrationProbe = Extract<ProbeResult, { id: 'integration' }>;

export async function probeIntegration(context: ProbeContext): Promise<IntegrationProbe> {
  const tally = { requests: 0 };
  const missing = lacking(context, [BADGE_PERMISSION_FALLBACK]);
  if (missing) return { id: 'integration', requests: 0, status: 'notChecked', why: missing };
  try {
    const answer = await send(context, tally, () =>
      context.apis.integrations.getIntegrationsUnifiedcommunicationsClientapps({ pageSize: 100 }),
    );
    const entries = parseAnswer(listingSchema, answer, 'UC clientapps').entities.map((raw) => entrySchema.safeParse(raw).data);
    const source = context.uc.presenceSource.toLowerCase();
    const uc = entries.find((entry) => entry?.integrationPresenceSource?.toLowerCase() === source);
    const found: IntegrationFound = {
      served: context.uc.key,
      listed: entries.length,
      sources: [...new Set(entries.flatMap((entry) => (entry?.integrationPresenceSource ? [entry.integrationPresenceSource] : [])))],
      uc: uc
        ? {
            polled: uc.polledPresence ?? context.uc.polledPresenceDefault,
            ...(uc.pollIntervalSec === undefined ? {} : { pollIntervalSec: uc.pollIntervalSec }),
            ...(uc.pbxPermission === undefined ? {} : { pbxPermission: uc.pbxPermission }),
            badgePermissions: ucPermissionsOf(context.uc, uc).badge,
            badgeIconsListed: uc.badgeIcons !== undefined,
          }
        : null,
    };
    const status = found.uc?.pbxPermission ? 'ok' : 'warning';
    return { id: 'integration', requests: tally.requests, status, found };
  } catch (error) {
    return { id: 'integration', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) };
  }
}
