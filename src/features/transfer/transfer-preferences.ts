// Favorites and recent transfer targets, per signed-in user, in this browser's
// localStorage. Only user ids are stored (no names, no numbers: the directory is
// the source of those), and what is read back is parsed: anything unreadable is ignored.
import { useCallback, useMemo } from 'react';
import { z } from 'zod/mini';
import { createLocalStore } from '@/ui/local-store';

export const MAX_FAVORITES = 20;
export const MAX_RECENTS = 8;

const userId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));
// Each list is read on its own, and bad entries are dropped: one corrupt id does not cost the rest.
const idList = (max: number) =>
  z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((ids) => [...new Set(ids.flatMap((id) => (userId.safeParse(id).success ? [String(id)] : [])))].slice(0, max)),
  );
const storedSchema = z.object({
  version: z.literal(1),
  favorites: idList(MAX_FAVORITES),
  recents: idList(MAX_RECENTS),
});

export interface TransferPreferences {
  favorites: readonly string[];
  recents: readonly string[];
}

const EMPTY: TransferPreferences = Object.freeze({ favorites: [], recents: [] });

export const preferencesKey = (signedInUserId: string): string => `8x8-presence.transfer.v1.${signedInUserId}`;

const store = createLocalStore<TransferPreferences>({
  parse: (json) => {
    const parsed = storedSchema.safeParse(json);
    return parsed.success ? { favorites: parsed.data.favorites, recents: parsed.data.recents } : EMPTY;
  },
  serialize: (value) => ({ version: 1, favorites: value.favorites, recents: value.recents }),
  empty: EMPTY,
});
const read = store.read;
const write = store.write;

export interface TransferPreferencesStore extends TransferPreferences {
  toggleFavorite: (userId: string) => void;
  /** Puts a transfer target first among the recents. */
  addRecent: (userId: string) => void;
}

export function useTransferPreferences(signedInUserId: string): TransferPreferencesStore {
  const key = preferencesKey(signedInUserId);
  const value = store.useValue(key);
  const toggleFavorite = useCallback(
    (id: string) => {
      const current = read(key);
      const favorites = current.favorites.includes(id)
        ? current.favorites.filter((candidate) => candidate !== id)
        : [...current.favorites, id].slice(-MAX_FAVORITES);
      write(key, { ...current, favorites });
    },
    [key],
  );
  const addRecent = useCallback(
    (id: string) => {
      const current = read(key);
      write(key, { ...current, recents: [id, ...current.recents.filter((candidate) => candidate !== id)].slice(0, MAX_RECENTS) });
    },
    [key],
  );
  return useMemo(() => ({ ...value, toggleFavorite, addRecent }), [value, toggleFavorite, addRecent]);
}
