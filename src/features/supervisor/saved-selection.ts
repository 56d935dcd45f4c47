// The supervisor's own selection of people, kept in this browser per signed-in
// user: ids only (names and presence are always read fresh from Genesys Cloud).
import { useCallback } from 'react';
import { z } from 'zod/mini';
import { createLocalStore } from '@/ui/local-store';

/** A selection is for watching a team, not an org: enough for several teams, small enough to load in a few requests. */
export const MAX_SELECTION = 500;

/** An id kept in this browser (a user's or a group's), as Genesys writes ids: checked on read. */
export const storedId = z.string().check(z.regex(/^[0-9A-Za-z-]{1,64}$/));

const selectionSchema = z.object({
  version: z.literal(1),
  ids: z.array(storedId).check(z.maxLength(MAX_SELECTION)),
});

const storageKey = (userId: string): string => `gc8x8.supervisor.selection.${userId}`;
const EMPTY: readonly string[] = Object.freeze([]);

const store = createLocalStore<readonly string[]>({
  parse: (json) => {
    const parsed = selectionSchema.safeParse(json);
    return parsed.success ? Object.freeze([...new Set(parsed.data.ids)]) : EMPTY;
  },
  serialize: (ids) => ({ version: 1, ids: [...new Set(ids)].slice(0, MAX_SELECTION) }),
  empty: EMPTY,
});

/** The saved ids, or none when nothing (or nothing readable) is stored. */
export function readSelection(userId: string): readonly string[] {
  return store.read(storageKey(userId));
}

export function writeSelection(userId: string, ids: readonly string[]): void {
  store.write(storageKey(userId), ids);
}

export interface SavedSelection {
  ids: readonly string[];
  has: (id: string) => boolean;
  toggle: (id: string) => void;
  full: boolean;
}

export function useSavedSelection(userId: string): SavedSelection {
  const ids = store.useValue(storageKey(userId));
  const toggle = useCallback(
    (id: string) => {
      const current = readSelection(userId);
      writeSelection(userId, current.includes(id) ? current.filter((other) => other !== id) : [...current, id]);
    },
    [userId],
  );
  return { ids, has: (id) => ids.includes(id), toggle, full: ids.length >= MAX_SELECTION };
}
