import {
  hasPermission,
  permissionMatches,
  type Capability,
  type CapabilityRequirement,
} from '@/features/permissions/permission-model';
import type { Role } from '@/features/admin/role-queries';
import type { SubjectAuthorization } from '@/features/admin/subject-authorization';

/** The capabilities the matrix shows (running the admin checks is gated separately). */
export const MATRIX_CAPABILITIES: readonly Capability[] = [
  'seeBadges',
  'seeEightByEightOnTransfer',
  'searchDirectory',
  'blindTransfer',
  'consultTransfer',
];

export const CAPABILITY_LABELS: Record<Capability, string> = {
  seeBadges: 'See 8×8 presence badges',
  seeEightByEightOnTransfer: 'See 8×8 presence when transferring',
  searchDirectory: 'Search the directory',
  blindTransfer: 'Blind transfer',
  consultTransfer: 'Consult transfer',
  runAdminChecks: 'Run the admin checks',
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
  label: string;
  allowed: boolean;
  permissions: PermissionCell[];
}

/** Roles (by id) whose permissions include `permission` under the * rule. */
export function rolesGranting(roles: readonly Role[], permission: string): Role[] {
  return roles.filter((role) => role.permissions.some((held) => permissionMatches(held, permission)));
}

/**
 * The matrix for one person: held comes from the platform's effective permissions, "via" from
 * their role grants matched against each role's permissions with the same * rule.
 */
export function capabilityMatrixOf(
  requirements: readonly CapabilityRequirement[],
  subject: SubjectAuthorization,
  roles: readonly Role[],
): MatrixRow[] {
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
  return requirements
    .filter((requirement) => MATRIX_CAPABILITIES.includes(requirement.capability))
    .map(({ capability, permissions }) => {
      const cells = permissions.map((permission) => ({
        permission,
        held: hasPermission(subject.permissions, permission),
        via: [...granted.values()].filter((grant) =>
          roleById.get(grant.roleId)?.permissions.some((held) => permissionMatches(held, permission)),
        ),
      }));
      return { capability, label: CAPABILITY_LABELS[capability], allowed: cells.every((cell) => cell.held), permissions: cells };
    });
}
