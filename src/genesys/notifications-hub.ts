// One notifications channel for the whole tab. Genesys allows 20 channels per user and OAuth client and
// 1,000 topics per channel; every frame of the app in a tab (a client app and up to ten interaction widgets)
// and every part of a frame (live presence, the call's events) takes a lease here instead of a channel
// of its own. The leading frame (tab-link.ts) holds the only channel: its topics are the union of every
// lease in the tab, capped at 1,000 with calls first, then watched people, then rows, each class shared
// fairly between the leases; it passes every event, its status, its resyncs and the platform's answer
// on to the other frames. When the leader's frame goes, the next one opens a channel of its own and every
// lease resyncs (events sent meanwhile are lost: the resync says to refetch).
import { z } from 'zod';
import {
  createNotificationsClient,
  MAX_TOPICS_PER_CHANNEL,
  type NotificationsClient,
  type NotificationsStatus,
  type NotificationsTimings,
  type SubscribedListener,
  type TopicEventListener,
} from '@/genesys/notifications-socket';
import type { PlatformApis } from '@/genesys/sdk';
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

const topicsSchema = z.array(z.string()).max(MAX_TOPICS_PER_CHANNEL * 2);
const setsSchema = z.object({ calls: topicsSchema.optional(), watched: topicsSchema.optional(), rows: topicsSchema.optional() });
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

function callEach<A extends unknown[]>(listeners: Iterable<(...args: A) => void>, ...args: A): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch {
      // One lease's bug must not keep the others from hearing.
    }
  }
}

const setsOf = (sets: TopicSets): ReadonlySet<string> => new Set(TOPIC_PRIORITIES.flatMap((p) => sets[p] ?? []));

export interface NotificationsHubOptions {
  notifications: PlatformApis['notifications'];
  link: TabLink | null;
}

