// One place that passes what an MSW WebSocket client does (a message it sent, that it closed) to the
// emulator's side of the socket: used by the tab's emulator (notifications.ts) and by a workspace frame that
// relays its sockets to it (demo/tab-relay.ts).
import type { WebSocketHandlerConnection } from 'msw';

/** What the socket's client side does, reported to the emulator: a message it sent, or that it closed. */
export interface SocketPeerEvents {
  message(data: string): void;
  closed(): void;
}

/**
 * Forwards the client's messages and its close to `events`. MSW keeps every connection it has seen (msw 2.15
 * never forgets closed clients): the listeners go with the socket, so a closed one holds nothing of the
 * emulator. `onClose` runs after `events.closed()`.
 */
export function forwardClientEvents(client: WebSocketHandlerConnection['client'], events: SocketPeerEvents, onClose?: () => void): void {
  const listening = new AbortController();
  client.addEventListener(
    'message',
    (event) => {
      // A binary frame still counts as use of the channel; it is no ping.
      events.message(typeof event.data === 'string' ? event.data : '');
    },
    { signal: listening.signal },
  );
  client.addEventListener(
    'close',
    () => {
      events.closed();
      onClose?.();
      listening.abort();
    },
    { signal: listening.signal },
  );
}
