// Genesys permissions are "domain:entity:action" strings. A "*" segment in a
// held permission matches anything (defensive: Genesys does not document it).

import type { UcProfile } from '@/genesys/uc-table';

export const BADGE_PERMISSION_FALLBACK = 'integration:unifiedCommunications:view';

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

export type Capability = 'seeBadges' | 'seeUcOnTransfer' | 'searchDirectory' | 'blindTransfer' | 'consultTransfer' | 'runAdminChecks';

export interface CapabilityCheck {
  allowed: boolean;
  /** Permissions needed and not held, to tell the person what an admin must grant. */
  missing: string[];
}

export type Capabilities = Record<Capability, CapabilityCheck>;

export interface UcPermissions {
  /** What badges need: the UC clientapps entry's userPermissions (less pbxPermission), else the fallback. */
  badge: string[];
  /** The UC view permission (the entry's pbxPermission, else the fallback). */
  uc: string;
}

/**
 * UC presence shows anywhere only to someone who holds both the UC permission and the UC
 * integration's own (Genesys: "you must have … both … to use the UC integration app and view badges").
 */
export function capabilityRequirements(uc: UcPermissions): CapabilityRequirement[] {
  const presence = [...uc.badge, uc.uc];
  return [
    { capability: 'seeBadges', permissions: presence },
    { capability: 'seeUcOnTransfer', permissions: presence },
    { capability: 'searchDirectory', permissions: ['directory:user:view'] },
    { capability: 'blindTransfer', permissions: ['conversation:communication:blindTransfer'] },
    { capability: 'consultTransfer', permissions: ['conversation:communication:consultTransfer'] },
    { capability: 'runAdminChecks', permissions: ['authorization:role:view', 'authorization:grant:view'] },
  ];
}

export function capabilitiesOf(held: readonly string[], uc: UcPermissions): Capabilities {
  const entries = capabilityRequirements(uc).map(({ capability, permissions }) => {
    const missing = permissions.filter((permission) => !hasPermission(held, permission));
    return [capability, { allowed: missing.length === 0, missing }] as const;
  });
  return Object.fromEntries(entries) as Capabilities;
}

/** The permissions the platform declares for the served integration, else the table's fallbacks. */
export function ucPermissionsOf(
  profile: Pick<UcProfile, 'permissionFallback'>,
  integration: { pbxPermission?: string | undefined; userPermissions: string[] } | null | undefined,
): UcPermissions {
  const uc = integration?.pbxPermission ?? profile.permissionFallback;
  const badge = (integration?.userPermissions ?? []).filter((permission) => permission !== uc);
  return { badge: badge.length > 0 ? badge : [BADGE_PERMISSION_FALLBACK], uc };
}
