// The tab's notifications hub (notifications-hub.ts) is needed by no view for its first content: the views take
// their leases after it (live presence and the call's events wait for it: src/ui/first-content.ts). This hub
// stands in from the session's start and loads the real one's code when the first lease is taken, or when another
// frame of the tab first speaks to the hub (this frame may lead the tab's channel for others). Until then it keeps
// what the tab link says to the hub, in order, and hands it over with the leases taken meanwhile. A chunk that does
// not load is asked for again with growing pauses, as the socket's is (deferred-notifications-client.ts).
import { callEach, listen } from '@/genesys/listener-sets';
import { listenTo, relayTo, standInListeners, type StandInListeners } from '@/genesys/deferred-notifications-client';
import { loadRetrying } from '@/genesys/load-once';
import type { NotificationsHub, NotificationsHubOptions, TopicLease, TopicSets } from '@/genesys/notifications-hub';
import type { NotificationsStatus, NotificationsTimings } from '@/genesys/notifications-socket';
import type { TabEnvelope, TabLink } from '@/genesys/tab-link';

type LinkEvent =
  | { kind: 'message'; value: TabEnvelope }
  | { kind: 'leader'; value: string }
  | { kind: 'gone'; value: string }
  | { kind: 'close'; value: undefined };

/** A message for the hub (the hub's own check reads it; this only tells it from the scheduler's). */
const forHub = (body: unknown): boolean => typeof body === 'object' && body !== null && 'hub' in body;

/**
 * A TabLink for the real hub: what the link said to the hub before the hub was made, in order, then what it says
 * from then on. Sending, role and leader are the link's own, live.
 */
function recordingLink(link: TabLink, onHubMessage: () => void) {
  const log: LinkEvent[] = [];
  const listeners = {
    message: new Set<(value: TabEnvelope) => void>(),
    leader: new Set<(value: string) => void>(),
    gone: new Set<(value: string) => void>(),
    close: new Set<(value: undefined) => void>(),
  };
  let live = false;
  const deliver = (event: LinkEvent) => {
    if (event.kind === 'message') callEach(listeners.message, event.value);
    else if (event.kind === 'leader') callEach(listeners.leader, event.value);
    else if (event.kind === 'gone') callEach(listeners.gone, event.value);
    else callEach(listeners.close, undefined);
  };
  const take = (event: LinkEvent) => {
    if (live) deliver(event);
    else log.push(event);
  };
  link.onMessage((value) => {
    if (!forHub(value.body)) return;
    take({ kind: 'message', value });
    onHubMessage();
  });
  link.onLeader((value) => {
    take({ kind: 'leader', value });
  });
  link.onFrameGone((value) => {
    take({ kind: 'gone', value });
  });
  link.onClose(() => {
    take({ kind: 'close', value: undefined });
  });
  const recorded: TabLink = {
    frameId: link.frameId,
    ready: link.ready,
    role: () => link.role(),
    leaderId: () => link.leaderId(),
    onLeader: listen(listeners.leader),
    onFrameGone: listen(listeners.gone),
    send: (body, to) => {
      link.send(body, to);
    },
    onMessage: listen(listeners.message),
    onClose: listen(listeners.close),
    close: () => {
      link.close();
    },
  };
  return {
    link: recorded,
    /** Replays the log to the listeners the hub added, then passes events on as they come. */
    replay() {
      live = true;
      for (const event of log.splice(0)) deliver(event);
    },
  };
}

interface PendingLease {
  sets: TopicSets | undefined;
  timings: Partial<NotificationsTimings> | undefined;
  closed: boolean;
  real: TopicLease | null;
  listeners: StandInListeners;
}

/** The real lease takes over the pending one: its listeners hear the real one, its topics go to it. */
function adopt(pending: PendingLease, real: TopicLease): void {
  pending.real = real;
  relayTo(pending.listeners, real);
  if (pending.sets) real.setTopics(pending.sets);
  if (real.status() !== 'connecting') callEach(pending.listeners.status);
}

/** A NotificationsHub whose code (`load`: the dynamic import of notifications-hub.ts) loads on first need. */
export function createDeferredNotificationsHub(
  options: NotificationsHubOptions,
  load: () => Promise<(options: NotificationsHubOptions) => NotificationsHub>,
): NotificationsHub {
  const pending = new Set<PendingLease>();
  let hub: NotificationsHub | null = null;
  let started = false;
  const recording = options.link
    ? recordingLink(options.link, () => {
        start();
      })
    : null;

  const make = (create: (options: NotificationsHubOptions) => NotificationsHub) => {
    const real = create({ apis: options.apis, link: recording?.link ?? null });
    hub = real;
    recording?.replay();
    for (const lease of pending) if (!lease.closed) adopt(lease, real.lease(lease.timings));
    pending.clear();
  };
  function start(): void {
    if (started) return;
    started = true;
    loadRetrying(load, make);
  }

  return {
    lease(timings) {
      if (hub) return hub.lease(timings);
      const lease: PendingLease = {
        sets: undefined,
        timings,
        closed: false,
        real: null,
        listeners: standInListeners(),
      };
      pending.add(lease);
      start();
      return {
        status: (): NotificationsStatus => lease.real?.status() ?? (lease.closed ? 'closed' : 'connecting'),
        ...listenTo(lease.listeners),
        setTopics(sets) {
          lease.sets = sets;
          lease.real?.setTopics(sets);
        },
        close() {
          if (lease.closed) return;
          lease.closed = true;
          pending.delete(lease);
          lease.real?.close();
        },
      };
    },
  };
}
