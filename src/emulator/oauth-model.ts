// The emulator's OAuth records (clients, codes, tokens): types only, so that the core that stores
// them and the OAuth flows that write them both import this and not each other.
export type OAuthGrant = 'code' | 'token';

export interface OAuthClientConfig {
  id: string;
  /** Compared exactly, as Genesys does (scheme, host, port, path and trailing slash). */
  redirectUris: string[];
  /** Authorization code (with PKCE) and implicit grant. */
  grants: OAuthGrant[];
  name?: string;
  /** Access token lifetime, Genesys' "Token Duration" of the client (default 86400). */
  tokenLifetimeSec?: number;
  /** The client's scopes, reported in tokens/me `authorizedScope`; none: not restricted by scope. */
  scopes?: readonly string[];
}

export interface AuthorizationCodeRecord {
  clientId: string;
  redirectUri: string;
  /** BASE64URL(SHA-256(code_verifier)) */
  codeChallenge: string;
  userId: string;
  expiresAt: number;
  used: boolean;
}

export interface TokenRecord {
  userId: string;
  revoked: boolean;
  /** Emulator clock ms; no expiry when absent. */
  expiresAt?: number;
  /** The OAuth client and grant that issued it (absent for emulator.issueToken). */
  oauth?: { clientId: string; grant: OAuthGrant };
}
