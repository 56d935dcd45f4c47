// Signing in itself (sign-in.ts keeps what every start needs: the kept token, the login page's answer in the URL,
// the storage): the authorize URL with its state and PKCE challenge, the redirect or the popup, and the code's
// exchange. Only a start without a kept token, or a session Genesys rejected, loads this module (src/app/boot.tsx).
import { z } from 'zod/mini';
import type { OAuthGrant } from '@/genesys/oauth-config';
import { createPlatformApis } from '@/genesys/sdk';
import {
  keepToken,
  readSignInReturn,
  SignInError,
  type KeyValueStore,
  type SignedIn,
  type SignInHost,
  type SignInReturn,
} from '@/genesys/sign-in';

const PENDING_KEY = 'gc8x8:sign-in:pending';
/** A pending sign-in older than this is ignored (the login page took too long or was abandoned). */
const PENDING_TTL_MS = 10 * 60_000;

export interface SignInRequest {
  environment: string;
  clientId: string;
  grant: OAuthGrant;
  redirectUri: string;
  /** Path and query to return to after signing in (keeps the launch parameters). */
  returnTo: string;
}

const pendingSchema = z.object({
  state: z.string().check(z.minLength(16)),
  environment: z.string(),
  clientId: z.string(),
  grant: z.enum(['pkce', 'implicit']),
  redirectUri: z.string(),
  // A path on this site: not `//host/…` or `/\host/…`, which browsers read as another origin.
  returnTo: z.string().check(z.regex(/^\/(?![/\\])/)),
  verifier: z.optional(z.string()),
  startedAt: z.number(),
});
type PendingSignIn = z.infer<typeof pendingSchema>;

function authorizeUrl(request: SignInRequest, state: string, challenge?: string): string {
  const params = new URLSearchParams({
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    response_type: request.grant === 'pkce' ? 'code' : 'token',
    state,
  });
  if (challenge) {
    params.set('code_challenge', challenge);
    params.set('code_challenge_method', 'S256');
  }
  return `https://login.${request.environment}/oauth/authorize?${params.toString()}`;
}

async function prepare(request: SignInRequest, host: SignInHost): Promise<string> {
  const state = host.randomState();
  let verifier: string | undefined;
  let challenge: string | undefined;
  if (request.grant === 'pkce') {
    const { client } = createPlatformApis(request.environment, '');
    verifier = client.generatePKCECodeVerifier(128);
    challenge = await client.computePKCECodeChallenge(verifier);
  }
  const pending: PendingSignIn = { ...request, state, startedAt: host.now(), ...(verifier ? { verifier } : {}) };
  host.storage.setItem(PENDING_KEY, JSON.stringify(pending));
  return authorizeUrl(request, state, challenge);
}

/** Leaves for the Genesys Cloud login page; the app starts again on return. */
export async function signInByRedirect(request: SignInRequest, host: SignInHost): Promise<void> {
  host.navigate(await prepare(request, host));
}

/** Signs in within a popup and resolves with the token; rejects when the popup is blocked or closed. */
export async function signInByPopup(request: SignInRequest, host: SignInHost): Promise<SignedIn> {
  const url = await prepare(request, host);
  const popup = host.openPopup(url);
  if (!popup) throw new SignInError('popupBlocked');
  const returned = readSignInReturn(await host.waitForPopup(popup));
  if (!returned) throw new SignInError('popupClosed');
  return completeSignIn(returned, host);
}

function loadPending(host: SignInHost): PendingSignIn | null {
  const raw = host.storage.getItem(PENDING_KEY);
  host.storage.removeItem(PENDING_KEY);
  if (!raw) return null;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(raw));
    return parsed.success && host.now() - parsed.data.startedAt < PENDING_TTL_MS ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Where the pending sign-in of this tab returns to (the launch URL's path and query), without
 * consuming it: the login page sends the browser back without the launch parameters, and the
 * page needs their language before it can say anything.
 */
export function pendingReturnTo(storage: KeyValueStore): string | undefined {
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(storage.getItem(PENDING_KEY) ?? 'null'));
    return parsed.success ? parsed.data.returnTo : undefined;
  } catch {
    return undefined;
  }
}

/** Finishes a sign-in this tab started: checks `state`, exchanges the code, keeps the token for this tab. */
export async function completeSignIn(returned: SignInReturn, host: SignInHost): Promise<SignedIn> {
  const pending = loadPending(host);
  if (!pending || returned.state !== pending.state) {
    throw new SignInError('foreignAnswer');
  }
  if (returned.kind === 'error') {
    throw new SignInError('refused', { reason: returned.description ?? returned.error });
  }
  let accessToken: string;
  let expiresAt: number | undefined;
  if (returned.kind === 'code') {
    if (pending.grant !== 'pkce' || !pending.verifier) throw new SignInError('wrongKind');
    const { client } = createPlatformApis(pending.environment, '');
    try {
      const authData = await client.authorizePKCEGrant(pending.clientId, pending.verifier, returned.code, pending.redirectUri);
      accessToken = authData.accessToken;
      expiresAt = authData.tokenExpiryTime;
    } catch {
      throw new SignInError('codeRejected');
    }
  } else {
    if (pending.grant !== 'implicit') throw new SignInError('wrongKind');
    accessToken = returned.accessToken;
    if (returned.expiresIn) expiresAt = host.now() + returned.expiresIn * 1000;
  }
  if (!accessToken) throw new SignInError('noToken');
  const signedIn: SignedIn = {
    environment: pending.environment,
    accessToken,
    returnTo: pending.returnTo,
    ...(expiresAt ? { expiresAt } : {}),
  };
  keepToken(host.storage, signedIn);
  return signedIn;
}
