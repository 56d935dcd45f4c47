import { lazy, Suspense } from 'react';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import { CapabilitiesGate, type ReadyCapabilities } from '@/foundations/permissions/require-capabilities';
import { Loading, Notice } from '@/ui/notice';
import { RichText } from '@/ui/rich-text';

// The audit carries libphonenumber-js metadata: only the admin view loads it.
const AdminChecks = lazy(() => import('@/features/admin/admin-checks').then((module) => ({ default: module.AdminChecks })));

const WHY: Partial<Record<string, MessageKey>> = {
  'authorization:role:view': 'admin.page.unavailable.why.roleView',
  'authorization:grant:view': 'admin.page.unavailable.why.grantView',
};

export function AdminPage() {
  const { t } = useI18n();
  return <CapabilitiesGate loadingLabel={t('admin.page.loadingPermissions')}>{(ready) => <AdminForUser ready={ready} />}</CapabilitiesGate>;
}

function AdminForUser({ ready: state }: { ready: ReadyCapabilities }) {
  const { t } = useI18n();
  const { missing } = state.capabilities.runAdminChecks;
  if (missing.length > 0) {
    return (
      <Notice tone="warning" title={t('admin.page.unavailable.title')}>
        <p>{t('admin.page.unavailable.lead')}</p>
        <ul>
          {missing.map((permission) => {
            const why = WHY[permission];
            const code = <code>{permission}</code>;
            return <li key={permission}>{why ? <RichText text={t(why)} slots={{ permission: code }} /> : code}</li>;
          })}
        </ul>
        <p>{t('admin.page.unavailable.howToGrant')}</p>
      </Notice>
    );
  }
  return (
    <Suspense fallback={<Loading label={t('admin.page.loadingChecks')} />}>
      <AdminChecks integration={state.integration} />
    </Suspense>
  );
}
