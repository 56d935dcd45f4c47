import { useQueries, useQuery } from '@tanstack/react-query';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { FirstContentMark } from '@/ui/first-content-mark';
import { Loading } from '@/ui/notice';
import { capabilityRequirements, type UcPermissions } from '@/foundations/permissions/permission-model';
import { MATRIX_CAPABILITIES, rolesGranting } from '@/features/admin/capability-matrix';
import { roleHoldersQuery, rolesQuery, type Role, type RoleHolders } from '@/features/admin/role-queries';
import { userNamesQuery } from '@/features/admin/user-names';
import { PermissionCode } from '@/features/admin/permission-code';
import { permissionLabel } from '@/features/admin/permission-labels';
import { PRESENCE_CAPABILITIES } from '@/features/admin/person-answer';
import { WithoutPresenceGroups } from '@/features/admin/without-presence-groups';

const TRANSFER_CAPABILITIES = new Set(['blindTransfer', 'consultTransfer']);
const SHOWN_WITHOUT_BADGES = 50;

type HoldersOf = ReadonlyMap<string, { data?: RoleHolders } | undefined>;

/** The users holding any role that grants `permission`, by the loaded holders of each role. */
function holdersOfPermission(allRoles: readonly Role[], holdersOf: HoldersOf, permission: string): string[] {
  return rolesGranting(allRoles, permission).flatMap((role) => holdersOf.get(role.id)?.data?.userIds ?? []);
}

/** People who may transfer but whose roles miss some badge permission, by id (a stable order for choosing whom to name). */
function transferrersWithoutBadges(
  allRoles: readonly Role[],
  holdersOf: HoldersOf,
  badgePermissions: readonly string[],
  transferPermissions: readonly string[],
): { id: string; missing: string[] }[] {
  // Who holds which badge permission, from the holders of the roles granting it.
  const badgeCover = new Map<string, Set<string>>();
  for (const permission of badgePermissions) {
    for (const userId of holdersOfPermission(allRoles, holdersOf, permission)) {
      const set = badgeCover.get(userId) ?? new Set<string>();
      set.add(permission);
      badgeCover.set(userId, set);
    }
  }
  const transferrers = new Set(transferPermissions.flatMap((permission) => holdersOfPermission(allRoles, holdersOf, permission)));
  return [...transferrers]
    .map((id) => ({ id, missing: badgePermissions.filter((permission) => !badgeCover.get(id)?.has(permission)) }))
    .filter((person) => person.missing.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Each needed permission with the roles granting it and how many people hold each role. */
function PermissionRolesTable({
  permissions,
  allRoles,
  holdersOf,
}: {
  permissions: readonly string[];
  allRoles: readonly Role[];
  holdersOf: HoldersOf;
}) {
  const { t, list } = useI18n();
  const withHolders = (role: Role): string => {
    const data = holdersOf.get(role.id)?.data;
    return data === undefined
      ? t('admin.roles.roleHoldersLoading', { role: role.name })
      : t('admin.roles.roleHolders', { role: role.name, count: data.total });
  };
  return (
    <table className="admin-table">
      <FirstContentMark />
      <caption>{t('admin.roles.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.roles.permission')}</th>
          <th scope="col">{t('admin.roles.grantedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {permissions.map((permission) => {
          const granting = rolesGranting(allRoles, permission);
          return (
            <tr key={permission}>
              <th scope="row">
                <PermissionCode permission={permission} />
                <span className="admin-permission-label">{permissionLabel(permission)}</span>
              </th>
              <td data-label={t('admin.roles.grantedBy')}>
                {granting.length === 0 ? <span className="admin-missing">{t('admin.roles.noRole')}</span> : list(granting.map(withHolders))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Which roles grant each needed permission and how many people hold them; and the people who
 * transfer calls (a role grants blind or consult transfer: UC people are their targets) but whose
 * roles do not cover every badge permission. Reads the holders of those roles (ids only), then the
 * names of the people shown in one GET /users?id= per 100: no per-user requests.
 */
export function RolesOverview({ uc }: { uc: UcPermissions }) {
  const { apis, backgroundApis } = useSession();
  const { t } = useI18n();
  const roles = useQuery(rolesQuery(apis));
  const shown = capabilityRequirements(uc).filter((requirement) => MATRIX_CAPABILITIES.includes(requirement.capability));
  const permissions = [...new Set(shown.flatMap((requirement) => requirement.permissions))];
  // Every permission UC presence needs, in lists and when transferring (the seed requires both).
  const badgePermissions = [
    ...new Set(shown.filter((requirement) => PRESENCE_CAPABILITIES.includes(requirement.capability)).flatMap((r) => r.permissions)),
  ];
  const transferPermissions = [
    ...new Set(shown.filter((requirement) => TRANSFER_CAPABILITIES.has(requirement.capability)).flatMap((r) => r.permissions)),
  ];
  const allRoles = roles.data ?? [];
  const involved = [
    ...new Map(permissions.flatMap((permission) => rolesGranting(allRoles, permission)).map((role) => [role.id, role])).values(),
  ];
  const holders = useQueries({ queries: involved.map((role) => roleHoldersQuery(backgroundApis, role.id)) });
  const holdersOf = new Map(involved.map((role, i) => [role.id, holders[i]]));
  const failed = holders.find((query) => query.isError);
  const loaded = roles.isSuccess && holders.every((query) => query.isSuccess);

  const withoutBadges = loaded ? transferrersWithoutBadges(allRoles, holdersOf, badgePermissions, transferPermissions) : [];
  // Names only for the people shown (a stable choice by id): reading every name would cost a request per 100.
  const listed = withoutBadges.slice(0, SHOWN_WITHOUT_BADGES);
  const names = useQuery({
    ...userNamesQuery(
      backgroundApis,
      listed.map((person) => person.id),
    ),
    enabled: listed.length > 0,
  });

  if (roles.isError) return <ErrorNotice error={roles.error} onRetry={() => void roles.refetch()} />;
  if (roles.isPending) return <Loading label={t('admin.roles.loading')} />;

  // A name that cannot be read (unknown id, no name, the request failed) shows the id instead.
  const named = new Map(listed.map((person) => [person.id, names.data?.get(person.id) ?? person.id]));

  return (
    <>
      <PermissionRolesTable permissions={permissions} allRoles={allRoles} holdersOf={holdersOf} />
      {failed ? <ErrorNotice error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      <section className="admin-subsection" aria-label={t('admin.roles.withoutBadges.heading')}>
        <h3>{t('admin.roles.withoutBadges.heading')}</h3>
        {!loaded ? (
          failed ? null : (
            <Loading label={t('admin.roles.withoutBadges.loading')} />
          )
        ) : withoutBadges.length === 0 ? (
          <p>{t('admin.roles.withoutBadges.none')}</p>
        ) : names.isPending ? (
          <Loading label={t('admin.roles.withoutBadges.loading')} />
        ) : (
          <>
            <WithoutPresenceGroups everyone={withoutBadges} named={named} allRoles={allRoles} />
            {names.isError ? (
              <>
                <p>{t('admin.roles.withoutBadges.namesUnreadable')}</p>
                <ErrorNotice error={names.error} onRetry={() => void names.refetch()} />
              </>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
