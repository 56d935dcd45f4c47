// A notifications channel and its WebSocket, kept alive the way Genesys Cloud
// expects: heartbeats watched, pings when quiet, reconnects with backoff,
// socket_closing and channel expiry handed over to a new channel before the old
// one goes, and the topic set re-applied after every reconnect. REST calls go
// through the SDK (so through the request scheduler); the socket is a plain
// browser WebSocket.
//
// Two state machines, each transition one function:
//   Connection (notifications-states.ts names the states and the allowed transitions; status() is STATUS_OF the state):
//     idle ─start()→ connecting ─opened()→ open ─handOver()→ handingOver ─opened()→ open
//     connecting ─attemptFailed()→ connectWaiting ─retry()→ connecting
//     open ─dropped()→ reconnectWaiting ─retry()→ reconnecting ─opened()→ open
//     reconnecting ─attemptFailed()→ reconnectWaiting;  handingOver ─handOverFailed()→ open;  handingOver ─dropped()→ reconnecting
//     any ─stop()→ stopped
//   Topic set, on the current channel (applyTopics()):
//     pending ─putTopics()→ answered     accepted and refused topics reported (onSubscribed)
//                        → retrying      5xx, 429 or no answer: the same PUT again after a growing pause
//                        → refused       any other 4xx: the whole set refused, that PUT never sent again
//                        → channel gone  404: reconnect on a new channel
//     setTopics() with another set → pending
//   establish() settles the set the same way on a new or reused channel; there a
//   failure that can go away is retried by reconnecting (with the connection's backoff).
// PUTs carry ignoreErrors=true: one topic the token may not have would otherwise fail the whole set.
import { z } from 'zod/mini';
import { genesysErrorInfo } from '@/genesys/api-answer';
import { isEstablishing, nextState, type ConnectionState, type TransitionName } from '@/genesys/notifications-states';
import { MAX_TOPICS_PER_CHANNEL, topicSetKey } from '@/genesys/notifications-topics';
import type { NotificationsApi } from '@/genesys/sdk';

export type NotificationsStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export { MAX_TOPICS_PER_CHANNEL };

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
  /** The notifications API on the session's client (notificationsApi in sdk.ts). */
  notifications: NotificationsApi;
  now?: () => number;
  /** 0 ≤ random() < 1, for backoff jitter. */
  random?: () => number;
  /** Told of every change of the connection's state (see notifications-states.ts): for tests and diagnostics. */
  onTransition?: TransitionListener;
}

export type TransitionListener = (from: ConnectionState, to: ConnectionState, transition: TransitionName) => void;

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
  id: z.string().check(z.minLength(1)),
  connectUri: z.string().check(z.refine((uri) => URL.canParse(uri) && new URL(uri).protocol === 'wss:', 'not a wss: URL')),
  expires: z.optional(z.string()),
});
type ChannelInfo = z.infer<typeof channelSchema> & { expiresAt: number; createdAt: number };

const messageSchema = z.object({ topicName: z.string().check(z.minLength(1)), eventBody: z.optional(z.unknown()) });

// ChannelTopicEntityListing, read leniently: an entry we cannot read counts as a refused topic.
const topicListingSchema = z.object({ entities: z.optional(z.array(z.unknown())) });
const topicEntitySchema = z.object({ id: z.string(), state: z.optional(z.string()) });

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

const HEARTBEAT_TOPIC = 'channel.metadata';
const SOCKET_CLOSING_TOPIC = 'v2.system.socket_closing';
const PING = JSON.stringify({ message: 'ping' });
/** Close codes we use ourselves (1000 is "done", 4xxx is application-defined). */
const CLOSE_DONE = 1000;
const CLOSE_SILENT = 4000;
// WebSocket readyState values (the constructor's statics are not on every replacement of WebSocket).
const CONNECTING = 0;
const OPEN = 1;

