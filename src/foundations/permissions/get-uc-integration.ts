// src/foundations/permissions: what the signed-in user may see and do (capabilities from their grants and
// the chosen UC integration's pbxPermission), and the notices and gate that say what is missing.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import { integrationKeys } from '@/foundations/permissions/permission-keys';

const integrationSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  integrationPresenceSource: z.string(),
  pbxPermission: z.optional(z.string()),
  userPermissions: z._default(z.array(z.string()), []),
  polledPresence: z.optional(z.boolean()),
  pollIntervalSec: z.optional(z.number().check(z.positive())),
  // The documented model has badgeIcons in the list answer too; an org whose list leaves them out
  // gets them from the entry's own GET (badge-icons.ts). Read, not trusted: parsed where used.
  badgeIcons: z.catch(z.optional(z.record(z.string(), z.unknown())), undefined),
});

const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });

/** One entry of the org's UC clientapps list, as far as the app reads it. */
export type UcIntegration = z.infer<typeof integrationSchema>;

/** The org's active UC integrations (GET …/unifiedcommunications/clientapps), in the order listed. */
export function ucIntegrationsQuery(apis: PlatformApis) {
  return queryOptions({
    queryKey: integrationKeys.all,
    queryFn: async (): Promise<UcIntegration[]> => {
      const listing = parseAnswer(
        listingSchema,
        await apis.integrations.getIntegrationsUnifiedcommunicationsClientapps({ pageSize: 100 }),
        'UC clientapps',
      );
      // One malformed entry must not hide the others.
      return listing.entities.flatMap((entity) => {
        const parsed = integrationSchema.safeParse(entity);
        return parsed.success ? [parsed.data] : [];
      });
    },
    staleTime: 10 * 60_000,
  });
}

/** The UC integrations; only asked for when `enabled` (the endpoint needs the badge permission). */
export function useUcIntegrations(enabled: boolean) {
  const { apis } = useSession();
  return useQuery({ ...ucIntegrationsQuery(apis), enabled });
}

/** The entry of the list for a presence source (the chosen integration's), if listed. */
export function entryFor(list: readonly UcIntegration[] | undefined, presenceSource: string): UcIntegration | null {
  return list?.find((entry) => entry.integrationPresenceSource.toLowerCase() === presenceSource.toLowerCase()) ?? null;
}
