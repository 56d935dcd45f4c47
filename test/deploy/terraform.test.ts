// @vitest-environment node
// The CX as Code example is documentation, but it must parse as HCL and keep
// creating what the README promises. @cdktf/hcl2json is HashiCorp's HCL parser
// compiled to WebAssembly: no terraform binary and no provider download needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { expect, test } from 'vitest';
import { z } from 'zod';

const dir = join(import.meta.dirname, '../../deploy/terraform');
const files = readdirSync(dir).filter((name) => name.endsWith('.tf'));

const policySchema = z.object({ domain: z.string(), entity_name: z.string(), action_set: z.array(z.string()) });
const integrationSchema = z.object({
  integration_type: z.string(),
  intended_state: z.string(),
  config: z.tuple([z.object({ name: z.string(), properties: z.string() })]),
});
const moduleSchema = z.object({
  terraform: z.array(z.object({ required_providers: z.array(z.record(z.string(), z.object({ source: z.string() }))) })).optional(),
  locals: z.array(z.record(z.string(), z.unknown())).optional(),
  variable: z.record(z.string(), z.unknown()).optional(),
  resource: z
    .object({
      genesyscloud_oauth_client: z
        .record(
          z.string(),
          z.tuple([
            z.object({
              authorized_grant_type: z.string(),
              registered_redirect_uris: z.array(z.string()),
              scopes: z.array(z.string()),
            }),
          ]),
        )
        .optional(),
      genesyscloud_integration: z.record(z.string(), z.tuple([integrationSchema])).optional(),
      genesyscloud_auth_role: z.record(z.string(), z.tuple([z.object({ permission_policies: z.array(policySchema) })])).optional(),
    })
    .optional(),
});
type Module = z.infer<typeof moduleSchema>;

async function parseModule(): Promise<Module> {
  const parts = await Promise.all(files.map(async (name) => moduleSchema.parse(await parse(name, readFileSync(join(dir, name), 'utf8')))));
  const merged: Module = {};
  for (const part of parts) {
    merged.terraform = [...(merged.terraform ?? []), ...(part.terraform ?? [])];
    merged.locals = [...(merged.locals ?? []), ...(part.locals ?? [])];
    merged.variable = { ...merged.variable, ...part.variable };
    merged.resource = {
      genesyscloud_oauth_client: { ...merged.resource?.genesyscloud_oauth_client, ...part.resource?.genesyscloud_oauth_client },
      genesyscloud_integration: { ...merged.resource?.genesyscloud_integration, ...part.resource?.genesyscloud_integration },
      genesyscloud_auth_role: { ...merged.resource?.genesyscloud_auth_role, ...part.resource?.genesyscloud_auth_role },
    };
  }
  return merged;
}

/** Resolves `${var.app_base_url}` and `${local.x}` the way Terraform would for a simple string. */
function resolve(template: string, locals: Record<string, unknown>): string {
  return template
    .replaceAll('${var.app_base_url}', 'https://presence.example.com')
    .replace(/\$\{local\.(\w+)\}/g, (_, name: string) => z.string().parse(locals[name]));
}

test('the example has the versions, variables, main and outputs files', () => {
  expect(files.sort()).toEqual(['main.tf', 'outputs.tf', 'variables.tf', 'versions.tf']);
});

test('the parser rejects malformed HCL, so a parse is a real syntax check', async () => {
  await expect(parse('broken.tf', 'resource "genesyscloud_integration" "x" {\n  config = \n}\n')).rejects.toThrow(/Invalid expression/);
});

test('every .tf file is valid HCL and the provider is mypurecloud/genesyscloud', async () => {
  const module = await parseModule();
  const providers = module.terraform?.flatMap((block) => block.required_providers) ?? [];
  expect(providers.map((provider) => provider.genesyscloud?.source)).toEqual(['mypurecloud/genesyscloud']);
  expect(Object.keys(module.variable ?? {})).toEqual(expect.arrayContaining(['aws_region', 'app_base_url']));
});

test('the OAuth client is a user-token client redirecting to the app root, without roles', async () => {
  const module = await parseModule();
  const clients = Object.values(module.resource?.genesyscloud_oauth_client ?? {});
  expect(clients).toHaveLength(1);
  const [client] = clients[0] ?? [];
  expect(client?.authorized_grant_type).toContain('"CODE"');
  expect(client?.authorized_grant_type).toContain('"TOKEN"');
  expect(client?.registered_redirect_uris).toEqual(['${var.app_base_url}/']);
  expect(client?.scopes).toEqual(expect.arrayContaining(['users:readonly', 'presence:readonly', 'notifications']));
  expect(client).not.toHaveProperty('roles');
});

test('there is one client app per view, the transfer view as an interaction widget for calls', async () => {
  const module = await parseModule();
  const integrations = module.resource?.genesyscloud_integration ?? {};
  const locals = Object.assign({}, ...(module.locals ?? [])) as Record<string, unknown>;
  const urls = z.record(z.string(), z.string()).parse(locals.urls);

  expect(Object.keys(integrations).sort()).toEqual(['admin', 'directory', 'supervisor', 'transfer']);
  for (const [view, [integration]] of Object.entries(integrations)) {
    expect(integration.integration_type).toBe(view === 'transfer' ? 'embedded-client-app-interaction-widget' : 'embedded-client-app');
    const properties = integration.config[0].properties;
    expect(properties).toMatch(new RegExp(`\\burl\\s*=\\s*local\\.urls\\.${view}\\b`));
    expect(properties).toMatch(/\bsandbox\s*=\s*local\.sandbox\b/);
    expect(resolve(z.string().parse(urls[view]), locals)).toMatch(new RegExp(`^https://presence\\.example\\.com/${view}\\?`));
  }
  expect(integrations.transfer?.[0].config[0].properties).toMatch(/\bcommunicationTypeFilter\s*=\s*"call"/);
  expect(locals.sandbox).toBe('allow-scripts,allow-same-origin,allow-forms,allow-popups');
});

test('the URL templates carry every launch parameter Genesys Cloud fills in', async () => {
  const module = await parseModule();
  const locals = Object.assign({}, ...(module.locals ?? [])) as Record<string, unknown>;
  const urls = z.record(z.string(), z.string()).parse(locals.urls);
  const params = (view: string) => Object.fromEntries(new URL(resolve(z.string().parse(urls[view]), locals)).searchParams);
  const launch = {
    gcHostOrigin: '{{gcHostOrigin}}',
    gcTargetEnv: '{{gcTargetEnv}}',
    gcLangTag: '{{gcLangTag}}',
    gcUsePopupAuth: '{{gcUsePopupAuth}}',
  };

  for (const view of ['directory', 'supervisor', 'admin']) expect(params(view)).toEqual(launch);
  expect(params('transfer')).toEqual({ ...launch, gcConversationId: '{{gcConversationId}}' });
});

test('the viewer role grants the badge permission integration:unifiedCommunications:view', async () => {
  const module = await parseModule();
  const roles = module.resource?.genesyscloud_auth_role ?? {};
  const viewer = roles.presence_viewer?.[0];
  expect(viewer?.permission_policies).toContainEqual({
    domain: 'integration',
    entity_name: 'unifiedCommunications',
    action_set: ['view'],
  });
  expect(viewer?.permission_policies).toContainEqual({ domain: 'directory', entity_name: 'user', action_set: ['view'] });
  expect(roles.admin_checks?.[0].permission_policies).toEqual(
    expect.arrayContaining([
      { domain: 'authorization', entity_name: 'role', action_set: ['view'] },
      { domain: 'authorization', entity_name: 'grant', action_set: ['view'] },
    ]),
  );
});