/** status() in each state of the connection. */
const STATUS_OF: Readonly<Record<ConnectionState, NotificationsStatus>> = {
  idle: 'connecting',
  connecting: 'connecting',
  connectWaiting: 'connecting',
  open: 'open',
  handingOver: 'open',
  reconnecting: 'reconnecting',
  reconnectWaiting: 'reconnecting',
  stopped: 'closed',
};

type Timer = ReturnType<typeof setTimeout>;

interface Link {
  channel: ChannelInfo;
  socket: WebSocket;
  opened: boolean;
  /** Closed on purpose (handed over, or the client closed): its close is not a drop. */
  retired: boolean;
  /** The topic set last settled on this link's channel (answered, or refused for good), as a key. */
  settledKey: string | null;
}

interface Listeners {
  status: Set<() => void>;
  event: Set<TopicEventListener>;
  resync: Set<() => void>;
  subscribed: Set<SubscribedListener>;
}

/** The topic set: what the caller asked for, and how its PUT on the current channel stands. */
interface TopicSetState {
  /** The set the caller asked for last. */
  asked: readonly string[];
  /** The debounced PUT, or the retry of a failed one. */
  timer: Timer | null;
  /** A PUT outside establish() is in flight (at most one). */
  putting: boolean;
  /** Failed PUTs of the topic set in a row (errors that can go away), for the retry pause. */
  failures: number;
  /** The set whose PUT got a 4xx: identical, it would get the same answer, so it is not sent again. */
  refusedKey: string | null;
  /** Topics of the set that the latest answer refused. */
  refused: ReadonlySet<string>;
}

/** Everything that changes while the client lives, in one place. */
interface Session {
  readonly notifications: NotificationsApi;
  readonly timings: NotificationsTimings;
  readonly now: () => number;
  readonly random: () => number;
  readonly onTransition: TransitionListener | undefined;
  readonly listeners: Listeners;
  readonly timers: Set<Timer>;
  /** Every socket not yet closed, opening ones included, so that stop() reaches them all. */
  readonly links: Set<Link>;
  state: ConnectionState;
  /** The socket events come from (the last one adopted); null until the first open. */
  current: Link | null;
  /** Events may have been missed since the last open socket (true until the first one). */
  gap: boolean;
  /** Failed connection attempts in a row, for the backoff. */
  attempt: number;
  watchdogTimer: Timer | null;
  /** The channel's renewal, or the next try of a failed handover. */
  renewTimer: Timer | null;
  readonly topics: TopicSetState;
}

class Cancelled extends Error {}

// A function, so that checks after an await read the current state (not one narrowed before it).
const isStopped = (s: Session): boolean => s.state === 'stopped';

function checkNotStopped(s: Session): void {
  if (isStopped(s)) throw new Cancelled();
}

function later(s: Session, ms: number, run: () => void): Timer {
  const timer = setTimeout(
    () => {
      s.timers.delete(timer);
      if (!isStopped(s)) run();
    },
    Math.max(0, Math.min(ms, 2 ** 31 - 1)),
  );
  s.timers.add(timer);
  return timer;
}

function cancel(s: Session, timer: Timer | null): null {
  if (timer !== null) {
    clearTimeout(timer);
    s.timers.delete(timer);
  }
  return null;
}

/** Takes `transition` if the table allows it from the current state; tells the listeners. */
function move(s: Session, transition: TransitionName): boolean {
  const from = s.state;
  const to = nextState(from, transition);
  if (to === undefined) return false;
  s.state = to;
  s.onTransition?.(from, to, transition);
  if (STATUS_OF[from] !== STATUS_OF[to]) for (const listener of [...s.listeners.status]) listener();
  return true;
}

// Equal jitter: never immediate, never in lockstep with other tabs.
function jittered(s: Session, ceiling: number): number {
  return ceiling / 2 + s.random() * (ceiling / 2);
}

function backoffDelay(s: Session): number {
  const { backoffBaseMs, backoffMaxMs } = s.timings;
  const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** Math.min(s.attempt, 20));
  s.attempt += 1;
  return jittered(s, ceiling);
}

