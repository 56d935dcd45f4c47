// Live UC presence for the rows on screen. A view mounts useLivePresence once;
// each row renders a LivePresenceBadge, whose per-user query the socket (push
// mode) or a poll (polled mode) keeps current. Presence lives in the query
// cache only; this module adds the wiring around it.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  createContext,
  memo,
  use,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type JSX,
  type ReactNode,
  type RefObject,
} from 'react';
import { entryFor, useUcIntegrations } from '@/foundations/permissions/get-uc-integration';
import { useUc } from '@/foundations/permissions/uc-context';
import type { UcIdentity } from '@/genesys/uc-table';
import { badgeIconFor, useBadgeIcons, type BadgeIcons } from '@/foundations/presence/badge-icons';
import { NOBODY, ON_SCREEN_DWELL_MS, SUBSCRIBE_GRACE_MS, type SyncState, type SyncStore } from '@/foundations/presence/live-shared';
import { PresenceBadge } from '@/foundations/presence/presence-badge';
import { UNKNOWN_PRESENCE, type Presence } from '@/foundations/presence/presence-model';
import { presenceKey, presenceKeys, presenceQueryOptions, setNewerPresence } from '@/foundations/presence/presence-queries';
import { MAX_PRESENCE_IDS } from '@/foundations/presence/presence-reader';
import type * as PushHubCode from '@/foundations/presence/push-hub';
import type { PushHub } from '@/foundations/presence/push-hub';
import type { ViewRows } from '@/foundations/presence/read-ahead';
import type { NotificationsTimings } from '@/genesys/notifications-socket';
import { loadOnce, loadRetrying } from '@/genesys/load-once';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { afterFirstContent } from '@/ui/first-content';

export { ON_SCREEN_DWELL_MS, SUBSCRIBE_GRACE_MS } from '@/foundations/presence/live-shared';

export interface LivePresenceOptions {
  /** Rows on screen plus a small margin (at least 3 rows each side), in order. */
  userIds: readonly string[];
  /** Users kept live whatever is on screen (people someone watches), besides the rows. */
  pinnedUserIds?: readonly string[];
  /** False: no socket, no request (the viewer may not see badges, or the view is hidden). */
  enabled: boolean;
  /** Rows at each end of userIds that are margin: the subscription moves only when the rows between are not covered. */
  margin?: number;
  /**
   * The rows that must be live (those on screen, with a little slack): when given, the subscription
   * is all of userIds and moves only once one of these is not covered, whatever the margin.
   */
  focusUserIds?: readonly string[];
  /**
   * When each of userIds' presence was read, by position, where the view knows it (it came with a
   * search page): rows whose topics come back with older presence are read at once, nearest the screen.
   * Without it the view's rows are not read ahead (each is read when drawn, if owed).
   */
  readAt?: readonly (number | undefined)[];
}

export interface LivePresenceState {
  mode: 'push' | 'polled' | 'off';
  connection: 'connecting' | 'open' | 'reconnecting' | 'closed' | 'polling' | 'off';
  /** When the on-screen presence was last refetched as a whole (after a (re)connect, or a poll). */
  lastSyncAt?: number;
  /**
   * People of this view whose live topic Genesys refused (the token may not subscribe to it):
   * their presence is polled every REFUSED_POLL_MS instead.
   */
  polledUsers: number;
  /** How often presence is refreshed by polling, when it is (polled mode, or refused topics). */
  pollIntervalMs?: number;
}

/** One view's live rows: most of a channel's 1,000 topics, so the subscription rarely has to move. */
export const MAX_LIVE_USERS = 800;
/** Rows at either end of userIds treated as margin: they may change without moving the subscription. */
export const EDGE_ROWS = 3;
/**
 * In push mode a badge that is not live (outside the subscription, refused, or the socket is down)
 * refetches once on screen when its data is older than this. A live row's data is current however
 * old if it was read after the row became live (with a search page, a read, or over the socket):
 * the socket tells of every change since. Read before, it is refetched (presenceOwed).
 */
export const PUSH_STALE_MS = 30_000;
export const DEFAULT_POLL_INTERVAL_SEC = 60;
/** Dwell checks are aligned to this grid, so the rows of one scroll share a request. */
const DWELL_ALIGN_MS = 500;
/** Floor for pollIntervalSec: an integration saying "0.01" must not eat the rate budget. */
export const MIN_POLL_INTERVAL_MS = 1_000;
/**
 * People whose topic was refused are re-read this often: at most 900 of them, 100 a request,
 * is 18 requests a minute, well inside the budget.
 */
