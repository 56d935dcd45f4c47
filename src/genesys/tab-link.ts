// The frames of this app in one browser tab: inside Genesys Cloud a client app and up to ten interaction
// widgets, of one origin, sharing one sessionStorage and so one token, with one budget of requests and one
// limit of notification channels. They elect a leader with a Web Lock (released by the browser when the
// leader's frame closes or reloads, so the next frame in line leads at once) and talk over a BroadcastChannel.
// Each frame also holds a lock of its own while it lives: the leader learns from the lock list which frames
// went without a word. Without Web Locks, BroadcastChannel or sessionStorage a frame works alone.
import { z } from 'zod';
import { sessionStore } from '@/genesys/sign-in';

/** Frames of two deployments of the app in one tab keep to themselves: bump it when a message changes shape. */
const PROTOCOL = 'gc8x8-tab-v1';
const TAB_ID_KEY = 'gc8x8:tabId';
/** How often the leader looks for frames that closed without saying so (a crash, a widget Genesys removed). */
export const FRAME_SWEEP_MS = 2_000;

export type FrameRole = 'leader' | 'follower';

/** What one frame posts to the others; `body` is read by the module it is for. */
export interface TabEnvelope {
  from: string;
  /** A message for one frame; absent: for every frame. */
  to?: string;
  body: unknown;
}

const envelopeSchema = z.object({
  protocol: z.literal(PROTOCOL),
  from: z.string().min(1),
  to: z.string().min(1).optional(),
  body: z.unknown(),
});

const controlSchema = z.discriminatedUnion('link', [
  z.object({ link: z.literal('hello') }),
  z.object({ link: z.literal('leader') }),
  z.object({ link: z.literal('bye') }),
]);

export interface TabLink {
  readonly frameId: string;
  /** Settles once this frame knows whether it leads (the first lock answer). */
  readonly ready: Promise<void>;
  role(): FrameRole;
  /** The frame that leads, as last announced (this one's id when it leads); undefined while none is known. */
  leaderId(): string | undefined;
  /** Told whenever a frame (this one included) starts to lead, and when a leader answers this frame's hello. */
  onLeader(listener: (leaderId: string) => void): () => void;
  /** Told (while this frame leads) when another frame closed or vanished. */
  onFrameGone(listener: (frameId: string) => void): () => void;
  send(body: unknown, to?: string): void;
  /** Every message of another frame for this one or for all; a message's first reader gets it first. */
  onMessage(listener: (message: TabEnvelope) => void): () => void;
  /** Told when this frame leaves the tab (pagehide, or close()): what it held for the tab must stop now. */
  onClose(listener: () => void): () => void;
  close(): void;
}

/** What a link needs of the browser (the real one by default; tests give their own). */
export interface TabLinkEnvironment {
  locks: Pick<LockManager, 'request' | 'query'>;
  openChannel: (name: string) => Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener'>;
  /** This tab's id, the same in every frame of the tab; null: no storage shared by the tab's frames. */
  tabId: () => string | null;
  newId: () => string;
  /** Runs `listener` when the frame goes away (pagehide); returns its removal. */
  onPageHide: (listener: () => void) => () => void;
}

/** The tab's id in sessionStorage (shared by the frames of one tab, not by other tabs), made by the first frame. */
function tabIdFrom(win: Window, newId: () => string): string | null {
  const { storage, outlivesPage } = sessionStore(win);
  // Storage the other frames cannot read (third-party storage blocked) shares nothing: work alone.
  if (!outlivesPage) return null;
  const known = storage.getItem(TAB_ID_KEY);
  if (known) return known;
  const id = newId();
  storage.setItem(TAB_ID_KEY, id);
  return id;
}

/** The browser's side of TabLinkEnvironment, or null when it lacks Web Locks or BroadcastChannel. */
export function browserTabEnvironment(win: Window): TabLinkEnvironment | null {
  const locks = 'locks' in win.navigator ? win.navigator.locks : undefined;
  if (!locks || typeof BroadcastChannel !== 'function') return null;
  const newId = () => win.crypto.randomUUID();
  return {
    locks,
    openChannel: (name) => new BroadcastChannel(name),
    tabId: () => tabIdFrom(win, newId),
    newId,
    onPageHide: (listener) => {
      win.addEventListener('pagehide', listener);
      return () => {
        win.removeEventListener('pagehide', listener);
      };
    },
  };
}

type Listener<T> = (value: T) => void;

function emit<T>(listeners: Set<Listener<T>>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch {
      // One reader's bug must not stop the others.
    }
  }
}