function topicsRetryDelay(s: Session): number {
  const { topicsRetryMs, topicsRetryMaxMs } = s.timings;
  const ceiling = Math.min(Math.max(topicsRetryMaxMs, topicsRetryMs), topicsRetryMs * 2 ** Math.min(s.topics.failures, 20));
  s.topics.failures += 1;
  return jittered(s, ceiling);
}

// ── Transitions of the connection (one function each; the table in notifications-states.ts says from where) ──

/** idle → connecting: the first attempt. */
function start(s: Session): void {
  if (move(s, 'start')) void attemptConnection(s, null);
}

/** connectWaiting → connecting, reconnectWaiting → reconnecting: another attempt, on the channel we had if it is still usable. */
function retry(s: Session): void {
  if (move(s, 'retry')) void attemptConnection(s, s.current?.channel ?? null);
}

/** open → handingOver: socket_closing or channel renewal; a new channel and socket while the old one still delivers. */
function handOver(s: Session): void {
  if (move(s, 'handOver')) void attemptConnection(s, null);
}

/** connecting, reconnecting or handingOver → open: the new socket becomes the one events come from. */
function opened(s: Session, link: Link): void {
  if (!move(s, 'opened')) {
    retire(s, link);
    return;
  }
  const previous = s.current;
  s.current = link;
  s.attempt = 0;
  armWatchdog(s);
  armRenewal(s);
  if (previous && previous !== link) retire(s, previous);
  if (s.gap) {
    s.gap = false;
    for (const listener of [...s.listeners.resync]) listener();
  }
  scheduleTopics(s, 0);
}

/**
 * An attempt failed. handingOver → open: the old socket still delivers, the handover is tried again after a backoff;
 * connecting → connectWaiting, reconnecting → reconnectWaiting: the next attempt after a backoff.
 */
function attemptFailed(s: Session): void {
  if (move(s, 'handOverFailed')) {
    s.renewTimer = cancel(s, s.renewTimer);
    s.renewTimer = later(s, backoffDelay(s), () => {
      s.renewTimer = null;
      handOver(s);
    });
  } else if (move(s, 'attemptFailed')) {
    later(s, backoffDelay(s), () => {
      retry(s);
    });
  }
}

/**
 * The current socket is gone (closed, silent, or its channel gone). open → reconnectWaiting;
 * handingOver → reconnecting: the handover under way adopts its new socket, with a resync since gap is set.
 */
function dropped(s: Session, link: Link): void {
  if (link.retired || link !== s.current || !move(s, 'dropped')) return;
  s.watchdogTimer = cancel(s, s.watchdogTimer);
  s.renewTimer = cancel(s, s.renewTimer);
  s.gap = true;
  link.retired = true;
  if (s.state === 'reconnectWaiting') {
    later(s, backoffDelay(s), () => {
      retry(s);
    });
  }
}

/** any → stopped: sockets, requests in flight (their answers are ignored), every timer. */
function stop(s: Session): void {
  if (!move(s, 'stop')) return;
  for (const timer of s.timers) clearTimeout(timer);
  s.timers.clear();
  s.topics.timer = s.watchdogTimer = s.renewTimer = null;
  for (const link of [...s.links]) retire(s, link);
  s.current = null;
  s.listeners.status.clear();
  s.listeners.event.clear();
  s.listeners.resync.clear();
  s.listeners.subscribed.clear();
}

/** One attempt (connecting, reconnecting or handingOver): a ready channel and open socket, then opened(), else attemptFailed(). */
async function attemptConnection(s: Session, reuse: ChannelInfo | null): Promise<void> {
  let link: Link;
  try {
    link = await establish(s, reuse);
  } catch (error: unknown) {
    if (error instanceof Cancelled || isStopped(s)) return;
    attemptFailed(s);
    return;
  }
  opened(s, link);
}

