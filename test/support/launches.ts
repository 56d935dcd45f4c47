// Launch contexts the tests share.
import type { GenesysLaunch } from '@/genesys/launch-context';

/** Opened from Genesys Cloud (EU, Ireland) as a framed client app, people tagged for 8×8. */
export const FRAMED_IE_LAUNCH: GenesysLaunch = {
  mode: 'genesys',
  people: 'tagged',
  environment: 'mypurecloud.ie',
  targetEnv: 'prod-euw1',
  hostOrigin: 'https://apps.mypurecloud.ie',
  usePopupAuth: false,
};
