// Groups: GET /api/v2/groups (paged) and GET /api/v2/groups/{groupId}/members (paged).
// Membership comes from OrgUser.groupIds. Genesys documents no permission for either
// route and no page size cap for members; both caps are limits (assumed).
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { invalidValue, notFound } from '@/emulator/errors';
import { multiValue, pageNumberParam, pageSizeParam, type Router } from '@/emulator/guard';
import type { OrgGroup, OrgUser } from '@/emulator/org-model';
import { sortUsers } from '@/emulator/user-search';
import { pageOf, toUser } from '@/emulator/wire';

const sortOrder = z._default(z.enum(['ASC', 'DESC', 'asc', 'desc']), 'ASC');

const listQuery = z.object({
  pageSize: pageSizeParam,
  pageNumber: pageNumberParam,
  id: z.optional(multiValue),
  sortOrder,
});

const membersQuery = z.object({
  pageSize: pageSizeParam,
  pageNumber: pageNumberParam,
  sortOrder,
  expand: z.pipe(
    z.optional(multiValue),
    z.transform((value) => value ?? []),
  ),
});

/** Deleted users leave their groups; inactive ones stay members (Genesys shows them greyed out). */
const isMember = (user: OrgUser, groupId: string): boolean => user.state !== 'deleted' && user.groupIds.includes(groupId);

export function groupsHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state, limits } = core;

  const toGroup = (group: OrgGroup): Models.Group => ({
    id: group.id,
    name: group.name,
    type: 'official',
    state: 'active',
    version: 1,
    memberCount: state.org.users.filter((user) => isMember(user, group.id)).length,
    rulesVisible: true,
    visibility: 'public',
    selfUri: `/api/v2/groups/${group.id}`,
  });

  return [
    router.get('/api/v2/groups', (context) => {
      const query = context.query(listQuery);
      if (query.pageSize > limits.maxPageSize) {
        throw invalidValue('pageSize', `must be at most ${String(limits.maxPageSize)}`);
      }
      const ids = query.id === undefined ? undefined : new Set(query.id);
      const descending = query.sortOrder.toUpperCase() === 'DESC';
      const groups = state.org.groups
        .filter((group) => ids === undefined || ids.has(group.id))
        .sort((a, b) => (descending ? -1 : 1) * (a.name.localeCompare(b.name) || a.id.localeCompare(b.id)));
      const page = pageOf(groups, query.pageSize, query.pageNumber, context.url);
      const listing: Models.GroupEntityListing = { ...page, entities: page.entities.map(toGroup) };
      return listing;
    }),

    router.get('/api/v2/groups/:groupId/members', (context) => {
      const groupId = context.params.groupId ?? '';
      if (!state.org.groups.some((group) => group.id === groupId)) throw notFound(`Group not found: ${groupId}`);
      const query = context.query(membersQuery);
      if (query.pageSize > limits.maxGroupMembersPageSize) {
        throw invalidValue('pageSize', `must be at most ${String(limits.maxGroupMembersPageSize)}`);
      }
      const members = sortUsers(
        state.org.users.filter((user) => isMember(user, groupId)),
        'name',
        query.sortOrder.toUpperCase() === 'DESC',
      );
      const page = pageOf(members, query.pageSize, query.pageNumber, context.url);
      // The members route takes no integrationPresenceSource: UC presence comes from the bulk route.
      const listing: Models.UserEntityListing = {
        ...page,
        entities: page.entities.map((user) => toUser(state, user, { variants: core.variants, expand: query.expand })),
      };
      return listing;
    }),
  ];
}