// ── Making a channel ready ──

async function createChannel(s: Session): Promise<ChannelInfo> {
  const answer = channelSchema.parse(await s.notifications.postNotificationsChannels());
  checkNotStopped(s);
  const createdAt = s.now();
  const expiresAt = answer.expires === undefined ? Number.NaN : Date.parse(answer.expires);
  // Without a readable expiry, or one already past by our clock (a clock far ahead), assume Genesys' documented 24 hours.
  const readable = Number.isFinite(expiresAt) && expiresAt > createdAt;
  return { ...answer, createdAt, expiresAt: readable ? expiresAt : createdAt + 24 * 60 * 60_000 };
}

/** Whether the channel still exists (HEAD), for a reconnect that has no topic set to PUT. */
async function channelExists(s: Session, channel: ChannelInfo): Promise<boolean> {
  try {
    await s.notifications.headNotificationsChannel(channel.id);
    return true;
  } catch (error: unknown) {
    checkNotStopped(s);
    if (genesysErrorInfo(error).status === 404) return false;
    throw error;
  }
}

/** A channel with the current topics and an open socket: the given channel if it still exists, else a new one. */
async function establish(s: Session, reuse: ChannelInfo | null): Promise<Link> {
  let channel = reuse !== null && reuse.expiresAt - s.now() > s.timings.renewBeforeExpiryMs ? reuse : null;
  const set = s.topics.asked;
  // A set once refused with a 4xx is not sent again: the answer would be the same.
  const sendSet = topicSetKey(set) !== s.topics.refusedKey;
  if (channel && sendSet) {
    // PUT replaces the set, and doubles as a check that the channel still exists.
    const outcome = await putTopics(s, channel, set);
    if (outcome === 'retry') throw new Error('The topic set could not be put');
    if (outcome === 'channel gone') channel = null;
  } else if (channel && !(await channelExists(s, channel))) {
    channel = null;
  }
  if (!channel) {
    channel = await createChannel(s);
    if (sendSet && set.length > 0) {
      const outcome = await putTopics(s, channel, set);
      // Thrown, it is retried by reconnecting, with backoff.
      if (outcome === 'retry' || outcome === 'channel gone') throw new Error('The topic set could not be put');
    }
  }
  const { link, opened: socketOpened } = openSocket(s, channel);
  link.settledKey = topicSetKey(set);
  try {
    await socketOpened;
    checkNotStopped(s);
  } catch (error: unknown) {
    retire(s, link);
    throw error;
  }
  return link;
}

// ── The socket ──

function openSocket(s: Session, channel: ChannelInfo): { link: Link; opened: Promise<void> } {
  const socket = new WebSocket(channel.connectUri);
  const link: Link = { channel, socket, opened: false, retired: false, settledKey: null };
  s.links.add(link);
  const socketOpened = new Promise<void>((resolve, reject) => {
    const timeout = later(s, s.timings.connectTimeoutMs, () => {
      socket.close(CLOSE_SILENT, 'Open timed out');
      reject(new Error('The notifications socket did not open in time'));
    });
    socket.addEventListener('open', () => {
      cancel(s, timeout);
      link.opened = true;
      resolve();
    });
    socket.addEventListener('close', () => {
      cancel(s, timeout);
      s.links.delete(link);
      if (!link.opened) reject(new Error('The notifications socket closed before it opened'));
      else dropped(s, link);
    });
  });
  socket.addEventListener('message', (message: MessageEvent) => {
    onMessage(s, link, message.data);
  });
  // Every error is followed by a close; the close handler decides.
  socket.addEventListener('error', () => undefined);
  return { link, opened: socketOpened };
}

function retire(s: Session, link: Link): void {
  link.retired = true;
  s.links.delete(link);
  if (link.socket.readyState === CONNECTING || link.socket.readyState === OPEN) {
    link.socket.close(CLOSE_DONE, 'Done');
  }
}