export const REFUSED_POLL_MS = 30_000;

/** Test and benchmark knobs; the defaults are production's. */
export interface LivePresenceTuning {
  notifications?: Partial<NotificationsTimings>;
  /** REFUSED_POLL_MS by default. */
  refusedPollMs?: number;
}

const TuningContext = createContext<LivePresenceTuning>({});

export function LivePresenceTuningProvider({ value, children }: { value: LivePresenceTuning; children: ReactNode }) {
  return <TuningContext value={value}>{children}</TuningContext>;
}

interface LiveConfig {
  uc: UcIdentity;
  sourceId: string;
  mode: 'push' | 'polled';
  staleTimeMs: number;
  icons: BadgeIcons | undefined;
}

/** What the mounted useLivePresence tells the badges; null: badges fetch nothing. */
interface LiveConfigStore {
  get: () => LiveConfig | null;
  publish: (config: LiveConfig) => () => void;
  subscribe: (listener: () => void) => () => void;
}

function createLiveConfigStore(): LiveConfigStore {
  let config: LiveConfig | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => config,
    publish(next) {
      config = next;
      notify();
      return () => {
        // Only the publisher's own config is retracted (another view may have replaced it).
        if (config !== next) return;
        config = null;
        notify();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// Keyed by QueryClient: one app (or one test) has its own store.
const configStores = new WeakMap<QueryClient, LiveConfigStore>();

function liveConfigStoreFor(queryClient: QueryClient): LiveConfigStore {
  let store = configStores.get(queryClient);
  if (!store) {
    store = createLiveConfigStore();
    configStores.set(queryClient, store);
  }
  return store;
}

function useLiveConfig(): LiveConfig | null {
  const store = liveConfigStoreFor(useQueryClient());
  return useSyncExternalStore(store.subscribe, store.get);
}

function createSyncStore(): SyncStore {
  let state: SyncState = { connection: 'connecting', refused: NOBODY };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update: (patch: Partial<SyncState>): void => {
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether the rows between the margins (or, in a short list, any row) are not all covered. */
function beyondMargin(want: readonly string[], missing: readonly string[], margin: number): boolean {
  // A short list has no margin to speak of: every row counts.
  if (want.length <= 4 * margin) return true;
  const inner = new Set(want.slice(margin, want.length - margin));
  return missing.length > 2 * margin || missing.some((id) => inner.has(id));
}

/**
 * The user ids to subscribe to: `userIds` (the first MAX_LIVE_USERS of them), then those already
 * live, as far as the cap allows. It moves only when the rows that matter are not covered (the
 * focus rows when given, else the rows between the margins), so that scrolling by a few rows does
 * not rewrite the topic set; people already live stay live, so coming back to them (after a search,
 * or scrolling back) costs no request.
 */
export function nextSubscription(
  previous: readonly string[],
  userIds: readonly string[],
  margin: number = EDGE_ROWS,
  focusUserIds?: readonly string[],
): readonly string[] {
  const want = [...new Set(userIds)].slice(0, MAX_LIVE_USERS);
  const have = new Set(previous);
  const missing = want.filter((id) => !have.has(id));
  if (missing.length === 0) return previous;
  const moves = previous.length === 0 || (focusUserIds ? focusUserIds.some((id) => !have.has(id)) : beyondMargin(want, missing, margin));
  if (!moves) return previous;
  const wanted = new Set(want);
  return [...want, ...previous.filter((id) => !wanted.has(id))].slice(0, MAX_LIVE_USERS);
}

/**
 * Whether presence read at `readAt` must be read again for a row on screen: a live row's when it was
 * read before the row became live (a change in between was never pushed, and none will come); any
 * other row's when it is older than the view's stale time.
 */
function presenceOwed(readAt: number, liveSince: number | undefined, staleTimeMs: number, now: number): boolean {
  return liveSince === undefined ? now - readAt > staleTimeMs : readAt < liveSince - SUBSCRIBE_GRACE_MS;
}

const NO_PINNED: readonly string[] = [];

/** The push hub's code (push-hub.ts), once loaded: from then on a view takes the hub at once. */
let pushHubCode: typeof PushHubCode | undefined;

const loadPushHub = loadOnce(async () => (pushHubCode = await import('@/foundations/presence/push-hub')));

/** What usePushHub shares with useLivePresence: the view's sync store, identity and the refs its effects keep. */
interface PushHubView {
  sync: SyncStore;
  owner: object;
  hubRef: RefObject<PushHub | null>;
  pinnedRef: RefObject<readonly string[]>;
  subscriptionRef: RefObject<readonly string[]>;
  rowsRef: RefObject<ViewRows | null>;
}

/**
 * Push: takes the session's push hub for `sourceId` (undefined: none), one socket per session, shared by every
 * view and kept across remounts (a list re-keyed by a new search must not open a new channel per keystroke).
 * Its code loads after the first content, as the channel opens then; once here, a view takes the hub in its
 * effect, at once. Until then the badges read presence as they do whenever the channel is not open.
 */
function usePushHub(sourceId: string | undefined, { sync, owner, hubRef, pinnedRef, subscriptionRef, rowsRef }: PushHubView): void {
  const { notifications, apis } = useSession();
  const queryClient = useQueryClient();
  const tuning = use(TuningContext);
  const uc = useUc();
  useEffect(() => {
    if (sourceId === undefined) return;
    let gone = false;
    let release: (() => void) | undefined;
    let stopLoading: (() => void) | undefined;
    const start = (code: typeof PushHubCode) => {
      if (gone) return;
      const hub = code.acquirePushHub(queryClient, { notifications, apis, uc, sourceId, timings: tuning.notifications });
      hubRef.current = hub;
      hub.syncs.add(sync);
      hub.views.set(owner, () => rowsRef.current);
      sync.update({ connection: hub.client.status(), refused: hub.refused });
      code.setOwnerTopics(hub, owner, code.topicsOf(pinnedRef.current, subscriptionRef.current));
      release = () => {
        hubRef.current = null;
        hub.syncs.delete(sync);
        code.releasePushHub(queryClient, hub, owner);
      };
    };
    if (pushHubCode) start(pushHubCode);
    else
      afterFirstContent(() => {
        if (!gone) stopLoading = loadRetrying(loadPushHub, start);
      });
    return () => {
      gone = true;
      stopLoading?.();
      release?.();
    };
  }, [notifications, apis, queryClient, sync, owner, uc, sourceId, tuning.notifications, hubRef, pinnedRef, subscriptionRef, rowsRef]);
}

/** Polled mode: one timer refetches every badge on screen at once, so the loader batches them 50 a request. */
function usePresencePoll(queryClient: QueryClient, sync: SyncStore, sourceId: string | undefined, pollMs: number): void {
  useEffect(() => {
    if (sourceId === undefined) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      void queryClient.invalidateQueries({ queryKey: presenceKeys.source(sourceId) }, { cancelRefetch: false }).then(() => {
        sync.update({ lastSyncAt: Date.now() });
      });
    }, pollMs);
    return () => {
      clearInterval(timer);
    };
  }, [queryClient, sync, sourceId, pollMs]);
}

/** Push mode, but the channel refused some people's topics (`polledKey`, ids joined by commas): poll just them. */
function useRefusedPoll(queryClient: QueryClient, sourceId: string | undefined, polledKey: string, refusedPollMs: number): void {
  useEffect(() => {
    if (polledKey === '' || sourceId === undefined) return;
    const ids = polledKey.split(',');
    const refresh = () => {
      for (const id of ids)
        void queryClient.invalidateQueries({ queryKey: presenceKey(sourceId, id), exact: true }, { cancelRefetch: false });
    };
    // Changes since the refusal were never pushed: read them now, then on the poll's pace.
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') refresh();
    }, refusedPollMs);
    return () => {
      clearInterval(timer);
    };
  }, [queryClient, sourceId, polledKey, refusedPollMs]);
}

/** Keeps the presence of `userIds` live: over the notifications socket, or by polling, as the UC integration says. */
export function useLivePresence({
  userIds,
  pinnedUserIds = NO_PINNED,
  enabled,
  margin = EDGE_ROWS,
  focusUserIds,
  readAt,
}: LivePresenceOptions): LivePresenceState {
  const queryClient = useQueryClient();
  const tuning = use(TuningContext);
  // Reading the integration needs the badge permission: with enabled false nothing is asked.
  const uc = useUc();
  const integration = entryFor(useUcIntegrations(enabled).data, uc.presenceSource);
  const source = enabled && integration ? integration : null;
  const sourceId = source?.id;
  const mode: LivePresenceState['mode'] = source === null ? 'off' : (source.polledPresence ?? uc.polledPresenceDefault) ? 'polled' : 'push';
  const pollMs = Math.max(MIN_POLL_INTERVAL_MS, (source?.pollIntervalSec ?? DEFAULT_POLL_INTERVAL_SEC) * 1000);
  const icons = useBadgeIcons(source ?? undefined);

  const [sync] = useState(createSyncStore);
  const syncState = useSyncExternalStore(sync.subscribe, sync.get);
  const [owner] = useState(() => ({}));
  const hubRef = useRef<PushHub | null>(null);
  const subscriptionRef = useRef<readonly string[]>([]);
  const pinnedKey = pinnedUserIds.join(',');
  const pinned = useMemo(() => (pinnedKey === '' ? NO_PINNED : pinnedKey.split(',')), [pinnedKey]);
  const pinnedRef = useRef<readonly string[]>(NO_PINNED);
  // What the channel's answers read ahead from: this view's rows as last drawn (none without readAt).
  const rowsRef = useRef<ViewRows | null>(null);
  useEffect(() => {
    rowsRef.current = readAt ? { userIds, readAt, ...(focusUserIds ? { focusUserIds } : {}) } : null;
  });

  useEffect(() => {
    if (mode === 'off' || sourceId === undefined) return;
    const staleTimeMs = mode === 'push' ? PUSH_STALE_MS : pollMs;
    return liveConfigStoreFor(queryClient).publish({ uc, sourceId, mode, staleTimeMs, icons });
  }, [queryClient, uc, sourceId, mode, pollMs, icons]);

  // The channel opens once there is someone to follow, after the first badges are drawn (they come
  // with the search answer), not beside the first requests; it then stays, whatever is listed.
  const [someoneToFollow, setSomeoneToFollow] = useState(false);
  if (!someoneToFollow && (userIds.length > 0 || pinned.length > 0)) setSomeoneToFollow(true);

  // Push: one socket per session, shared by every view and kept across remounts (usePushHub).
  usePushHub(mode === 'push' && sourceId !== undefined && someoneToFollow ? sourceId : undefined, {
    sync,
    owner,
    hubRef,
    pinnedRef,
    subscriptionRef,
    rowsRef,
  });

  // Push: the topic set follows the rows on screen (and the pinned users).
  useEffect(() => {
    if (mode !== 'push') return;
    // A view drawn anew (a list re-keyed by a new search) carries on from what the channel holds.
    const hub = hubRef.current;
    const code = pushHubCode;
    const previous = subscriptionRef.current.length === 0 && hub && code ? code.liveUsersOf(hub) : subscriptionRef.current;
    const next = nextSubscription(previous, userIds, margin, focusUserIds);
    if (next === subscriptionRef.current && pinned === pinnedRef.current) return;
    subscriptionRef.current = next;
    pinnedRef.current = pinned;
    if (hub && code) code.setOwnerTopics(hub, owner, code.topicsOf(pinned, next));
  }, [mode, userIds, pinned, margin, owner, focusUserIds]);

  // Polled: the timer runs only while it is given a source, so push and off modes pass none.
  usePresencePoll(queryClient, sync, mode === 'polled' ? sourceId : undefined, pollMs);

  // Push, but some of this view's people were refused by the channel: poll just them.
  const { refused } = syncState;
  const refusedPollMs = tuning.refusedPollMs ?? REFUSED_POLL_MS;
  const watched = mode === 'push' && refused.size > 0 ? [...new Set([...pinned, ...userIds])] : [];
  const polledKey = watched.filter((id) => refused.has(id)).join(',');
  useRefusedPoll(queryClient, sourceId, polledKey, refusedPollMs);

  const { lastSyncAt } = syncState;
  const polledUsers = polledKey === '' ? 0 : polledKey.split(',').length;
  const everyoneRefused = polledUsers > 0 && polledUsers === watched.length;
  const connection: LivePresenceState['connection'] =
    mode === 'off' ? 'off' : mode === 'polled' || everyoneRefused ? 'polling' : syncState.connection;
  return {
    mode,
    connection,
    polledUsers,
    ...(mode === 'polled' ? { pollIntervalMs: pollMs } : polledUsers > 0 ? { pollIntervalMs: refusedPollMs } : {}),
    ...(lastSyncAt === undefined ? {} : { lastSyncAt }),
  };
}

interface LivePresenceBadgeProps {
  userId: string;
  /** Presence the row already has (from the users search), shown until fresher data arrives. */
  initial?: Presence;
  /** When `initial` was fetched (epoch ms); older than the mode's stale time means refetch on mount. */
  initialAt?: number;
  showDuration?: boolean;
}

function PendingBadge() {
  const { t } = useI18n();
  return (
    <span className="presence-badge" data-presence="pending" role="img" aria-label={t('people.badge.loading')}>
      <span className="presence-badge__dot" aria-hidden="true" />
      <span className="presence-badge__label">…</span>
    </span>
  );
}

const LiveBadge = memo(function LiveBadge({
  config,
  userId,
  initial,
  initialAt,
  showDuration,
}: LivePresenceBadgeProps & { config: LiveConfig }) {
  const { apis } = useSession();
  const queryClient = useQueryClient();
  const options = presenceQueryOptions(apis, config.uc, config.sourceId, userId);
  const query = useQuery({
    ...options,
    initialData: initial,
    initialDataUpdatedAt: initialAt,
    staleTime: config.staleTimeMs,
    // Old data is refreshed only for a row that stays on screen (below), not for every row flying past.
    refetchOnMount: false,
  });
  const { refetch } = query;
  const queryKey = options.queryKey;
  const anchor = useRef<HTMLSpanElement>(null);
  const { staleTimeMs, sourceId } = config;
  // The row's presence came with a search page read after the cached one (read for an earlier search, say): it is
  // the fresher, so the badge shows it and it counts as read then (initialData applies only to an empty cache).
  useLayoutEffect(() => {
    if (initial === undefined || initialAt === undefined) return;
    const state = queryClient.getQueryState(queryKey);
    if (state?.data === undefined || state.dataUpdatedAt >= initialAt) return;
    setNewerPresence(queryClient, queryKey, initial, initialAt);
    // Once per row shown, as the read below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, userId, config.sourceId]);
  useEffect(() => {
    // Rows that came on screen within the same half second are checked together: one bulk read.
    const due = Math.ceil((Date.now() + ON_SCREEN_DWELL_MS) / DWELL_ALIGN_MS) * DWELL_ALIGN_MS;
    const timer = setTimeout(() => {
      const state = queryClient.getQueryState(queryKey);
      if (state?.data === undefined) return;
      // Mounted is not seen: a list keeps rows above and below its viewport, and a fast scroll passes everything.
      if (!onScreen(anchor.current)) return;
      const liveSince = pushHubCode?.liveSinceOf(queryClient, sourceId, userId);
      const owed = presenceOwed(state.dataUpdatedAt, liveSince, staleTimeMs, Date.now());
      if (!state.isInvalidated && !owed) return;
      void refetch({ cancelRefetch: false });
      // The rows near it owed a read since they became live go in the same request (100 ids with this one).
      if (liveSince !== undefined) pushHubCode?.readOwedNearFor(queryClient, sourceId, MAX_PRESENCE_IDS - 1, userId);
    }, due - Date.now());
    return () => {
      clearTimeout(timer);
    };
    // Once per row shown: while it stays, the socket (or the poll) keeps it current.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, userId, config.sourceId]);
  const presence = query.data ?? (query.isError ? UNKNOWN_PRESENCE : undefined);
  if (!presence) return <PendingBadge />;
  const iconUrl = badgeIconFor(config.icons, presence.key);
  return <PresenceBadge presence={presence} showDuration={showDuration ?? false} iconUrl={iconUrl} anchorRef={anchor} />;
});

/**
 * Whether a badge is inside its scrolling list's viewport (`[data-list-viewport]`, else the window) now.
 * An element not laid out (no size: a hidden panel, or a test without layout) counts as on screen.
 */
export function onScreen(element: HTMLElement | null): boolean {
  if (!element) return true;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return true;
  const clip = element.closest('[data-list-viewport]')?.getBoundingClientRect();
  const top = clip?.top ?? 0;
  const bottom = clip?.bottom ?? element.ownerDocument.defaultView?.innerHeight ?? Number.POSITIVE_INFINITY;
  return box.bottom > top && box.top < bottom;
}

/** A user's UC presence, kept live by the view's useLivePresence; a change re-renders this badge only. */
export function LivePresenceBadge({ userId, initial, initialAt, showDuration }: LivePresenceBadgeProps): JSX.Element {
  const config = useLiveConfig();
  if (!config) {
    // No live presence (not permitted, or still starting): show what the row has, fetch nothing.
    return initial ? <PresenceBadge presence={initial} showDuration={showDuration ?? false} /> : <PendingBadge />;
  }
  return <LiveBadge config={config} userId={userId} initial={initial} initialAt={initialAt} showDuration={showDuration} />;
}
