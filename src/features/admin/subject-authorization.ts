import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { parseAnswer } from '@/genesys/api-answer';
import type { PlatformApis } from '@/genesys/sdk';
import { cleanText } from '@/features/people/directory-user';

const userSchema = z.object({
  id: z.string().min(1),
  name: z.string().default('').transform(cleanText),
  authorization: z
    .object({
      permissions: z.array(z.string()).default([]),
      roles: z.array(z.object({ id: z.string().min(1), name: z.string().default('') })).default([]),
    })
    .default({ permissions: [], roles: [] }),
});

const subjectSchema = z.object({
  grants: z
    .array(
      z.object({
        role: z.object({ id: z.string().min(1), name: z.string().default('') }),
        division: z.object({ id: z.string().min(1), name: z.string().default('') }),
      }),
    )
    .default([]),
});

export interface Grant {
  roleId: string;
  roleName: string;
  divisionId: string;
  divisionName: string;
}

/** Someone's effective permissions (as the platform computes them) and the role grants behind them. */
export interface SubjectAuthorization {
  id: string;
  name: string;
  permissions: string[];
  roles: { id: string; name: string }[];
  grants: Grant[];
}

/** `userId` 'me' reads the signed-in user (no grant permission needed for one's own grants). */
export function subjectAuthorizationQuery(apis: PlatformApis, userId: string) {
  return queryOptions({
    queryKey: ['authorization', 'subjects', userId],
    queryFn: async (): Promise<SubjectAuthorization> => {
      const user = parseAnswer(
        userSchema,
        userId === 'me'
          ? await apis.users.getUsersMe({ expand: ['authorization'] })
          : await apis.users.getUser(userId, { expand: ['authorization'] }),
        'user authorization',
      );
      const subject = parseAnswer(subjectSchema, await apis.authorization.getAuthorizationSubject(user.id), 'authorization subject');
      return {
        id: user.id,
        name: user.name,
        permissions: user.authorization.permissions,
        roles: user.authorization.roles,
        grants: subject.grants.map(({ role, division }) => ({
          roleId: role.id,
          roleName: role.name,
          divisionId: division.id,
          divisionName: division.name,
        })),
      };
    },
    staleTime: 60_000,
  });
}
