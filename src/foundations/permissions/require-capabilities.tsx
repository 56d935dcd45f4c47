import type { ReactNode } from 'react';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import type { Capability } from '@/foundations/permissions/permission-model';
import { useCapabilities, type CapabilitiesState } from '@/foundations/permissions/use-capabilities';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { Loading } from '@/ui/notice';

export type ReadyCapabilities = Extract<CapabilitiesState, { status: 'ready' }>;

/**
 * The one permission gate: while the user's permissions load it says so, a failure offers a retry,
 * and only then does `children` render, with what the user may see and do. Nothing under it fetches before.
 */
export function CapabilitiesGate({
  loadingLabel,
  children,
}: {
  /** The loading line (default "Loading your permissions…"). */
  loadingLabel?: string;
  children: (ready: ReadyCapabilities) => ReactNode;
}) {
  const { t } = useI18n();
  const state = useCapabilities();
  if (state.status === 'pending') return <Loading label={loadingLabel ?? t('permissions.loading')} />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.retry} />;
  return children(state);
}

/**
 * Renders `children` only when the user holds every capability in `needs`;
 * otherwise says which permissions are missing. Children fetch nothing until then.
 */
export function RequireCapabilities({
  needs,
  title,
  children,
}: {
  needs: readonly Capability[];
  title: string;
  children: (ready: ReadyCapabilities) => ReactNode;
}) {
  return (
    <CapabilitiesGate>
      {(ready) => {
        const missing = [...new Set(needs.flatMap((capability) => ready.capabilities[capability].missing))];
        return missing.length > 0 ? <MissingPermissionNotice title={title} missing={missing} /> : children(ready);
      }}
    </CapabilitiesGate>
  );
}
