// Query keys of the permissions foundation: the signed-in user's authorization, and the UC
// integrations (the 8×8 one and its badge icons), generic to specific.

/** The signed-in user's own records (users/me). */
export const permissionKeys = {
  myAuthorization: () => ['users', 'me', 'authorization'] as const,
};

const clientApps = ['integrations', 'unifiedcommunications', 'clientapps'] as const;

export const integrationKeys = {
  all: clientApps,
  /** The UC integration found by its presence source (e.g. EightByEight). */
  bySource: (presenceSource: string) => [...clientApps, presenceSource] as const,
  badgeIcons: (integrationId: string) => [...clientApps, integrationId, 'badge-icons'] as const,
};
