// A lazily loaded chunk, asked for once: the client app SDK (client-app.ts), the phone number library
// (src/ui/phone-format.tsx). It lives with the SDK owner because the SDK's side needs it and may import nothing above.

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
