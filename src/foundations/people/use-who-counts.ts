import { useMemo } from 'react';
import { useSession } from '@/genesys/session';
import type { WhoCounts } from '@/foundations/people/directory-user';
import { useUc } from '@/foundations/permissions/uc-context';

/** Who counts as a person of the served integration in this frame: the launch's rule and the integration. */
export function useWhoCounts(): WhoCounts {
  const { launch } = useSession();
  const uc = useUc();
  return useMemo(() => ({ rule: launch.people, uc }), [launch.people, uc]);
}
