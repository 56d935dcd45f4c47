import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { Models, PlatformApis } from '@/genesys/sdk';
import { EIGHT_BY_EIGHT_SOURCE } from '@/features/permissions/get-eight-by-eight-integration';
import { toDirectoryUser, type DirectoryUser } from '@/features/directory/directory-user';

/** Genesys returns at most 100 users per page when integration presence is asked for. */
export const DIRECTORY_PAGE_SIZE = 100;

const pageSchema = z.object({
  total: z.number().int().nonnegative().default(0),
  pageNumber: z.number().int().positive().default(1),
  pageCount: z.number().int().nonnegative().default(0),
  results: z.array(z.unknown()).default([]),
});

export interface DirectoryPage {
  users: DirectoryUser[];
  pageNumber: number;
  pageCount: number;
  /** Entries of the answer we could not read, so the view can say so instead of hiding them. */
  unreadable: number;
}

export function searchRequest(pageNumber: number, withPresence: boolean): Models.UserSearchRequest {
  return {
    pageSize: DIRECTORY_PAGE_SIZE,
    pageNumber,
    sortBy: 'name',
    sortOrder: 'ASC',
    query: [{ type: 'EXACT', fields: ['state'], values: ['active'] }],
    ...(withPresence ? { expand: ['presence'], integrationPresenceSource: EIGHT_BY_EIGHT_SOURCE } : {}),
  };
}

export function eightByEightUsersQuery(apis: PlatformApis, withPresence: boolean) {
  return infiniteQueryOptions({
    queryKey: ['users', 'search', EIGHT_BY_EIGHT_SOURCE, { withPresence }],
    initialPageParam: 1,
    queryFn: async ({ pageParam }): Promise<DirectoryPage> => {
      const answer = parseAnswer(
        pageSchema,
        await apis.users.postUsersSearch(searchRequest(pageParam, withPresence)),
        'users search',
      );
      let unreadable = 0;
      const users: DirectoryUser[] = [];
      for (const raw of answer.results) {
        const user = toDirectoryUser(raw, withPresence);
        if (user) users.push(user);
        else if (typeof raw !== 'object' || raw === null || !('id' in raw)) unreadable += 1;
      }
      return { users, pageNumber: answer.pageNumber, pageCount: answer.pageCount, unreadable };
    },
    getNextPageParam: (last) => (last.pageNumber < last.pageCount ? last.pageNumber + 1 : undefined),
  });
}

/** 8×8 users page by page; presence is only requested when `withPresence` (the badge permission). */
export function useEightByEightUsers(withPresence: boolean, enabled: boolean) {
  const { apis } = useSession();
  return useInfiniteQuery({ ...eightByEightUsersQuery(apis, withPresence), enabled });
}
