import { expect, test } from 'vitest';
import { z } from 'zod';
import { DEMO_OAUTH_CLIENT_ID, LoginPageError } from '@/emulator/oauth';
import { createPlatformApis, type PlatformApiClient } from '@/genesys/sdk';
import { rejection, startEmulator, thrown } from '../support/emulator-server';
import { FIXTURE_ENVIRONMENT, USERS } from '../support/fixture-org';

const REDIRECT_URI = 'http://localhost:5173/';
const LOGIN = `https://login.${FIXTURE_ENVIRONMENT}`;
const DAY_MS = 86_400_000;

function authorizeUrl(params: Record<string, string>): string {
  return `${LOGIN}/oauth/authorize?${new URLSearchParams({ client_id: DEMO_OAUTH_CLIENT_ID, redirect_uri: REDIRECT_URI, ...params }).toString()}`;
}

/** What the SDK does before navigating to the login page (loginPKCEGrant), in the real SDK. */
async function pkceStart(state = 'place=/directory') {
  const { client } = createPlatformApis(FIXTURE_ENVIRONMENT, '');
  const verifier = client.generatePKCECodeVerifier(128);
  const challenge = await client.computePKCECodeChallenge(verifier);
  const url = authorizeUrl({ response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256', state });
  return { client, verifier, url };
}

function queryOf(redirect: string): URLSearchParams {
  return new URL(redirect).searchParams;
}

function hashOf(redirect: string): URLSearchParams {
  return new URLSearchParams(new URL(redirect).hash.slice(1));
}

function codeOf(redirect: string): string {
  const code = queryOf(redirect).get('code');
  if (code === null) throw new Error(`No code in ${redirect}`);
  return code;
}

const oauthFailure = z.object({
  response: z.object({
    status: z.number(),
    data: z.object({ error: z.string(), description: z.string(), error_description: z.string() }),
  }),
});

/** The token endpoint's error as authorizePKCEGrant rejects with it (fails if it resolved). */
async function grantRejection(call: Promise<unknown>) {
  return oauthFailure.parse(await thrown(call)).response;
}

const namedEntity = z.object({ id: z.string(), name: z.string() });
const tokenInfo = z.object({
  organization: namedEntity,
  homeOrganization: namedEntity,
  authorizedScope: z.array(z.string()),
  OAuthClient: z
    .object({ id: z.string(), name: z.string(), authorizedGrantType: z.string(), organization: namedEntity.optional() })
    .optional(),
});

async function tokensMe(client: PlatformApiClient, method: 'GET' | 'DELETE' = 'GET'): Promise<unknown> {
  const json = ['application/json'];
  const answer: unknown = await client.callApi('/api/v2/tokens/me', method, {}, {}, {}, {}, null, ['PureCloud OAuth'], json, json);
  return answer;
}

test('PKCE through the SDK: the code from authorize buys a token that works as the signed-in user', async () => {
  const { emulator } = startEmulator();
  const { client, verifier, url } = await pkceStart('place=/transfer');
  const redirect = emulator.authorize(url, USERS.supervisor);
  expect(redirect.startsWith(`${REDIRECT_URI}?code=`)).toBe(true);
  expect(queryOf(redirect).get('state')).toBe('place=/transfer');

  const authData = await client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, verifier, codeOf(redirect), REDIRECT_URI);
  expect(authData.accessToken).toMatch(/\S/);
  expect(authData.tokenExpiryTime).toBeGreaterThan(Date.now() + DAY_MS - 60_000);

  const apis = createPlatformApis(FIXTURE_ENVIRONMENT, authData.accessToken);
  await expect(apis.users.getUsersMe()).resolves.toMatchObject({ id: USERS.supervisor });
  // The SDK's own client holds the token too.
  expect(tokenInfo.parse(await tokensMe(client)).OAuthClient).toMatchObject({
    id: DEMO_OAUTH_CLIENT_ID,
    authorizedGrantType: 'CODE',
  });
});

test('the token endpoint answers 200 with bearer, expires_in and no-store', async () => {
  const { emulator } = startEmulator();
  const { verifier, url } = await pkceStart();
  const code = codeOf(emulator.authorize(url, USERS.agent));
  const answer = await fetch(`${LOGIN}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: DEMO_OAUTH_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
    }),
  });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('Cache-Control')).toBe('no-store');
  const body = z
    .strictObject({ access_token: z.string().min(1), token_type: z.string(), expires_in: z.number() })
    .parse(await answer.json());
  expect(body).toMatchObject({ token_type: 'bearer', expires_in: 86_400 });
  expect(emulator.requestLog.at(-1)).toMatchObject({ method: 'POST', path: '/oauth/token', status: 200 });
});

test('a wrong code_verifier is rejected with invalid_grant', async () => {
  const { emulator } = startEmulator();
  const { client, url } = await pkceStart();
  const code = codeOf(emulator.authorize(url, USERS.agent));
  const other = client.generatePKCECodeVerifier(128);
  const failure = await grantRejection(client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, other, code, REDIRECT_URI));
  expect(failure.status).toBe(400);
  expect(failure.data).toEqual({
    error: 'invalid_grant',
    description: 'code_verifier does not match the code_challenge',
    error_description: 'code_verifier does not match the code_challenge',
  });
});

test('a code works once: the second redemption is invalid_grant and the first token keeps working', async () => {
  const { emulator } = startEmulator();
  const { client, verifier, url } = await pkceStart();
  const code = codeOf(emulator.authorize(url, USERS.agent));
  const first = await client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, verifier, code, REDIRECT_URI);
  const failure = await grantRejection(client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, verifier, code, REDIRECT_URI));
  expect(failure).toMatchObject({ status: 400, data: { error: 'invalid_grant', description: 'authorization code has already been used' } });
  await expect(createPlatformApis(FIXTURE_ENVIRONMENT, first.accessToken).users.getUsersMe()).resolves.toMatchObject({
    id: USERS.agent,
  });
});

test('a code expires after five minutes of the emulator clock', async () => {
  let now = 1_000_000;
  const { emulator } = startEmulator({ now: () => now });
  const { client, verifier, url } = await pkceStart();
  const code = codeOf(emulator.authorize(url, USERS.agent));
  now += 5 * 60_000;
  const failure = await grantRejection(client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, verifier, code, REDIRECT_URI));
  expect(failure).toMatchObject({ status: 400, data: { error: 'invalid_grant', description: 'authorization code has expired' } });
});

test('a code is bound to its client and redirect_uri; an unknown client is invalid_client', async () => {
  const other = { id: 'other-client', redirectUris: ['http://localhost:5173/', 'http://localhost:5173/other'], grants: ['code' as const] };
  const demo = { id: DEMO_OAUTH_CLIENT_ID, redirectUris: [REDIRECT_URI], grants: ['code' as const] };
  const { emulator } = startEmulator({ oauthClients: [demo, other] });
  const { client, verifier, url } = await pkceStart();
  const code = codeOf(emulator.authorize(url, USERS.agent));

  const wrongClient = await grantRejection(client.authorizePKCEGrant('other-client', verifier, code, REDIRECT_URI));
  expect(wrongClient.data.description).toBe('authorization code was issued to another client');
  const wrongUri = await grantRejection(client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, verifier, code, 'http://localhost:5173/other'));
  expect(wrongUri).toMatchObject({ status: 400, data: { error: 'invalid_grant' } });
  expect(wrongUri.data.description).toBe('redirect_uri does not match the authorization request');
  const unknown = await grantRejection(client.authorizePKCEGrant('nobody', verifier, code, REDIRECT_URI));
  expect(unknown).toMatchObject({ status: 401, data: { error: 'invalid_client' } });
  // None of the failures used the code up.
  const granted = await client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, verifier, code, REDIRECT_URI);
  expect(granted.accessToken).toMatch(/\S/);
});

test('the token endpoint wants a form body with grant_type authorization_code', async () => {
  startEmulator();
  const post = (body: string, contentType = 'application/x-www-form-urlencoded') =>
    fetch(`${LOGIN}/oauth/token`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
  const json = await post(JSON.stringify({ grant_type: 'authorization_code' }), 'application/json');
  expect(json.status).toBe(400);
  expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  const grant = await post('grant_type=client_credentials');
  expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
  const missing = await post('grant_type=authorization_code&code=x&client_id=demo-client&redirect_uri=x');
  expect(missing.status).toBe(400);
  expect(await missing.json()).toMatchObject({ error: 'invalid_request', description: 'code_verifier is missing or repeated' });
});

test('an unregistered redirect_uri or an unknown client throws and never redirects', () => {
  const { emulator } = startEmulator();
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
  const pkce = { response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256' };
  expect(() => emulator.authorize(authorizeUrl({ ...pkce, redirect_uri: 'https://evil.example/' }), USERS.agent)).toThrow(LoginPageError);
  // Exact match: no trailing-slash or path leniency.
  expect(() => emulator.authorize(authorizeUrl({ ...pkce, redirect_uri: 'http://localhost:5173' }), USERS.agent)).toThrow(/not registered/);
  expect(() => emulator.authorize(authorizeUrl({ ...pkce, client_id: 'nobody' }), USERS.agent)).toThrow(/Unknown OAuth client/);
  expect(() => emulator.authorize(`https://api.${FIXTURE_ENVIRONMENT}/oauth/authorize?x=1`, USERS.agent)).toThrow(
    /is not https:\/\/login\./,
  );
});

test('bad authorize requests redirect back with an OAuth error and the state', () => {
  const { emulator } = startEmulator({
    oauthClients: [{ id: DEMO_OAUTH_CLIENT_ID, redirectUris: [REDIRECT_URI], grants: ['code'] }],
  });
  const errorOf = (params: Record<string, string>) => {
    const query = queryOf(emulator.authorize(authorizeUrl({ state: 's1', ...params }), USERS.agent));
    return { error: query.get('error'), state: query.get('state'), description: query.get('error_description') };
  };
  expect(errorOf({ response_type: 'code' })).toEqual({
    error: 'invalid_request',
    state: 's1',
    description: 'code_challenge is missing or repeated',
  });
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
  expect(errorOf({ response_type: 'code', code_challenge: challenge, code_challenge_method: 'plain' })).toMatchObject({
    error: 'invalid_request',
    description: 'code_challenge_method must be S256',
  });
  expect(errorOf({ response_type: 'code', code_challenge: challenge })).toMatchObject({ error: 'invalid_request' });
  expect(errorOf({ response_type: 'id_token' })).toMatchObject({ error: 'unsupported_response_type', state: 's1' });
  expect(errorOf({})).toMatchObject({ error: 'invalid_request', description: 'response_type is missing or repeated' });
  // This client has no implicit grant; the error goes in the fragment, as a token would.
  const implicit = hashOf(emulator.authorize(authorizeUrl({ response_type: 'token', state: 's2' }), USERS.agent));
  expect(Object.fromEntries(implicit)).toMatchObject({ error: 'unauthorized_client', state: 's2' });
  const inactive = queryOf(
    emulator.authorize(authorizeUrl({ response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256' }), USERS.inactive),
  );
  expect(inactive.get('error')).toBe('access_denied');
  expect(inactive.get('code')).toBeNull();
});

test('implicit grant: the token in the hash works with the SDK and expires after expires_in', async () => {
  let now = 1_000_000;
  const { emulator } = startEmulator({ now: () => now });
  const redirect = emulator.authorize(authorizeUrl({ response_type: 'token', state: 'place=/admin' }), USERS.admin);
  expect(new URL(redirect).search).toBe('');
  const hash = hashOf(redirect);
  expect(hash.get('token_type')).toBe('bearer');
  expect(hash.get('expires_in')).toBe('86400');
  expect(hash.get('state')).toBe('place=/admin');
  const apis = createPlatformApis(FIXTURE_ENVIRONMENT, hash.get('access_token') ?? '');
  await expect(apis.users.getUsersMe()).resolves.toMatchObject({ id: USERS.admin });
  expect(tokenInfo.parse(await tokensMe(apis.client)).OAuthClient?.authorizedGrantType).toBe('TOKEN');
  now += DAY_MS;
  expect(await rejection(apis.users.getUsersMe())).toMatchObject({ status: 401, code: 'bad.credentials' });
});

test('tokens/me describes the token, then 401s after expiry and after sign-out', async () => {
  let now = 1_000_000;
  const { emulator } = startEmulator({
    now: () => now,
    oauthClients: [
      { id: DEMO_OAUTH_CLIENT_ID, name: 'Presence app', redirectUris: [REDIRECT_URI], grants: ['code'], tokenLifetimeSec: 60 },
    ],
  });
  const { client, verifier, url } = await pkceStart();
  await client.authorizePKCEGrant(DEMO_OAUTH_CLIENT_ID, verifier, codeOf(emulator.authorize(url, USERS.agent)), REDIRECT_URI);
  const organization = { id: emulator.org.id, name: emulator.org.name };
  expect(tokenInfo.parse(await tokensMe(client))).toEqual({
    organization,
    homeOrganization: organization,
    authorizedScope: [],
    OAuthClient: { id: DEMO_OAUTH_CLIENT_ID, name: 'Presence app', authorizedGrantType: 'CODE', organization },
  });
  now += 60_000;
  expect(await rejection(tokensMe(client))).toMatchObject({ status: 401, code: 'bad.credentials' });

  const second = await pkceStart();
  await second.client.authorizePKCEGrant(
    DEMO_OAUTH_CLIENT_ID,
    second.verifier,
    codeOf(emulator.authorize(second.url, USERS.agent)),
    REDIRECT_URI,
  );
  expect(await tokensMe(second.client, 'DELETE')).toBeFalsy();
  expect(await rejection(tokensMe(second.client))).toMatchObject({ status: 401 });
});

test('issueToken tokens never expire unless issuedTokenLifetimeSec says so; expireTokens ends every session', async () => {
  let now = 1_000_000;
  const { emulator, apisFor } = startEmulator({ now: () => now });
  const apis = apisFor('agent');
  now += 365 * DAY_MS;
  await expect(apis.users.getUsersMe()).resolves.toMatchObject({ id: USERS.agent });
  const info = tokenInfo.parse(await tokensMe(apis.client));
  expect(info.OAuthClient).toBeUndefined();
  emulator.expireTokens();
  expect(await rejection(apis.users.getUsersMe())).toMatchObject({ status: 401, code: 'bad.credentials' });
  // A token issued afterwards works.
  await expect(apisFor('agent').users.getUsersMe()).resolves.toMatchObject({ id: USERS.agent });
});

test('issuedTokenLifetimeSec makes issueToken tokens expire', async () => {
  let now = 1_000_000;
  const { apisFor } = startEmulator({ now: () => now, issuedTokenLifetimeSec: 30 });
  const apis = apisFor('agent');
  await expect(apis.users.getUsersMe()).resolves.toMatchObject({ id: USERS.agent });
  now += 30_000;
  expect(await rejection(apis.users.getUsersMe())).toMatchObject({ status: 401 });
});
