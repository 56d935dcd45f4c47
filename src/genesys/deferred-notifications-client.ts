// The notifications socket (notifications-socket.ts, 3 kB gzip) is needed by no view for its first content: the
// hub opens the tab's channel once there is someone to follow, after the first badges. This client stands in
// for the socket's from that moment and loads its code then, so no view waits for it. Until the code is there it
// is 'connecting' (what a new channel says too), keeps the latest topic set and every listener, and hands them
// over once it is. A chunk that does not load is asked for again with growing pauses; meanwhile the views read
// presence as they do whenever the channel is not open.
import { callEach, listen } from '@/genesys/listener-sets';
import { loadRetrying } from '@/genesys/load-once';
import type { NotificationsClient, NotificationsStatus, SubscribedListener, TopicEventListener } from '@/genesys/notifications-socket';
import { MAX_TOPICS_PER_CHANNEL } from '@/genesys/notifications-topics';

/** The first pause before the socket's code is asked for again (load-once.ts, loadRetrying). */
export { RELOAD_BASE_MS } from '@/genesys/load-once';

const NONE_REFUSED: ReadonlySet<string> = new Set();

/** The listeners a stand-in keeps until the real client or lease is here (this client, deferred-notifications-hub.ts). */
export interface StandInListeners {
  status: Set<() => void>;
  event: Set<TopicEventListener>;
  resync: Set<() => void>;
  subscribed: Set<SubscribedListener>;
}

export const standInListeners = (): StandInListeners => ({ status: new Set(), event: new Set(), resync: new Set(), subscribed: new Set() });

/** A stand-in's ways to listen, to its own listener sets (which relayTo feeds once the real one is here). */
export function listenTo(listeners: StandInListeners): Pick<NotificationsClient, 'subscribe' | 'onEvent' | 'onResync' | 'onSubscribed'> {
  return {
    subscribe: listen(listeners.status),
    onEvent: listen(listeners.event),
    onResync: listen(listeners.resync),
    onSubscribed: listen(listeners.subscribed),
  };
}

/** The stand-in's listeners hear everything `real` tells from now on; told at once when it is no longer connecting. */
export function relayTo(
  listeners: StandInListeners,
  real: Pick<NotificationsClient, 'status' | 'subscribe' | 'onEvent' | 'onResync' | 'onSubscribed'>,
): void {
  real.subscribe(() => {
    callEach(listeners.status);
  });
  real.onEvent((topicName, body) => {
    callEach(listeners.event, topicName, body);
  });
  real.onResync(() => {
    callEach(listeners.resync);
  });
  real.onSubscribed((accepted, refused) => {
    callEach(listeners.subscribed, accepted, refused);
  });
}

/** A NotificationsClient whose socket is made by `load` (the dynamic import of the socket's code) on creation. */
export function createDeferredNotificationsClient(load: () => Promise<NotificationsClient>): NotificationsClient {
  const listeners = standInListeners();
  let topics: readonly string[] = [];
  let real: NotificationsClient | null = null;
  let closed = false;

  const adopt = (client: NotificationsClient) => {
    if (closed) {
      client.close();
      return;
    }
    real = client;
    relayTo(listeners, client);
    if (topics.length > 0) client.setTopics(topics);
    if (client.status() !== 'connecting') callEach(listeners.status);
  };

  const stopLoading = loadRetrying(load, adopt);

  return {
    status: (): NotificationsStatus => real?.status() ?? (closed ? 'closed' : 'connecting'),
    ...listenTo(listeners),
    refusedTopics: () => real?.refusedTopics() ?? NONE_REFUSED,
    setTopics(next) {
      // The socket's own check, at once: the caller learns of a set too large where it asked for it.
      const unique = new Set(next).size;
      if (unique > MAX_TOPICS_PER_CHANNEL) {
        throw new RangeError(`A notifications channel takes at most ${MAX_TOPICS_PER_CHANNEL} topics; ${unique} were asked for.`);
      }
      topics = next;
      real?.setTopics(next);
    },
    topics: () => real?.topics() ?? topics,
    close() {
      if (closed) return;
      closed = true;
      stopLoading();
      if (real) real.close();
      else callEach(listeners.status);
    },
  };
}
