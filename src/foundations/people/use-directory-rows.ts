import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSession } from '@/genesys/session';
import { comparatorFor, type PresenceFilter, type SortOrder } from '@/foundations/people/directory-order';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import {
  DIRECTORY_PAGE_SIZE,
  directoryPageQuery,
  isServerSearchable,
  type DirectoryCriteria,
  type DirectoryPageData,
} from '@/foundations/people/search-uc-users';
import { localMatcher } from '@/foundations/people/search-text';
import { useDirectoryCache } from '@/foundations/people/use-directory-cache';
import { useLoadAllPages } from '@/foundations/people/use-load-all-pages';
import { useWhoCounts } from '@/foundations/people/use-who-counts';

export interface DirectoryView {
  /** As typed. */
  text: string;
  /** What the server search runs for (debounced). */
  settledText: string;
  department: string;
  presence: PresenceFilter;
  sort: SortOrder;
}

export interface VisibleRange {
  start: number;
  end: number;
}

export interface DirectoryRows {
  /** 'server': pages of a server result set; 'local': what is already loaded, filtered here. */
  source: 'server' | 'local';
  count: number;
  /** The user at a row, or undefined while its page is loading (a skeleton). */
  rowAt: (index: number) => DirectoryUser | undefined;
  /** Nothing to show yet: the first page is on its way. */
  pending: boolean;
  /** A server search for the text is on its way: local results may still grow. */
  searching: boolean;
  error: unknown;
  retry: () => void;
  /** Presence filter or sort: the share of all users loaded so far (undefined when not needed). */
  loadingAll?: { loaded: number; total: number };
  /** UC users in the whole directory, as far as known (Genesys-only users are only known once read). */
  directoryTotal?: number;
  /** Some pages of the whole directory are unread: directoryTotal is estimated (the board, which reads every page, counts exactly). */
  directoryTotalEstimated?: boolean;
  unreadable: number;
  /**
   * People read so far whose Other Phone carries no integration tag: not UC people under the
   * default rule, though they may well be (the org's provisioning leaves the tag out).
   */
  untagged: number;
  /** Departments seen so far, for the filter. */
  departments: readonly string[];
  /** The order the rows are in ('name' also when presence was asked for but the set is too large to sort); unset for lists ordered otherwise. */
  order?: SortOrder;
  /** "Available first" was asked for, but the set has more people than `sortLimit`: shown by name. */
  sortLimited?: boolean;
}

export interface RowsOptions {
  /**
   * Sort by presence only sets of at most this many people (every page must be read to sort):
   * larger ones stay in name order. Undefined: always sort (the directory's explicit choice).
   */
  sortLimit?: number;
  /** People listed after all others whatever the order (those who cannot take a transfer). */
  demote?: (user: DirectoryUser) => boolean;
}

/**
 * Row offsets of a paged result set: loaded pages count their UC users; pages not loaded yet
 * count their entries times the share of UC users seen so far (the server cannot leave out
 * Genesys-only users), so the count is close from the first page and exact once all are read.
 */
function layoutOf(pages: ReadonlyMap<number, DirectoryPageData>): { offsets: number[]; pageCount: number; total: number } | undefined {
  const first = pages.values().next().value;
  if (!first) return undefined;
  const { pageCount, total } = first;
  let listed = 0;
  let read = 0;
  for (const page of pages.values()) {
    listed += page.users.length;
    read += page.users.length + page.skipped + page.unreadable;
  }
  const share = read === 0 ? 1 : listed / read;
  const offsets = [0];
  for (let page = 1; page <= pageCount; page += 1) {
    const loaded = pages.get(page);
    const entries = Math.max(0, Math.min(DIRECTORY_PAGE_SIZE, total - (page - 1) * DIRECTORY_PAGE_SIZE));
    const size = loaded ? loaded.users.length : Math.round(entries * share);
    offsets.push((offsets[offsets.length - 1] ?? 0) + size);
  }
  return { offsets, pageCount, total };
}

