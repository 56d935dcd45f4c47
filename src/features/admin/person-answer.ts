// "Why can't this person see UC presence?": the capabilities the seed requires, what is missing,
// and which of the org's roles grant it, from the same rule the app gates with.
import type { MessageKey } from '@/i18n/catalog-types';
import {
  capabilitiesOf,
  capabilityRequirements,
  permissionMatches,
  type Capability,
  type UcPermissions,
} from '@/foundations/permissions/permission-model';
import { CAPABILITY_LABEL_KEYS } from '@/features/admin/capability-matrix';
import { permissionLabel } from '@/features/admin/permission-labels';
import type { Role } from '@/features/admin/role-queries';

/** What UC presence needs anywhere in the app: badges in lists and presence when transferring. */
export const PRESENCE_CAPABILITIES: readonly Capability[] = ['seeBadges', 'seeUcOnTransfer'];

export interface MissingPermission {
  permission: string;
  /** As Admin > Roles / Permissions names it: "Integration > 8×8 > View". */
  label: string;
  /** The org's roles that grant it, the narrowest first. */
  roles: Role[];
}

export interface PersonAnswer {
  capabilities: { capability: Capability; labelKey: MessageKey; allowed: boolean }[];
  missing: MissingPermission[];
}

const isWildcardFor = (role: Role, permission: string): boolean =>
  !role.permissions.some((held) => !held.includes('*') && permissionMatches(held, permission));

/**
 * The roles granting `permission` under the * rule, the one to suggest first: a role naming it
 * outright before one granting it by wildcard (Master Admin's *:*:*), then the smaller role.
 */
export function rolesGrantingNarrowestFirst(roles: readonly Role[], permission: string, compare: (a: string, b: string) => number): Role[] {
  return roles
    .filter((role) => role.permissions.some((held) => permissionMatches(held, permission)))
    .sort(
      (a, b) =>
        Number(isWildcardFor(a, permission)) - Number(isWildcardFor(b, permission)) ||
        a.permissions.length - b.permissions.length ||
        compare(a.name, b.name),
    );
}

/** The answer for one person's effective permissions. */
export function personAnswerOf(
  uc: UcPermissions,
  held: readonly string[],
  roles: readonly Role[],
  compare: (a: string, b: string) => number,
): PersonAnswer {
  const checks = capabilitiesOf(held, uc);
  const required = capabilityRequirements(uc).filter((requirement) => PRESENCE_CAPABILITIES.includes(requirement.capability));
  const missing = [...new Set(required.flatMap((requirement) => checks[requirement.capability].missing))];
  return {
    capabilities: required.map(({ capability }) => ({
      capability,
      labelKey: CAPABILITY_LABEL_KEYS[capability],
      allowed: checks[capability].allowed,
    })),
    missing: missing.map((permission) => ({
      permission,
      label: permissionLabel(permission),
      roles: rolesGrantingNarrowestFirst(roles, permission, compare),
    })),
  };
}
