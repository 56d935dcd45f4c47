// The deployments the app knows by gcTargetEnv are written out (src/genesys/genesys-deployments.ts) to keep the
// service discovery library out of the bundle: they must be exactly what the installed library lists.
// The library itself, to compare against (the app no longer imports it).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { getEnvironments } from 'genesys-cloud-service-discovery-web';
import { expect, test } from 'vitest';
import { GENESYS_DEPLOYMENT_DOMAINS } from '@/genesys/genesys-deployments';

test('the written-out deployments are the service discovery library’s, name and API domain', () => {
  const listed = getEnvironments().map((deployment) => ({ name: deployment.name, domain: deployment.publicDomainName }));
  expect(GENESYS_DEPLOYMENT_DOMAINS).toEqual(listed);
});
