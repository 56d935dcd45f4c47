// The board's last scope, kept in this browser per signed-in user, so the board opens where the
// supervisor left it (a department or group by its name or id, never people's data).
import { z } from 'zod/mini';
import { createLocalStore } from '@/ui/local-store';
import type { BoardScope } from '@/features/supervisor/board-scope';
import { storedId } from '@/features/supervisor/saved-selection';

const ALL: BoardScope = { kind: 'all' };

const scopeSchema = z.object({
  version: z.literal(1),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('department'), department: z.string().check(z.minLength(1), z.maxLength(256)) }),
    z.object({ kind: z.literal('group'), groupId: storedId }),
    z.object({ kind: z.literal('selection') }),
  ]),
});

const store = createLocalStore<BoardScope>({
  parse: (json) => scopeSchema.safeParse(json).data?.scope ?? ALL,
  serialize: (scope) => ({ version: 1, scope }),
  empty: ALL,
});

const storageKey = (userId: string): string => `gc8x8.supervisor.scope.${userId}`;

/** The scope the supervisor last chose here; everyone when none (or nothing readable) is stored. */
export function readScope(userId: string): BoardScope {
  return store.read(storageKey(userId));
}

export function writeScope(userId: string, scope: BoardScope): void {
  store.write(storageKey(userId), scope);
}
