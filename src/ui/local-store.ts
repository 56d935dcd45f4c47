// Small per-user settings kept in this browser's localStorage (favorites, saved
// selections). What is read back is parsed: anything unreadable counts as empty.
// One parsed snapshot per stored text, so useSyncExternalStore sees a stable
// value; another tab's change arrives through the storage event; blocked storage
// (privacy settings, a sandboxed frame) keeps changes for the page only.
import { useSyncExternalStore } from 'react';

export interface LocalStore<T> {
  read: (key: string) => T;
  write: (key: string, value: T) => void;
  /** The value under `key`, re-rendering when it changes here or in another tab. */
  useValue: (key: string) => T;
}

export interface LocalStoreOptions<T> {
  /** Reads parsed JSON; returns `empty` for anything it does not accept. */
  parse: (json: unknown) => T;
  serialize: (value: T) => unknown;
  empty: T;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function createLocalStore<T>({ parse, serialize, empty }: LocalStoreOptions<T>): LocalStore<T> {
  const snapshots = new Map<string, { raw: string | null; value: T }>();
  /** Values that could not be stored (quota, blocked storage): they last until the page closes. */
  const unsaved = new Map<string, T>();
  const listeners = new Set<() => void>();

  function read(key: string): T {
    const kept = unsaved.get(key);
    if (kept !== undefined) return kept;
    let raw: string | null;
    try {
      raw = storage()?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
    const known = snapshots.get(key);
    if (known && known.raw === raw) return known.value;
    let value = empty;
    if (raw !== null) {
      try {
        value = parse(JSON.parse(raw));
      } catch {
        // Not JSON: someone else's value under our key.
      }
    }
    snapshots.set(key, { raw, value });
    return value;
  }

  function write(key: string, value: T): void {
    try {
      const target = storage();
      if (!target) throw new Error('no storage');
      target.setItem(key, JSON.stringify(serialize(value)));
      unsaved.delete(key);
    } catch {
      unsaved.set(key, value);
    }
    for (const listener of [...listeners]) listener();
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    window.addEventListener('storage', listener);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', listener);
    };
  }

  return {
    read,
    write,
    useValue: (key) => useSyncExternalStore(subscribe, () => read(key)),
  };
}
