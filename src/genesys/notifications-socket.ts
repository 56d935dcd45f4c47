// A notifications channel and its WebSocket, kept alive the way Genesys Cloud
// expects: heartbeats watched, pings when quiet, reconnects with backoff,
// socket_closing and channel expiry handed over to a new channel before the old
// one goes, and the topic set re-applied after every reconnect. REST calls go
// through the SDK (so through the request scheduler); the socket is a plain
// browser WebSocket.
//
// Two state machines, each transition one function:
//   Connection (status()):
//     connecting ─connect()→adopt()→ open ─onSocketGone()→ reconnecting ─connect()→adopt()→ open
//     open ─handOver()→adopt()→ open (socket_closing or channel expiry: a new channel first)
//     any ─close()→ closed
//   Topic set, on the current channel (applyTopics()):
//     pending ─putTopics()→ answered     accepted and refused topics reported (onSubscribed)
//                        → retrying      5xx, 429 or no answer: the same PUT again after a growing pause
//                        → refused       any other 4xx: the whole set refused, that PUT never sent again
//                        → channel gone  404: reconnect on a new channel
//     setTopics() with another set → pending
//   establish() settles the set the same way on a new or reused channel; there a
//   failure that can go away is retried by reconnecting (with the connection's backoff).
// PUTs carry ignoreErrors=true: one topic the token may not have would otherwise fail the whole set.
import { z } from 'zod';
import { genesysErrorInfo } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';

export type NotificationsStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Genesys allows 1,000 topics per channel; a PUT over it is a 400. */
export const MAX_TOPICS_PER_CHANNEL = 1000;

export interface NotificationsTimings {
  /** How often Genesys sends a `channel.metadata` heartbeat (30 s). */
  heartbeatIntervalMs: number;
  /** Silence after which the socket counts as dropped (2.5 heartbeats). */
  heartbeatTimeoutMs: number;
  /** Silence after which we send `{"message":"ping"}` (its pong proves the socket is alive); ≥ heartbeatTimeoutMs: never. */
  pingAfterMs: number;
  /** First reconnect delay; doubles per failed attempt, with jitter. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A socket that has not opened by then counts as failed. */
  connectTimeoutMs: number;
  /** Open the next channel this long before the current one expires. */
  renewBeforeExpiryMs: number;
  /** Topic changes within this window become one PUT. */
  topicsDebounceMs: number;
  /** After a PUT of the topic set failed with an error that can go away, try again after this long (doubling, with jitter). */
  topicsRetryMs: number;
  /** The longest pause between such retries. */
  topicsRetryMaxMs: number;
}

export const DEFAULT_NOTIFICATIONS_TIMINGS: Readonly<NotificationsTimings> = Object.freeze({
  heartbeatIntervalMs: 30_000,
  heartbeatTimeoutMs: 75_000,
  pingAfterMs: 35_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 30_000,
  connectTimeoutMs: 10_000,
  renewBeforeExpiryMs: 10 * 60_000,
  topicsDebounceMs: 150,
  topicsRetryMs: 5_000,
  topicsRetryMaxMs: 60_000,
});

export interface NotificationsClientOptions extends Partial<NotificationsTimings> {
  notifications: PlatformApis['notifications'];
  now?: () => number;
  /** 0 ≤ random() < 1, for backoff jitter. */
  random?: () => number;
}

export type TopicEventListener = (topicName: string, eventBody: unknown) => void;

/**
 * The platform's answer for a topic set: `accepted` topics get events from now on;
 * `refused` ones never will on this channel (not permitted for the token, or the
 * whole PUT refused with a 4xx): read those some other way.
 */
export type SubscribedListener = (accepted: readonly string[], refused: readonly string[]) => void;

export interface NotificationsClient {
  status(): NotificationsStatus;
  /** Called whenever status() changes; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Every event of a subscribed topic (system topics are handled here). */
  onEvent(listener: TopicEventListener): () => void;
  /** After every socket open that followed a gap (the first included): events were lost, refetch. */
  onResync(listener: () => void): () => void;
  /** After every answer to a PUT of the topic set (each topic of the set is in exactly one of the two lists). */
  onSubscribed(listener: SubscribedListener): () => void;
  /** Topics of the caller's set that the latest answer refused (empty before the first one). */
  refusedTopics(): ReadonlySet<string>;
  /** Replaces the topic set (debounced). Throws RangeError above MAX_TOPICS_PER_CHANNEL. */
  setTopics(topics: readonly string[]): void;
  /** The topic set the caller asked for last. */
  topics(): readonly string[];
  /** Stops everything: sockets, requests in flight (their answers are ignored), every timer. */
  close(): void;
}

