// Live UC presence for the rows on screen. A view mounts useLivePresence once;
// each row renders a LivePresenceBadge, whose per-user query the socket (push
// mode) or a poll (polled mode) keeps current. Presence lives in the query
// cache only; this module adds the wiring around it.
import { hashKey, notifyManager, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, memo, use, useEffect, useMemo, useRef, useState, useSyncExternalStore, type JSX, type ReactNode } from 'react';
import { z } from 'zod/mini';
import { entryFor, useUcIntegrations } from '@/foundations/permissions/get-uc-integration';
import { useUc } from '@/foundations/permissions/uc-context';
import type { UcIdentity } from '@/genesys/uc-table';
import { badgeIconFor, useBadgeIcons, type BadgeIcons } from '@/foundations/presence/badge-icons';
import { PresenceBadge } from '@/foundations/presence/presence-badge';
import { presenceSchema, UNKNOWN_PRESENCE, type Presence } from '@/foundations/presence/presence-model';
import { isPresence, newerPresence, presenceKey, presenceKeys, presenceQueryOptions } from '@/foundations/presence/presence-queries';
import { MAX_PRESENCE_IDS, sourceKindOf } from '@/foundations/presence/presence-reader';
import { owedNearScreen, type ViewRows } from '@/foundations/presence/read-ahead';
import type { PlatformApis } from '@/genesys/sdk';
import type { NotificationsHub, TopicLease, TopicSets } from '@/genesys/notifications-hub';
import type { NotificationsStatus, NotificationsTimings } from '@/genesys/notifications-socket';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';

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
/**
 * A row must stay on screen this long before its old presence is refetched: fast
 * scrolling through thousands of rows then costs no requests, and the rows the
 * person stops at are current within a fraction of a second.
 */
export const ON_SCREEN_DWELL_MS = 400;
/** Dwell checks are aligned to this grid, so the rows of one scroll share a request. */
const DWELL_ALIGN_MS = 500;
/**
 * Data fetched up to this long before a user's topic was requested counts as
 * current once the subscription is in place (a row that just loaded is not
 * fetched twice); older data is refetched then: subscribe first, then fetch.
 */
export const SUBSCRIBE_GRACE_MS = 2_000;
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

interface SyncState {
  connection: NotificationsStatus;
  lastSyncAt?: number;
  /** Users whose topic the channel refused (shared by every view on the socket). */
  refused: ReadonlySet<string>;
}

const NOBODY: ReadonlySet<string> = new Set();

type SyncStore = ReturnType<typeof createSyncStore>;

