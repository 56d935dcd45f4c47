import { matchQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { directoryPagesKey, resultSetKey, type DirectoryCriteria, type DirectoryPageData } from '@/foundations/people/search-uc-users';

/** Every directory page already in the query cache: what the list can show without asking Genesys. */
export interface DirectoryCache {
  /** Each UC user once (the most recently read copy), from every page of every result set. */
  users: readonly DirectoryUser[];
  /** The loaded pages of one result set, by page number. */
  pagesOf: (criteria: DirectoryCriteria) => ReadonlyMap<number, DirectoryPageData>;
  /** Departments of the users loaded so far, sorted. */
  departments: readonly string[];
}

const setId = (key: readonly unknown[]): string => JSON.stringify(key.slice(0, -1));

function dropRepeats(pages: Map<number, DirectoryPageData>): void {
  const seen = new Set<string>();
  for (const number of [...pages.keys()].sort((a, b) => a - b)) {
    const page = pages.get(number);
    if (!page) continue;
    const users = page.users.filter((user) => !seen.has(user.id));
    for (const user of page.users) seen.add(user.id);
    if (users.length !== page.users.length) pages.set(number, { ...page, users, skipped: page.skipped + page.users.length - users.length });
  }
}

function readCache(queryClient: QueryClient, withPresence: boolean): DirectoryCache {
  const entries = queryClient.getQueriesData<DirectoryPageData>({ queryKey: directoryPagesKey(withPresence) });
  const sets = new Map<string, Map<number, DirectoryPageData>>();
  const users = new Map<string, DirectoryUser>();
  for (const [key, page] of entries) {
    if (!page) continue;
    const id = setId(key);
    const pages = sets.get(id) ?? new Map<number, DirectoryPageData>();
    pages.set(page.pageNumber, page);
    sets.set(id, pages);
    for (const user of page.users) {
      const known = users.get(user.id);
      if (!known || (known.observedAt ?? 0) < (user.observedAt ?? 0)) users.set(user.id, user);
    }
  }
  // The search index may repeat a user on a later page: each is listed once, where first seen.
  for (const pages of sets.values()) dropRepeats(pages);
  const departments = new Set<string>();
  for (const user of users.values()) if (user.department) departments.add(user.department);
  return {
    users: [...users.values()],
    departments: [...departments].sort((a, b) => a.localeCompare(b)),
    pagesOf: (criteria) => sets.get(setId([...resultSetKey(criteria, withPresence), 0])) ?? new Map(),
  };
}

/** The directory pages in the cache, re-read whenever one of them arrives. */
export function useDirectoryCache(withPresence: boolean): DirectoryCache {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        if (!matchQuery({ queryKey: directoryPagesKey(withPresence) }, event.query)) return;
        setVersion((current) => current + 1);
      }),
    [queryClient, withPresence],
  );
  // `version` stands for the cache contents, which React cannot see.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => readCache(queryClient, withPresence), [queryClient, withPresence, version]);
}
