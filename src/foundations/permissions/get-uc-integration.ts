// src/foundations/permissions: what the signed-in user may see and do (capabilities from their grants and
// the chosen UC integration's pbxPermission), and the notices and gate that say what is missing.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import { integrationKeys } from '@/foundations/permissions/permission-keys';

const integrationSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  integrationPresenceSource: z.string(),
  pbxPermission: z.string().optional(),
  userPermissions: z.array(z.string()).default([]),
  polledPresence: z.boolean().optional(),
  pollIntervalSec: z.number().positive().optional(),
  // The documented model has badgeIcons in the list answer too; an org whose list leaves them out
  // gets them from the entry's own GET (badge-icons.ts). Read, not trusted: parsed where used.
  badgeIcons: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

const listingSchema = z.object({ entities: z.array(z.unknown()).default([]) });

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
