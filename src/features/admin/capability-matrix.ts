import type { MessageKey } from '@/i18n/catalog-types';
import {
  capabilitiesOf,
  capabilityRequirements,
  hasPermission,
  permissionMatches,
  type Capability,
  type UcPermissions,
} from '@/foundations/permissions/permission-model';
import type { Role } from '@/features/admin/role-queries';
import type { SubjectAuthorization } from '@/features/admin/subject-authorization';

/** The capabilities the matrix shows (running the admin checks is gated separately). */
export const MATRIX_CAPABILITIES: readonly Capability[] = [
  'seeBadges',
  'seeUcOnTransfer',
  'searchDirectory',
  'blindTransfer',
  'consultTransfer',
];

/** The catalog key of each capability's name. */
export const CAPABILITY_LABEL_KEYS: Record<Capability, MessageKey> = {
  seeBadges: 'admin.capability.seeBadges',
  seeUcOnTransfer: 'admin.capability.seeUcOnTransfer',
  searchDirectory: 'admin.capability.searchDirectory',
  blindTransfer: 'admin.capability.blindTransfer',
  consultTransfer: 'admin.capability.consultTransfer',
  runAdminChecks: 'admin.capability.runAdminChecks',
};

export interface GrantingRole {
  roleId: string;
  roleName: string;
  /** Divisions the role is granted in: what search and presence are limited to. */
  divisions: string[];
}

export interface PermissionCell {
  permission: string;
  held: boolean;
  via: GrantingRole[];
}

export interface MatrixRow {
  capability: Capability;
  labelKey: MessageKey;
  allowed: boolean;
  /** What capabilitiesOf says is missing: the same rule the app gates with. */
  missing: string[];
  permissions: PermissionCell[];
}

/** Roles (by id) whose permissions include `permission` under the * rule. */
export function rolesGranting(roles: readonly Role[], permission: string): Role[] {
  return roles.filter((role) => role.permissions.some((held) => permissionMatches(held, permission)));
}

/**
 * The matrix for one person. Allowed and missing come from capabilitiesOf (the rule the app gates
 * with), over the platform's effective permissions; "via" from their role grants matched against
 * each role's permissions with the same * rule.
 */
export function capabilityMatrixOf(uc: UcPermissions, subject: SubjectAuthorization, roles: readonly Role[]): MatrixRow[] {
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const granted = new Map<string, GrantingRole>();
  for (const grant of subject.grants) {
    const entry = granted.get(grant.roleId) ?? { roleId: grant.roleId, roleName: grant.roleName, divisions: [] };
    if (!entry.divisions.includes(grant.divisionName)) entry.divisions.push(grant.divisionName);
    granted.set(grant.roleId, entry);
  }
  // Roles the user object names without a grant (the subject call may lag): no division known.
  for (const role of subject.roles) {
    if (!granted.has(role.id)) granted.set(role.id, { roleId: role.id, roleName: role.name, divisions: [] });
  }
  const capabilities = capabilitiesOf(subject.permissions, uc);
  return capabilityRequirements(uc)
    .filter((requirement) => MATRIX_CAPABILITIES.includes(requirement.capability))
    .map(({ capability, permissions }) => {
      const { allowed, missing } = capabilities[capability];
      // Every permission the rule names, the missing ones included even if a requirement list lagged.
      const cells = [...new Set([...permissions, ...missing])].map((permission) => ({
        permission,
        held: hasPermission(subject.permissions, permission),
        via: [...granted.values()].filter((grant) =>
          roleById.get(grant.roleId)?.permissions.some((held) => permissionMatches(held, permission)),
        ),
      }));
      return { capability, labelKey: CAPABILITY_LABEL_KEYS[capability], allowed, missing, permissions: cells };
    });
}
