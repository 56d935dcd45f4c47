// src/foundations/permissions: what the signed-in user may see and do (capabilities from their grants and
// the 8×8 integration's pbxPermission), and the notices and gate that say what is missing.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import { integrationKeys } from '@/foundations/permissions/permission-keys';

export const EIGHT_BY_EIGHT_SOURCE = 'EightByEight';

const integrationSchema = z.object({
  id: z.string(),
  name: z.string().default('8x8'),
  integrationPresenceSource: z.string(),
  pbxPermission: z.string().optional(),
  userPermissions: z.array(z.string()).default([]),
  polledPresence: z.boolean().default(false),
  pollIntervalSec: z.number().positive().optional(),
  // The documented model has badgeIcons in the list answer too; an org whose list leaves them out
  // gets them from the entry's own GET (badge-icons.ts). Read, not trusted: parsed where used.
  badgeIcons: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

const listingSchema = z.object({ entities: z.array(z.unknown()).default([]) });

export type EightByEightIntegration = z.infer<typeof integrationSchema>;

export function eightByEightIntegrationQuery(apis: PlatformApis) {
  return queryOptions({
    queryKey: integrationKeys.bySource(EIGHT_BY_EIGHT_SOURCE),
    queryFn: async (): Promise<EightByEightIntegration | null> => {
      const listing = parseAnswer(
        listingSchema,
        await apis.integrations.getIntegrationsUnifiedcommunicationsClientapps({ pageSize: 100 }),
        'UC clientapps',
      );
      // One malformed entry of another UC vendor must not hide the 8×8 one.
      for (const entity of listing.entities) {
        const parsed = integrationSchema.safeParse(entity);
        if (parsed.success && parsed.data.integrationPresenceSource === EIGHT_BY_EIGHT_SOURCE) return parsed.data;
      }
      return null;
    },
    staleTime: 10 * 60_000,
  });
}

/** The 8×8 UC integration; only asked for when `enabled` (the endpoint needs the badge permission). */
export function useEightByEightIntegration(enabled: boolean) {
  const { apis } = useSession();
  return useQuery({ ...eightByEightIntegrationQuery(apis), enabled });
}
