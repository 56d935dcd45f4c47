import { useQuery } from '@tanstack/react-query';
import { useSession } from '@/genesys/session';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading } from '@/ui/notice';
import type { CapabilityRequirement } from '@/features/permissions/permission-model';
import { capabilityMatrixOf } from '@/features/admin/capability-matrix';
import { rolesQuery } from '@/features/admin/role-queries';
import { subjectAuthorizationQuery } from '@/features/admin/subject-authorization';

/** Each capability for one person: the permissions it needs, held or not, and through which role. */
export function CapabilityMatrixTable({ userId, requirements }: { userId: string; requirements: readonly CapabilityRequirement[] }) {
  const { apis } = useSession();
  const subject = useQuery(subjectAuthorizationQuery(apis, userId));
  const roles = useQuery(rolesQuery(apis));
  if (subject.isError) return <ErrorNotice error={subject.error} onRetry={() => void subject.refetch()} />;
  if (roles.isError) return <ErrorNotice error={roles.error} onRetry={() => void roles.refetch()} />;
  if (subject.isPending || roles.isPending) return <Loading label="Reading roles and grants…" />;
  const rows = capabilityMatrixOf(requirements, subject.data, roles.data);
  return (
    <table className="admin-table">
      <caption>Capabilities of {subject.data.name}</caption>
      <thead>
        <tr>
          <th scope="col">Capability</th>
          <th scope="col">Status</th>
          <th scope="col">Needs</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.capability}>
            <th scope="row">{row.label}</th>
            <td>
              <span className={`admin-status admin-status--${row.allowed ? 'ok' : 'missing'}`}>{row.allowed ? 'Allowed' : 'Not allowed'}</span>
            </td>
            <td>
              <ul className="admin-permissions">
                {row.permissions.map((cell) => (
                  <li key={cell.permission}>
                    <code>{cell.permission}</code>{' '}
                    {cell.held ? (
                      <span>
                        held
                        {cell.via.length > 0
                          ? ` through ${cell.via
                              .map((role) => (role.divisions.length > 0 ? `${role.roleName} (${role.divisions.join(', ')})` : role.roleName))
                              .join('; ')}`
                          : ''}
                      </span>
                    ) : (
                      <span className="admin-missing">missing</span>
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
