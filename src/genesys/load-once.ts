// A lazily loaded chunk, asked for once: the client app SDK (client-app.ts), the SDK's API classes that load on
// first use (sdk.ts, one per client), the phone number library (src/ui/phone-format.tsx), live presence's push hub; or asked for until it loads: the notifications socket,
// the tab's notifications hub and the push hub, whose callers wait for them. It lives with the SDK owner because the SDK's side needs it and may import nothing above.

/**
 * `load` run on the first call and its promise shared by every later one; a load that fails (offline, a new
 * deployment that removed the chunk) is forgotten, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** The first pause before a chunk that did not load is asked for again; it doubles up to RELOAD_MAX_MS. */
export const RELOAD_BASE_MS = 1_000;
const RELOAD_MAX_MS = 30_000;

/**
 * Runs `load` until it succeeds, asking again after RELOAD_BASE_MS, then twice as long each time up to
 * RELOAD_MAX_MS, and hands what it loaded to `use`. The returned stop() ends the retries; a load already on its
 * way is still handed to `use`, which knows whether it is wanted (what it made may need closing).
 */
export function loadRetrying<T>(load: () => Promise<T>, use: (loaded: T) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = (pauseMs: number) => {
    load().then(use, () => {
      if (!stopped) timer = setTimeout(attempt, pauseMs, Math.min(pauseMs * 2, RELOAD_MAX_MS));
    });
  };
  attempt(RELOAD_BASE_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
