// Frames of one browser tab, in one test process: a Web Locks manager as the browser's behaves for the
// calls tab-link.ts makes (exclusive locks, ifAvailable, abort while queued, query, release when the
// callback's promise settles or the frame dies) and Node's BroadcastChannel, which delivers between
// channels of one name as the browser's does between frames.
import type { TabLinkEnvironment } from '@/genesys/tab-link';

interface FrameState {
  dead: boolean;
}

interface Waiter {
  frame: FrameState;
  run: (lock: Lock | null) => unknown;
  settle: (value: unknown) => void;
  fail: (error: unknown) => void;
}

interface Held {
  frame: FrameState;
  release: () => void;
}

export interface TestFrame {
  readonly name: string;
  readonly env: TabLinkEnvironment;
  /** The frame goes the way a closed frame does: pagehide, then its locks are released. */
  close: () => void;
  /** The frame vanishes without pagehide (a crash): its locks go, its channel falls silent. */
  crash: () => void;
}

export function createTestTab(tabId = crypto.randomUUID()) {
  const held = new Map<string, Held>();
  const queues = new Map<string, Waiter[]>();

  function grant(name: string, waiter: Waiter): void {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (held.get(name)?.release === release) held.delete(name);
      const next = queues.get(name)?.shift();
      if (next) grant(name, next);
    };
    held.set(name, { frame: waiter.frame, release });
    // The callback runs as a task of its own, as in the browser.
    setTimeout(() => {
      if (waiter.frame.dead) {
        release();
        return;
      }
      Promise.resolve()
        .then(() => waiter.run({ name, mode: 'exclusive' }))
        .then(
          (value) => {
            release();
            waiter.settle(value);
          },
          (error: unknown) => {
            release();
            waiter.fail(error);
          },
        );
    }, 0);
  }

  const frames: (TestFrame & FrameState)[] = [];

  function frame(name: string): TestFrame {
    const hideListeners = new Set<() => void>();
    const channels: BroadcastChannel[] = [];
    const self: FrameState = { dead: false };
    function die() {
      self.dead = true;
      for (const channel of channels) channel.close();
      for (const lock of [...held.values()]) if (lock.frame === self) lock.release();
      for (const queue of queues.values()) {
        for (const waiter of [...queue]) if (waiter.frame === self) queue.splice(queue.indexOf(waiter), 1);
      }
    }
    const locks: TabLinkEnvironment['locks'] = {
      request: (lockName: string, optionsOrRun: unknown, maybeRun?: unknown) => {
        const options = (typeof optionsOrRun === 'function' ? {} : optionsOrRun) as LockOptions;
        const run = (typeof optionsOrRun === 'function' ? optionsOrRun : maybeRun) as (lock: Lock | null) => unknown;
        return new Promise<unknown>((settle, fail) => {
          const waiter: Waiter = { frame: self, run, settle, fail };
          if (!held.has(lockName)) {
            grant(lockName, waiter);
            return;
          }
          if (options.ifAvailable) {
            setTimeout(() => {
              Promise.resolve()
                .then(() => run(null))
                .then(settle, fail);
            }, 0);
            return;
          }
          const queue = queues.get(lockName) ?? [];
          queues.set(lockName, queue);
          queue.push(waiter);
          options.signal?.addEventListener('abort', () => {
            const at = queue.indexOf(waiter);
            if (at < 0) return;
            queue.splice(at, 1);
            fail(new DOMException('The request was aborted.', 'AbortError'));
          });
        });
      },
      query: () =>
        Promise.resolve({
          held: [...held.keys()].map((lockName) => ({ name: lockName, mode: 'exclusive' as const, clientId: '' })),
          pending: [],
        }),
    };
    const made = Object.assign(self, {
      name,
      close: () => {
        for (const listener of [...hideListeners]) listener();
        die();
      },
      crash: die,
      env: {
        locks,
        openChannel: (channelName: string) => {
          const channel = new BroadcastChannel(channelName);
          channels.push(channel);
          return channel;
        },
        tabId: () => tabId,
        newId: () => `${name}-${crypto.randomUUID().slice(0, 8)}`,
        onPageHide: (listener: () => void) => {
          hideListeners.add(listener);
          return () => hideListeners.delete(listener);
        },
      } satisfies TabLinkEnvironment,
    });
    frames.push(made);
    return made;
  }

  return {
    frame,
    /** Every frame that is still alive goes (afterEach). */
    closeAll: () => {
      for (const f of frames) if (!f.dead) f.close();
    },
  };
}
