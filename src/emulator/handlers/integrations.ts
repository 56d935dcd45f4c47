// UC client apps: GET /api/v2/integrations/unifiedcommunications/clientapps(/{id}).
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { notFound } from '@/emulator/errors';
import { pageNumberParam, pageSizeParam, type Router } from '@/emulator/guard';
import { UC_VIEW_PERMISSION } from '@/emulator/handlers/users';
import { pageOf, toIntegration } from '@/emulator/wire';

const listQuery = z.object({ pageSize: z.pipe(pageSizeParam, z.number().check(z.lte(100))), pageNumber: pageNumberParam });

export function integrationsHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const active = () => core.state.org.ucIntegrations.filter((integration) => integration.active);
  const options = { permissions: [UC_VIEW_PERMISSION] };
  return [
    router.get(
      '/api/v2/integrations/unifiedcommunications/clientapps',
      (context) => {
        const query = context.query(listQuery);
        const page = pageOf(active(), query.pageSize, query.pageNumber, context.url);
        const entities: Partial<Models.UnifiedCommunicationsIntegration>[] = page.entities.map(toIntegration);
        // Variant entryOnly: the list leaves the icons out (the SDK model says they are always there).
        if (core.variants.listIcons === 'entryOnly') for (const entry of entities) delete entry.badgeIcons;
        const listing: Omit<Models.UnifiedCommunicationsIntegrationListing, 'entities'> & { entities: typeof entities } = {
          ...page,
          entities,
        };
        return listing;
      },
      options,
    ),
    router.get(
      '/api/v2/integrations/unifiedcommunications/clientapps/:id',
      (context) => {
        const integration = active().find((candidate) => candidate.id === context.params.id);
        if (!integration) throw notFound(`UC integration not found: ${context.params.id ?? ''}`);
        return toIntegration(integration);
      },
      options,
    ),
  ];
}
