// Query keys of the admin view: roles and their holders, someone's authorization, names by id and the
// person search, generic to specific.

const roles = ['authorization', 'roles'] as const;

export const adminKeys = {
  roles: () => roles,
  roleHolders: (roleId: string) => [...roles, roleId, 'users'] as const,
  subject: (userId: string) => ['authorization', 'subjects', userId] as const,
  userNames: (sortedIds: readonly string[]) => ['admin', 'user-names', sortedIds] as const,
  people: (terms: readonly string[]) => ['admin', 'people', terms] as const,
};