export function createNotificationsHub({ notifications, link }: NotificationsHubOptions): NotificationsHub {
  const leases = new Set<LeaseState>();
  /** Other frames' topics (while this frame leads). */
  const remote = new Map<string, TopicSets>();
  let client: NotificationsClient | null = null;
  /** A follower's view of the leader's channel. */
  let remoteStatus: NotificationsStatus = 'connecting';
  let followedLeader: string | undefined;
  /** The channel's latest answer (while this frame leads), for leases and frames that join it. */
  let lastAnswer: { accepted: readonly string[]; refused: readonly string[] } | null = null;

  const leads = () => link === null || link.role() === 'leader';
  const post = (message: HubMessage, to?: string) => link?.send(message, to);
  const status = (): NotificationsStatus => (leads() ? (client?.status() ?? 'connecting') : remoteStatus);
  const ownSets = (): Partial<Record<TopicPriority, string[]>> => {
    const merged: Partial<Record<TopicPriority, string[]>> = {};
    for (const priority of TOPIC_PRIORITIES) merged[priority] = [...leases].flatMap((lease) => lease.sets[priority] ?? []);
    return merged;
  };

  function deliverEvent(topicName: string, body: unknown) {
    for (const lease of leases) if (lease.topics.has(topicName)) callEach(lease.event, topicName, body);
  }
  function deliverSubscribed(accepted: readonly string[], refused: readonly string[]) {
    for (const lease of leases) {
      callEach(
        lease.subscribed,
        accepted.filter((topic) => lease.topics.has(topic)),
        refused.filter((topic) => lease.topics.has(topic)),
      );
    }
  }
  function deliverStatus() {
    for (const lease of leases) callEach(lease.status);
  }
  function deliverResync() {
    for (const lease of leases) callEach(lease.resync);
  }

  function openClient(): NotificationsClient {
    const timings = [...leases].find((lease) => lease.timings)?.timings;
    const opened = createNotificationsClient({ notifications, ...timings });
    opened.subscribe(() => {
      deliverStatus();
      post({ hub: 'status', status: opened.status() });
    });
    opened.onEvent((topicName, eventBody) => {
      deliverEvent(topicName, eventBody);
      post({ hub: 'event', topicName, eventBody });
    });
    // Followers resync when the channel they hear of opens again (status), so no message of its own.
    opened.onResync(deliverResync);
    opened.onSubscribed((accepted, refused) => {
      lastAnswer = { accepted, refused };
      deliverSubscribed(accepted, refused);
      post({ hub: 'subscribed', accepted: [...accepted], refused: [...refused] });
    });
    return opened;
  }

  /** Leader or alone: the channel carries the union of the tab's topics; it exists while anyone holds a lease. */
  function applyAsLeader() {
    const wanted = [...remote.values()].some((sets) => setsOf(sets).size > 0);
    if (leases.size === 0 && !wanted) {
      client?.close();
      client = null;
      lastAnswer = null;
      return;
    }
    client ??= openClient();
    client.setTopics(unionOfTopics([...leases].map((lease) => lease.sets).concat([...remote.values()])));
  }

  function apply() {
    if (leads()) applyAsLeader();
    else post({ hub: 'topics', sets: ownSets() });
  }

  link?.onMessage(({ from, body }) => {
    const message = messageSchema.safeParse(body);
    if (!message.success) return;
    const m = message.data;
    if (m.hub === 'topics') {
      if (!leads()) return;
      const joined = !remote.has(from);
      remote.set(from, m.sets);
      applyAsLeader();
      // A frame that just joined learns how the channel stands and what it already holds.
      if (joined && client) {
        post({ hub: 'status', status: client.status() }, from);
        if (lastAnswer) post({ hub: 'subscribed', accepted: [...lastAnswer.accepted], refused: [...lastAnswer.refused] }, from);
      }
      return;
    }
    if (leads()) return;
    if (m.hub === 'event') deliverEvent(m.topicName, m.eventBody);
    else if (m.hub === 'subscribed') deliverSubscribed(m.accepted, m.refused);
    else if (m.status !== remoteStatus) {
      const reopened = m.status === 'open';
      remoteStatus = m.status;
      deliverStatus();
      // Nothing reached this frame while the channel was not open to it (joining, a reconnect, a new leader).
      if (reopened) deliverResync();
    }
  });

  link?.onLeader((leaderId) => {
    if (leaderId === link.frameId) {
      // This frame leads now: its own channel, a resync when it opens (events since the old one went were lost).
      remoteStatus = 'connecting';
      if (leases.size > 0) applyAsLeader();
      deliverStatus();
      return;
    }
    // A new leader opens a channel of its own: until it says it is open, nothing arrives.
    if (followedLeader !== undefined && followedLeader !== leaderId && remoteStatus !== 'reconnecting') {
      remoteStatus = 'reconnecting';
      deliverStatus();
    }
    followedLeader = leaderId;
    if (leases.size > 0) post({ hub: 'topics', sets: ownSets() });
  });

  // The frame is going: its channel goes with it now, not when the browser gets round to it, so the next leader's is the only one.
  link?.onClose(() => {
    client?.close();
    client = null;
  });

  link?.onFrameGone((frame) => {
    if (remote.delete(frame) && leads()) applyAsLeader();
  });

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
      const listen =
        <T>(set: Set<T>) =>
        (listener: T) => {
          set.add(listener);
          return () => set.delete(listener);
        };
      let closed = false;
      return {
        status,
        subscribe: listen(state.status),
        onEvent: listen(state.event),
        onResync: listen(state.resync),
        onSubscribed: listen(state.subscribed),
        setTopics(sets) {
          if (closed) return;
          const first = !leases.has(state);
          state.sets = sets;
          state.topics = setsOf(sets);
          leases.add(state);
          apply();
          // The channel may be open already (another part of the tab opened it): the lease's readers learn so now.
          if (first) callEach(state.status);
          // A lease that joins this frame's open channel: what it already holds, then a resync (as a channel of its own would).
          if (first && leads() && client?.status() === 'open') {
            if (lastAnswer) {
              const { accepted, refused } = lastAnswer;
              callEach(
                state.subscribed,
                accepted.filter((t) => state.topics.has(t)),
                refused.filter((t) => state.topics.has(t)),
              );
            }
            callEach(state.resync);
          } else if (first && !leads() && remoteStatus === 'open') callEach(state.resync);
        },
        close() {
          if (closed) return;
          closed = true;
          if (leases.delete(state)) apply();
        },
      };
    },
  };
}
