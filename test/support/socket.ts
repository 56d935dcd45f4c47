// A notifications WebSocket for tests: collects parsed messages and waits for them.
import { z } from 'zod';

const event = z.object({ topicName: z.string(), eventBody: z.unknown() }).loose();
export type SocketEvent = z.infer<typeof event>;

export interface TestSocket {
  socket: WebSocket;
  events: SocketEvent[];
  /** Resolves with the first event (already received or future) that matches. */
  next(match: (event: SocketEvent) => boolean, timeoutMs?: number): Promise<SocketEvent>;
  closed: Promise<CloseEvent>;
}

export async function openSocket(uri: string): Promise<TestSocket> {
  const socket = new WebSocket(uri);
  const events: SocketEvent[] = [];
  const waiters = new Set<() => void>();
  socket.addEventListener('message', (message: MessageEvent) => {
    events.push(event.parse(JSON.parse(String(message.data))));
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<CloseEvent>((resolve) => {
    socket.addEventListener('close', resolve);
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => {
      resolve();
    });
    socket.addEventListener('error', () => {
      reject(new Error(`socket ${uri} failed`));
    });
  });
  const next = (match: (candidate: SocketEvent) => boolean, timeoutMs = 2000): Promise<SocketEvent> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = events.find(match);
        if (!found) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching socket event within ${String(timeoutMs)} ms; got ${JSON.stringify(events)}`));
      }, timeoutMs);
      const wake = (): void => {
        check();
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        waiters.delete(wake);
      };
      if (!check()) waiters.add(wake);
    });
  return { socket, events, next, closed };
}
