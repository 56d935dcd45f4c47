// Users: GET /api/v2/users/me, GET /api/v2/users, GET /api/v2/users/{id},
// POST /api/v2/users/search.
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import { allUcProfiles, ucOfPresenceSource } from '@/genesys/uc-table';
import { permissionsOf, type EmulatorCore } from '@/emulator/emulator-core';
import { invalidValue, missingPermissions, notFound } from '@/emulator/errors';
import { multiValue, pageNumberParam, pageSizeParam, type RequestContext, type Router } from '@/emulator/guard';
import type { OrgUser } from '@/emulator/org-model';
import { matchesCriteria, mentionsState, SEARCH_FIELDS, searchCriterion, usersInOrder } from '@/emulator/user-search';
import { pageOf, toUser } from '@/emulator/wire';

export const UC_VIEW_PERMISSION = 'integration:unifiedCommunications:view';
export const USER_SEARCH_PERMISSION = 'directory:user:view';

/** Values the SDK documents for integrationPresenceSource (the table's presence sources), in any case. */
const presenceSource = z.string().check(
  z.refine((value) => ucOfPresenceSource(value) !== undefined, {
    error: `expected one of ${allUcProfiles()
      .map((uc) => uc.presenceSource)
      .join(', ')}`,
  }),
);

interface ShapeRequest {
  expand: readonly string[];
  integrationPresenceSource?: string | undefined;
}

function authorizationOf(core: EmulatorCore, user: OrgUser): Models.UserAuthorization {
  const roleIds = [...new Set(user.grants.map((grant) => grant.roleId))];
  return {
    roles: roleIds.map((id) => ({ id, name: core.state.roles.get(id)?.name ?? id })),
    permissions: permissionsOf(core.state, user),
  };
}

/**
 * Integration presence is limited to `limit` users per request (documented) and,
 * by our assumption, to callers holding the badge permission.
 */
function checkIntegrationPresence(context: RequestContext, request: ShapeRequest, requested: number): void {
  if (request.integrationPresenceSource === undefined || !request.expand.includes('presence')) return;
  if (!context.caller.has(UC_VIEW_PERMISSION)) throw missingPermissions([UC_VIEW_PERMISSION]);
  const limit = context.core.limits.maxPageSizeWithIntegrationPresence;
  if (requested > limit) {
    throw invalidValue('pageSize', `at most ${String(limit)} users can be returned with integrationPresenceSource`);
  }
}

function shapeUsers(core: EmulatorCore, users: readonly OrgUser[], request: ShapeRequest): Models.User[] {
  return users.map((user) =>
    toUser(core.state, user, {
      variants: core.variants,
      expand: request.expand,
      ...(request.integrationPresenceSource === undefined ? {} : { integrationPresenceSource: request.integrationPresenceSource }),
      ...(request.expand.includes('authorization') ? { authorization: authorizationOf(core, user) } : {}),
    }),
  );
}

const expandParam = z.pipe(
  z.optional(multiValue),
  z.transform((value) => value ?? []),
);

const userState = z.enum(['active', 'inactive', 'deleted', 'any']);

const listQuery = z.object({
  pageSize: pageSizeParam,
  pageNumber: pageNumberParam,
  id: z.optional(multiValue),
  expand: expandParam,
  integrationPresenceSource: z.optional(presenceSource),
  state: z._default(userState, 'active'),
  sortOrder: z._default(z.enum(['ASC', 'DESC', 'asc', 'desc']), 'ASC'),
});

const oneQuery = z.object({
  expand: expandParam,
  integrationPresenceSource: z.optional(presenceSource),
  state: z.optional(userState),
});

const searchBody = z.object({
  pageSize: z._default(z.number().check(z.int(), z.gte(1)), 25),
  pageNumber: z._default(z.number().check(z.int(), z.gte(1)), 1),
  sortBy: z._default(z.enum(SEARCH_FIELDS), 'name'),
  sortOrder: z._default(z.enum(['ASC', 'DESC', 'SCORE']), 'ASC'),
  expand: z._default(z.array(z.string()), []),
  query: z._default(z.array(searchCriterion), []),
  integrationPresenceSource: z.optional(presenceSource),
  enforcePermissions: z.optional(z.boolean()),
});

/** Users repeated at the start of each later page by the `overlap` variant. */
export const OVERLAP_USERS = 3;

/**
 * The users of one search page as the search index answers it (variant searchPages): exact;
 * short (every fifth result of a page left out, and page 2 empty); overlap (each later page
 * starts OVERLAP_USERS users early, repeating the end of the page before; nobody is lost).
 */
