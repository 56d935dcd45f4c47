// Authorization: permissions catalogue, roles, role users, subjects (and subjects/me), divisions.
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { EmulatorCore, EmulatorState } from '@/emulator/emulator-core';
import { notFound } from '@/emulator/errors';
import { multiValue, pageNumberParam, pageSizeParam, type Router } from '@/emulator/guard';
import type { OrgRole, OrgUser } from '@/emulator/org-model';
import { pageOf } from '@/emulator/wire';

export const ROLE_VIEW_PERMISSION = 'authorization:role:view';
export const GRANT_VIEW_PERMISSION = 'authorization:grant:view';

/** Permissions every org has, whether or not a role grants them. */
const BASE_CATALOGUE = [
  'authorization:grant:view',
  'authorization:role:view',
  'conversation:communication:blindTransfer',
  'conversation:communication:consultTransfer',
  'directory:user:view',
  'integration:unifiedCommunications:view',
];

const pageQuery = z.object({ pageSize: z.pipe(pageSizeParam, z.number().check(z.lte(500))), pageNumber: pageNumberParam });
const rolesQuery = z.extend(pageQuery, {
  permission: z.optional(multiValue),
  id: z.optional(multiValue),
  name: z.optional(z.string()),
});
const permissionsQuery = z.extend(pageQuery, { query: z.optional(z.string()) });
const subjectQuery = z.object({ includeDuplicates: z.optional(z.enum(['true', 'false'])) });

const roleView = { permissions: [ROLE_VIEW_PERMISSION] };

const holders = (state: EmulatorState, role: OrgRole): OrgUser[] =>
  state.org.users.filter((user) => user.state !== 'deleted' && user.grants.some((grant) => grant.roleId === role.id));

const toRole = (state: EmulatorState, role: OrgRole): Models.DomainOrganizationRole => ({
  id: role.id,
  name: role.name,
  description: role.description,
  permissions: role.permissions,
  userCount: holders(state, role).length,
  default: false,
  base: false,
  selfUri: `/api/v2/authorization/roles/${role.id}`,
});

const toSubject = (state: EmulatorState, user: OrgUser): Models.AuthzSubject => ({
  id: user.id,
  name: user.name,
  version: 1,
  grants: user.grants.map((grant) => {
    const role = state.roles.get(grant.roleId);
    return {
      subjectId: user.id,
      division: { id: grant.divisionId, name: state.divisions.get(grant.divisionId)?.name ?? '', description: '' },
      role: { id: grant.roleId, name: role?.name ?? '', description: role?.description ?? '' },
      grantMadeAt: '2024-01-01T00:00:00.000Z',
    };
  }),
  selfUri: `/api/v2/authorization/subjects/${user.id}`,
});

const findRole = (state: EmulatorState, id: string | undefined): OrgRole => {
  const role = state.roles.get(id ?? '');
  if (!role) throw notFound(`Role not found: ${id ?? ''}`);
  return role;
};

/** The org's permissions (the base ones, the roles' and the integrations'), grouped by domain and entity type. */
function catalogue(state: EmulatorState): Models.DomainPermissionCollection[] {
  const all = new Set(BASE_CATALOGUE);
  for (const role of state.org.roles) for (const permission of role.permissions) all.add(permission);
  for (const integration of state.org.ucIntegrations) {
    all.add(integration.pbxPermission);
    for (const permission of integration.userPermissions) all.add(permission);
  }
  const byDomain = new Map<string, Record<string, Models.DomainPermission[]>>();
  for (const permission of [...all].sort()) {
    const [domain, entityType, action] = permission.split(':');
    if (!domain || !entityType || !action || permission.includes('*')) continue;
    const map = byDomain.get(domain) ?? {};
    (map[entityType] ??= []).push({ domain, entityType, action, label: action, allowsConditions: false, divisionAware: false });
    byDomain.set(domain, map);
  }
  return [...byDomain].map(([domain, permissionMap]) => ({ id: domain, domain, permissionMap }));
}

