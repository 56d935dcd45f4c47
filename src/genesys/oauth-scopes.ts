// The OAuth scope each platform API operation the app calls needs. An OAuth
// client restricted to scopes refuses every call outside them, so the README,
// the Terraform example and the org check (/check) all read their list from
// here; test/deploy/oauth-scopes.test.ts fails when src/ calls an operation
// this map does not name. Pure data: the emulator reads it too.

/** Genesys Cloud OAuth scopes the app may need (names as Admin > OAuth lists them). */
export type OAuthScope =
  | 'users:readonly'
  | 'presence:readonly'
  | 'integrations:readonly'
  | 'notifications'
  | 'conversations'
  | 'conversations:readonly'
  | 'authorization:readonly'
  | 'groups:readonly';

/**
 * `ApiClass.method` of the platform SDK → the least scope that allows it; null: any token may call it.
 * Reads take the `:readonly` scope; transfers need `conversations`; channels need `notifications`.
 */
export const OPERATION_SCOPES = {
  'UsersApi.getUsersMe': 'users:readonly',
  'UsersApi.getUser': 'users:readonly',
  'UsersApi.getUsers': 'users:readonly',
  'UsersApi.postUsersSearch': 'users:readonly',
  'PresenceApi.getPresenceSources': 'presence:readonly',
  'PresenceApi.getUsersPresenceBulk': 'presence:readonly',
  'IntegrationsApi.getIntegrationsUnifiedcommunicationsClientapps': 'integrations:readonly',
  'IntegrationsApi.getIntegrationsUnifiedcommunicationsClientapp': 'integrations:readonly',
  'NotificationsApi.postNotificationsChannels': 'notifications',
  'NotificationsApi.headNotificationsChannel': 'notifications',
  'NotificationsApi.putNotificationsChannelSubscriptions': 'notifications',
  'ConversationsApi.getConversationsCalls': 'conversations:readonly',
  'ConversationsApi.getConversationsCall': 'conversations:readonly',
  'ConversationsApi.postConversationParticipantTransfer': 'conversations',
  'ConversationsApi.postConversationsCallParticipantVoiceConsult': 'conversations',
  'ConversationsApi.patchConversationsCallParticipantConsult': 'conversations',
  'ConversationsApi.deleteConversationsCallParticipantConsult': 'conversations',
  'ConversationsApi.patchConversationsCallParticipant': 'conversations',
  'AuthorizationApi.getAuthorizationRoles': 'authorization:readonly',
  'AuthorizationApi.getAuthorizationRoleUsers': 'authorization:readonly',
  'AuthorizationApi.getAuthorizationSubject': 'authorization:readonly',
  'AuthorizationApi.getAuthorizationSubjectsMe': 'authorization:readonly',
  'GroupsApi.getGroups': 'groups:readonly',
  'GroupsApi.getGroupMembers': 'groups:readonly',
  // A token may always describe itself (the org check reads its scopes this way).
  'TokensApi.getTokensMe': null,
} as const satisfies Record<string, OAuthScope | null>;

export type ApiOperation = keyof typeof OPERATION_SCOPES;

const READONLY = ':readonly';

/** True when `granted` allows what `needed` allows: the same scope, or the full scope of a `:readonly` one. */
export function scopeCovers(granted: string, needed: string): boolean {
  return granted === needed || (needed.endsWith(READONLY) && granted === needed.slice(0, -READONLY.length));
}

/** The scopes a client must have for every operation, a `:readonly` one left out where its full scope is needed anyway. */
function requiredScopesOf(scopes: readonly (OAuthScope | null)[]): OAuthScope[] {
  const all = [...new Set(scopes.filter((scope): scope is OAuthScope => scope !== null))];
  return all.filter((scope) => !all.some((other) => other !== scope && scopeCovers(other, scope))).sort();
}

/** What the README and the Terraform example list, sorted. */
export const REQUIRED_SCOPES: readonly OAuthScope[] = Object.freeze(requiredScopesOf(Object.values(OPERATION_SCOPES)));

/** The required scopes a token's `authorizedScope` does not cover, sorted. */
export function missingScopes(authorized: readonly string[]): OAuthScope[] {
  return REQUIRED_SCOPES.filter((needed) => !authorized.some((granted) => scopeCovers(granted, needed)));
}
