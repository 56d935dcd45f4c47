// The emulator's GET /api/v2/tokens/me, which the org check's scopes probe reads: any
// token may describe itself, and the emulator's tokens hold every scope the app needs.
import { expect, test } from 'vitest';
import { REQUIRED_SCOPES } from '@/genesys/oauth-scopes';
import { startEmulator, thrown } from '../support/emulator-server';
import { tokensApi } from '@/genesys/sdk';

test('any signed-in token reads its own scopes, with no permission needed', async () => {
  const { apisFor, emulator } = startEmulator();
  const info = await (await tokensApi(apisFor('no-badges'))).getTokensMe();
  expect(info.authorizedScope).toEqual([...REQUIRED_SCOPES]);
  expect(info.organization).toMatchObject({ id: emulator.org.id, name: emulator.org.name });
  expect(emulator.requestLog.at(-1)).toMatchObject({ method: 'GET', path: '/api/v2/tokens/me', status: 200 });
});

test('a token that no longer works gets a 401', async () => {
  const { apisFor, emulator } = startEmulator();
  const apis = apisFor('admin');
  emulator.expireTokens();
  expect(await thrown((await tokensApi(apis)).getTokensMe())).toMatchObject({ status: 401 });
});
