import { PlaceholderPage } from '@/ui/placeholder-page';
import { MissingPermissionNotice } from '@/features/permissions/missing-permission-notice';
import { RequireCapabilities } from '@/features/permissions/require-capabilities';
import { useCapabilities } from '@/features/permissions/use-capabilities';

export function TransferPage() {
  const state = useCapabilities();
  const capabilities = state.status === 'ready' ? state.capabilities : null;
  return (
    <RequireCapabilities needs={['searchDirectory']} title="You cannot search the directory">
      <PlaceholderPage title="Transfer" purpose="Transfer your call to an 8×8 colleague." />
      {capabilities && !capabilities.blindTransfer.allowed ? (
        <MissingPermissionNotice title="Blind transfer is not available to you" missing={capabilities.blindTransfer.missing} />
      ) : null}
      {capabilities && !capabilities.consultTransfer.allowed ? (
        <MissingPermissionNotice
          title="Consult transfer is not available to you"
          missing={capabilities.consultTransfer.missing}
        />
      ) : null}
      {capabilities && !capabilities.seeEightByEightOnTransfer.allowed ? (
        <MissingPermissionNotice
          title="8×8 presence is hidden when transferring"
          missing={capabilities.seeEightByEightOnTransfer.missing}
        />
      ) : null}
    </RequireCapabilities>
  );
}
