import { useQuery } from '@tanstack/react-query';
import { useSession } from '@/genesys/session';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { FirstContentMark } from '@/ui/first-content-mark';
import { Loading } from '@/ui/notice';
import type { UcPermissions } from '@/foundations/permissions/permission-model';
import { capabilityMatrixOf } from '@/features/admin/capability-matrix';
import { rolesQuery } from '@/features/admin/role-queries';
import { subjectAuthorizationQuery } from '@/features/admin/subject-authorization';
import { PermissionCode } from '@/features/admin/permission-code';

function FailedWithMark({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <>
      <FirstContentMark />
      <ErrorNotice error={error} onRetry={onRetry} />
    </>
  );
}

/** Each capability for one person: allowed or which permissions are missing, each permission needed, and through which role. */
export function CapabilityMatrixTable({ userId, uc }: { userId: string; uc: UcPermissions }) {
  const { apis } = useSession();
  const { t, list } = useI18n();
  const subject = useQuery(subjectAuthorizationQuery(apis, userId));
  const roles = useQuery(rolesQuery(apis));
  // A failure is the answer too: what waits for the first content need not wait longer.
  if (subject.isError) return <FailedWithMark error={subject.error} onRetry={() => void subject.refetch()} />;
  if (roles.isError) return <FailedWithMark error={roles.error} onRetry={() => void roles.refetch()} />;
  if (subject.isPending || roles.isPending) return <Loading label={t('admin.matrix.loading')} />;
  const rows = capabilityMatrixOf(uc, subject.data, roles.data);
  return (
    <table className="admin-table">
      <FirstContentMark />
      <caption>{t('admin.matrix.caption', { name: subject.data.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.matrix.capability')}</th>
          <th scope="col">{t('admin.matrix.status')}</th>
          <th scope="col">{t('admin.matrix.needs')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.capability}>
            <th scope="row">{t(row.labelKey)}</th>
            <td>
              <span className={`admin-status admin-status--${row.allowed ? 'ok' : 'missing'}`}>
                {row.allowed
                  ? t('admin.matrix.allowed')
                  : row.missing.length > 0
                    ? t('admin.matrix.notAllowedMissing', { permissions: list(row.missing) })
                    : t('admin.matrix.notAllowed')}
              </span>
            </td>
            <td data-label={t('admin.matrix.needs')}>
              <ul className="admin-permissions">
                {row.permissions.map((cell) => (
                  <li key={cell.permission}>
                    <PermissionCode permission={cell.permission} />{' '}
                    {cell.held ? (
                      <span>
                        {cell.via.length > 0
                          ? t('admin.matrix.heldThrough', {
                              roles: list(
                                cell.via.map((role) =>
                                  role.divisions.length > 0
                                    ? t('admin.matrix.roleInDivisions', { role: role.roleName, divisions: list(role.divisions) })
                                    : role.roleName,
                                ),
                              ),
                            })
                          : t('admin.matrix.held')}
                      </span>
                    ) : (
                      <span className="admin-missing">{t('admin.matrix.missing')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