/** The page (1-based) holding a row: the last page whose offset is <= index. */
function pageAt(offsets: readonly number[], index: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((offsets[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

const countOf = (pages: ReadonlyMap<number, DirectoryPageData>): number | undefined => {
  const layout = layoutOf(pages);
  return layout ? (layout.offsets[layout.offsets.length - 1] ?? 0) : undefined;
};

/** The order's comparator, with the demoted people after everyone else. */
function orderOf(sort: SortOrder, demote: RowsOptions['demote']): (a: DirectoryUser, b: DirectoryUser) => number {
  const compare = comparatorFor(sort);
  return demote ? (a, b) => Number(demote(a)) - Number(demote(b)) || compare(a, b) : compare;
}

/** What is loaded, filtered and sorted here; `view` undefined when the server's rows are shown instead. */
function useLocalRows(
  users: readonly DirectoryUser[],
  view: DirectoryView | undefined,
  demote: RowsOptions['demote'],
): readonly DirectoryUser[] {
  const text = view?.text;
  const department = view?.department;
  const presence = view?.presence;
  const sort = view?.sort;
  return useMemo(() => {
    if (text === undefined || sort === undefined) return [];
    const matches = text === '' ? () => true : localMatcher(text);
    return users
      .filter(
        (user) =>
          (department === '' || user.department === department) && (presence === 'all' || user.presence?.key === presence) && matches(user),
      )
      .sort(orderOf(sort, demote));
  }, [users, text, department, presence, sort, demote]);
}

function useMergedRows(
  server: readonly DirectoryUser[] | undefined,
  local: readonly DirectoryUser[],
  demote: RowsOptions['demote'],
): readonly DirectoryUser[] | undefined {
  return useMemo(() => {
    if (!server) return undefined;
    const known = new Set(server.map((user) => user.id));
    return [...server, ...local.filter((user) => !known.has(user.id))].sort(orderOf('name', demote));
  }, [server, local, demote]);
}

/** How a view is answered: which server result set, whether presence decides, and in what order. */
interface RowsPlan {
  /** The search as typed, trimmed. */
  text: string;
  /** The result set the server is asked for (the settled search, in the department). */
  server: DirectoryCriteria;
  /** Its pages loaded so far. */
  serverPages: ReadonlyMap<number, DirectoryPageData>;
  /** Presence filters or sorts: every page of the set is read and the rows are ordered here. */
  byPresence: boolean;
  sortLimited: boolean;
  order: SortOrder;
  /** The server can search the typed text (and presence does not decide). */
  serverUsable: boolean;
  /** The server's pages answer the text as typed. */
  serverCurrent: boolean;
}

function planOf(
  view: DirectoryView,
  pagesOf: (criteria: DirectoryCriteria) => ReadonlyMap<number, DirectoryPageData>,
  sortLimit?: number,
): RowsPlan {
  const text = view.text.trim();
  const settledText = view.settledText.trim();
  const server: DirectoryCriteria = { text: isServerSearchable(settledText) ? settledText : '', department: view.department };
  // When presence decides, every page of this same result set (the search's, not the whole directory's) is read.
  const serverPages = pagesOf(server);
  const presenceSort = view.sort === 'presence' && view.presence === 'all';
  const setTotal = serverPages.get(1)?.total;
  const sortable = sortLimit === undefined || (setTotal !== undefined && setTotal <= sortLimit);
  const byPresence = view.presence !== 'all' || (presenceSort && sortable);
  const serverUsable = isServerSearchable(text) && !byPresence;
  return {
    text,
    server,
    serverPages,
    byPresence,
    sortLimited: presenceSort && !sortable && setTotal !== undefined,
    order: byPresence ? view.sort : 'name',
    serverUsable,
    serverCurrent: serverUsable && server.text === text && serverPages.has(1),
  };
}

/**
 * Pages ahead of the screen are asked for in groups of this many: they arrive together, and the live
 * subscription moves once for the group instead of once a page (README, "Benchmarks").
 */
export const PAGE_GROUP = 3;

/** The pages under the visible window and the rest of the group after it (the first always: it says how many there are). */
function wantedPages(layout: ReturnType<typeof layoutOf>, plan: RowsPlan, range: VisibleRange): Set<number> {
  const wanted = new Set<number>([1]);
  if (layout && plan.serverCurrent) {
    // At least the page after the screen's last, rounded up to the end of its group: 1 → 3, 3 → 6, 4 → 6.
    const ahead = Math.ceil((pageAt(layout.offsets, Math.max(range.end, 0)) + 1) / PAGE_GROUP) * PAGE_GROUP;
    const last = Math.min(layout.pageCount, ahead);
    for (let page = pageAt(layout.offsets, Math.max(range.start, 0)); page <= last; page += 1) wanted.add(page);
  }
  return wanted;
}

const EVERYONE: DirectoryCriteria = { text: '', department: '' };

/** Fetches the wanted pages of the plan's result set, and the whole directory's first page for its total. */
function useServerPages(plan: RowsPlan, wanted: ReadonlySet<number>, withPresence: boolean, enabled: boolean) {
  const { apis } = useSession();
  const who = useWhoCounts();
  const { server } = plan;
  const sameAsEveryone = server.text === '' && server.department === '';
  const queries = useQueries({
    queries: [
      // The whole directory's first page gives the total the status line reports.
      ...(sameAsEveryone ? [] : [{ ...directoryPageQuery(apis, EVERYONE, 1, withPresence, who), enabled }]),
      ...[...wanted].map((page) => ({
        ...directoryPageQuery(apis, server, page, withPresence, who),
        enabled: enabled && (plan.serverUsable || server.text === ''),
      })),
    ],
  });
  const loadAll = useLoadAllPages(server, withPresence, enabled && plan.byPresence);
  const error = queries.find((query) => query.isError)?.error ?? loadAll.error;
  const retry = () => {
    for (const query of queries) if (query.isError) void query.refetch();
    if (loadAll.error !== undefined) loadAll.retry();
  };
  return { error, retry };
}

const unreadableOf = (pages: ReadonlyMap<number, DirectoryPageData>) => [...pages.values()].reduce((sum, page) => sum + page.unreadable, 0);

/**
 * The rows the directory list shows for a view: server pages under the visible window
 * (and one ahead) in browse and search, instant local results while a search is on its way,
 * and everything loaded (filtered and sorted here) when presence decides.
 */
export function useDirectoryRows(
  view: DirectoryView,
  range: VisibleRange,
  withPresence: boolean,
  enabled: boolean,
  options: RowsOptions = {},
): DirectoryRows {
  const cache = useDirectoryCache(withPresence);
  const { demote } = options;
  const plan = planOf(view, cache.pagesOf, options.sortLimit);
  const { text, byPresence, serverCurrent, serverPages } = plan;
  const layout = layoutOf(serverPages);
  const { error, retry } = useServerPages(plan, wantedPages(layout, plan, range), withPresence, enabled);

  // A search whose server answer fits one page also shows local matches the server's matching missed
  // (accents, word parts): results fill in rather than disappear.
  const completeSearch = serverCurrent && text !== '' && layout !== undefined && layout.pageCount <= 1;
  const local = useLocalRows(cache.users, serverCurrent && !completeSearch ? undefined : { ...view, text, sort: plan.order }, demote);
  const merged = useMergedRows(completeSearch ? serverPages.get(1)?.users : undefined, local, demote);

  const everyonePages = cache.pagesOf(EVERYONE);
  const directoryTotal = countOf(everyonePages);
  const everyoneCount = everyonePages.get(1)?.pageCount;
  const common = {
    error,
    retry,
    untagged: [...everyonePages.values()].reduce((sum, page) => sum + page.untagged, 0),
    departments: cache.departments,
    order: plan.order,
    sortLimited: plan.sortLimited,
    unreadable: unreadableOf(serverPages),
    ...(directoryTotal === undefined ? {} : { directoryTotal }),
    ...(everyoneCount !== undefined && everyonePages.size < everyoneCount ? { directoryTotalEstimated: true } : {}),
  };

  if (merged) {
    return { ...common, source: 'server', count: merged.length, rowAt: (index) => merged[index], pending: false, searching: false };
  }
  if (serverCurrent && layout) {
    const { offsets } = layout;
    const rowAt = (index: number) => {
      const page = pageAt(offsets, index);
      return serverPages.get(page)?.users[index - (offsets[page - 1] ?? 0)];
    };
    return { ...common, source: 'server', count: offsets[offsets.length - 1] ?? 0, rowAt, pending: false, searching: false };
  }

  const loadingLayout = byPresence ? layout : undefined;
  return {
    ...common,
    source: 'local',
    count: local.length,
    rowAt: (index) => local[index],
    // Browsing shows local rows only once the first page is here; a search shows whatever matches at once.
    pending: local.length === 0 && (text === '' || byPresence) && !serverPages.has(1) && error === undefined,
    searching: text !== '' && plan.serverUsable,
    ...(loadingLayout
      ? { loadingAll: { loaded: serverPages.size, total: loadingLayout.pageCount } }
      : byPresence
        ? { loadingAll: { loaded: 0, total: 0 } }
        : {}),
  };
}
