import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import type { DirectoryUser, WhoCounts } from '@/foundations/people/directory-user';
import { readDirectoryPage, type DirectoryCriteria, type DirectoryPageData } from '@/foundations/people/search-uc-users';
import { useDirectoryCache } from '@/foundations/people/use-directory-cache';
import { useLoadAllPages } from '@/foundations/people/use-load-all-pages';
import { randomPageOrder } from '@/foundations/people/page-order';
import { searchUsers, USERS_SEARCH_MAX_PAGE_SIZE, type UsersSearch } from '@/foundations/people/users-search';
import type { EstimateInput } from '@/features/supervisor/board-estimate';
import type { BoardScope } from '@/features/supervisor/board-scope';
import { groupMembersQuery } from '@/features/supervisor/get-groups';
import { supervisorKeys } from '@/features/supervisor/supervisor-keys';
import { useWhoCounts } from '@/foundations/people/use-who-counts';

export interface ScopeUsers {
  users: readonly DirectoryUser[];
  /** Nothing to count yet. */
  pending: boolean;
  /** Pages read of the paged search, while it loads. */
  progress?: { loaded: number; total: number };
  /** While the paged search loads: the pages read so far in its random order, to estimate the totals from. */
  sample?: EstimateInput;
  error: unknown;
  retry: () => void;
  /** Departments seen so far, for the scope picker. */
  departments: readonly string[];
}

/** Users search for the saved ids, 100 per request, with their UC presence (the first load needs no sweep). */
function selectionSearch(ids: readonly string[], who: WhoCounts): UsersSearch {
  return { ids, pageSize: USERS_SEARCH_MAX_PAGE_SIZE, pageNumber: 1, presenceOf: who.uc };
}

export function selectionUsersQuery(apis: PlatformApis, ids: readonly string[], who: WhoCounts) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: supervisorKeys.selection(ids, who),
    queryFn: async (): Promise<DirectoryUser[]> => {
      const users: DirectoryUser[] = [];
      for (let start = 0; start < ids.length; start += USERS_SEARCH_MAX_PAGE_SIZE) {
        const chunk = ids.slice(start, start + USERS_SEARCH_MAX_PAGE_SIZE);
        users.push(...readDirectoryPage(await searchUsers(apis, selectionSearch(chunk, who)), true, who).users);
      }
      return users;
    },
    staleTime: 5 * 60_000,
  });
}

const NO_USERS: readonly DirectoryUser[] = Object.freeze([]);

/** The random pages read so far: the longest read prefix of the reading order (pages read earlier for another view do not count). */
function sampleOf(pages: ReadonlyMap<number, DirectoryPageData>, first: DirectoryPageData, seed: number): EstimateInput {
  const sample: EstimateInput['pages'][number][] = [];
  for (const pageNumber of randomPageOrder(first.pageCount, seed)) {
    const page = pages.get(pageNumber);
    if (!page) break;
    sample.push({ users: page.users, results: page.users.length + page.skipped + page.unreadable });
  }
  return { pages: sample, population: Math.max(0, first.pageCount - 1), total: first.total };
}

/**
 * The active UC users in scope. All users and a department page through the users search
 * (100 a page, presence included) as the directory does, sharing its cache; a group reads its
 * members; a selection searches for its ids.
 */
export function useScopeUsers(scope: BoardScope, selection: readonly string[], enabled: boolean): ScopeUsers {
  const { backgroundApis } = useSession();
  const who = useWhoCounts();
  const paged = scope.kind === 'all' || scope.kind === 'department';
  const criteria: DirectoryCriteria = { text: '', department: scope.kind === 'department' ? scope.department : '' };
  // Pages in a random order: the totals are estimated from the pages read until all are.
  const [seed] = useState(Math.random);
  const loadAll = useLoadAllPages(criteria, true, enabled && paged, seed);
  const cache = useDirectoryCache(true);
  const pages = cache.pagesOf(criteria);
  const group = useQuery({
    ...groupMembersQuery(backgroundApis, scope.kind === 'group' ? scope.groupId : '', who),
    enabled: enabled && scope.kind === 'group',
  });
  const chosen = useQuery({
    ...selectionUsersQuery(backgroundApis, selection, who),
    enabled: enabled && scope.kind === 'selection' && selection.length > 0,
    // Adding or removing someone keeps the board on screen while the new set loads.
    placeholderData: (previous) => previous,
  });

  const pagedUsers = useMemo(
    () => (paged && pages.size > 0 ? [...pages.entries()].sort(([a], [b]) => a - b).flatMap(([, page]) => page.users) : NO_USERS),
    [paged, pages],
  );
  const first = paged ? pages.get(1) : undefined;
  const loading = first !== undefined && pages.size < first.pageCount;
  const sample = useMemo(() => (first && loading ? sampleOf(pages, first, seed) : undefined), [pages, first, loading, seed]);
  const common = { departments: cache.departments };
  if (paged) {
    return {
      ...common,
      users: pagedUsers,
      pending: first === undefined && loadAll.error === undefined,
      ...(first && loading ? { progress: { loaded: pages.size, total: first.pageCount } } : {}),
      ...(sample ? { sample } : {}),
      error: loadAll.error,
      retry: loadAll.retry,
    };
  }
  if (scope.kind === 'selection' && selection.length === 0) {
    return { ...common, users: NO_USERS, pending: false, error: undefined, retry: () => undefined };
  }
  const query = scope.kind === 'group' ? group : chosen;
  return {
    ...common,
    users: query.data ?? NO_USERS,
    pending: query.isPending,
    error: query.isError ? query.error : undefined,
    retry: () => void query.refetch(),
  };
}
