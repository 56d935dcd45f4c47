import { PlaceholderPage } from '@/ui/placeholder-page';
import { RequireCapabilities } from '@/features/permissions/require-capabilities';

export function SupervisorPage() {
  return (
    <RequireCapabilities needs={['seeBadges', 'searchDirectory']} title="The presence board is not available to you">
      <PlaceholderPage title="Supervisor" purpose="8×8 presence across departments, live." />
    </RequireCapabilities>
  );
}
