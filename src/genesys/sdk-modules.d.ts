// Types for the platform SDK's deep imports. The package only types its entry
// point, whose classes we reuse here so that the deep paths keep the SDK's own
// signatures (and Models) without pulling every API class into the bundle.
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const ApiClient: new () => typeof platformClient.ApiClient;
  export default ApiClient;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/PureCloudRegionHosts.js' {
  const PureCloudRegionHosts: Record<string, string>;
  export default PureCloudRegionHosts;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/UsersApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const UsersApi: typeof platformClient.UsersApi;
  export default UsersApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/PresenceApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const PresenceApi: typeof platformClient.PresenceApi;
  export default PresenceApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/IntegrationsApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const IntegrationsApi: typeof platformClient.IntegrationsApi;
  export default IntegrationsApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/NotificationsApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const NotificationsApi: typeof platformClient.NotificationsApi;
  export default NotificationsApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/ConversationsApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const ConversationsApi: typeof platformClient.ConversationsApi;
  export default ConversationsApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/AuthorizationApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const AuthorizationApi: typeof platformClient.AuthorizationApi;
  export default AuthorizationApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/GroupsApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const GroupsApi: typeof platformClient.GroupsApi;
  export default GroupsApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/TokensApi.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const TokensApi: typeof platformClient.TokensApi;
  export default TokensApi;
}
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/DefaultHttpClient.js' {
  import type platformClient from 'purecloud-platform-client-v2';
  const DefaultHttpClient: typeof platformClient.DefaultHttpClient;
  export default DefaultHttpClient;
}
declare module 'purecloud-client-app-sdk/dist/main.mjs' {
  import ClientApp from 'purecloud-client-app-sdk';
  export default ClientApp;
}
