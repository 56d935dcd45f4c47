// OAuth on login.<environment>: registered clients, the authorize step (what the
// login page does once the user has signed in), authorization codes with PKCE
// (RFC 7636, S256 only) and access tokens with a lifetime.
import { z } from 'zod/mini';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { OAuthError, type OAuthErrorCode } from '@/emulator/errors';
import { searchParamsToObject } from '@/emulator/http-params';
import type { OAuthClientConfig, TokenRecord } from '@/emulator/oauth-model';
import { REQUIRED_SCOPES } from '@/genesys/oauth-scopes';

export const DEMO_OAUTH_CLIENT_ID = 'demo-client';
export const DEFAULT_TOKEN_LIFETIME_SEC = 86_400;

export const DEFAULT_OAUTH_CLIENTS: readonly OAuthClientConfig[] = Object.freeze([
  {
    id: DEMO_OAUTH_CLIENT_ID,
    name: 'UC presence (demo)',
    redirectUris: ['http://localhost:5173/', 'http://localhost:4173/', 'http://localhost:3000/'],
    grants: ['code', 'token'],
    // Exactly what the deployment kit tells an admin to grant (README, Terraform).
    scopes: REQUIRED_SCOPES,
  },
]);

/**
 * What login.<environment> shows on its own page instead of redirecting: an
 * unknown client or an unregistered redirect_uri (RFC 6749 §4.1.2.1 forbids the redirect).
 */
export class LoginPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginPageError';
  }
}

/** RFC 7636 §4.2: S256 challenges are 43 base64url characters. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** A parameter given exactly once (RFC 6749 §3.1: never repeated). */
export const oauthParam = (field: string) =>
  z.string({ error: `${field} is missing or repeated` }).check(z.minLength(1, `${field} is missing or repeated`));

const responseTypeParams = z.object({ response_type: oauthParam('response_type') });
const pkceParams = z.object({
  code_challenge: oauthParam('code_challenge').check(z.regex(S256_CHALLENGE, 'code_challenge is not a base64url SHA-256 value')),
  code_challenge_method: z.literal('S256', { error: 'code_challenge_method must be S256' }),
});

