// Presence: GET /api/v2/users/presences/{sourceId}/bulk, /api/v2/presence/definitions,
// /api/v2/presence/sources. The bulk endpoint takes a presence source id as
// /presence/sources lists it (variant presenceSource: listed), never the UC clientapps
// entry's id; with presenceSource unlisted no 8×8 source is listed and none works.
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { invalidValue, notFound } from '@/emulator/errors';
import { multiValue, type Router } from '@/emulator/guard';
import { UC_VIEW_PERMISSION } from '@/emulator/handlers/users';
import { presenceSourceIdOf, PURECLOUD_SOURCE, PURECLOUD_SOURCE_ID, toUcUserPresence, toUserPresence } from '@/emulator/wire';

/** Needed to list presence sources. */
export const PRESENCE_SOURCE_VIEW = 'presence:source:view';

const bulkQuery = z.object({ id: multiValue.optional().transform((ids) => ids ?? []) });

export function presenceHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state, limits } = core;

  /** The 8×8 integration when it is listed as a presence source, else undefined. */
  function listedEightByEight() {
    const integration = core.eightByEight();
    return integration && core.variants.presenceSource === 'listed' ? integration : undefined;
  }

  function eightByEightSource(sourceId: string) {
    const integration = listedEightByEight();
    if (!integration || presenceSourceIdOf(integration) !== sourceId) throw notFound(`Presence source not found: ${sourceId}`);
    return integration;
  }

  return [
    router.get(
      '/api/v2/users/presences/:sourceId/bulk',
      (context) => {
        const integration = eightByEightSource(context.params.sourceId ?? '');
        const { id } = context.query(bulkQuery);
        if (id.length > limits.maxBulkPresenceIds) {
          throw invalidValue('id', `at most ${String(limits.maxBulkPresenceIds)} user ids per request`);
        }
        // Users without 8×8 presence (and unknown ids) are left out of the answer (assumed).
        const answer: Models.UcUserPresence[] = [];
        for (const userId of new Set(id)) {
          const presence = state.integrationPresences.get(userId);
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
      const integration = eightByEightSource(sourceId);
      context.require(UC_VIEW_PERMISSION);
      const presence = state.integrationPresences.get(userId);
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
        const integration = listedEightByEight();
        const entities: Models.Source[] = [
          {
            id: PURECLOUD_SOURCE_ID,
            name: PURECLOUD_SOURCE,
            deactivated: false,
            selfUri: `/api/v2/presence/sources/${PURECLOUD_SOURCE_ID}`,
          },
          ...(integration
            ? [
                {
                  id: presenceSourceIdOf(integration),
                  name: integration.integrationPresenceSource,
                  deactivated: false,
                  selfUri: `/api/v2/presence/sources/${presenceSourceIdOf(integration)}`,
                },
              ]
            : []),
        ];
        return { entities };
      },
      // As Genesys' API reference lists it for this endpoint (not in the SDK's comments).
      { permissions: [PRESENCE_SOURCE_VIEW] },
    ),
  ];
}
