import { lazy, Suspense } from 'react';
import { useCapabilities } from '@/features/permissions/use-capabilities';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading, Notice } from '@/ui/notice';

// The audit carries libphonenumber-js metadata: only the admin view loads it.
const AdminChecks = lazy(() => import('@/features/admin/admin-checks').then((module) => ({ default: module.AdminChecks })));

const WHY: Record<string, string> = {
  'authorization:role:view': 'to read roles, their permissions and who holds them',
  'authorization:grant:view': 'to read the role grants of other people',
};

export function AdminPage() {
  const state = useCapabilities();
  if (state.status === 'pending') return <Loading label="Loading your permissions…" />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.retry} />;
  const { missing } = state.capabilities.runAdminChecks;
  if (missing.length > 0) {
    return (
      <Notice tone="warning" title="Admin checks are not available to you">
        <p>Your Genesys Cloud roles lack what the admin checks need:</p>
        <ul>
          {missing.map((permission) => (
            <li key={permission}>
              <code>{permission}</code> {WHY[permission] ?? ''}
            </li>
          ))}
        </ul>
        <p>A Genesys Cloud admin can grant them in Admin &gt; Roles / Permissions (the Admin role of this app&apos;s set-up has both).</p>
      </Notice>
    );
  }
  return (
    <Suspense fallback={<Loading label="Loading the admin checks…" />}>
      <AdminChecks integration={state.integration} />
    </Suspense>
  );
}
