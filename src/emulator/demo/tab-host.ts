// One emulator per browser tab: the demo workspace's top window holds it and the app's frames
// (same origin) call these functions directly. Only plain data and functions cross between the
// windows: each side makes its Request, Response and sockets in its own realm.
import { getResponse, HttpHandler, type WebSocketHandler } from 'msw';
import type { Emulator } from '@/emulator/create-emulator';
import type { SocketPeerEvents } from '@/emulator/handlers/notifications';

/** A request as a frame hands it over. */
export interface RelayedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Text, or null for a request without a body (GET, HEAD). */
  body: string | null;
}

/** The emulator's answer; `networkError` stands for Response.error() (a request that never got an answer). */
export interface RelayedResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** Text, or null for a status that has no body. */
  body: string | null;
  networkError?: true;
}

/** The frame's side of a relayed notifications socket. */
export interface RelayedSocketPeer {
  send(data: string): void;
  close(code: number, reason: string): void;
}

/** `window.gc8x8TabEmulator` on the workspace's top window. */
export interface TabEmulatorHost {
  /** Region domain of the emulated org, e.g. "mypurecloud.com". */
  readonly environment: string;
  /** False once the workspace has stopped the emulator (the page is going). */
  readonly ready: boolean;
  /** The persona's token, issued once and shared by every frame, as frames of one Genesys tab share one. */
  tokenFor(persona: string): string;
  /** A fresh token for the persona (demo mode's signing in again), from now on the one tokenFor gives. */
  newTokenFor(persona: string): string;
  /** Runs the emulator's HTTP handlers on the request (a 404 when none answers it). */
  fetch(request: RelayedRequest): Promise<RelayedResponse>;
  /** Joins the frame's socket to the channel `url` names; the frame reports what its socket does. */
  connect(url: string, peer: RelayedSocketPeer): SocketPeerEvents;
}

declare global {
  interface Window {
    gc8x8TabEmulator?: TabEmulatorHost;
  }
}

// Statuses whose Response must have a null body.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

const isHttpHandler = (handler: HttpHandler | WebSocketHandler): handler is HttpHandler => handler instanceof HttpHandler;

async function relayedResponse(response: Response | undefined): Promise<RelayedResponse> {
  if (!response) return { status: 404, statusText: 'Not Found', headers: [], body: 'No emulator handler for this request' };
  if (response.type === 'error') return { status: 0, statusText: '', headers: [], body: null, networkError: true };
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()],
    body: NULL_BODY_STATUSES.has(response.status) ? null : await response.text(),
  };
}

function personaUser(emulator: Emulator, persona: string): string {
  const personas: Readonly<Record<string, string>> = emulator.org.personas;
  const userId = Object.hasOwn(personas, persona) ? personas[persona] : undefined;
  if (userId === undefined) throw new Error(`Unknown demo persona: ${persona}`);
  return userId;
}

/** The host API over a running emulator; `stop()` marks it not ready. */
export function createTabHost(emulator: Emulator): TabEmulatorHost & { stop(): void } {
  const httpHandlers = emulator.handlers.filter(isHttpHandler);
  const tokens = new Map<string, string>();
  let ready = true;
  let relayed = 0;
  const newTokenFor = (persona: string) => {
    const token = emulator.issueToken(personaUser(emulator, persona));
    tokens.set(persona, token);
    return token;
  };
  return {
    environment: emulator.environment,
    get ready() {
      return ready;
    },
    tokenFor: (persona) => tokens.get(persona) ?? newTokenFor(persona),
    newTokenFor,
    async fetch({ method, url, headers, body }) {
      const request = new Request(url, { method, headers, ...(body === null ? {} : { body }) });
      return relayedResponse(await getResponse(httpHandlers, request));
    },
    connect(url, peer) {
      relayed += 1;
      const id = `relayed-${String(relayed)}`;
      let events: SocketPeerEvents | null = null;
      // A frame that went away cannot take a message any more: its socket counts as closed.
      const guarded = (call: () => void) => {
        try {
          call();
        } catch {
          events?.closed();
        }
      };
      events = emulator.connectSocket(url, {
        id,
        send: (data) => {
          guarded(() => {
            peer.send(data);
          });
        },
        close: (code = 1000, reason = '') => {
          guarded(() => {
            peer.close(code, reason);
          });
        },
      });
      return events ?? { message: () => undefined, closed: () => undefined };
    },
    stop() {
      ready = false;
    },
  };
}

/** The host on this window's top window, when that window is same-origin and has one; else null. */
export function tabHostOf(win: Window): TabEmulatorHost | null {
  try {
    const top = win.top;
    if (!top || top === win) return null;
    // Reading a property of a cross-origin top window throws (SecurityError).
    const host = top.gc8x8TabEmulator;
    if (typeof host !== 'object' || typeof host.fetch !== 'function' || typeof host.connect !== 'function') return null;
    return host.ready ? host : null;
  } catch {
    return null;
  }
}