function createSyncStore() {
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

export const presenceTopic = (userId: string): string => `v2.users.${userId}.integrationpresence`;

const TOPIC = /^v2\.users\.([^.]+)\.integrationpresence$/;
const userOfTopic = (topicName: string): string | undefined => TOPIC.exec(topicName)?.[1];
/** An event we can apply as it is; anything less readable is refetched instead of guessed. */
const readableEvent = z.looseObject({
  source: z.optional(z.unknown()),
  presenceDefinition: z.looseObject({ systemPresence: z.string() }),
});

function applyPresenceEvent(queryClient: QueryClient, uc: UcIdentity, sourceId: string, topicName: string, body: unknown): void {
  const userId = userOfTopic(topicName);
  if (userId === undefined) return;
  const key = presenceKey(sourceId, userId);
  const event = readableEvent.safeParse(body);
  const presence = presenceSchema.safeParse(body);
  if (!event.success || !presence.success) {
    // Something changed but we cannot read what: ask the platform (batched with others).
    void queryClient.invalidateQueries({ queryKey: key, exact: true }, { cancelRefetch: false });
    return;
  }
  // The topic carries integration presence; one naming Genesys' own or another integration's source is not ours.
  if (sourceKindOf(event.data.source, uc) === 'other') return;
  queryClient.setQueryData(key, (previous: unknown) => newerPresence(isPresence(previous) ? previous : undefined, presence.data));
}

/**
 * The frame's lease on the tab's notifications channel for UC presence, shared by the mounted views.
 * It outlives its last view until the end of the commit: a remount (a list re-keyed
 * by a new search, StrictMode) releases and acquires in one commit and keeps the topics.
 */
interface PushHub {
  sourceId: string;
  client: TopicLease;
  /** The mounted hooks' status stores. */
  syncs: Set<ReturnType<typeof createSyncStore>>;
  /** Each mounted hook's topics; the lease holds their union (watched people before rows). */
  topicSets: Map<object, OwnerTopics>;
  subscribed: ReadonlySet<string>;
  /** Topics added and not yet confirmed subscribed, with when they were asked for. */
  addedAt: Map<string, number>;
  /** Users whose topic the latest answer refused. */
  refused: ReadonlySet<string>;
  /**
   * Topics the channel accepted in its last answer (those users' changes are pushed), each with when
   * it became live: when it was asked for, or when the socket last came back (changes in a gap were
   * never pushed). Presence read before then, less SUBSCRIBE_GRACE_MS, may have missed a change.
   */
  liveSince: ReadonlyMap<string, number>;
  users: number;
  /** Set while a close is due at the end of this task (a remount in the same commit cancels it). */
  closing: boolean;
  /** The pending refetch of rows that joined the subscription with old data. */
  refetchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Each mounted hook's rows, with when their presence was read: what to read ahead when topics come back. */
  views: Map<object, () => ViewRows | null>;
  /** Users owed a read that the pending refetch reads too (read ahead, nearest the screen), each with the time a read must be newer than. */
  readAhead: ReadonlyMap<string, number>;
  /** The session's APIs, for reading rows that have no badge (and so no query) yet. */
  apis: PlatformApis;
  uc: UcIdentity;
}

const hubs = new WeakMap<QueryClient, PushHub>();

interface HubContext {
  notifications: NotificationsHub;
  apis: PlatformApis;
  uc: UcIdentity;
  sourceId: string;
  timings: Partial<NotificationsTimings> | undefined;
}

function createPushHub(queryClient: QueryClient, { notifications, apis, uc, sourceId, timings }: HubContext): PushHub {
  const client = notifications.lease(timings);
  const hub: PushHub = {
    sourceId,
    client,
    syncs: new Set(),
    topicSets: new Map(),
    subscribed: new Set(),
    addedAt: new Map(),
    refused: NOBODY,
    liveSince: new Map(),
    users: 0,
    closing: false,
    refetchTimer: undefined,
    views: new Map(),
    readAhead: new Map(),
    apis,
    uc,
  };
  client.subscribe(() => {
    for (const sync of hub.syncs) sync.update({ connection: client.status() });
  });
  client.onEvent((topicName, body) => {
    applyPresenceEvent(queryClient, uc, sourceId, topicName, body);
  });
  client.onResync(() => {
    // Changes while the socket was away were never pushed: every topic is live from now on.
    const now = Date.now();
    hub.liveSince = new Map([...hub.liveSince.keys()].map((topic) => [topic, now]));
    // Badges on screen (active queries) refetch now, and with them the rows nearest the screen; the rest when drawn.
    void queryClient.invalidateQueries({ queryKey: presenceKeys.source(sourceId) }, { cancelRefetch: false }).then(() => {
      for (const sync of hub.syncs) sync.update({ lastSyncAt: Date.now() });
    });
    readOwedNear(queryClient, hub, MAX_PRESENCE_IDS);
  });
  client.onSubscribed((topics, refusedTopics) => {
    takeAnswer(queryClient, hub, topics, refusedTopics);
  });
  return hub;
}

/** The channel's answer to the topic set: who is live since when, who was refused, and what is owed a read. */
function takeAnswer(queryClient: QueryClient, hub: PushHub, topics: readonly string[], refusedTopics: readonly string[]): void {
  const now = Date.now();
  hub.liveSince = new Map(topics.map((topic) => [topic, hub.addedAt.get(topic) ?? hub.liveSince.get(topic) ?? now]));
  // Refused topics will carry nothing: those people are polled instead (useLivePresence).
  const refused = new Set<string>();
  for (const topicName of refusedTopics) {
    hub.addedAt.delete(topicName);
    const userId = userOfTopic(topicName);
    if (userId !== undefined) refused.add(userId);
  }
  if (refused.size !== hub.refused.size || [...refused].some((id) => !hub.refused.has(id))) {
    hub.refused = refused.size === 0 ? NOBODY : refused;
    for (const sync of hub.syncs) sync.update({ refused: hub.refused });
  }
  const { sourceId } = hub;
  const justLive = new Map<string, number>();
  // One round of notifications for the whole answer.
  const owed = notifyManager.batch(() => {
    let marked = false;
    for (const topicName of topics) {
      const askedAt = hub.addedAt.get(topicName);
      if (askedAt === undefined) continue;
      hub.addedAt.delete(topicName);
      const userId = userOfTopic(topicName);
      if (userId === undefined) continue;
      justLive.set(userId, askedAt);
      // Changes before the subscription took effect were never pushed: older data is
      // marked for a refetch, which happens for the rows still on screen a moment later
      // (a row scrolled past refetches when it is shown again).
      const query = presenceQueryOf(queryClient, sourceId, userId);
      if (query && query.state.dataUpdatedAt < askedAt - SUBSCRIBE_GRACE_MS) {
        marked = true;
        query.invalidate();
      }
    }
    return marked;
  });
  // The rows nearest the screen that came back with older presence are read with them, badge or not.
  const ahead = owedNearScreen(viewsOf(hub), justLive, readAtIn(queryClient, sourceId), SUBSCRIBE_GRACE_MS);
  if (ahead.length > 0) hub.readAhead = new Map(ahead.map((userId) => [userId, (justLive.get(userId) ?? now) - SUBSCRIBE_GRACE_MS]));
  if ((!owed && ahead.length === 0) || hub.refetchTimer !== undefined) return;
  hub.refetchTimer = setTimeout(() => {
    hub.refetchTimer = undefined;
    // A row whose badge read it since the answer (drawn meanwhile) is not read again.
    const readAhead = [...hub.readAhead].filter(([userId, after]) => (readAtIn(queryClient, sourceId)(userId, undefined) ?? 0) < after);
    hub.readAhead = new Map();
    void queryClient.refetchQueries({
      queryKey: presenceKeys.source(sourceId),
      type: 'active',
      predicate: (query) => query.state.isInvalidated,
    });
    // In the same moment as the refetch, so the presence loader sends them together (100 ids a request).
    readUsers(
      queryClient,
      hub,
      readAhead.map(([userId]) => userId),
    );
  }, ON_SCREEN_DWELL_MS);
}

/**
 * A user's presence query, if the cache has one. Looked up by hash, not with invalidateQueries or find: those
 * scan the whole cache per call, and one answer can confirm 800 topics against a cache of tens of thousands of
 * people (a long task while scrolling).
 */
const presenceQueryOf = (queryClient: QueryClient, sourceId: string, userId: string) =>
  queryClient.getQueryCache().get(hashKey(presenceKey(sourceId, userId)));

const viewsOf = (hub: PushHub): ViewRows[] => [...hub.views.values()].flatMap((rows) => rows() ?? []);

/** When a user's presence was read: the cached read if there is one, else what the view knows (its search page). */
const readAtIn =
  (queryClient: QueryClient, sourceId: string) =>
  (userId: string, known: number | undefined): number | undefined => {
    const state = presenceQueryOf(queryClient, sourceId, userId)?.state;
    return state?.data === undefined ? known : state.dataUpdatedAt;
  };

/** Reads these users' presence now, badge or not (those being read already are left to that read). */
function readUsers(queryClient: QueryClient, hub: PushHub, userIds: readonly string[]): void {
  for (const userId of userIds) {
    if (presenceQueryOf(queryClient, hub.sourceId, userId)?.state.fetchStatus === 'fetching') continue;
    // A failed read leaves the row owed: its badge reads it when drawn.
    queryClient.query({ ...presenceQueryOptions(hub.apis, hub.uc, hub.sourceId, userId), staleTime: 0 }).catch(() => undefined);
  }
}

/**
 * Reads the live rows nearest the screen whose presence was read before they became live (at most
 * `limit`, leaving out `except`): read together when one of them is read (a row on screen, or the
 * rows on screen after a reconnect), in the same request, not one by one as the scroll reaches them.
 */
function readOwedNear(queryClient: QueryClient, hub: PushHub, limit: number, except?: string): void {
  const since = new Map<string, number>();
  for (const [topic, at] of hub.liveSince) {
    const id = userOfTopic(topic);
    if (id !== undefined && id !== except && hub.subscribed.has(topic) && !hub.refused.has(id)) since.set(id, at);
  }
  readUsers(queryClient, hub, owedNearScreen(viewsOf(hub), since, readAtIn(queryClient, hub.sourceId), SUBSCRIBE_GRACE_MS, limit));
}

function closePushHub(queryClient: QueryClient, hub: PushHub): void {
  hub.closing = false;
  clearTimeout(hub.refetchTimer);
  hub.client.close();
  if (hubs.get(queryClient) === hub) hubs.delete(queryClient);
}

/**
 * Since when the socket keeps this user's presence current, or undefined when it does not now: their
 * topic is confirmed on an open channel (asked and answered, not refused). Presence read since then
 * needs no refetch, however old; presence read before may have missed a change.
 */
function liveSinceOf(queryClient: QueryClient, sourceId: string, userId: string): number | undefined {
  const hub = hubs.get(queryClient);
  if (!hub || hub.sourceId !== sourceId || hub.client.status() !== 'open' || hub.refused.has(userId)) return undefined;
  const topic = presenceTopic(userId);
  return hub.subscribed.has(topic) ? hub.liveSince.get(topic) : undefined;
}

/**
 * Whether presence read at `readAt` must be read again for a row on screen: a live row's when it was
 * read before the row became live (a change in between was never pushed, and none will come); any
 * other row's when it is older than the view's stale time.
 */
function presenceOwed(readAt: number, liveSince: number | undefined, staleTimeMs: number, now: number): boolean {
  return liveSince === undefined ? now - readAt > staleTimeMs : readAt < liveSince - SUBSCRIBE_GRACE_MS;
}

/** The users whose topics the channel holds now. */
function liveUsersOf(hub: PushHub): string[] {
  return [...hub.liveSince.keys()].flatMap((topicName) => userOfTopic(topicName) ?? []);
}

function acquirePushHub(queryClient: QueryClient, context: HubContext): PushHub {
  let hub = hubs.get(queryClient);
  if (hub && hub.sourceId !== context.sourceId) {
    closePushHub(queryClient, hub);
    hub = undefined;
  }
  if (!hub) {
    hub = createPushHub(queryClient, context);
    hubs.set(queryClient, hub);
  }
  hub.closing = false;
  hub.users += 1;
  return hub;
}

/** One view's topics: the people it watches whatever is on screen, and its rows. */
interface OwnerTopics {
  watched: readonly string[];
  rows: readonly string[];
}

function setOwnerTopics(hub: PushHub, owner: object, topics: OwnerTopics | null): void {
  if (topics) hub.topicSets.set(owner, topics);
  else hub.topicSets.delete(owner);
  const watched = new Set<string>();
  const rows = new Set<string>();
  for (const set of hub.topicSets.values()) for (const topic of set.watched) watched.add(topic);
  for (const set of hub.topicSets.values()) for (const topic of set.rows) if (!watched.has(topic)) rows.add(topic);
  const union = new Set([...watched, ...rows]);
  const now = Date.now();
  // A topic the channel still holds (the union only dropped it for a moment, as a list re-keyed by a
  // new search does) lost nothing: it is not asked for anew, so its rows are not refetched.
  for (const topic of union) if (!hub.liveSince.has(topic) && !hub.addedAt.has(topic)) hub.addedAt.set(topic, now);
  for (const topic of [...hub.addedAt.keys()]) if (!union.has(topic)) hub.addedAt.delete(topic);
  hub.subscribed = union;
  // The tab's channel keeps what fits of it (watched people first); a topic that did not fit is never confirmed.
  const sets: TopicSets = { watched: [...watched], rows: [...rows] };
  hub.client.setTopics(sets);
}

function releasePushHub(queryClient: QueryClient, hub: PushHub, owner: object): void {
  hub.users -= 1;
  hub.views.delete(owner);
  if (hub.users > 0) {
    setOwnerTopics(hub, owner, null);
    return;
  }
  // The last view left: no point rewriting the topics of a socket about to close.
  hub.topicSets.delete(owner);
  hub.closing = true;
  queueMicrotask(() => {
    if (hub.closing) closePushHub(queryClient, hub);
  });
}

const NO_PINNED: readonly string[] = [];

/** The topic sets: pinned users (never trimmed for the rows' margin), and the rows' subscription. */
const topicsOf = (pinned: readonly string[], rows: readonly string[]): OwnerTopics => ({
  watched: pinned.map(presenceTopic),
  rows: rows.map(presenceTopic),
});

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
  const { notifications, apis } = useSession();
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

  // Push: one socket per session, shared by every view and kept across remounts
  // (a list re-keyed by a new search must not open a new channel per keystroke).
  useEffect(() => {
    if (mode !== 'push' || sourceId === undefined || !someoneToFollow) return;
    const hub = acquirePushHub(queryClient, { notifications, apis, uc, sourceId, timings: tuning.notifications });
    hubRef.current = hub;
    hub.syncs.add(sync);
    hub.views.set(owner, () => rowsRef.current);
    sync.update({ connection: hub.client.status(), refused: hub.refused });
    setOwnerTopics(hub, owner, topicsOf(pinnedRef.current, subscriptionRef.current));
    return () => {
      hubRef.current = null;
      hub.syncs.delete(sync);
      releasePushHub(queryClient, hub, owner);
    };
  }, [notifications, apis, queryClient, sync, owner, mode, uc, sourceId, tuning.notifications, someoneToFollow]);

  // Push: the topic set follows the rows on screen (and the pinned users).
  useEffect(() => {
    if (mode !== 'push') return;
    // A view drawn anew (a list re-keyed by a new search) carries on from what the channel holds.
    const hub = hubRef.current;
    const previous = subscriptionRef.current.length === 0 && hub ? liveUsersOf(hub) : subscriptionRef.current;
    const next = nextSubscription(previous, userIds, margin, focusUserIds);
    if (next === subscriptionRef.current && pinned === pinnedRef.current) return;
    subscriptionRef.current = next;
    pinnedRef.current = pinned;
    if (hub) setOwnerTopics(hub, owner, topicsOf(pinned, next));
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
  useEffect(() => {
    // Rows that came on screen within the same half second are checked together: one bulk read.
    const due = Math.ceil((Date.now() + ON_SCREEN_DWELL_MS) / DWELL_ALIGN_MS) * DWELL_ALIGN_MS;
    const timer = setTimeout(() => {
      const state = queryClient.getQueryState(queryKey);
      if (state?.data === undefined) return;
      // Mounted is not seen: a list keeps rows above and below its viewport, and a fast scroll passes everything.
      if (!onScreen(anchor.current)) return;
      const liveSince = liveSinceOf(queryClient, sourceId, userId);
      const owed = presenceOwed(state.dataUpdatedAt, liveSince, staleTimeMs, Date.now());
      if (!state.isInvalidated && !owed) return;
      void refetch({ cancelRefetch: false });
      const hub = hubs.get(queryClient);
      // The rows near it owed a read since they became live go in the same request (100 ids with this one).
      if (liveSince !== undefined && hub?.sourceId === sourceId) readOwedNear(queryClient, hub, MAX_PRESENCE_IDS - 1, userId);
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