function armWatchdog(s: Session): void {
  s.watchdogTimer = cancel(s, s.watchdogTimer);
  const link = s.current;
  if (!link) return;
  const { pingAfterMs, heartbeatTimeoutMs } = s.timings;
  const dead = (): void => {
    s.watchdogTimer = null;
    // Silent too long: the connection is dead even if the browser has not noticed.
    if (link !== s.current) return;
    const socket = link.socket;
    dropped(s, link);
    socket.close(CLOSE_SILENT, 'No heartbeat');
  };
  // A ping at or after the timeout could not be answered in time: then we only listen.
  if (pingAfterMs >= heartbeatTimeoutMs) {
    s.watchdogTimer = later(s, heartbeatTimeoutMs, dead);
    return;
  }
  s.watchdogTimer = later(s, pingAfterMs, () => {
    if (link.socket.readyState === OPEN) link.socket.send(PING);
    s.watchdogTimer = later(s, heartbeatTimeoutMs - pingAfterMs, dead);
  });
}

function armRenewal(s: Session): void {
  s.renewTimer = cancel(s, s.renewTimer);
  const link = s.current;
  if (!link) return;
  const { createdAt, expiresAt } = link.channel;
  // Never sooner than half the channel's life: a lifetime shorter than the renewal
  // margin (a skewed clock) must not turn into a new channel in a tight loop.
  const at = Math.max(expiresAt - s.timings.renewBeforeExpiryMs, createdAt + (expiresAt - createdAt) / 2);
  s.renewTimer = later(s, at - s.now(), () => {
    s.renewTimer = null;
    handOver(s);
  });
}

function onMessage(s: Session, link: Link, data: unknown): void {
  if (link.retired || isStopped(s)) return;
  if (link === s.current) armWatchdog(s);
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
    if (link === s.current) handOver(s);
    return;
  }
  for (const listener of [...s.listeners.event]) {
    try {
      listener(topicName, eventBody);
    } catch {
      // One listener's bug must not take the socket down with it.
    }
  }
}

// ── The topic set ──

function reportSubscription(s: Session, accepted: readonly string[], refusedNow: readonly string[]): void {
  s.topics.refused = new Set(refusedNow);
  for (const listener of [...s.listeners.subscribed]) {
    try {
      listener(accepted, refusedNow);
    } catch {
      // A listener's bug must not read as a failed PUT (which would be retried).
    }
  }
}

/** PUTs the set (ignoreErrors: permitted topics are subscribed even if others are not) and reports the answer. */
async function putTopics(s: Session, channel: ChannelInfo, set: readonly string[]): Promise<TopicsOutcome> {
  let answer: unknown;
  try {
    answer = await s.notifications.putNotificationsChannelSubscriptions(
      channel.id,
      set.map((id) => ({ id })),
      { ignoreErrors: true },
    );
  } catch (error: unknown) {
    checkNotStopped(s);
    if (genesysErrorInfo(error).status === 404) return 'channel gone';
    if (canGoAway(error)) return 'retry';
    // A 401 may end with the next sign-in: not remembered, but not retried on a timer either.
    if (genesysErrorInfo(error).status !== 401) s.topics.refusedKey = topicSetKey(set);
    s.topics.failures = 0;
    reportSubscription(s, [], set);
    return 'refused';
  }
  checkNotStopped(s);
  s.topics.failures = 0;
  const { accepted, refused } = readSubscriptionAnswer(set, answer);
  reportSubscription(s, accepted, refused);
  return 'answered';
}

function scheduleTopics(s: Session, delayMs: number): void {
  s.topics.timer = cancel(s, s.topics.timer);
  s.topics.timer = later(s, delayMs, () => {
    s.topics.timer = null;
    void applyTopics(s);
  });
}

