// The one place that loads the platform SDK. Deep imports keep the bundle to
// the API classes we use (see README, "Bundle"); every view's first content needs
// UsersApi, PresenceApi and IntegrationsApi, so they load with ApiClient. The
// classes only some views call (conversations, notifications, groups,
// authorization, tokens) load on first use (apiLoader below).
import ApiClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js';
import PureCloudRegionHosts from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/PureCloudRegionHosts.js';
import UsersApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/UsersApi.js';
import PresenceApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/PresenceApi.js';
import IntegrationsApi from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/IntegrationsApi.js';
import type platformClient from 'purecloud-platform-client-v2';
import type { AuthController } from '@/genesys/auth-controller';
import type { RequestPriority, RequestScheduler } from '@/genesys/request-scheduler';
import { loadOnce } from '@/genesys/load-once';
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
  };
}

export type ConversationsApi = platformClient.ConversationsApi;
export type NotificationsApi = platformClient.NotificationsApi;
export type GroupsApi = platformClient.GroupsApi;
export type AuthorizationApi = platformClient.AuthorizationApi;
export type TokensApi = platformClient.TokensApi;

/** An API class file of the SDK, as its deep import's module resolves. */
type ApiModule<Api> = { default: new (client: PlatformApiClient) => Api };

/** An API class that loads on first use (see apiLoader). */
export interface ApiLoader<Api> {
  (apis: Pick<PlatformApis, 'client'>): Promise<Api>;
  /** Starts loading the class's code alone (no client yet): for a view whose first content calls it, as the view starts. */
  preloadCode: () => void;
}

/**
 * An API class that loads on first use, on `apis`' own client (scheduler, token): each is in a chunk of its own
 * (vite.config.ts, PLATFORM_SDK), which only the views that call it fetch. One instance per client; a chunk
 * that failed to load (offline, a new deployment) is tried again on the next call.
 */
function apiLoader<Api>(load: () => Promise<ApiModule<Api>>): ApiLoader<Api> {
  const instances = new WeakMap<PlatformApiClient, () => Promise<Api>>();
  const forClient = ({ client }: Pick<PlatformApis, 'client'>): Promise<Api> => {
    let instance = instances.get(client);
    if (!instance) {
      instance = loadOnce(async () => new (await load()).default(client));
      instances.set(client, instance);
    }
    return instance();
  };
  // The browser keeps the module once loaded: the first call then only builds the instance.
  return Object.assign(forClient, { preloadCode: () => void load().catch(() => undefined) });
}

// The SDK's largest class (160 kB raw, 8.5 kB gzip; 0.6 kB gzip once build/sdk-prune.ts has taken out what src/
// never calls): only the call views need it.
export const conversationsApi = apiLoader<ConversationsApi>(
  () => import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/ConversationsApi.js'),
);
// Channels and their topics: the notifications socket (after the views' first content) and the org check.
export const notificationsApi = apiLoader<NotificationsApi>(
  () => import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/NotificationsApi.js'),
);
// The board's group scope.
export const groupsApi = apiLoader<GroupsApi>(
  () => import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/GroupsApi.js'),
);
// Roles and grants: the admin view's checks (the shell reads the user's own permissions from users/me).
export const authorizationApi = apiLoader<AuthorizationApi>(
  () => import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/AuthorizationApi.js'),
);
// The token's scopes: the org check.
export const tokensApi = apiLoader<TokensApi>(
  () => import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/TokensApi.js'),
);
