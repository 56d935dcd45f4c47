// Genesys permissions are "domain:entity:action" strings. A "*" segment in a
// held permission matches anything (defensive: Genesys does not document it).

export const BADGE_PERMISSION_FALLBACK = 'integration:unifiedCommunications:view';
export const EIGHT_BY_EIGHT_PERMISSION_FALLBACK = 'integration:eightByEight:view';

export function permissionMatches(held: string, needed: string): boolean {
  const heldParts = held.split(':');
  const neededParts = needed.split(':');
  if (heldParts.length !== neededParts.length) return false;
  return heldParts.every((part, i) => part === '*' || part.toLowerCase() === neededParts[i]?.toLowerCase());
}

export function hasPermission(held: readonly string[], needed: string): boolean {
  return held.some((permission) => permissionMatches(permission, needed));
}

export interface CapabilityRequirement {
  capability: Capability;
  permissions: string[];
}

export type Capability =
  'seeBadges' | 'seeEightByEightOnTransfer' | 'searchDirectory' | 'blindTransfer' | 'consultTransfer' | 'runAdminChecks';

export interface CapabilityCheck {
  allowed: boolean;
  /** Permissions needed and not held, to tell the person what an admin must grant. */
  missing: string[];
}

export type Capabilities = Record<Capability, CapabilityCheck>;

export interface EightByEightPermissions {
  /** What badges need: the UC clientapps entry's userPermissions (less pbxPermission), else the fallback. */
  badge: string[];
  /** The 8×8 view permission (the entry's pbxPermission, else the fallback). */
  eightByEight: string;
}

/**
 * 8×8 presence shows anywhere only to someone who holds both the UC permission and the 8×8
 * integration's own (Genesys: "you must have … both … to use the 8×8 integration app and view badges").
 */
export function capabilityRequirements(eightByEight: EightByEightPermissions): CapabilityRequirement[] {
  const presence = [...eightByEight.badge, eightByEight.eightByEight];
  return [
    { capability: 'seeBadges', permissions: presence },
    { capability: 'seeEightByEightOnTransfer', permissions: presence },
    { capability: 'searchDirectory', permissions: ['directory:user:view'] },
    { capability: 'blindTransfer', permissions: ['conversation:communication:blindTransfer'] },
    { capability: 'consultTransfer', permissions: ['conversation:communication:consultTransfer'] },
    { capability: 'runAdminChecks', permissions: ['authorization:role:view', 'authorization:grant:view'] },
  ];
}

export function capabilitiesOf(held: readonly string[], eightByEight: EightByEightPermissions): Capabilities {
  const entries = capabilityRequirements(eightByEight).map(({ capability, permissions }) => {
    const missing = permissions.filter((permission) => !hasPermission(held, permission));
    return [capability, { allowed: missing.length === 0, missing }] as const;
  });
  return Object.fromEntries(entries) as Capabilities;
}

/** The permissions the platform declares for the 8×8 integration, with documented fallbacks. */
export function eightByEightPermissionsOf(
  integration: { pbxPermission?: string | undefined; userPermissions: string[] } | null | undefined,
): EightByEightPermissions {
  const eightByEight = integration?.pbxPermission ?? EIGHT_BY_EIGHT_PERMISSION_FALLBACK;
  const badge = (integration?.userPermissions ?? []).filter((permission) => permission !== eightByEight);
  return { badge: badge.length > 0 ? badge : [BADGE_PERMISSION_FALLBACK], eightByEight };
}
