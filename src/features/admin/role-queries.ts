import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { authorizationApi, type PlatformApis } from '@/genesys/sdk';
import { nameText } from '@/foundations/people/directory-user';
import { adminKeys } from '@/features/admin/admin-keys';

const ROLE_PAGE_SIZE = 500;

// A role's grants as Genesys also writes them: one policy per domain and entity, with its actions
// ("*" allowed in each). Read beside `permissions` because an org may fill only one of the two.
const policySchema = z.object({
  domain: z.string().check(z.minLength(1)),
  entityName: z.string().check(z.minLength(1)),
  actionSet: z._default(z.array(z.string().check(z.minLength(1))), []),
});

const roleSchema = z.pipe(
  z.object({
    id: z.string().check(z.minLength(1)),
    name: nameText,
    permissions: z._default(z.array(z.string()), []),
    permissionPolicies: z._default(z.array(z.unknown()), []),
  }),
  z.transform(({ id, name, permissions, permissionPolicies }) => {
    // One unreadable policy costs its own permissions, not the role's.
    const fromPolicies = permissionPolicies.flatMap((raw) => {
      const policy = policySchema.safeParse(raw);
      return policy.success ? policy.data.actionSet.map((action) => `${policy.data.domain}:${policy.data.entityName}:${action}`) : [];
    });
    return { id, name, permissions: [...new Set([...permissions, ...fromPolicies])] };
  }),
);
export type Role = z.infer<typeof roleSchema>;

const rolesPageSchema = z.object({
  entities: z._default(z.array(roleSchema), []),
  pageCount: z._default(z.number().check(z.int(), z.nonnegative()), 1),
});

// User references only: Genesys sends no names here (read them with userNamesQuery).
const roleUsersPageSchema = z.object({
  entities: z._default(z.array(z.object({ id: z.string().check(z.minLength(1)) })), []),
  total: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  pageCount: z._default(z.number().check(z.int(), z.nonnegative()), 1),
});

/**
 * Every role of the org with its permissions. Read whole (orgs have tens of roles, one page) rather
 * than with ?permission=, so that wildcard grants (directory:*:view, *:*:*) count the same way as
 * in the capability model: one matching rule for the whole app.
 */
export function rolesQuery(apis: PlatformApis) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: adminKeys.roles(),
    queryFn: async (): Promise<Role[]> => {
      const authorization = await authorizationApi(apis);
      const roles: Role[] = [];
      for (let pageNumber = 1, pageCount = 1; pageNumber <= pageCount; pageNumber += 1) {
        const page = parseAnswer(
          rolesPageSchema,
          await authorization.getAuthorizationRoles({ pageSize: ROLE_PAGE_SIZE, pageNumber }),
          'roles',
        );
        roles.push(...page.entities);
        pageCount = page.pageCount;
      }
      return roles;
    },
    staleTime: 5 * 60_000,
  });
}

export interface RoleHolders {
  total: number;
  userIds: string[];
}

/** The ids of the users holding a role (every page); `total` is the platform's count. */
export function roleHoldersQuery(apis: PlatformApis, roleId: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- apis is the session's client, not data: no factory keys on it
  return queryOptions({
    queryKey: adminKeys.roleHolders(roleId),
    queryFn: async (): Promise<RoleHolders> => {
      const authorization = await authorizationApi(apis);
      const holders: RoleHolders = { total: 0, userIds: [] };
      for (let pageNumber = 1, pageCount = 1; pageNumber <= pageCount; pageNumber += 1) {
        const page = parseAnswer(
          roleUsersPageSchema,
          await authorization.getAuthorizationRoleUsers(roleId, { pageSize: ROLE_PAGE_SIZE, pageNumber }),
          'role users',
        );
        if (pageNumber === 1) holders.total = page.total;
        holders.userIds.push(...page.entities.map((entity) => entity.id));
        pageCount = page.pageCount;
      }
      return holders;
    },
    staleTime: 5 * 60_000,
  });
}