/** Joins the tab's frames; null when this browser or frame cannot (the frame then works alone, as before). */
export function openTabLink(env: TabLinkEnvironment | null): TabLink | null {
  const tabId = env?.tabId() ?? null;
  if (!env || tabId === null) return null;
  const { locks } = env;
  const prefix = `${PROTOCOL}:${tabId}`;
  const frameId = env.newId();
  const frameLockPrefix = `${prefix}:frame:`;
  const channel = env.openChannel(prefix);
  const releases: (() => void)[] = [];
  const abort = new AbortController();
  const listeners = {
    leader: new Set<Listener<string>>(),
    gone: new Set<Listener<string>>(),
    message: new Set<Listener<TabEnvelope>>(),
    close: new Set<Listener<undefined>>(),
  };
  let role: FrameRole = 'follower';
  let leader: string | undefined;
  let closed = false;
  /** Frames heard from, for the leader's sweep. */
  const known = new Set<string>();
  let sweepTimer: ReturnType<typeof setInterval> | undefined;

  const post = (body: unknown, to?: string) => {
    if (closed) return;
    channel.postMessage({ protocol: PROTOCOL, from: frameId, ...(to === undefined ? {} : { to }), body });
  };
  const hold = (): Promise<void> =>
    new Promise<void>((resolve) => {
      releases.push(resolve);
    });
  /** Holds `name` until close; `then` runs once it is held (at once when free, else when its holder lets go). */
  const request = (name: string, options: LockOptions, then: (held: boolean) => void) => {
    locks
      .request(name, { ...options, signal: options.ifAvailable ? undefined : abort.signal }, (lock) => {
        if (closed) return undefined;
        then(lock !== null);
        return lock === null ? undefined : hold();
      })
      // Aborted by close() while queued: nothing to do.
      .catch(() => undefined);
  };

  function frameGone(id: string) {
    if (!known.delete(id)) return;
    if (role === 'leader') emit(listeners.gone, id);
  }

  async function sweep() {
    const held = new Set(((await locks.query()).held ?? []).flatMap((lock) => lock.name ?? []));
    for (const id of [...known]) if (!held.has(`${frameLockPrefix}${id}`)) frameGone(id);
  }

  function lead() {
    role = 'leader';
    leader = frameId;
    post({ link: 'leader' });
    emit(listeners.leader, frameId);
    sweepTimer = setInterval(() => {
      void sweep().catch(() => undefined);
    }, FRAME_SWEEP_MS);
  }

  let settle: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    settle = resolve;
  });

  channel.addEventListener('message', (event: Event) => {
    if (closed) return;
    // Read by shape: a MessageEvent of another realm (a test's channel) fails instanceof.
    const data: unknown = 'data' in event ? event.data : undefined;
    const envelope = envelopeSchema.safeParse(data);
    if (!envelope.success) return;
    const { from, to, body } = envelope.data;
    if (to !== undefined && to !== frameId) return;
    known.add(from);
    const control = controlSchema.safeParse(body);
    if (control.success) {
      const { link } = control.data;
      if (link === 'hello' && role === 'leader') post({ link: 'leader' }, from);
      if (link === 'leader') {
        leader = from;
        emit(listeners.leader, from);
      }
      if (link === 'bye') {
        if (leader === from) leader = undefined;
        frameGone(from);
      }
      return;
    }
    emit(listeners.message, { from, ...(to === undefined ? {} : { to }), body });
  });

  request(`${frameLockPrefix}${frameId}`, {}, () => undefined);
  request(`${prefix}:leader`, { ifAvailable: true }, (held) => {
    if (held) lead();
    else {
      post({ link: 'hello' });
      // In line for the lead: granted when the leader's frame closes or reloads.
      request(`${prefix}:leader`, {}, lead);
    }
    settle();
  });
  const stopPageHide = env.onPageHide(() => {
    link.close();
  });

  const link: TabLink = {
    frameId,
    ready,
    role: () => role,
    leaderId: () => leader,
    onLeader: (listener) => {
      listeners.leader.add(listener);
      return () => listeners.leader.delete(listener);
    },
    onFrameGone: (listener) => {
      listeners.gone.add(listener);
      return () => listeners.gone.delete(listener);
    },
    send: post,
    onMessage: (listener) => {
      listeners.message.add(listener);
      return () => listeners.message.delete(listener);
    },
    onClose: (listener) => {
      listeners.close.add(listener);
      return () => listeners.close.delete(listener);
    },
    close() {
      if (closed) return;
      post({ link: 'bye' });
      closed = true;
      stopPageHide();
      clearInterval(sweepTimer);
      abort.abort();
      for (const release of releases) release();
      channel.close();
      settle();
      emit(listeners.close, undefined);
    },
  };
  return link;
}
