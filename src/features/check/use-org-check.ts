import { useMutation } from '@tanstack/react-query';
import { createPlatformApis } from '@/genesys/sdk';
import { useSession, type GenesysSession } from '@/genesys/session';
import { runOrgCheck } from '@/features/check/run-org-check';
import { useUc } from '@/foundations/permissions/uc-context';

/**
 * The same APIs on the session's token and scheduler, answering with their headers so the
 * clock probe can read a Date header. Their own client: switching the shared one to extended
 * answers would change what every other request resolves with.
 */
function headerApisFor(session: GenesysSession) {
  const apis = createPlatformApis(session.apis.environment, session.auth.token(), session.scheduler);
  apis.client.setReturnExtendedResponses(true);
  return apis;
}

/**
 * A run of the org check. A mutation, not a query: it runs when the admin asks (it creates a
 * notification channel), is never refetched or retried by itself, and its answer is kept until the next run.
 */
export function useOrgCheck(held: readonly string[]) {
  const session = useSession();
  const uc = useUc();
  return useMutation({
    mutationKey: ['check', 'run'],
    mutationFn: () =>
      runOrgCheck({
        apis: session.apis,
        headerApis: headerApisFor(session),
        held,
        rule: session.launch.people,
        uc,
        rateLimits: () => session.scheduler.rateLimits(),
      }),
  });
}
