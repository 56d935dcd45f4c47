// Groups for the board's scope: GET /api/v2/groups (every page) for the picker, and
// GET /api/v2/groups/{id}/members (every page) for a group's UC users. The members
// route takes no integrationPresenceSource: their presence comes from the sweep.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import { groupsApi, type PlatformApis } from '@/genesys/sdk';
import { nameText, toDirectoryUser, type DirectoryUser, type WhoCounts } from '@/foundations/people/directory-user';
import { supervisorKeys } from '@/features/supervisor/supervisor-keys';

/** Page size for both routes (members: assumed cap 100, as with users and integration presence). */
const GROUPS_PAGE_SIZE = 100;

const listingSchema = z.object({
  entities: z._default(z.array(z.unknown()), []),
  pageCount: z._default(z.number().check(z.int(), z.nonnegative()), 1),
});
const groupSchema = z.object({ id: z.string().check(z.minLength(1)), name: nameText });
const memberStateSchema = z.looseObject({ state: z.optional(z.string()) });

export interface GroupSummary {
  id: string;
  name: string;
}

async function everyPage(load: (pageNumber: number) => Promise<unknown>, operation: string): Promise<unknown[]> {
  const entities: unknown[] = [];
  for (let pageNumber = 1, pageCount = 1; pageNumber <= pageCount; pageNumber += 1) {
    const page = parseAnswer(listingSchema, await load(pageNumber), operation);
    entities.push(...page.entities);
    pageCount = page.pageCount;
  }
  return entities;
}

export function groupsQuery(apis: PlatformApis) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: supervisorKeys.groupList(),
    queryFn: async (): Promise<GroupSummary[]> => {
      const groups = await groupsApi(apis);
      const entities = await everyPage((pageNumber) => groups.getGroups({ pageSize: GROUPS_PAGE_SIZE, pageNumber }), 'groups');
      return entities.flatMap((raw) => {
        const group = groupSchema.safeParse(raw);
        return group.success ? [group.data] : [];
      });
    },
    staleTime: 10 * 60_000,
  });
}

export function useGroups(enabled: boolean) {
  const { apis } = useSession();
  return useQuery({ ...groupsQuery(apis), enabled });
}

export function groupMembersQuery(apis: PlatformApis, groupId: string, who: WhoCounts) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: supervisorKeys.groupMembers(groupId, who),
    queryFn: async (): Promise<DirectoryUser[]> => {
      const groups = await groupsApi(apis);
      const entities = await everyPage(
        (pageNumber) => groups.getGroupMembers(groupId, { pageSize: GROUPS_PAGE_SIZE, pageNumber }),
        'group members',
      );
      // Inactive members stay in a group; the board counts active UC users only.
      return entities.flatMap((raw) => {
        const member = memberStateSchema.safeParse(raw);
        if (!member.success || (member.data.state !== undefined && member.data.state !== 'active')) return [];
        return toDirectoryUser(raw, false, undefined, who) ?? [];
      });
    },
    staleTime: 5 * 60_000,
  });
}
