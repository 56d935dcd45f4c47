// Favorites and recents are stored as ids: their names, numbers and whether they are
// still UC users come from Genesys Cloud, in one request (GET /api/v2/users takes up to 100 ids).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { useSession } from '@/genesys/session';
import { nameText, toDirectoryUser, type DirectoryUser, type WhoCounts } from '@/foundations/people/directory-user';
import { useWhoCounts } from '@/foundations/people/use-who-counts';
import { peopleKeys } from '@/foundations/people/people-keys';

const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });
const nameSchema = z.object({ id: z.string().check(z.minLength(1)), name: nameText });
const stateSchema = z.object({ state: z._default(z.string(), 'active') });

export interface PinnedUsers {
  /** UC users, by id, active or not. */
  users: ReadonlyMap<string, DirectoryUser>;
  /** Those of `users` Genesys Cloud has made inactive: listed (the agent pinned them) but not transferable. */
  inactive: ReadonlySet<string>;
  /** Still in Genesys Cloud but without a UC number: nothing to transfer to. Their name, '' when they have none. */
  withoutNumber: ReadonlyMap<string, string>;
}

export function pinnedUsersQuery(apis: PlatformApis, ids: readonly string[], who: WhoCounts) {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: peopleKeys.byIds(sorted, who),
    queryFn: async (): Promise<PinnedUsers> => {
      // Every state: an inactive favorite is shown as such, rather than vanishing without a word.
      const answer = parseAnswer(listingSchema, await apis.users.getUsers({ id: sorted, pageSize: 100, state: 'any' }), 'users');
      const observedAt = Date.now();
      const users = new Map<string, DirectoryUser>();
      const inactive = new Set<string>();
      const withoutNumber = new Map<string, string>();
      for (const raw of answer.entities) {
        const state = stateSchema.safeParse(raw).data?.state ?? 'active';
        if (state === 'deleted') continue;
        // Presence comes from the live badges (when permitted), not from here.
        const user = toDirectoryUser(raw, false, observedAt, who);
        if (user) {
          users.set(user.id, user);
          if (state !== 'active') inactive.add(user.id);
          continue;
        }
        const named = nameSchema.safeParse(raw);
        if (named.success) withoutNumber.set(named.data.id, named.data.name);
      }
      return { users, inactive, withoutNumber };
    },
    staleTime: 5 * 60_000,
  });
}

/** The people behind the stored ids; ids Genesys no longer knows are left out. */
export function usePinnedUsers(ids: readonly string[]) {
  const { apis } = useSession();
  const who = useWhoCounts();
  return useQuery({ ...pinnedUsersQuery(apis, ids, who), enabled: ids.length > 0, placeholderData: keepPreviousData });
}
