import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import { permissionKeys } from '@/foundations/permissions/permission-keys';

const meSchema = z.object({
  id: z.string(),
  name: z._default(z.string(), ''),
  authorization: z._default(
    z.object({
      permissions: z._default(z.array(z.string()), []),
      roles: z._default(z.array(z.object({ id: z.optional(z.string()), name: z.optional(z.string()) })), []),
    }),
    { permissions: [], roles: [] },
  ),
});

export type MyAuthorization = z.infer<typeof meSchema>;

export function myAuthorizationQuery(apis: PlatformApis) {
  return queryOptions({
    queryKey: permissionKeys.myAuthorization(),
    queryFn: async () => parseAnswer(meSchema, await apis.users.getUsersMe({ expand: ['authorization'] }), 'users/me'),
    staleTime: 5 * 60_000,
  });
}

export function useMyAuthorization() {
  const { apis } = useSession();
  return useQuery(myAuthorizationQuery(apis));
}
