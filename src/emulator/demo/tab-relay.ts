// A frame of the demo workspace: no emulator of its own. Its requests and notifications sockets go
// to the one emulator of the tab (the top window's, tab-host.ts), so every frame sees the same org.
import { http, ws } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { SocketPeerEvents } from '@/emulator/handlers/notifications';
import { forwardClientEvents } from '@/emulator/handlers/socket-client-events';
import { startDemoWorker } from '@/emulator/demo/demo-worker';
import type { RelayedResponse, TabEmulatorHost } from '@/emulator/demo/tab-host';

export interface RelayedDemo {
  environment: string;
  accessToken: string;
  signInAgain: () => string;
  stop: () => void;
}

/** The host's answer as a Response of this realm (a host-realm object would fail instanceof checks here). */
function responseOf(answer: RelayedResponse): Response {
  if (answer.networkError === true) return Response.error();
  if (typeof answer.status !== 'number') throw new Error('The tab emulator answered without a status');
  return new Response(answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers.map(([name, value]): [string, string] => [name, value]),
  });
}

function relayHandlers(host: TabEmulatorHost, open: Set<SocketPeerEvents>) {
  const { environment } = host;
  const forward = async ({ request }: { request: Request }) => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
    const answer = await host.fetch({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers.entries()),
      body,
    });
    return responseOf(answer);
  };
  const socket = ws.link(`wss://streaming.${environment}/channels/*`).addEventListener('connection', ({ client }) => {
    const events = host.connect(client.url.href, {
      send: (data) => {
        client.send(data);
      },
      close: (code, reason) => {
        client.close(code, reason);
      },
    });
    open.add(events);
    forwardClientEvents(client, events, () => {
      open.delete(events);
    });
  });
  return [http.all(`https://api.${environment}/*`, forward), http.all(`https://login.${environment}/*`, forward), socket];
}

/** Starts this frame's MSW worker with handlers that relay to the tab's emulator, signed in as the persona. */
export async function startRelayedDemo(win: Window, host: TabEmulatorHost, persona: string): Promise<RelayedDemo> {
  const open = new Set<SocketPeerEvents>();
  const worker: SetupWorker = await startDemoWorker(relayHandlers(host, open));
  // A frame that goes (reload, removed) may not close its sockets: the emulator must not keep them.
  const release = () => {
    for (const events of open) events.closed();
    open.clear();
  };
  win.addEventListener('pagehide', release);
  return {
    environment: host.environment,
    accessToken: host.tokenFor(persona),
    signInAgain: () => host.newTokenFor(persona),
    stop: () => {
      win.removeEventListener('pagehide', release);
      release();
      worker.stop();
    },
  };
}