function searchPageUsers(
  core: EmulatorCore,
  sorted: readonly OrgUser[],
  page: { entities: OrgUser[]; pageNumber: number; pageSize: number; pageCount: number },
): OrgUser[] {
  const { pageNumber, pageSize, pageCount } = page;
  switch (core.variants.searchPages) {
    case 'exact':
      return page.entities;
    case 'short':
      if (pageNumber === 2) return [];
      return page.entities.filter((_, index) => index % 5 !== 4);
    case 'overlap': {
      if (pageNumber === 1) return page.entities;
      const start = Math.max(0, (pageNumber - 1) * pageSize - OVERLAP_USERS);
      const end = pageNumber >= pageCount ? sorted.length : start + pageSize;
      return sorted.slice(start, end);
    }
  }
}

/** Searches remembered, most recent last: the directory asks for page after page of one search. */
const REMEMBERED_SEARCHES = 16;

/**
 * The sorted matches of a search by its criteria and order, worked out once for all its pages. The
 * org's users never change while the emulator runs (presence is shaped per answer), so neither do they.
 */
function searchMemo(): (key: string, search: () => readonly OrgUser[]) => readonly OrgUser[] {
  const remembered = new Map<string, readonly OrgUser[]>();
  return (key, search) => {
    const known = remembered.get(key);
    remembered.delete(key);
    const matches = known ?? search();
    remembered.set(key, matches);
    for (const oldest of remembered.keys()) {
      if (remembered.size <= REMEMBERED_SEARCHES) break;
      remembered.delete(oldest);
    }
    return matches;
  };
}

export function usersHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state, limits } = core;
  const searched = searchMemo();
  return [
    router.get('/api/v2/users/me', (context) => {
      const query = context.query(oneQuery);
      checkIntegrationPresence(context, query, 1);
      const [user] = shapeUsers(core, [context.caller.user], query);
      return user;
    }),

    router.post(
      '/api/v2/users/search',
      async (context) => {
        const body = await context.body(searchBody);
        if (body.pageSize > limits.maxSearchPageSize) {
          throw invalidValue('pageSize', `must be at most ${String(limits.maxSearchPageSize)}`);
        }
        checkIntegrationPresence(context, body, body.pageSize);
        const hideDeleted = !mentionsState(body.query);
        // Filtered out of the org's order: sorted without a sort (a 50,000-user org searched on every page).
        const sorted = searched(JSON.stringify([body.query, body.sortBy, body.sortOrder === 'DESC']), () =>
          usersInOrder(state.org.users, body.sortBy, body.sortOrder === 'DESC').filter(
            (user) => !(hideDeleted && user.state === 'deleted') && matchesCriteria(user, body.query),
          ),
        );
        const page = pageOf(sorted, body.pageSize, body.pageNumber, context.url);
        const response: Models.UsersSearchResponse = {
          total: page.total,
          pageCount: page.pageCount,
          pageSize: page.pageSize,
          pageNumber: page.pageNumber,
          types: ['users'],
          results: shapeUsers(core, searchPageUsers(core, sorted, page), body),
        };
        return response;
      },
      { permissions: [USER_SEARCH_PERMISSION] },
    ),

    router.get('/api/v2/users', (context) => {
      const query = context.query(listQuery);
      if (query.pageSize > limits.maxPageSize) {
        throw invalidValue('pageSize', `must be at most ${String(limits.maxPageSize)}`);
      }
      if ((query.id?.length ?? 0) > limits.maxUserIdsPerRequest) {
        throw invalidValue('id', `at most ${String(limits.maxUserIdsPerRequest)} ids`);
      }
      checkIntegrationPresence(context, query, query.id?.length ?? query.pageSize);
      const ids = query.id === undefined ? undefined : new Set(query.id);
      const sorted = usersInOrder(state.org.users, 'name', query.sortOrder.toUpperCase() === 'DESC').filter(
        (user) => (ids === undefined || ids.has(user.id)) && (query.state === 'any' || user.state === query.state),
      );
      const page = pageOf(sorted, query.pageSize, query.pageNumber, context.url);
      const listing: Models.UserEntityListing = { ...page, entities: shapeUsers(core, page.entities, query) };
      return listing;
    }),

    router.get('/api/v2/users/:userId', (context) => {
      const query = context.query(oneQuery);
      const user = state.users.get(context.params.userId ?? '');
      if (!user || (user.state === 'deleted' && query.state !== 'deleted' && query.state !== 'any')) {
        throw notFound(`User not found: ${context.params.userId ?? ''}`);
      }
      checkIntegrationPresence(context, query, 1);
      return shapeUsers(core, [user], query)[0];
    }),
  ];
}
