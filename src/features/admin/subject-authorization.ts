import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { authorizationApi, type PlatformApis } from '@/genesys/sdk';
import { cleanText, nameText } from '@/foundations/people/directory-user';
import { myAuthorizationQuery, type MyAuthorization } from '@/foundations/permissions/get-my-authorization';
import { adminKeys } from '@/features/admin/admin-keys';

/** A role or division as a grant names it. */
const namedRef = z.object({ id: z.string().check(z.minLength(1)), name: z._default(z.string(), '') });

const userSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: nameText,
  authorization: z._default(
    z.object({
      permissions: z._default(z.array(z.string()), []),
      roles: z._default(z.array(namedRef), []),
    }),
    { permissions: [], roles: [] },
  ),
});
type SubjectUser = z.infer<typeof userSchema>;

const subjectSchema = z.object({
  grants: z._default(z.array(z.object({ role: namedRef, division: namedRef })), []),
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

/** The signed-in user as the permissions foundation already read them (users/me?expand=authorization). */
function fromMe(me: MyAuthorization): SubjectUser {
  return {
    id: me.id,
    name: cleanText(me.name),
    authorization: {
      permissions: me.authorization.permissions,
      roles: me.authorization.roles.flatMap((role) => (role.id ? [{ id: role.id, name: role.name ?? '' }] : [])),
    },
  };
}

/**
 * `userId` 'me' reads the signed-in user: their permissions from the cached users/me (no second
 * request) and their grants from authorization/subjects/me, which needs no grant permission.
 * Anyone else: users/{id} and subjects/{id} (authorization:grant:view), read in parallel.
 */
export function subjectAuthorizationQuery(apis: PlatformApis, userId: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: adminKeys.subject(userId),
    queryFn: async ({ client }): Promise<SubjectAuthorization> => {
      const me = userId === 'me';
      const [user, subject] = await Promise.all([
        me
          ? client.query(myAuthorizationQuery(apis)).then(fromMe)
          : apis.users
              .getUser(userId, { expand: ['authorization'] })
              .then((answer) => parseAnswer(userSchema, answer, 'user authorization')),
        authorizationApi(apis)
          .then((authorization) => (me ? authorization.getAuthorizationSubjectsMe() : authorization.getAuthorizationSubject(userId)))
          .then((answer) => parseAnswer(subjectSchema, answer, me ? 'authorization subjects/me' : 'authorization subject')),
      ]);
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