const channelSchema = z.object({
  id: z.string().min(1),
  connectUri: z.string().refine((uri) => URL.canParse(uri) && new URL(uri).protocol === 'wss:', 'not a wss: URL'),
  expires: z.string().optional(),
});
type ChannelInfo = z.infer<typeof channelSchema> & { expiresAt: number; createdAt: number };

const messageSchema = z.object({ topicName: z.string().min(1), eventBody: z.unknown().optional() });

// ChannelTopicEntityListing, read leniently: an entry we cannot read counts as a refused topic.
const topicListingSchema = z.object({ entities: z.array(z.unknown()).optional() });
const topicEntitySchema = z.object({ id: z.string(), state: z.string().optional() });

/**
 * Splits the set by the answer. A topic listed as Permitted (or without a state) is
 * accepted; one listed otherwise, or missing (the API may list only accepted ones), is refused.
 */
export function readSubscriptionAnswer(set: readonly string[], answer: unknown): { accepted: string[]; refused: string[] } {
  const listing = topicListingSchema.safeParse(answer);
  const permitted = new Set<string>();
  for (const raw of listing.success ? (listing.data.entities ?? []) : []) {
    const entity = topicEntitySchema.safeParse(raw);
    if (!entity.success) continue;
    const { id, state } = entity.data;
    if (state === undefined || state.toLowerCase() === 'permitted') permitted.add(id);
  }
  return { accepted: set.filter((id) => permitted.has(id)), refused: set.filter((id) => !permitted.has(id)) };
}

/** Errors that can go away by themselves (server trouble, rate limit, no answer); any other 4xx comes back identical. */
function canGoAway(error: unknown): boolean {
  const { status } = genesysErrorInfo(error);
  return status === undefined || status === 408 || status === 429 || status >= 500;
}

/** How a PUT of the topic set ended. */
type TopicsOutcome = 'answered' | 'refused' | 'retry' | 'channel gone';

const keyOf = (set: readonly string[]): string => set.join('\n');

const HEARTBEAT_TOPIC = 'channel.metadata';
const SOCKET_CLOSING_TOPIC = 'v2.system.socket_closing';
const PING = JSON.stringify({ message: 'ping' });
/** Close codes we use ourselves (1000 is "done", 4xxx is application-defined). */
const CLOSE_DONE = 1000;
const CLOSE_SILENT = 4000;
// WebSocket readyState values (the constructor's statics are not on every replacement of WebSocket).
const CONNECTING = 0;
const OPEN = 1;

interface Link {
  channel: ChannelInfo;
  socket: WebSocket;
  opened: boolean;
  /** Closed on purpose (handed over, or the client closed): its close is not a drop. */
  retired: boolean;
  /** The topic set last settled on this link's channel (answered, or refused for good), as a key. */
  settledKey: string | null;
}

class Cancelled extends Error {}

