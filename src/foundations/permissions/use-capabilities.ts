import { entryFor, useUcIntegrations, type UcIntegration } from '@/foundations/permissions/get-uc-integration';
import { useUc } from '@/foundations/permissions/uc-context';
import { useMyAuthorization } from '@/foundations/permissions/get-my-authorization';
import {
  BADGE_PERMISSION_FALLBACK,
  capabilitiesOf,
  ucPermissionsOf,
  hasPermission,
  type Capabilities,
} from '@/foundations/permissions/permission-model';

export type CapabilitiesState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready';
      userId: string;
      capabilities: Capabilities;
      /** null: not installed or not active; undefined: not asked (no badge permission). */
      integration: UcIntegration | null | undefined;
    };

/** What the signed-in user may see and do, from their permissions and the served UC integration's. */
export function useCapabilities(): CapabilitiesState {
  const me = useMyAuthorization();
  const held = me.data?.authorization.permissions ?? [];
  // The UC clientapps endpoint itself needs the badge permission: without it, do not ask.
  const mayReadIntegration = me.isSuccess && hasPermission(held, BADGE_PERMISSION_FALLBACK);
  const uc = useUc();
  const integration = useUcIntegrations(mayReadIntegration);

  if (me.isPending) return { status: 'pending' };
  if (me.isError) return { status: 'error', error: me.error, retry: () => void me.refetch() };
  if (mayReadIntegration && integration.isPending) return { status: 'pending' };
  if (mayReadIntegration && integration.isError) {
    return { status: 'error', error: integration.error, retry: () => void integration.refetch() };
  }
  const declared = mayReadIntegration ? entryFor(integration.data, uc.presenceSource) : undefined;
  return {
    status: 'ready',
    userId: me.data.id,
    capabilities: capabilitiesOf(held, ucPermissionsOf(uc, declared)),
    integration: declared,
  };
}