function firstIssue(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? 'invalid request';
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** BASE64URL(SHA-256(verifier)), the S256 transform of RFC 7636 §4.2. */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function tokenLifetimeSec(client: OAuthClientConfig): number {
  return client.tokenLifetimeSec ?? DEFAULT_TOKEN_LIFETIME_SEC;
}

/** Stores a new bearer token for the user; no expiry without `lifetimeSec`. */
export function issueAccessToken(core: EmulatorCore, userId: string, lifetimeSec?: number, oauth?: TokenRecord['oauth']): string {
  if (!core.state.users.has(userId)) throw new Error(`Unknown user ${userId}`);
  const token = `emulator-${core.random.ids.uuid()}`;
  core.state.tokens.set(token, {
    userId,
    revoked: false,
    ...(lifetimeSec === undefined ? {} : { expiresAt: core.now() + lifetimeSec * 1000 }),
    ...(oauth === undefined ? {} : { oauth }),
  });
  return token;
}

/**
 * The user signs in on the page `authorizeUrl` opened; returns where the login
 * host redirects the browser. Errors about the client or redirect_uri throw a
 * LoginPageError; every other error is a redirect (RFC 6749 §4.1.2.1, §4.2.2.1).
 */
export function authorize(core: EmulatorCore, authorizeUrl: string, userId: string): string {
  const user = core.state.users.get(userId);
  if (!user) throw new Error(`Unknown user ${userId}`);
  const url = new URL(authorizeUrl);
  const endpoint = `${core.loginBase}/oauth/authorize`;
  if (`${url.origin}${url.pathname}` !== endpoint) throw new Error(`${authorizeUrl} is not ${endpoint}`);
  const params = searchParamsToObject(url.searchParams);

  const clientId = params.client_id;
  const client = typeof clientId === 'string' ? core.oauthClients.get(clientId) : undefined;
  if (!client) throw new LoginPageError(`Unknown OAuth client: ${String(clientId)}`);
  const redirectUri = params.redirect_uri;
  if (typeof redirectUri !== 'string' || !client.redirectUris.includes(redirectUri)) {
    throw new LoginPageError(`redirect_uri ${String(redirectUri)} is not registered for client ${client.id}`);
  }

  const state: Record<string, string> = typeof params.state === 'string' ? { state: params.state } : {};
  const responseType = responseTypeParams.safeParse(params);
  const inFragment = responseType.success && responseType.data.response_type === 'token';
  const redirect = (answer: Record<string, string>): string => {
    const target = new URL(redirectUri);
    const fields = new URLSearchParams({ ...answer, ...state });
    if (inFragment) target.hash = fields.toString();
    else for (const [key, value] of fields) target.searchParams.append(key, value);
    return target.toString();
  };
  const fail = (error: OAuthErrorCode, description: string): string => redirect({ error, error_description: description });

  if (!responseType.success) return fail('invalid_request', firstIssue(responseType.error));
  const grant = responseType.data.response_type;
  if (grant !== 'code' && grant !== 'token') {
    return fail('unsupported_response_type', `response_type ${grant} is not supported`);
  }
  if (!client.grants.includes(grant)) {
    return fail('unauthorized_client', `client ${client.id} may not use response_type ${grant}`);
  }
  if (Array.isArray(params.state)) return fail('invalid_request', 'state is repeated');
  if (user.state !== 'active') return fail('access_denied', 'the user cannot sign in');

  if (grant === 'token') {
    const lifetime = tokenLifetimeSec(client);
    const token = issueAccessToken(core, userId, lifetime, { clientId: client.id, grant });
    return redirect({ access_token: token, expires_in: String(lifetime), token_type: 'bearer' });
  }
  const pkce = pkceParams.safeParse(params);
  if (!pkce.success) return fail('invalid_request', firstIssue(pkce.error));
  const code = core.random.ids.uuid();
  core.state.authorizationCodes.set(code, {
    clientId: client.id,
    redirectUri,
    codeChallenge: pkce.data.code_challenge,
    userId,
    expiresAt: core.now() + core.limits.authorizationCodeLifetimeMs,
    used: false,
  });
  return redirect({ code });
}

export interface CodeRedemption {
  code: string;
  codeVerifier: string;
  clientId: string;
  redirectUri: string;
}

const invalidGrant = (description: string) => new OAuthError(400, 'invalid_grant', description);

/** Trades an authorization code for an access token (RFC 6749 §4.1.3, RFC 7636 §4.6). */
export async function redeemAuthorizationCode(core: EmulatorCore, request: CodeRedemption): Promise<{ token: string; expiresIn: number }> {
  // Hash first: every check and the single use then happen without an await in between.
  const challenge = await pkceChallenge(request.codeVerifier);
  const client = core.oauthClients.get(request.clientId);
  if (!client) throw new OAuthError(401, 'invalid_client', 'client not found');
  if (!client.grants.includes('code')) {
    throw new OAuthError(400, 'unauthorized_client', `client ${client.id} may not use the authorization code grant`);
  }
  const record = core.state.authorizationCodes.get(request.code);
  if (!record) throw invalidGrant('authorization code not found');
  if (record.used) throw invalidGrant('authorization code has already been used');
  if (core.now() >= record.expiresAt) throw invalidGrant('authorization code has expired');
  if (record.clientId !== client.id) throw invalidGrant('authorization code was issued to another client');
  if (record.redirectUri !== request.redirectUri) {
    throw invalidGrant('redirect_uri does not match the authorization request');
  }
  if (challenge !== record.codeChallenge) throw invalidGrant('code_verifier does not match the code_challenge');
  record.used = true;
  const expiresIn = tokenLifetimeSec(client);
  const token = issueAccessToken(core, record.userId, expiresIn, { clientId: client.id, grant: 'code' });
  return { token, expiresIn };
}
