import type { ReactNode } from 'react';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import type { Capability } from '@/foundations/permissions/permission-model';
import { useCapabilities } from '@/foundations/permissions/use-capabilities';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading } from '@/ui/notice';

/**
 * Renders `children` only when the user holds every capability in `needs`;
 * otherwise says which permissions are missing. Children fetch nothing until then.
 */
export function RequireCapabilities({ needs, title, children }: { needs: readonly Capability[]; title: string; children: ReactNode }) {
  const { t } = useI18n();
  const state = useCapabilities();
  if (state.status === 'pending') return <Loading label={t('permissions.loading')} />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.retry} />;
  const missing = [...new Set(needs.flatMap((capability) => state.capabilities[capability].missing))];
  if (missing.length > 0) return <MissingPermissionNotice title={title} missing={missing} />;
  return children;
}
