// What the hub needs to know of a channel without the socket's code (notifications-socket.ts, loaded when a
// channel opens: deferred-notifications-client.ts).

/** Genesys allows 1,000 topics per channel; a PUT over it is a 400. */
export const MAX_TOPICS_PER_CHANNEL = 1000;

/** A topic set's identity, whatever its order: the same topics in another order are the same set (no new PUT). */
export const topicSetKey = (set: readonly string[]): string => [...set].sort().join('\n');
