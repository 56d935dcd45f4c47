// Names for user ids that came without them (role holders: roles/{id}/users answers ids only).
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { nameText } from '@/foundations/people/directory-user';
import { adminKeys } from '@/features/admin/admin-keys';

/** GET /api/v2/users takes at most 100 ids per request. */
export const MAX_USER_IDS = 100;

const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });
const namedSchema = z.object({ id: z.string().check(z.minLength(1)), name: nameText });

/** The ids in batches of MAX_USER_IDS, each batch one request. */
export function userIdBatches(ids: readonly string[]): string[][] {
  const unique = [...new Set(ids)];
  const batches: string[][] = [];
  for (let start = 0; start < unique.length; start += MAX_USER_IDS) batches.push(unique.slice(start, start + MAX_USER_IDS));
  return batches;
}

/**
 * Each id's name, read MAX_USER_IDS at a time (state any: a role may be held by an inactive
 * account). Ids Genesys does not answer for, or answers without a name, are left out.
 */
export function userNamesQuery(apis: PlatformApis, ids: readonly string[]) {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: adminKeys.userNames(sorted),
    queryFn: async (): Promise<ReadonlyMap<string, string>> => {
      const answers = await Promise.all(
        userIdBatches(sorted).map(async (batch) =>
          parseAnswer(listingSchema, await apis.users.getUsers({ id: batch, pageSize: MAX_USER_IDS, state: 'any' }), 'users by id'),
        ),
      );
      const names = new Map<string, string>();
      for (const raw of answers.flatMap((answer) => answer.entities)) {
        // One unreadable entity costs its own name, not everyone's.
        const user = namedSchema.safeParse(raw);
        if (user.success && user.data.name !== '') names.set(user.data.id, user.data.name);
      }
      return names;
    },
    staleTime: 5 * 60_000,
  });
}
