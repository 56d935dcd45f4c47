import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import { nameText } from '@/foundations/people/directory-user';
import { peopleKeys } from '@/foundations/people/people-keys';

const nameSchema = z.object({ name: nameText });

export function userNameQuery(apis: PlatformApis, userId: string) {
  return queryOptions({
    queryKey: peopleKeys.name(userId),
    queryFn: async () => parseAnswer(nameSchema, await apis.users.getUser(userId), 'user').name,
    // Names change rarely: one request per manager per session at most.
    staleTime: 60 * 60_000,
  });
}

/** A user's name (the card's manager), asked for only when the card shows it. */
export function useUserName(userId: string | undefined) {
  const { apis } = useSession();
  return useQuery({ ...userNameQuery(apis, userId ?? ''), enabled: userId !== undefined });
}