async function applyTopics(s: Session): Promise<void> {
  const link = s.current;
  // Not connected (or connecting): establish() PUTs the latest set; opened() checks again.
  if (!link || link.retired || isEstablishing(s.state) || s.topics.putting) return;
  const set = s.topics.asked;
  const key = topicSetKey(set);
  if (link.settledKey === key) return;
  if (key === s.topics.refusedKey) {
    // Refused with a 4xx before: the same PUT would get the same answer.
    link.settledKey = key;
    reportSubscription(s, [], set);
    return;
  }
  s.topics.putting = true;
  let outcome: TopicsOutcome;
  try {
    outcome = await putTopics(s, link.channel, set);
  } catch {
    // Only Cancelled gets here: the client was closed meanwhile.
    return;
  } finally {
    s.topics.putting = false;
  }
  if (outcome === 'channel gone') {
    // The channel is gone (expired or evicted): its socket is of no use.
    if (link === s.current) {
      dropped(s, link);
      link.socket.close(CLOSE_DONE, 'Channel gone');
    }
    return;
  }
  if (outcome === 'retry') {
    scheduleTopics(s, topicsRetryDelay(s));
    return;
  }
  link.settledKey = key;
  if (link === s.current && link.settledKey !== topicSetKey(s.topics.asked)) scheduleTopics(s, 0);
}

function setTopics(s: Session, next: readonly string[]): void {
  const unique = [...new Set(next)];
  if (unique.length > MAX_TOPICS_PER_CHANNEL) {
    throw new RangeError(`A notifications channel takes at most ${MAX_TOPICS_PER_CHANNEL} topics; ${unique.length} were asked for.`);
  }
  if (isStopped(s)) return;
  s.topics.asked = unique;
  const asked = new Set(unique);
  s.topics.refused = new Set([...s.topics.refused].filter((topic) => asked.has(topic)));
  scheduleTopics(s, s.timings.topicsDebounceMs);
}

// ── The client ──

function createSession(options: NotificationsClientOptions): Session {
  const given = definedTimings(options);
  const heartbeat = given.heartbeatIntervalMs ?? DEFAULT_NOTIFICATIONS_TIMINGS.heartbeatIntervalMs;
  // Unless set, the watchdog follows the heartbeat: ping a little after a missed one, give up after 2.5.
  const timings: NotificationsTimings = {
    ...DEFAULT_NOTIFICATIONS_TIMINGS,
    heartbeatTimeoutMs: heartbeat * 2.5,
    pingAfterMs: heartbeat * (7 / 6),
    ...given,
  };
  return {
    notifications: options.notifications,
    timings,
    now: options.now ?? (() => Date.now()),
    random: options.random ?? Math.random,
    onTransition: options.onTransition,
    listeners: { status: new Set(), event: new Set(), resync: new Set(), subscribed: new Set() },
    timers: new Set(),
    links: new Set(),
    state: 'idle',
    current: null,
    gap: true,
    attempt: 0,
    watchdogTimer: null,
    renewTimer: null,
    topics: { asked: [], timer: null, putting: false, failures: 0, refusedKey: null, refused: new Set() },
  };
}

/** Adds a listener to one of the session's sets; returns its removal. */
function listen<T>(set: Set<T>, listener: T): () => void {
  set.add(listener);
  return () => set.delete(listener);
}

export function createNotificationsClient(options: NotificationsClientOptions): NotificationsClient {
  const s = createSession(options);
  // Starting on the next tick lets a component mount and unmount at once
  // (React StrictMode) without creating a channel nobody uses.
  later(s, 0, () => {
    start(s);
  });
  return {
    status: () => STATUS_OF[s.state],
    subscribe: (listener) => listen(s.listeners.status, listener),
    onEvent: (listener) => listen(s.listeners.event, listener),
    onResync: (listener) => listen(s.listeners.resync, listener),
    onSubscribed: (listener) => listen(s.listeners.subscribed, listener),
    refusedTopics: () => new Set(s.topics.refused),
    setTopics(next) {
      setTopics(s, next);
    },
    topics: () => s.topics.asked,
    close() {
      stop(s);
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
