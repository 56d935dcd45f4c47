// One notifications channel for the whole tab. Genesys allows 20 channels per user and OAuth client and
// 1,000 topics per channel; every frame of the app in a tab (a client app and up to ten interaction widgets)
// and every part of a frame (live presence, the call's events) takes a lease here instead of a channel
// of its own. The leading frame (tab-link.ts) holds the only channel: its topics are the union of every
// lease in the tab, capped at 1,000 with calls first, then watched people, then rows, each class shared
// fairly between the leases; it passes every event, its status, its resyncs and the platform's answer
// on to the other frames. When the leader's frame goes, the next one opens a channel of its own and every
// lease resyncs (events sent meanwhile are lost: the resync says to refetch).
import { callEach, listen } from '@/genesys/listener-sets';
import { z } from 'zod/mini';
import { createDeferredNotificationsClient } from '@/genesys/deferred-notifications-client';
import type {
  NotificationsClient,
  NotificationsStatus,
  NotificationsTimings,
  SubscribedListener,
  TopicEventListener,
} from '@/genesys/notifications-socket';
import { MAX_TOPICS_PER_CHANNEL, topicSetKey } from '@/genesys/notifications-topics';
import { notificationsApi, type PlatformApis } from '@/genesys/sdk';
import type { TabLink } from '@/genesys/tab-link';

/** Which topics stay when the tab wants more than a channel holds: calls, then watched people, then rows on screen. */
export const TOPIC_PRIORITIES = ['calls', 'watched', 'rows'] as const;
export type TopicPriority = (typeof TOPIC_PRIORITIES)[number];
export type TopicSets = Readonly<Partial<Record<TopicPriority, readonly string[]>>>;

/** One user of the tab's channel; the same life cycle as a channel of its own (notifications-socket.ts). */
export interface TopicLease {
  status(): NotificationsStatus;
  subscribe(listener: () => void): () => void;
  /** Events of this lease's topics. */
  onEvent(listener: TopicEventListener): () => void;
  /** After every (re)open that followed a gap, and after the channel moved to another frame: refetch. */
  onResync(listener: () => void): () => void;
  /** The platform's answer for this lease's topics; a topic in neither list did not fit in the channel. */
  onSubscribed(listener: SubscribedListener): () => void;
  setTopics(sets: TopicSets): void;
  close(): void;
}

export interface NotificationsHub {
  /** `timings` (tests and benches) apply when this lease is the one that opens the channel. */
  lease(timings?: Partial<NotificationsTimings>): TopicLease;
}

const topicsSchema = z.array(z.string()).check(z.maxLength(MAX_TOPICS_PER_CHANNEL * 2));
const setsSchema = z.object({
  calls: z.optional(topicsSchema),
  watched: z.optional(topicsSchema),
  rows: z.optional(topicsSchema),
});
const statusSchema = z.enum(['connecting', 'open', 'reconnecting', 'closed']);
const messageSchema = z.discriminatedUnion('hub', [
  /** Follower → leader: all of a frame's topics (empty: it wants none). */
  z.object({ hub: z.literal('topics'), sets: setsSchema }),
  z.object({ hub: z.literal('event'), topicName: z.string(), eventBody: z.unknown() }),
  z.object({ hub: z.literal('status'), status: statusSchema }),
  z.object({ hub: z.literal('subscribed'), accepted: topicsSchema, refused: topicsSchema }),
]);
type HubMessage = z.infer<typeof messageSchema>;

/**
 * The topics a channel takes: class by class, one topic of each set in turn (so one frame's thousand rows
 * cannot push out another's), until MAX_TOPICS_PER_CHANNEL.
 */
export function unionOfTopics(all: readonly TopicSets[], cap: number = MAX_TOPICS_PER_CHANNEL): string[] {
  const taken = new Set<string>();
  for (const priority of TOPIC_PRIORITIES) {
    const lists = all.map((sets) => sets[priority] ?? []);
    const longest = Math.max(0, ...lists.map((list) => list.length));
    for (let i = 0; i < longest && taken.size < cap; i += 1) {
      for (const list of lists) {
        const topic = list[i];
        if (topic !== undefined) taken.add(topic);
        if (taken.size >= cap) break;
      }
    }
  }
  return [...taken];
}

interface LeaseState {
  sets: TopicSets;
  topics: ReadonlySet<string>;
  status: Set<() => void>;
  event: Set<TopicEventListener>;
  resync: Set<() => void>;
  subscribed: Set<SubscribedListener>;
  timings: Partial<NotificationsTimings> | undefined;
}

const setsOf = (sets: TopicSets): ReadonlySet<string> => new Set(TOPIC_PRIORITIES.flatMap((p) => sets[p] ?? []));

