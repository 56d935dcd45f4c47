// Presence: GET /api/v2/users/presences/{sourceId}/bulk, /api/v2/presence/definitions,
// /api/v2/presence/sources. The 8×8 presence source id is the UC integration's id
// (our choice: the platform's real source ids are GUIDs we cannot know).
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { invalidValue, notFound } from '@/emulator/errors';
import { multiValue, type Router } from '@/emulator/guard';
import { UC_VIEW_PERMISSION } from '@/emulator/handlers/users';
import { PURECLOUD_SOURCE, PURECLOUD_SOURCE_ID, toUcUserPresence, toUserPresence } from '@/emulator/wire';

const bulkQuery = z.object({ id: multiValue.optional().transform((ids) => ids ?? []) });

export function presenceHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state, limits } = core;

  function eightByEightSource(sourceId: string) {
    const integration = core.eightByEight();
    if (!integration || integration.id !== sourceId) throw notFound(`Presence source not found: ${sourceId}`);
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
      { permissions: [UC_VIEW_PERMISSION] },
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
      return toUserPresence(state, presence, integration.integrationPresenceSource, integration.id);
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

    router.get('/api/v2/presence/sources', () => {
      const integration = core.eightByEight();
      const entities: Models.Source[] = [
        { id: PURECLOUD_SOURCE_ID, name: PURECLOUD_SOURCE, deactivated: false },
        ...(integration ? [{ id: integration.id, name: integration.integrationPresenceSource, deactivated: false }] : []),
      ];
      return { entities };
    }),
  ];
}