export function createNotificationsClient(options: NotificationsClientOptions): NotificationsClient {
  const given = definedTimings(options);
  const heartbeat = given.heartbeatIntervalMs ?? DEFAULT_NOTIFICATIONS_TIMINGS.heartbeatIntervalMs;
  // Unless set, the watchdog follows the heartbeat: ping a little after a missed one, give up after 2.5.
  const timings: NotificationsTimings = {
    ...DEFAULT_NOTIFICATIONS_TIMINGS,
    heartbeatTimeoutMs: heartbeat * 2.5,
    pingAfterMs: heartbeat * (7 / 6),
    ...given,
  };
  const { notifications } = options;
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;

  const statusListeners = new Set<() => void>();
  const eventListeners = new Set<TopicEventListener>();
  const resyncListeners = new Set<() => void>();
  const subscribedListeners = new Set<SubscribedListener>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** Every socket not yet closed, opening ones included, so that close() reaches them all. */
  const links = new Set<Link>();

  let state: NotificationsStatus = 'connecting';
  let closed = false;
  let topics: readonly string[] = [];
  let current: Link | null = null;
  /** A connect or handover in progress; at most one at a time. */
  let establishing = false;
  /** Events may have been missed since the last open socket (true until the first one). */
  let gap = true;
  let attempt = 0;
  let topicsTimer: ReturnType<typeof setTimeout> | null = null;
  let watchdogTimer: ReturnType<typeof setTimeout> | null = null;
  let renewTimer: ReturnType<typeof setTimeout> | null = null;
  let applying = false;
  /** Failed PUTs of the topic set in a row (errors that can go away), for the retry pause. */
  let topicsAttempt = 0;
  /** The set whose PUT got a 4xx: identical, it would get the same answer, so it is not sent again. */
  let refusedKey: string | null = null;
  let refused: ReadonlySet<string> = new Set();
  // A function, so that checks after an await read the current value.
  const isClosed = (): boolean => closed;

  function later(ms: number, run: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        if (!closed) run();
      },
      Math.max(0, Math.min(ms, 2 ** 31 - 1)),
    );
    timers.add(timer);
    return timer;
  }

  function cancel(timer: ReturnType<typeof setTimeout> | null): null {
    if (timer !== null) {
      clearTimeout(timer);
      timers.delete(timer);
    }
    return null;
  }

  function setStatus(next: NotificationsStatus): void {
    if (state === next) return;
    state = next;
    for (const listener of [...statusListeners]) listener();
  }

  // Equal jitter: never immediate, never in lockstep with other tabs.
  function backoffDelay(): number {
    const ceiling = Math.min(timings.backoffMaxMs, timings.backoffBaseMs * 2 ** Math.min(attempt, 20));
    attempt += 1;
    return ceiling / 2 + random() * (ceiling / 2);
  }

  function topicsRetryDelay(): number {
    const ceiling = Math.min(
      Math.max(timings.topicsRetryMaxMs, timings.topicsRetryMs),
      timings.topicsRetryMs * 2 ** Math.min(topicsAttempt, 20),
    );
    topicsAttempt += 1;
    return ceiling / 2 + random() * (ceiling / 2);
  }

  function checkOpen(): void {
    if (closed) throw new Cancelled();
  }

  function reportSubscription(accepted: readonly string[], refusedNow: readonly string[]): void {
    refused = new Set(refusedNow);
    for (const listener of [...subscribedListeners]) {
      try {
        listener(accepted, refusedNow);
      } catch {
        // A listener's bug must not read as a failed PUT (which would be retried).
      }
    }
  }

  async function createChannel(): Promise<ChannelInfo> {
    const answer = channelSchema.parse(await notifications.postNotificationsChannels());
    checkOpen();
    const createdAt = now();
    const expiresAt = answer.expires === undefined ? Number.NaN : Date.parse(answer.expires);
    // Without a readable expiry, or one already past by our clock (a clock far ahead), assume Genesys' documented 24 hours.
    const readable = Number.isFinite(expiresAt) && expiresAt > createdAt;
    return { ...answer, createdAt, expiresAt: readable ? expiresAt : createdAt + 24 * 60 * 60_000 };
  }

  /** PUTs the set (ignoreErrors: permitted topics are subscribed even if others are not) and reports the answer. */
  async function putTopics(channel: ChannelInfo, set: readonly string[]): Promise<TopicsOutcome> {
    let answer: unknown;
    try {
      answer = await notifications.putNotificationsChannelSubscriptions(
        channel.id,
        set.map((id) => ({ id })),
        { ignoreErrors: true },
      );
    } catch (error: unknown) {
      checkOpen();
      if (genesysErrorInfo(error).status === 404) return 'channel gone';
      if (canGoAway(error)) return 'retry';
      // A 401 may end with the next sign-in: not remembered, but not retried on a timer either.
      if (genesysErrorInfo(error).status !== 401) refusedKey = keyOf(set);
      topicsAttempt = 0;
      reportSubscription([], set);
      return 'refused';
    }
    checkOpen();
    topicsAttempt = 0;
    const { accepted, refused: refusedNow } = readSubscriptionAnswer(set, answer);
    reportSubscription(accepted, refusedNow);
    return 'answered';
  }

  /** Whether the channel still exists (HEAD), for a reconnect that has no topic set to PUT. */
  async function channelExists(channel: ChannelInfo): Promise<boolean> {
    try {
      await notifications.headNotificationsChannel(channel.id);
      return true;
    } catch (error: unknown) {
      checkOpen();
      if (genesysErrorInfo(error).status === 404) return false;
      throw error;
    }
  }

  function openSocket(channel: ChannelInfo): { link: Link; opened: Promise<void> } {
    const socket = new WebSocket(channel.connectUri);
    const link: Link = { channel, socket, opened: false, retired: false, settledKey: null };
    links.add(link);
    const opened = new Promise<void>((resolve, reject) => {
      const timeout = later(timings.connectTimeoutMs, () => {
        socket.close(CLOSE_SILENT, 'Open timed out');
        reject(new Error('The notifications socket did not open in time'));
      });
      socket.addEventListener('open', () => {
        cancel(timeout);
        link.opened = true;
        resolve();
      });
      socket.addEventListener('close', () => {
        cancel(timeout);
        links.delete(link);
        if (!link.opened) reject(new Error('The notifications socket closed before it opened'));
        else onSocketGone(link);
      });
    });
    socket.addEventListener('message', (message: MessageEvent) => {
      onMessage(link, message.data);
    });
    // Every error is followed by a close; the close handler decides.
    socket.addEventListener('error', () => undefined);
    return { link, opened };
  }

  function retire(link: Link): void {
    link.retired = true;
    links.delete(link);
    if (link.socket.readyState === CONNECTING || link.socket.readyState === OPEN) {
      link.socket.close(CLOSE_DONE, 'Done');
    }
  }

  /** A channel with the current topics and an open socket: the given channel if it still exists, else a new one. */
  async function establish(reuse: ChannelInfo | null): Promise<Link> {
    let channel = reuse !== null && reuse.expiresAt - now() > timings.renewBeforeExpiryMs ? reuse : null;
    const set = topics;
    // A set once refused with a 4xx is not sent again: the answer would be the same.
    const sendSet = keyOf(set) !== refusedKey;
    if (channel && sendSet) {
      // PUT replaces the set, and doubles as a check that the channel still exists.
      const outcome = await putTopics(channel, set);
      if (outcome === 'retry') throw new Error('The topic set could not be put');
      if (outcome === 'channel gone') channel = null;
    } else if (channel && !(await channelExists(channel))) {
      channel = null;
    }
    if (!channel) {
      channel = await createChannel();
      if (sendSet && set.length > 0) {
        const outcome = await putTopics(channel, set);
        // Thrown, it is retried by reconnecting, with backoff.
        if (outcome === 'retry' || outcome === 'channel gone') throw new Error('The topic set could not be put');
      }
    }
    const { link, opened } = openSocket(channel);
    link.settledKey = keyOf(set);
    try {
      await opened;
      checkOpen();
    } catch (error: unknown) {
      retire(link);
      throw error;
    }
    return link;
  }

  function adopt(link: Link): void {
    const previous = current;
    current = link;
    attempt = 0;
    armWatchdog();
    armRenewal();
    setStatus('open');
    if (previous && previous !== link) retire(previous);
    if (gap) {
      gap = false;
      for (const listener of [...resyncListeners]) listener();
    }
    scheduleTopics(0);
  }

  async function connect(): Promise<void> {
    if (establishing || closed) return;
    establishing = true;
    setStatus(current === null && state === 'connecting' ? 'connecting' : 'reconnecting');
    const reuse = current?.channel ?? null;
    try {
      const link = await establish(reuse);
      establishing = false;
      adopt(link);
    } catch (error: unknown) {
      establishing = false;
      if (error instanceof Cancelled || isClosed()) return;
      scheduleReconnect();
    }
  }

  function scheduleReconnect(): void {
    if (closed) return;
    if (state !== 'connecting') setStatus('reconnecting');
    later(backoffDelay(), () => void connect());
  }

  /** socket_closing or channel renewal: a new channel and socket while the old one still delivers. */
  async function handOver(): Promise<void> {
    if (establishing || closed) return;
    establishing = true;
    try {
      const link = await establish(null);
      establishing = false;
      adopt(link);
    } catch (error: unknown) {
      establishing = false;
      if (error instanceof Cancelled || isClosed()) return;
      // The old socket still works: try again later; if it closes first, its close reconnects.
      if (current && !current.retired) later(backoffDelay(), () => void handOver());
      else scheduleReconnect();
    }
  }

  function onSocketGone(link: Link): void {
    if (link.retired || closed || link !== current) return;
    watchdogTimer = cancel(watchdogTimer);
    renewTimer = cancel(renewTimer);
    gap = true;
    link.retired = true;
    // A handover already under way will adopt its new link (and resync, since gap is set).
    if (establishing) {
      setStatus('reconnecting');
      return;
    }
    scheduleReconnect();
  }

  function armWatchdog(): void {
    watchdogTimer = cancel(watchdogTimer);
    const link = current;
    if (!link) return;
    const dead = (): void => {
      watchdogTimer = null;
      // Silent too long: the connection is dead even if the browser has not noticed.
      if (link !== current) return;
      const socket = link.socket;
      onSocketGone(link);
      socket.close(CLOSE_SILENT, 'No heartbeat');
    };
    // A ping at or after the timeout could not be answered in time: then we only listen.
    if (timings.pingAfterMs >= timings.heartbeatTimeoutMs) {
      watchdogTimer = later(timings.heartbeatTimeoutMs, dead);
      return;
    }
    watchdogTimer = later(timings.pingAfterMs, () => {
      if (link.socket.readyState === OPEN) link.socket.send(PING);
      watchdogTimer = later(timings.heartbeatTimeoutMs - timings.pingAfterMs, dead);
    });
  }

  function armRenewal(): void {
    renewTimer = cancel(renewTimer);
    const link = current;
    if (!link) return;
    const { createdAt, expiresAt } = link.channel;
    // Never sooner than half the channel's life: a lifetime shorter than the renewal
    // margin (a skewed clock) must not turn into a new channel in a tight loop.
    const at = Math.max(expiresAt - timings.renewBeforeExpiryMs, createdAt + (expiresAt - createdAt) / 2);
    renewTimer = later(at - now(), () => {
      renewTimer = null;
      void handOver();
    });
  }

  function onMessage(link: Link, data: unknown): void {
    if (link.retired || closed) return;
    if (link === current) armWatchdog();
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const message = messageSchema.safeParse(json);
    if (!message.success) return;
    const { topicName, eventBody } = message.data;
    if (topicName === HEARTBEAT_TOPIC) return;
    if (topicName === SOCKET_CLOSING_TOPIC) {
      if (link === current) void handOver();
      return;
    }
    for (const listener of [...eventListeners]) {
      try {
        listener(topicName, eventBody);
      } catch {
        // One listener's bug must not take the socket down with it.
      }
    }
  }

  function scheduleTopics(delayMs: number): void {
    topicsTimer = cancel(topicsTimer);
    topicsTimer = later(delayMs, () => {
      topicsTimer = null;
      void applyTopics();
    });
  }

  async function applyTopics(): Promise<void> {
    const link = current;
    // Not connected (or connecting): establish() PUTs the latest set; adopt() checks again.
    if (!link || link.retired || establishing || applying) return;
    const set = topics;
    const key = keyOf(set);
    if (link.settledKey === key) return;
    if (key === refusedKey) {
      // Refused with a 4xx before: the same PUT would get the same answer.
      link.settledKey = key;
      reportSubscription([], set);
      return;
    }
    applying = true;
    let outcome: TopicsOutcome;
    try {
      outcome = await putTopics(link.channel, set);
    } catch {
      // Only Cancelled gets here: the client was closed meanwhile.
      return;
    } finally {
      applying = false;
    }
    if (outcome === 'channel gone') {
      // The channel is gone (expired or evicted): its socket is of no use.
      if (link === current) {
        onSocketGone(link);
        link.socket.close(CLOSE_DONE, 'Channel gone');
      }
      return;
    }
    if (outcome === 'retry') {
      scheduleTopics(topicsRetryDelay());
      return;
    }
    link.settledKey = key;
    if (link === current && link.settledKey !== keyOf(topics)) scheduleTopics(0);
  }

  // Starting on the next tick lets a component mount and unmount at once
  // (React StrictMode) without creating a channel nobody uses.
  later(0, () => void connect());

  return {
    status: () => state,
    subscribe(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onResync(listener) {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
    onSubscribed(listener) {
      subscribedListeners.add(listener);
      return () => subscribedListeners.delete(listener);
    },
    refusedTopics: () => new Set(refused),
    setTopics(next) {
      const unique = [...new Set(next)];
      if (unique.length > MAX_TOPICS_PER_CHANNEL) {
        throw new RangeError(`A notifications channel takes at most ${MAX_TOPICS_PER_CHANNEL} topics; ${unique.length} were asked for.`);
      }
      if (closed) return;
      topics = unique;
      const asked = new Set(unique);
      refused = new Set([...refused].filter((topic) => asked.has(topic)));
      scheduleTopics(timings.topicsDebounceMs);
    },
    topics: () => topics,
    close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      topicsTimer = watchdogTimer = renewTimer = null;
      for (const link of [...links]) retire(link);
      current = null;
      setStatus('closed');
      statusListeners.clear();
      eventListeners.clear();
      resyncListeners.clear();
      subscribedListeners.clear();
    },
  };
}

const TIMING_KEYS: readonly (keyof NotificationsTimings)[] = [
  'heartbeatIntervalMs',
  'heartbeatTimeoutMs',
  'pingAfterMs',
  'backoffBaseMs',
  'backoffMaxMs',
  'connectTimeoutMs',
  'renewBeforeExpiryMs',
  'topicsDebounceMs',
  'topicsRetryMs',
  'topicsRetryMaxMs',
];

/** The timing options a caller set to usable numbers (the rest keep their defaults). */
function definedTimings(options: Partial<NotificationsTimings>): Partial<NotificationsTimings> {
  const picked: Partial<NotificationsTimings> = {};
  for (const key of TIMING_KEYS) {
    const value = options[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) picked[key] = value;
  }
  return picked;
}
