// The life cycle of the notifications client (notifications-socket.ts), as named states and the
// transitions allowed between them: read this table before the code; each transition there is one function.

/**
 * - `idle`: created; the first attempt starts on the next tick (a component that mounts and unmounts at once creates nothing).
 * - `connecting`: the first channel being made ready: created (or reused), its topic set PUT, its socket opening.
 * - `connectWaiting`: the first attempt failed; the next one waits for its backoff.
 * - `open`: a socket delivers events; heartbeats watched, pings when quiet, the channel renewed before it expires.
 * - `handingOver`: still open, while a new channel and socket are made ready (socket_closing, or channel expiry).
 * - `reconnecting`: the socket dropped (closed, fell silent, or its channel is gone); a channel being made ready again.
 * - `reconnectWaiting`: a reconnect waits for its backoff (after a drop, or a failed attempt).
 * - `stopped`: close() was called; nothing runs any more.
 */
export type ConnectionState =
  'idle' | 'connecting' | 'connectWaiting' | 'open' | 'handingOver' | 'reconnecting' | 'reconnectWaiting' | 'stopped';

export type TransitionName = 'start' | 'opened' | 'attemptFailed' | 'retry' | 'handOver' | 'handOverFailed' | 'dropped' | 'stop';

/** For each transition, the states it may leave and the state it leads to from each; any other is not allowed (ignored). */
export const TRANSITIONS: Readonly<Record<TransitionName, Readonly<Partial<Record<ConnectionState, ConnectionState>>>>> = {
  start: { idle: 'connecting' },
  opened: { connecting: 'open', reconnecting: 'open', handingOver: 'open' },
  attemptFailed: { connecting: 'connectWaiting', reconnecting: 'reconnectWaiting' },
  retry: { connectWaiting: 'connecting', reconnectWaiting: 'reconnecting' },
  handOver: { open: 'handingOver' },
  // The old socket still delivers: stay with it, and try the handover again after a backoff.
  handOverFailed: { handingOver: 'open' },
  // During a handover the attempt under way adopts its new socket (with a resync).
  dropped: { open: 'reconnectWaiting', handingOver: 'reconnecting' },
  stop: {
    idle: 'stopped',
    connecting: 'stopped',
    connectWaiting: 'stopped',
    open: 'stopped',
    handingOver: 'stopped',
    reconnecting: 'stopped',
    reconnectWaiting: 'stopped',
  },
};

/** Where `transition` leads from `from`, or undefined when it is not allowed there. */
export function nextState(from: ConnectionState, transition: TransitionName): ConnectionState | undefined {
  return TRANSITIONS[transition][from];
}

/** An attempt to make a channel ready is under way (the topic set is then PUT by that attempt). */
export function isEstablishing(state: ConnectionState): boolean {
  return state === 'connecting' || state === 'reconnecting' || state === 'handingOver';
}