function permissionsHandler(state: EmulatorState, router: Router): HttpHandler {
  return router.get('/api/v2/authorization/permissions', (context) => {
    const query = context.query(permissionsQuery);
    const terms = (query.query ?? '')
      .split(',')
      .map((term) => term.trim().toLowerCase())
      .filter(Boolean);
    const collections = catalogue(state).filter(
      (collection) =>
        terms.length === 0 || terms.some((term) => (collection.domain ?? '').toLowerCase().startsWith(term.split(':')[0] ?? term)),
    );
    const listing: Models.PermissionCollectionEntityListing = pageOf(collections, query.pageSize, query.pageNumber, context.url);
    return listing;
  });
}

/** Roles: the filtered list, one role, and who holds it. */
function roleHandlers(state: EmulatorState, router: Router): HttpHandler[] {
  return [
    router.get(
      '/api/v2/authorization/roles',
      (context) => {
        const query = context.query(rolesQuery);
        const roles = state.org.roles.filter(
          (role) =>
            (query.permission === undefined || query.permission.some((permission) => role.permissions.includes(permission))) &&
            (query.id === undefined || query.id.includes(role.id)) &&
            (query.name === undefined || role.name.toLowerCase().includes(query.name.toLowerCase())),
        );
        const page = pageOf(roles, query.pageSize, query.pageNumber, context.url);
        const listing: Models.OrganizationRoleEntityListing = { ...page, entities: page.entities.map((role) => toRole(state, role)) };
        return listing;
      },
      roleView,
    ),

    router.get('/api/v2/authorization/roles/:roleId', (context) => toRole(state, findRole(state, context.params.roleId)), roleView),

    router.get(
      '/api/v2/authorization/roles/:roleId/users',
      (context) => {
        const query = context.query(pageQuery);
        const page = pageOf(holders(state, findRole(state, context.params.roleId)), query.pageSize, query.pageNumber, context.url);
        // Genesys answers references only (no names): a client reads names with GET /users?id=.
        const listing: Models.UserReferenceEntityListing = {
          entities: page.entities.map((user) => ({ id: user.id, selfUri: `/api/v2/users/${user.id}` })),
          pageSize: page.pageSize,
          pageNumber: page.pageNumber,
          total: page.total,
          pageCount: page.pageCount,
        };
        return listing;
      },
      roleView,
    ),
  ];
}

/** A subject's grants: one's own, and anyone's with the grant permission. */
function subjectHandlers(state: EmulatorState, router: Router): HttpHandler[] {
  return [
    // Registered before subjects/{id}: one's own grants need no grant permission.
    router.get('/api/v2/authorization/subjects/me', (context) => {
      context.query(subjectQuery);
      return toSubject(state, context.caller.user);
    }),

    router.get(
      '/api/v2/authorization/subjects/:subjectId',
      (context) => {
        context.query(subjectQuery);
        const subjectId = context.params.subjectId ?? '';
        const user = state.users.get(subjectId);
        if (!user) throw notFound(`Subject not found: ${subjectId}`);
        return toSubject(state, user);
      },
      { permissions: [GRANT_VIEW_PERMISSION] },
    ),
  ];
}

function divisionsHandler(state: EmulatorState, router: Router): HttpHandler {
  return router.get('/api/v2/authorization/divisions', (context) => {
    const query = context.query(z.extend(pageQuery, { id: z.optional(multiValue) }));
    const divisions = state.org.divisions.filter((division) => query.id === undefined || query.id.includes(division.id));
    const page = pageOf(divisions, query.pageSize, query.pageNumber, context.url);
    const entities: Models.AuthzDivision[] = page.entities.map((division) => ({
      id: division.id,
      name: division.name,
      description: '',
      homeDivision: division.home,
      selfUri: `/api/v2/authorization/divisions/${division.id}`,
    }));
    return { ...page, entities };
  });
}

export function authorizationHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state } = core;
  return [
    permissionsHandler(state, router),
    ...roleHandlers(state, router),
    ...subjectHandlers(state, router),
    divisionsHandler(state, router),
  ];
}
