// The socket's side of live presence (live-presence.tsx has the badges and the hook): the frame's lease on the
// tab's notifications channel, shared by the mounted views, what its answers and events mean for the cached
// presence, and which rows are owed a read. No view needs it for its first content: live-presence.tsx loads it
// after that (the channel opens then anyway), and keeps it, so that a remount in one commit keeps the hub.
import { hashKey, notifyManager, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { UcIdentity } from '@/genesys/uc-table';
import type { PlatformApis } from '@/genesys/sdk';
import type { NotificationsHub, TopicLease, TopicSets } from '@/genesys/notifications-hub';
import type { NotificationsTimings } from '@/genesys/notifications-socket';
import { presenceSchema } from '@/foundations/presence/presence-model';
import { presenceKey, presenceKeys, presenceQueryOptions, setNewerPresence } from '@/foundations/presence/presence-queries';
import { MAX_PRESENCE_IDS, sourceKindOf } from '@/foundations/presence/presence-reader';
import { owedNearScreen, type ViewRows } from '@/foundations/presence/read-ahead';
import { NOBODY, ON_SCREEN_DWELL_MS, presenceTopic, SUBSCRIBE_GRACE_MS, type SyncStore } from '@/foundations/presence/live-shared';

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
  setNewerPresence(queryClient, key, presence.data);
}

/**
 * The frame's lease on the tab's notifications channel for UC presence, shared by the mounted views.
 * It outlives its last view until the end of the commit: a remount (a list re-keyed
 * by a new search, StrictMode) releases and acquires in one commit and keeps the topics.
 */
export interface PushHub {
  sourceId: string;
  client: TopicLease;
  /** The mounted hooks' status stores. */
  syncs: Set<SyncStore>;
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

export interface HubContext {
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

/**
 * When a user's presence was read: the later of the cached read and what the view knows (its search page). A row
 * whose page is the later brings that presence to the cache when its badge is drawn (LiveBadge in live-presence.tsx).
 */
const readAtIn =
  (queryClient: QueryClient, sourceId: string) =>
  (userId: string, known: number | undefined): number | undefined => {
    const state = presenceQueryOf(queryClient, sourceId, userId)?.state;
    if (state?.data === undefined) return known;
    return known === undefined ? state.dataUpdatedAt : Math.max(known, state.dataUpdatedAt);
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

/** A badge drawn owed a read: the owed rows nearest the screen go in its request (see readOwedNear). */
export function readOwedNearFor(queryClient: QueryClient, sourceId: string, limit: number, except: string): void {
  const hub = hubs.get(queryClient);
  if (hub?.sourceId === sourceId) readOwedNear(queryClient, hub, limit, except);
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
export function liveSinceOf(queryClient: QueryClient, sourceId: string, userId: string): number | undefined {
  const hub = hubs.get(queryClient);
  if (!hub || hub.sourceId !== sourceId || hub.client.status() !== 'open' || hub.refused.has(userId)) return undefined;
  const topic = presenceTopic(userId);
  return hub.subscribed.has(topic) ? hub.liveSince.get(topic) : undefined;
}

/** The users whose topics the channel holds now. */
export function liveUsersOf(hub: PushHub): string[] {
  return [...hub.liveSince.keys()].flatMap((topicName) => userOfTopic(topicName) ?? []);
}

export function acquirePushHub(queryClient: QueryClient, context: HubContext): PushHub {
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
export interface OwnerTopics {
  watched: readonly string[];
  rows: readonly string[];
}

export function setOwnerTopics(hub: PushHub, owner: object, topics: OwnerTopics | null): void {
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

export function releasePushHub(queryClient: QueryClient, hub: PushHub, owner: object): void {
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

/** The topic sets: pinned users (never trimmed for the rows' margin), and the rows' subscription. */
export const topicsOf = (pinned: readonly string[], rows: readonly string[]): OwnerTopics => ({
  watched: pinned.map(presenceTopic),
  rows: rows.map(presenceTopic),
});
