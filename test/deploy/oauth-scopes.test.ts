// @vitest-environment node
// Every platform API operation src/ calls has its OAuth scope in src/genesys/oauth-scopes.ts,
// and docs/deploying.md and the Terraform example list exactly the scopes that map needs: an OAuth
// client restricted to scopes refuses any call outside them, so the lists must not fall behind.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { missingScopes, OPERATION_SCOPES, REQUIRED_SCOPES, scopeCovers } from '@/genesys/oauth-scopes';
import { authorizationApi, conversationsApi, createPlatformApis, groupsApi, notificationsApi, tokensApi } from '@/genesys/sdk';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The API classes sdk.ts loads on first use, by the `import('…/api/ConversationsApi.js')` of an accessor. */
function lazilyLoadedApiClasses(): string[] {
  const sdk = readFileSync(join(root, 'src/genesys/sdk.ts'), 'utf8');
  return [...sdk.matchAll(/import\(\s*['"][^'"]*\/api\/([A-Za-z0-9]+)\.js['"]\s*\)/g)].map((match) => match[1] ?? '');
}

/**
 * `ApiClass.method` for every method of every SDK API class the app builds: createPlatformApis' entries
 * and the ones loaded on first use (conversationsApi and the other loaders).
 */
async function sdkOperations(): Promise<Map<string, string>> {
  const apis = createPlatformApis('mypurecloud.ie', 'token-for-reflection');
  const built: unknown[] = [await conversationsApi(apis)];
  for (const [key, api] of Object.entries(apis)) {
    if (key !== 'client' && key !== 'environment') built.push(api);
  }
  // After UsersApi: a method name two classes share (getAuthorizationSubject) counts for the later one, the one src/ calls.
  built.push(...(await Promise.all([notificationsApi, authorizationApi, groupsApi, tokensApi].map((load) => load(apis)))));
  const operations = new Map<string, string>();
  const classNames = new Set<string>();
  for (const api of built) {
    if (typeof api !== 'object' || api === null) continue;
    const prototype: unknown = Object.getPrototypeOf(api);
    if (typeof prototype !== 'object' || prototype === null) continue;
    const className = prototype.constructor.name;
    classNames.add(className);
    for (const method of Object.getOwnPropertyNames(prototype)) {
      if (method !== 'constructor') operations.set(method, `${className}.${method}`);
    }
  }
  // An API class sdk.ts loads lazily through an accessor this function does not call would go unscanned.
  const lazy = lazilyLoadedApiClasses();
  expect(lazy, 'sdk.ts loads ConversationsApi on first use').toContain('ConversationsApi');
  expect(
    lazy.filter((className) => !classNames.has(className)),
    'call its accessor in sdkOperations',
  ).toEqual([]);
  return operations;
}

/** Every SDK operation src/ calls, with the files that call it: `.getUsers(` on any receiver (apis, backgroundApis, a client). */
async function calledOperations(): Promise<Map<string, Set<string>>> {
  const operations = await sdkOperations();
  const called = new Map<string, Set<string>>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\.([a-z][A-Za-z0-9]*)\s*\(/g)) {
      const operation = operations.get(match[1] ?? '');
      if (operation === undefined) continue;
      const files = called.get(operation) ?? new Set<string>();
      files.add(relative(root, file));
      called.set(operation, files);
    }
  }
  return called;
}

test('the scan finds the operations it must (a scan that found nothing would pass everything)', async () => {
  const called = await calledOperations();
  expect([...called.keys()]).toEqual(
    expect.arrayContaining([
      'UsersApi.getUsers',
      'UsersApi.postUsersSearch',
      'NotificationsApi.putNotificationsChannelSubscriptions',
      'GroupsApi.getGroups',
      'TokensApi.getTokensMe',
      'ConversationsApi.getConversationsCalls',
      'ConversationsApi.postConversationParticipantTransfer',
    ]),
  );
});

test('every API operation src/ calls has its scope in the map', async () => {
  const unmapped = [...(await calledOperations())]
    .filter(([operation]) => !(operation in OPERATION_SCOPES))
    .map(([operation, files]) => `${operation} (${[...files].join(', ')})`);
  expect(unmapped, 'add these to src/genesys/oauth-scopes.ts').toEqual([]);
});

test('the map names no operation src/ no longer calls (its scopes would be asked for nothing)', async () => {
  const called = await calledOperations();
  expect(Object.keys(OPERATION_SCOPES).filter((operation) => !called.has(operation))).toEqual([]);
});

test('the required scopes cover every operation, and a full scope covers its readonly one', () => {
  for (const scope of Object.values(OPERATION_SCOPES)) {
    if (scope !== null)
      expect(
        REQUIRED_SCOPES.some((required) => scopeCovers(required, scope)),
        scope,
      ).toBe(true);
  }
  expect(REQUIRED_SCOPES).toContain('groups:readonly');
  expect(REQUIRED_SCOPES).toContain('conversations');
  expect(REQUIRED_SCOPES).not.toContain('conversations:readonly');
  expect(missingScopes([...REQUIRED_SCOPES])).toEqual([]);
  expect(missingScopes(['users', 'presence', 'notifications'])).toEqual([
    'authorization:readonly',
    'conversations',
    'groups:readonly',
    'integrations:readonly',
  ]);
});

/** The backticked scope names of docs/deploying.md's OAuth client step "Scope: …". */
function readmeScopes(): string[] {
  const readme = readFileSync(join(root, 'docs/deploying.md'), 'utf8');
  const deploying = readme.slice(readme.indexOf('## Deploying to Genesys Cloud'));
  const step = /^\d+\. Scope:([\s\S]*?)(?=^\d+\. )/m.exec(deploying)?.[1] ?? '';
  return [...step.matchAll(/`([a-z-]+(?::readonly)?)`/g)].map((match) => match[1] ?? '');
}

test('docs/deploying.md lists exactly the scopes the map needs', () => {
  expect(readmeScopes().sort()).toEqual([...REQUIRED_SCOPES]);
});

const terraformSchema = z.object({
  resource: z.object({
    genesyscloud_oauth_client: z.record(z.string(), z.tuple([z.object({ scopes: z.array(z.string()) })])),
  }),
});

test('the Terraform example’s OAuth client has exactly the scopes the map needs', async () => {
  const file = join(root, 'deploy/terraform/main.tf');
  const module = terraformSchema.parse(await parse('main.tf', readFileSync(file, 'utf8')));
  const clients = Object.values(module.resource.genesyscloud_oauth_client);
  expect(clients).toHaveLength(1);
  expect([...(clients[0]?.[0].scopes ?? [])].sort()).toEqual([...REQUIRED_SCOPES]);
});
