// The one place that loads the platform SDK. Deep imports keep the bundle to
// the API classes we use (see README, "Bundle"); the call views' ConversationsApi
// loads on first use (conversationsApi below).
import ApiClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js';
import PureCloudRegionHosts from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/PureCloudRegionHosts.js';
import UsersApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/UsersApi.js';
import PresenceApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/PresenceApi.js';
import IntegrationsApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/IntegrationsApi.js';
import NotificationsApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/NotificationsApi.js';
import AuthorizationApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/AuthorizationApi.js';
import GroupsApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/GroupsApi.js';
import TokensApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/TokensApi.js';
import type platformClient from 'purecloud-platform-client-v2';
import type { AuthController } from '@/genesys/auth-controller';
import type { RequestPriority, RequestScheduler } from '@/genesys/request-scheduler';
import { ScheduledHttpClient } from '@/genesys/scheduled-http-client';

export type { Models } from 'purecloud-platform-client-v2';
export type PlatformApiClient = typeof platformClient.ApiClient;

/** Region domains the platform SDK knows, e.g. "mypurecloud.ie". */
export const GENESYS_REGIONS: readonly string[] = Object.freeze(Object.values(PureCloudRegionHosts));

export interface PlatformApis {
  client: PlatformApiClient;
  environment: string;
  users: platformClient.UsersApi;
  presence: platformClient.PresenceApi;
  integrations: platformClient.IntegrationsApi;
  notifications: platformClient.NotificationsApi;
  authorization: platformClient.AuthorizationApi;
  groups: platformClient.GroupsApi;
  tokens: platformClient.TokensApi;
}

/**
 * A fresh API client for one environment and token. The SDK's constructor also
 * sets a process-wide singleton; every API class here gets our client
 * explicitly so that two clients (tests, re-sign-in) never share state.
 */
export function createPlatformApis(
  environment: string,
  accessToken: string,
  scheduler?: RequestScheduler,
  auth?: AuthController,
  priority?: RequestPriority,
): PlatformApis {
  const client = new ApiClient();
  client.setEnvironment(environment);
  client.setAccessToken(accessToken);
  // A re-sign-in gives every later request the new token.
  auth?.subscribe(() => {
    client.setAccessToken(auth.token());
  });
  // The SDK checks `instanceof AbstractHttpClient`, which its own DefaultHttpClient (our base) passes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  if (scheduler) client.setHttpClient(new ScheduledHttpClient(scheduler, auth, priority));
  return {
    client,
    environment,
    users: new UsersApi(client),
    presence: new PresenceApi(client),
    integrations: new IntegrationsApi(client),
    notifications: new NotificationsApi(client),
    authorization: new AuthorizationApi(client),
    groups: new GroupsApi(client),
    tokens: new TokensApi(client),
  };
}

export type ConversationsApi = platformClient.ConversationsApi;

const conversationsApis = new WeakMap<PlatformApiClient, Promise<ConversationsApi>>();

/**
 * The conversations API on `apis`' own client (scheduler, token), loaded on first use: its class is the
 * SDK's largest (160 kB raw, 8.5 kB gzip; 0.6 kB gzip once build/sdk-prune.ts has taken out what src/ never
 * calls) and only the call views need it. One instance per client; a chunk
 * that failed to load (offline, a new deployment) is tried again on the next call.
 */
export function conversationsApi(apis: Pick<PlatformApis, 'client'>): Promise<ConversationsApi> {
  const { client } = apis;
  const known = conversationsApis.get(client);
  if (known) return known;
  const loading = import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/ConversationsApi.js').then(
    ({ default: Api }) => new Api(client),
    (error: unknown) => {
      conversationsApis.delete(client);
      throw error;
    },
  );
  conversationsApis.set(client, loading);
  return loading;
}
