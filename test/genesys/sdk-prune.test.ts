// @vitest-environment node
// build/sdk-prune.ts takes out of the SDK's API classes the operations src/ never names, in the build and
// in these tests alike. Every operation src/ calls must survive it, and a call the SDK does not have must
// fail the build rather than the person using the app.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { mappedOperations, pruneApiClass, wordsIn } from '../../build/sdk-prune';
import { OPERATION_SCOPES } from '@/genesys/oauth-scopes';
import { authorizationApi, conversationsApi, createPlatformApis, groupsApi, notificationsApi, tokensApi } from '@/genesys/sdk';

const SRC = join(import.meta.dirname, '../../src');
const API_DIR = join(
  dirname(createRequire(import.meta.url).resolve('purecloud-platform-client-v2/package.json')),
  'src/purecloud-platform-client-v2/api',
);

function unprunedSource(className: string): string {
  return readFileSync(join(API_DIR, `${className}.js`), 'utf8');
}

/** Every method of the SDK's own class, before pruning. */
function allMethods(className: string): string[] {
  return pruneApiClass(unprunedSource(className), className, () => true, []).kept;
}

/** The API instances the app builds, by class name (those loaded on first use loaded as the views load them). */
async function builtApis(): Promise<Map<string, object>> {
  const apis = createPlatformApis('mypurecloud.ie', 'token-for-reflection');
  const built: object[] = await Promise.all(
    [conversationsApi, notificationsApi, groupsApi, authorizationApi, tokensApi].map((load) => load(apis)),
  );
  for (const [key, api] of Object.entries(apis)) {
    const value: unknown = api;
    if (key !== 'client' && key !== 'environment' && typeof value === 'object' && value !== null) built.push(value);
  }
  return new Map(built.map((api) => [api.constructor.name, api]));
}

function methodsOf(api: object): string[] {
  return Object.getOwnPropertyNames(Object.getPrototypeOf(api)).filter((name) => name !== 'constructor');
}

test('the classes the tests run are pruned as the build prunes them', async () => {
  const apis = await builtApis();
  expect([...apis.keys()].sort()).toEqual(
    [
      'AuthorizationApi',
      'ConversationsApi',
      'GroupsApi',
      'IntegrationsApi',
      'NotificationsApi',
      'PresenceApi',
      'TokensApi',
      'UsersApi',
    ].sort(),
  );
  // As vite.config.ts prunes in the tests: what src/ names, and what the emulator's contract tests call.
  const words = wordsIn(SRC);
  for (const word of wordsIn(join(SRC, '..', 'test', 'emulator'))) words.add(word);
  for (const [className, api] of apis) {
    const methods = methodsOf(api);
    expect(
      methods.filter((method) => !words.has(method)),
      `${className}: methods src/ never names`,
    ).toEqual([]);
    expect(methods.length, className).toBeLessThanOrEqual(allMethods(className).length);
  }
  // UsersApi had about a hundred operations.
  expect(allMethods('UsersApi').length).toBeGreaterThan(80);
  expect(methodsOf(apis.get('UsersApi') ?? {}).length).toBeLessThan(15);
});

test('every operation src/ calls survives the pruning', async () => {
  const apis = await builtApis();
  const sources = srcCalls();
  for (const [className, api] of apis) {
    const called = allMethods(className).filter((method) => sources.has(method));
    const missing = called.filter((method) => typeof (api as Record<string, unknown>)[method] !== 'function');
    expect(missing, `${className}: called in src/, pruned away`).toEqual([]);
  }
  for (const operation of Object.keys(OPERATION_SCOPES)) {
    const [className = '', method = ''] = operation.split('.');
    expect(typeof (apis.get(className) as Record<string, unknown> | undefined)?.[method], operation).toBe('function');
  }
});

/** Method names src/ calls (`.name(` on any receiver), as test/deploy/oauth-scopes.test.ts finds them. */
function srcCalls(dir = SRC, calls = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) srcCalls(path, calls);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      for (const match of readFileSync(path, 'utf8').matchAll(/\.([a-z][A-Za-z0-9]*)\s*\(/g)) calls.add(match[1] ?? '');
    }
  }
  return calls;
}

test('a call the SDK class does not have fails the build, naming it', () => {
  const tokens = unprunedSource('TokensApi');
  expect(() => pruneApiClass(tokens, 'TokensApi', () => false, ['getTokensMe', 'getTokensEverything'])).toThrow(
    /TokensApi\.getTokensEverything/,
  );
  // A scan that found nothing would empty the class: that fails too.
  expect(() => pruneApiClass(tokens, 'TokensApi', () => false, [])).toThrow(/no method of TokensApi/);
  expect(mappedOperations('TokensApi')).toEqual(['getTokensMe']);
});

test('pruning moves nothing it keeps: same lines, same columns', () => {
  const source = unprunedSource('TokensApi');
  const { code, kept, removed } = pruneApiClass(source, 'TokensApi', (method) => method === 'getTokensMe', []);
  expect(kept).toEqual(['getTokensMe']);
  expect(removed).toContain('deleteToken');
  expect(code.split('\n')).toHaveLength(source.split('\n').length);
  const lineOf = (text: string) => text.split('\n').findIndex((line) => line.startsWith('\tgetTokensMe('));
  expect(lineOf(code)).toBe(lineOf(source));
  expect(code).not.toContain('deleteToken(');
});

test('ApiClient keeps what the app and the SDK reach, not the login flows the app does not use', () => {
  const client: unknown = createPlatformApis('mypurecloud.ie', 'token').client;
  const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(client));
  expect(methods).toEqual(
    expect.arrayContaining(['setEnvironment', 'setAccessToken', 'setHttpClient', 'getHttpClient', 'setReturnExtendedResponses', 'callApi']),
  );
  expect(methods).not.toContain('loginClientCredentialsGrant');
});
