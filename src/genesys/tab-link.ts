// The frames of this app in one browser tab: inside Genesys Cloud a client app and up to ten interaction
// widgets, of one origin, sharing one sessionStorage and so one token, with one budget of requests and one
// limit of notification channels. They elect a leader with a Web Lock (released by the browser when the
// leader's frame closes or reloads, so the next frame in line leads at once) and talk over a BroadcastChannel.
// Each frame also holds a lock of its own while it lives: the leader learns from the lock list which frames
// went without a word. Without Web Locks, BroadcastChannel or sessionStorage a frame works alone.
import { z } from 'zod/mini';
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
  from: z.string().check(z.minLength(1)),
  to: z.optional(z.string().check(z.minLength(1))),
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

/** Adds to a listener set; returns the removal. */
function adder<T>(set: Set<Listener<T>>): (listener: Listener<T>) => () => void {
  return (listener) => {
    set.add(listener);
    return () => set.delete(listener);
  };
}

/** One frame's membership of the tab: its locks, its channel, its role. */
class FrameLink {
  readonly frameId: string;
  readonly ready: Promise<void>;
  readonly listeners = {
    leader: new Set<Listener<string>>(),
    gone: new Set<Listener<string>>(),
    message: new Set<Listener<TabEnvelope>>(),
    close: new Set<Listener<undefined>>(),
  };
  role: FrameRole = 'follower';
  leader: string | undefined;
  closed = false;
  readonly #env: TabLinkEnvironment;
  readonly #prefix: string;
  readonly #channel: ReturnType<TabLinkEnvironment['openChannel']>;
  readonly #releases: (() => void)[] = [];
  readonly #abort = new AbortController();
  /** Frames heard from, for the leader's sweep. */
  readonly #known = new Set<string>();
  #sweepTimer: ReturnType<typeof setInterval> | undefined;
  #settle: () => void = () => undefined;
  readonly #stopPageHide: () => void;

  constructor(env: TabLinkEnvironment, tabId: string) {
    this.#env = env;
    this.#prefix = `${PROTOCOL}:${tabId}`;
    this.frameId = env.newId();
    this.ready = new Promise<void>((resolve) => {
      this.#settle = resolve;
    });
    this.#channel = env.openChannel(this.#prefix);
    this.#channel.addEventListener('message', (event: Event) => {
      // Read by shape: a MessageEvent of another realm (a test's channel) fails instanceof.
      this.#receive('data' in event ? event.data : undefined);
    });
    this.#request(this.#frameLock(this.frameId), {}, () => undefined);
    this.#request(`${this.#prefix}:leader`, { ifAvailable: true }, (held) => {
      if (held) this.#lead();
      else {
        this.post({ link: 'hello' });
        // In line for the lead: granted when the leader's frame closes or reloads.
        this.#request(`${this.#prefix}:leader`, {}, () => {
          this.#lead();
        });
      }
      this.#settle();
    });
    this.#stopPageHide = env.onPageHide(() => {
      this.close();
    });
  }

  #frameLock(id: string): string {
    return `${this.#prefix}:frame:${id}`;
  }

  post(body: unknown, to?: string): void {
    if (this.closed) return;
    this.#channel.postMessage({ protocol: PROTOCOL, from: this.frameId, ...(to === undefined ? {} : { to }), body });
  }

  /** Holds `name` until close; `then` runs once it is held (at once when free, else when its holder lets go). */
  #request(name: string, options: LockOptions, then: (held: boolean) => void): void {
    this.#env.locks
      .request(name, { ...options, signal: options.ifAvailable ? undefined : this.#abort.signal }, (lock) => {
        if (this.closed) return undefined;
        then(lock !== null);
        if (lock === null) return undefined;
        return new Promise<void>((resolve) => {
          this.#releases.push(resolve);
        });
      })
      // Aborted by close() while queued: nothing to do.
      .catch(() => undefined);
  }

  #lead(): void {
    this.role = 'leader';
    this.leader = this.frameId;
    this.post({ link: 'leader' });
    emit(this.listeners.leader, this.frameId);
    this.#sweepTimer = setInterval(() => {
      void this.#sweep().catch(() => undefined);
    }, FRAME_SWEEP_MS);
  }

  #frameGone(id: string): void {
    if (!this.#known.delete(id)) return;
    if (this.role === 'leader') emit(this.listeners.gone, id);
  }

  async #sweep(): Promise<void> {
    const held = new Set(((await this.#env.locks.query()).held ?? []).flatMap((lock) => lock.name ?? []));
    for (const id of [...this.#known]) if (!held.has(this.#frameLock(id))) this.#frameGone(id);
  }

  #receive(data: unknown): void {
    if (this.closed) return;
    const envelope = envelopeSchema.safeParse(data);
    if (!envelope.success) return;
    const { from, to, body } = envelope.data;
    if (to !== undefined && to !== this.frameId) return;
    this.#known.add(from);
    const control = controlSchema.safeParse(body);
    if (!control.success) {
      emit(this.listeners.message, { from, ...(to === undefined ? {} : { to }), body });
      return;
    }
    const { link } = control.data;
    if (link === 'hello' && this.role === 'leader') this.post({ link: 'leader' }, from);
    if (link === 'leader') {
      this.leader = from;
      emit(this.listeners.leader, from);
    }
    if (link === 'bye') {
      if (this.leader === from) this.leader = undefined;
      this.#frameGone(from);
    }
  }

  close(): void {
    if (this.closed) return;
    this.post({ link: 'bye' });
    this.closed = true;
    this.#stopPageHide();
    clearInterval(this.#sweepTimer);
    this.#abort.abort();
    for (const release of this.#releases) release();
    this.#channel.close();
    this.#settle();
    emit(this.listeners.close, undefined);
  }
}

/** Joins the tab's frames; null when this browser or frame cannot (the frame then works alone, as before). */
export function openTabLink(env: TabLinkEnvironment | null): TabLink | null {
  const tabId = env?.tabId() ?? null;
  if (!env || tabId === null) return null;
  const frame = new FrameLink(env, tabId);
  return {
    frameId: frame.frameId,
    ready: frame.ready,
    role: () => frame.role,
    leaderId: () => frame.leader,
    onLeader: adder(frame.listeners.leader),
    onFrameGone: adder(frame.listeners.gone),
    send: (body, to) => {
      frame.post(body, to);
    },
    onMessage: adder(frame.listeners.message),
    onClose: adder(frame.listeners.close),
    close: () => {
      frame.close();
    },
  };
}
