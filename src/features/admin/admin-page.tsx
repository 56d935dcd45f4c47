import { PlaceholderPage } from '@/ui/placeholder-page';
import { RequireCapabilities } from '@/features/permissions/require-capabilities';

export function AdminPage() {
  return (
    <RequireCapabilities needs={['runAdminChecks']} title="Admin checks are not available to you">
      <PlaceholderPage title="Admin" purpose="Who can see 8×8 badges, and is provisioning healthy." />
    </RequireCapabilities>
  );
}