export interface NotificationsHubOptions {
  /** The session's APIs: their client sends the channel's requests. */
  apis: Pick<PlatformApis, 'client'>;
  link: TabLink | null;
}

type Answer = { accepted: readonly string[]; refused: readonly string[] };

const onlyOf = (lease: LeaseState, topics: readonly string[]) => topics.filter((topic) => lease.topics.has(topic));

/** The frame's side of the tab's channel: its leases, and the channel itself while this frame leads. */
class TabChannel {
  readonly leases = new Set<LeaseState>();
  /** Other frames' topics (while this frame leads). */
  readonly #remote = new Map<string, TopicSets>();
  #client: NotificationsClient | null = null;
  /** A follower's view of the leader's channel. */
  #remoteStatus: NotificationsStatus = 'connecting';
  #followedLeader: string | undefined;
  /** The channel's latest answer (while this frame leads), for leases and frames that join it. */
  #lastAnswer: Answer | null = null;
  /** The topic set last given to this frame's channel, order-free; undefined before its first (a new channel). */
  #channelKey: string | undefined;
  readonly #apis: Pick<PlatformApis, 'client'>;
  readonly #link: TabLink | null;

  constructor({ apis, link }: NotificationsHubOptions) {
    this.#apis = apis;
    this.#link = link;
    link?.onMessage(({ from, body }) => {
      const message = messageSchema.safeParse(body);
      if (message.success) this.#receive(from, message.data);
    });
    link?.onLeader((leaderId) => {
      this.#leaderChanged(leaderId);
    });
    // The frame is going: its channel goes with it now, not when the browser gets round to it, so the next leader's is the only one.
    link?.onClose(() => {
      this.#client?.close();
      this.#client = null;
      this.#channelKey = undefined;
    });
    link?.onFrameGone((frame) => {
      if (this.#remote.delete(frame) && this.leads()) this.#applyAsLeader();
    });
  }

  leads(): boolean {
    return this.#link === null || this.#link.role() === 'leader';
  }

  status(): NotificationsStatus {
    return this.leads() ? (this.#client?.status() ?? 'connecting') : this.#remoteStatus;
  }

  #post(message: HubMessage, to?: string): void {
    this.#link?.send(message, to);
  }

  #ownSets(): Partial<Record<TopicPriority, string[]>> {
    const merged: Partial<Record<TopicPriority, string[]>> = {};
    for (const priority of TOPIC_PRIORITIES) merged[priority] = [...this.leases].flatMap((lease) => lease.sets[priority] ?? []);
    return merged;
  }

