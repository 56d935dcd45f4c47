// Presence: GET /api/v2/users/presences/{sourceId}/bulk, /api/v2/presence/definitions,
// /api/v2/presence/sources. The bulk endpoint takes a presence source id as
// /presence/sources lists it (variant presenceSource: listed), never the UC clientapps
// entry's id; with presenceSource unlisted no UC source is listed and none works. Each active UC
// integration is a source of its own: it answers for its own users only.
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { invalidValue, notFound } from '@/emulator/errors';
import { multiValue, type Router } from '@/emulator/guard';
import { UC_VIEW_PERMISSION } from '@/emulator/handlers/users';
import { ucIntegrationOf, type OrgUcIntegration } from '@/emulator/org-model';
import { presenceSourceIdOf, PURECLOUD_SOURCE, PURECLOUD_SOURCE_ID, toUcUserPresence, toUserPresence } from '@/emulator/wire';

/** Needed to list presence sources. */
export const PRESENCE_SOURCE_VIEW = 'presence:source:view';

const bulkQuery = z.object({
  id: z.pipe(
    z.optional(multiValue),
    z.transform((ids) => ids ?? []),
  ),
});

export function presenceHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state, limits } = core;

  /** The active UC integrations when they are listed as presence sources, else none. */
  function listedIntegrations(): OrgUcIntegration[] {
    if (core.variants.presenceSource !== 'listed') return [];
    return state.org.ucIntegrations.filter((integration) => integration.active);
  }

  function ucSource(sourceId: string): OrgUcIntegration {
    const integration = listedIntegrations().find((candidate) => presenceSourceIdOf(candidate) === sourceId);
    if (!integration) throw notFound(`Presence source not found: ${sourceId}`);
    return integration;
  }

  /** The user's integration presence when it comes from `integration`. */
  function presenceFrom(integration: OrgUcIntegration, userId: string) {
    const user = state.users.get(userId);
    return user && ucIntegrationOf(state.org, user) === integration ? state.integrationPresences.get(userId) : undefined;
  }

  return [
    router.get(
      '/api/v2/users/presences/:sourceId/bulk',
      (context) => {
        const integration = ucSource(context.params.sourceId ?? '');
        const { id } = context.query(bulkQuery);
        if (id.length > limits.maxBulkPresenceIds) {
          throw invalidValue('id', `at most ${String(limits.maxBulkPresenceIds)} user ids per request`);
        }
        // Users without presence from this source (and unknown ids) are left out of the answer (assumed).
        const answer: Models.UcUserPresence[] = [];
        for (const userId of new Set(id)) {
          const presence = presenceFrom(integration, userId);
          if (presence) answer.push(toUcUserPresence(state, userId, presence, integration));
        }
        return answer;
      },
      // The SDK lists no permission for this endpoint.
    ),

    router.get('/api/v2/users/:userId/presences/:sourceId', (context) => {
      const userId = context.params.userId ?? '';
      const sourceId = context.params.sourceId ?? '';
      if (!state.users.has(userId)) throw notFound(`User not found: ${userId}`);
      const purecloud = state.presences.get(userId);
      if (sourceId === PURECLOUD_SOURCE_ID && purecloud) {
        return toUserPresence(state, purecloud, PURECLOUD_SOURCE, PURECLOUD_SOURCE_ID);
      }
      const integration = ucSource(sourceId);
      context.require(UC_VIEW_PERMISSION);
      const presence = presenceFrom(integration, userId);
      if (!presence) throw notFound(`No presence for user ${userId} from source ${sourceId}`);
      return toUserPresence(state, presence, integration.integrationPresenceSource, sourceId);
    }),

    router.get('/api/v2/presence/definitions', () => {
      const entities: Models.OrganizationPresenceDefinition[] = state.org.presenceDefinitions.map((definition) => ({
        id: definition.id,
        type: 'System',
        languageLabels: definition.labels,
        systemPresence: definition.systemPresence,
        divisionId: '*',
        deactivated: false,
        selfUri: `/api/v2/presence/definitions/${definition.id}`,
      }));
      const listing: Models.OrganizationPresenceDefinitionEntityListing = {
        total: entities.length,
        entities,
        selfUri: '/api/v2/presence/definitions',
      };
      return listing;
    }),

    router.get(
      '/api/v2/presence/sources',
      () => {
        const entities: Models.Source[] = [
          {
            id: PURECLOUD_SOURCE_ID,
            name: PURECLOUD_SOURCE,
            deactivated: false,
            selfUri: `/api/v2/presence/sources/${PURECLOUD_SOURCE_ID}`,
          },
          ...listedIntegrations().map((integration) => ({
            id: presenceSourceIdOf(integration),
            name: integration.integrationPresenceSource,
            deactivated: false,
            selfUri: `/api/v2/presence/sources/${presenceSourceIdOf(integration)}`,
          })),
        ];
        return { entities };
      },
      // As Genesys' API reference lists it for this endpoint (not in the SDK's comments).
      { permissions: [PRESENCE_SOURCE_VIEW] },
    ),
  ];
}
