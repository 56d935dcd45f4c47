import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import { permissionKeys } from '@/foundations/permissions/permission-keys';

const meSchema = z.object({
  id: z.string(),
  name: z.string().default(''),
  authorization: z
    .object({
      permissions: z.array(z.string()).default([]),
      roles: z.array(z.object({ id: z.string().optional(), name: z.string().optional() })).default([]),
    })
    .default({ permissions: [], roles: [] }),
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
