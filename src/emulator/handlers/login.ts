// Sign-in: POST https://login.<env>/oauth/token (authorization code with PKCE,
// as the SDK's authorizePKCEGrant sends it) and the token endpoints of the API
// host: GET/HEAD /api/v2/tokens/me (the SDK's token test) and DELETE (sign out).
import type { HttpHandler } from 'msw';
import type { Models } from 'purecloud-platform-client-v2';
import { z } from 'zod/mini';
import type { EmulatorCore } from '@/emulator/emulator-core';
import { NO_STORE_HEADERS, OAuthError } from '@/emulator/errors';
import { noContent, Reply, type Router } from '@/emulator/guard';
import { searchParamsToObject } from '@/emulator/http-params';
import { DEMO_OAUTH_CLIENT_ID, oauthParam, redeemAuthorizationCode } from '@/emulator/oauth';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

const codeGrantForm = z.object({
  code: oauthParam('code'),
  // RFC 7636 §4.1: 43 to 128 unreserved characters.
  code_verifier: oauthParam('code_verifier').check(z.regex(/^[A-Za-z0-9._~-]{43,128}$/, 'code_verifier is malformed')),
  client_id: oauthParam('client_id'),
  redirect_uri: oauthParam('redirect_uri'),
});

const invalidRequest = (description: string) => new OAuthError(400, 'invalid_request', description);

export function loginHandlers(core: EmulatorCore, router: Router): HttpHandler[] {
  const { state } = core;
  const organization = { id: state.org.id, name: state.org.name };

  return [
    router.anonymous('post', `${core.loginBase}/oauth/token`, async ({ request }) => {
      const contentType = request.headers.get('content-type') ?? '';
      if (!contentType.toLowerCase().startsWith(FORM_CONTENT_TYPE)) {
        throw invalidRequest(`Content-Type must be ${FORM_CONTENT_TYPE}`);
      }
      const form = searchParamsToObject(new URLSearchParams(await request.text()));
      const grantType = oauthParam('grant_type').safeParse(form.grant_type);
      if (!grantType.success) throw invalidRequest('grant_type is missing or repeated');
      if (grantType.data !== 'authorization_code') {
        throw new OAuthError(400, 'unsupported_grant_type', `grant_type ${grantType.data} is not supported`);
      }
      const parsed = codeGrantForm.safeParse(form);
      if (!parsed.success) throw invalidRequest(parsed.error.issues[0]?.message ?? 'invalid request');
      const { token, expiresIn } = await redeemAuthorizationCode(core, {
        code: parsed.data.code,
        codeVerifier: parsed.data.code_verifier,
        clientId: parsed.data.client_id,
        redirectUri: parsed.data.redirect_uri,
      });
      return new Reply(200, { access_token: token, token_type: 'bearer', expires_in: expiresIn }, NO_STORE_HEADERS);
    }),

    router.get('/api/v2/tokens/me', ({ caller }) => {
      const oauth = state.tokens.get(caller.token)?.oauth;
      const client = oauth && core.oauthClients.get(oauth.clientId);
      // Tokens from issueToken stand for the demo client. An OAuth client without scopes grants
      // everything the user may do; what Genesys lists in authorizedScope then is unverified, so none here.
      const scopes = oauth ? client?.scopes : core.oauthClients.get(DEMO_OAUTH_CLIENT_ID)?.scopes;
      const info: Models.TokenInfo = {
        organization,
        homeOrganization: organization,
        authorizedScope: [...(scopes ?? [])],
        ...(oauth && client
          ? {
              OAuthClient: {
                id: client.id,
                name: client.name ?? client.id,
                authorizedGrantType: oauth.grant === 'code' ? 'CODE' : 'TOKEN',
                ...(client.scopes ? { scope: [...client.scopes] } : {}),
                organization,
              },
            }
          : {}),
      };
      return info;
    }),

    router.head('/api/v2/tokens/me', () => new Reply(200)),

    router.delete('/api/v2/tokens/me', ({ caller }) => {
      const record = state.tokens.get(caller.token);
      if (record) record.revoked = true;
      return noContent();
    }),
  ];
}
