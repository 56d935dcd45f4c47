// Query keys of the permissions foundation: the signed-in user's authorization, and the UC
// integrations (the list and each one's badge icons), generic to specific.

/** The signed-in user's own records (users/me). */
export const permissionKeys = {
  myAuthorization: () => ['users', 'me', 'authorization'] as const,
};

const clientApps = ['integrations', 'unifiedcommunications', 'clientapps'] as const;

export const integrationKeys = {
  all: clientApps,
  badgeIcons: (integrationId: string) => [...clientApps, integrationId, 'badge-icons'] as const,
};