  #deliverEvent(topicName: string, body: unknown): void {
    for (const lease of this.leases) if (lease.topics.has(topicName)) callEach(lease.event, topicName, body);
  }

  #deliverSubscribed({ accepted, refused }: Answer, to: Iterable<LeaseState> = this.leases): void {
    for (const lease of to) callEach(lease.subscribed, onlyOf(lease, accepted), onlyOf(lease, refused));
  }

  #deliverStatus(): void {
    for (const lease of this.leases) callEach(lease.status);
  }

  #deliverResync(): void {
    for (const lease of this.leases) callEach(lease.resync);
  }

  #openClient(): NotificationsClient {
    const timings = [...this.leases].find((lease) => lease.timings)?.timings;
    const apis = this.#apis;
    // The socket's code loads now, with the tab's first channel, not with the view (deferred-notifications-client.ts);
    // the notifications API's chunk with it, not after it: the channel's first request needs both.
    const opened = createDeferredNotificationsClient(() =>
      Promise.all([import('@/genesys/notifications-socket'), notificationsApi(apis)]).then(([socket, notifications]) =>
        socket.createNotificationsClient({ notifications, ...timings }),
      ),
    );
    opened.subscribe(() => {
      this.#deliverStatus();
      this.#post({ hub: 'status', status: opened.status() });
    });
    opened.onEvent((topicName, eventBody) => {
      this.#deliverEvent(topicName, eventBody);
      this.#post({ hub: 'event', topicName, eventBody });
    });
    // Followers resync when the channel they hear of opens again (status), so no message of its own.
    opened.onResync(() => {
      this.#deliverResync();
    });
    opened.onSubscribed((accepted, refused) => {
      this.#lastAnswer = { accepted, refused };
      this.#deliverSubscribed(this.#lastAnswer);
      this.#post({ hub: 'subscribed', accepted: [...accepted], refused: [...refused] });
    });
    return opened;
  }

  /**
   * Leader or alone: the channel carries the union of the tab's topics; it exists while anyone holds a lease.
   * Returns whether the channel's topic set changed (a PUT, so an answer, follows); false: it holds them already.
   */
  #applyAsLeader(): boolean {
    const wanted = [...this.#remote.values()].some((sets) => setsOf(sets).size > 0);
    if (this.leases.size === 0 && !wanted) {
      this.#client?.close();
      this.#client = null;
      this.#lastAnswer = null;
      this.#channelKey = undefined;
      return true;
    }
    if (!this.#client) {
      this.#client = this.#openClient();
      this.#lastAnswer = null;
      this.#channelKey = undefined;
    }
    const union = unionOfTopics([...this.leases].map((lease) => lease.sets).concat([...this.#remote.values()]));
    const key = topicSetKey(union);
    const changed = key !== this.#channelKey;
    this.#channelKey = key;
    this.#client.setTopics(union);
    return changed;
  }

  /**
   * A lease's topics changed (`lease`; none when it left). When the channel holds them already (another lease or
   * frame asked first), no answer will come: the lease learns from the last one which of its topics are live,
   * as a channel of its own would tell it, and so refetches what may have changed before it asked.
   */
  apply(lease?: LeaseState): void {
    if (!this.leads()) {
      this.#post({ hub: 'topics', sets: this.#ownSets() });
      return;
    }
    const changed = this.#applyAsLeader();
    if (!changed && lease && this.#lastAnswer) this.#deliverSubscribed(this.#lastAnswer, [lease]);
  }

  /** A lease's first topics: it learns how the channel stands, as a channel of its own would tell it. */
  joined(lease: LeaseState): void {
    callEach(lease.status);
    if (this.leads() && this.#client?.status() === 'open') {
      if (this.#lastAnswer) this.#deliverSubscribed(this.#lastAnswer, [lease]);
      callEach(lease.resync);
    } else if (!this.leads() && this.#remoteStatus === 'open') callEach(lease.resync);
  }

  #receive(from: string, m: HubMessage): void {
    if (m.hub === 'topics') {
      if (!this.leads()) return;
      const joined = !this.#remote.has(from);
      this.#remote.set(from, m.sets);
      const changed = this.#applyAsLeader();
      // A frame that just joined learns how the channel stands; a frame whose topics the channel already holds
      // learns it from the last answer (a new one comes to every frame only when the set changes).
      if (joined && this.#client) this.#post({ hub: 'status', status: this.#client.status() }, from);
      const answer = this.#lastAnswer;
      if (answer && (joined || !changed)) {
        this.#post({ hub: 'subscribed', accepted: [...answer.accepted], refused: [...answer.refused] }, from);
      }
      return;
    }
    if (this.leads()) return;
    if (m.hub === 'event') this.#deliverEvent(m.topicName, m.eventBody);
    else if (m.hub === 'subscribed') this.#deliverSubscribed(m);
    else if (m.status !== this.#remoteStatus) {
      this.#remoteStatus = m.status;
      this.#deliverStatus();
      // Nothing reached this frame while the channel was not open to it (joining, a reconnect, a new leader).
      if (m.status === 'open') this.#deliverResync();
    }
  }

  #leaderChanged(leaderId: string): void {
    if (leaderId === this.#link?.frameId) {
      // This frame leads now: its own channel, a resync when it opens (events since the old one went were lost).
      this.#remoteStatus = 'connecting';
      if (this.leases.size > 0) this.#applyAsLeader();
      this.#deliverStatus();
      return;
    }
    // A new leader opens a channel of its own: until it says it is open, nothing arrives.
    if (this.#followedLeader !== undefined && this.#followedLeader !== leaderId && this.#remoteStatus !== 'reconnecting') {
      this.#remoteStatus = 'reconnecting';
      this.#deliverStatus();
    }
    this.#followedLeader = leaderId;
    if (this.leases.size > 0) this.#post({ hub: 'topics', sets: this.#ownSets() });
  }
}

export function createNotificationsHub(options: NotificationsHubOptions): NotificationsHub {
  const channel = new TabChannel(options);
  return {
    lease(timings) {
      const state: LeaseState = {
        sets: {},
        topics: new Set(),
        status: new Set(),
        event: new Set(),
        resync: new Set(),
        subscribed: new Set(),
        timings,
      };
      let closed = false;
      return {
        status: () => channel.status(),
        subscribe: listen(state.status),
        onEvent: listen(state.event),
        onResync: listen(state.resync),
        onSubscribed: listen(state.subscribed),
        setTopics(sets) {
          if (closed) return;
          const first = !channel.leases.has(state);
          state.sets = sets;
          state.topics = setsOf(sets);
          channel.leases.add(state);
          // The first time, joined() tells the lease how the channel stands (the last answer included).
          channel.apply(first ? undefined : state);
          if (first) channel.joined(state);
        },
        close() {
          if (closed) return;
          closed = true;
          if (channel.leases.delete(state)) channel.apply();
        },
      };
    },
  };
}
