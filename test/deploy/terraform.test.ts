// @vitest-environment node
// The CX as Code example is documentation, but it must parse as HCL and keep
// creating what docs/deploying.md promises. @cdktf/hcl2json is HashiCorp's HCL parser
// compiled to WebAssembly: no terraform binary and no provider download needed.
// Issue 19: the example adds the app once per UC integration (for_each over
// var.uc_integrations). There is no Terraform to plan with, so the tests check the
// few expressions the example uses for that, then evaluate them as Terraform would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { DEFAULT_UC, UC_KEYS, UC_PROFILES, type UcKey } from '@/genesys/uc-table';

const dir = join(import.meta.dirname, '../../deploy/terraform');
const files = readdirSync(dir).filter((name) => name.endsWith('.tf'));

const VIEWS = ['admin', 'directory', 'supervisor', 'transfer'] as const;

const policySchema = z.object({ domain: z.string(), entity_name: z.string(), action_set: z.array(z.string()) });
const integrationSchema = z.object({
  for_each: z.string().optional(),
  integration_type: z.string(),
  intended_state: z.string(),
  config: z.tuple([z.object({ name: z.string(), properties: z.string() })]),
});
const roleSchema = z.object({
  for_each: z.string().optional(),
  name: z.string(),
  permission_policies: z.array(policySchema),
  dynamic: z.object({ permission_policies: z.array(z.object({ for_each: z.string(), content: z.tuple([policySchema]) })) }).optional(),
});
const variableSchema = z.object({
  description: z.string().optional(),
  default: z.unknown().optional(),
  validation: z.array(z.object({ condition: z.string(), error_message: z.string() })).optional(),
});
const moduleSchema = z.object({
  terraform: z.array(z.object({ required_providers: z.array(z.record(z.string(), z.object({ source: z.string() }))) })).optional(),
  locals: z.array(z.record(z.string(), z.unknown())).optional(),
  variable: z.record(z.string(), z.tuple([variableSchema])).optional(),
  output: z.record(z.string(), z.tuple([z.object({ value: z.unknown() })])).optional(),
  moved: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
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
      genesyscloud_auth_role: z.record(z.string(), z.tuple([roleSchema])).optional(),
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
    merged.output = { ...merged.output, ...part.output };
    merged.moved = [...(merged.moved ?? []), ...(part.moved ?? [])];
    merged.resource = {
      genesyscloud_oauth_client: { ...merged.resource?.genesyscloud_oauth_client, ...part.resource?.genesyscloud_oauth_client },
      genesyscloud_integration: { ...merged.resource?.genesyscloud_integration, ...part.resource?.genesyscloud_integration },
      genesyscloud_auth_role: { ...merged.resource?.genesyscloud_auth_role, ...part.resource?.genesyscloud_auth_role },
    };
  }
  return merged;
}

const localsOf = (module: Module) => Object.assign({}, ...(module.locals ?? [])) as Record<string, unknown>;

/** Resolves `${var.app_base_url}` and `${local.x}` the way Terraform would for a simple string. */
function resolve(template: string, locals: Record<string, unknown>): string {
  return template
    .replaceAll('${var.app_base_url}', 'https://presence.example.com')
    .replace(/\$\{local\.(\w+)\}/g, (_, name: string) => z.string().parse(locals[name]));
}

/** A variable's default, as Terraform would use it when the tfvars leave it out. */
function defaultOf<T>(module: Module, name: string, schema: z.ZodType<T>): T {
  return schema.parse(module.variable?.[name]?.[0].default);
}

/** `local.ucs` (key => name of each integration in var.uc_integrations) for a value of that variable. */
function ucsFor(locals: Record<string, unknown>, ucIntegrations: readonly string[]): Map<string, string> {
  expect(locals.ucs).toBe('${{ for uc in var.uc_integrations : uc => local.uc_names[uc] }}');
  const names = z.record(z.string(), z.string()).parse(locals.uc_names);
  return new Map(ucIntegrations.map((uc) => [uc, z.string().parse(names[uc])]));
}

const URLS = /^\$\{\{ for uc in var\.uc_integrations : uc => \{ for view, path in local\.views : view => "([^"]*)" \} \}\}$/;

/** `local.urls[uc][view]`, resolved, for a value of var.uc_integrations. */
function urlsFor(locals: Record<string, unknown>, ucIntegrations: readonly string[]): Map<string, Record<string, string>> {
  const template = z.string().parse(URLS.exec(z.string().parse(locals.urls))?.[1]);
  const views = z.record(z.string(), z.string()).parse(locals.views);
  return new Map(
    ucIntegrations.map((uc) => [
      uc,
      Object.fromEntries(
        Object.entries(views).map(([view, path]) => [view, resolve(template.replaceAll('${path}', path).replaceAll('${uc}', uc), locals)]),
      ),
    ]),
  );
}

interface ClientApp {
  address: string;
  view: string;
  uc: string;
  type: string;
  name: string;
  url: string;
}

/** Every client app Terraform would create for a value of var.uc_integrations, with the default name prefix. */
function clientApps(module: Module, ucIntegrations: readonly string[]): ClientApp[] {
  const locals = localsOf(module);
  const prefix = defaultOf(module, 'name_prefix', z.string());
  const ucs = ucsFor(locals, ucIntegrations);
  const urls = urlsFor(locals, ucIntegrations);
  return Object.entries(module.resource?.genesyscloud_integration ?? {}).flatMap(([view, [integration]]) => {
    expect(integration.for_each, view).toBe('${local.ucs}');
    const properties = integration.config[0].properties;
    expect(properties).toMatch(new RegExp(`\\burl\\s*=\\s*local\\.urls\\[each\\.key\\]\\.${view}\\b`));
    return [...ucs].map(([uc, ucName]) => ({
      address: `genesyscloud_integration.${view}["${uc}"]`,
      view,
      uc,
      type: integration.integration_type,
      name: integration.config[0].name.replaceAll('${var.name_prefix}', prefix).replaceAll('${each.value}', ucName),
      url: z.string().parse(urls.get(uc)?.[view]),
    }));
  });
}

const launch = {
  gcHostOrigin: '{{gcHostOrigin}}',
  gcTargetEnv: '{{gcTargetEnv}}',
  gcLangTag: '{{gcLangTag}}',
  gcUsePopupAuth: '{{gcUsePopupAuth}}',
};

const title = (view: string) => view.charAt(0).toUpperCase() + view.slice(1);

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
  expect(Object.keys(module.variable ?? {})).toEqual(expect.arrayContaining(['aws_region', 'app_base_url', 'uc_integrations']));
});

test('one OAuth client for every integration: a user-token client redirecting to the app root, without roles', async () => {
  const module = await parseModule();
  const clients = Object.values(module.resource?.genesyscloud_oauth_client ?? {});
  expect(clients).toHaveLength(1);
  const [client] = clients[0] ?? [];
  expect(client).not.toHaveProperty('for_each');
  expect(client?.authorized_grant_type).toContain('"CODE"');
  expect(client?.authorized_grant_type).toContain('"TOKEN"');
  expect(client?.registered_redirect_uris).toEqual(['${var.app_base_url}/']);
  expect(client?.scopes).toEqual(expect.arrayContaining(['users:readonly', 'presence:readonly', 'notifications']));
  expect(client).not.toHaveProperty('roles');
});

test('uc_integrations defaults to 8×8 and its validation lists exactly the four integration keys', async () => {
  const module = await parseModule();
  const variable = module.variable?.uc_integrations?.[0];
  expect(defaultOf(module, 'uc_integrations', z.array(z.string()))).toEqual([DEFAULT_UC]);
  expect(variable?.description).toMatch(/once per integration/);
  const conditions = (variable?.validation ?? []).map((validation) => validation.condition);
  const listed = conditions.map((condition) => /contains\((\[[^\]]*\]), uc\)/.exec(condition)?.[1]).find((list) => list !== undefined);
  expect(JSON.parse(z.string().parse(listed))).toEqual([...UC_KEYS]);
  expect(conditions.some((condition) => condition.includes('distinct(var.uc_integrations)'))).toBe(true);
  // The variable cannot use locals (Terraform < 1.9), so its list is written twice: keep them in step.
  expect(Object.keys(z.record(z.string(), z.string()).parse(localsOf(module).uc_names)).sort()).toEqual([...UC_KEYS].sort());
});

test('the integration names are the table’s', async () => {
  const names = z.record(z.string(), z.string()).parse(localsOf(await parseModule()).uc_names);
  for (const uc of UC_KEYS) expect(names[uc]).toBe(UC_PROFILES[uc].name);
});

test('there is one client app per view per integration, the transfer view as an interaction widget for calls', async () => {
  const module = await parseModule();
  const integrations = module.resource?.genesyscloud_integration ?? {};
  expect(Object.keys(integrations).sort()).toEqual([...VIEWS]);

  const apps = clientApps(module, UC_KEYS);
  expect(apps).toHaveLength(VIEWS.length * UC_KEYS.length);
  for (const app of apps) {
    expect(app.type).toBe(app.view === 'transfer' ? 'embedded-client-app-interaction-widget' : 'embedded-client-app');
    expect(app.url).toMatch(new RegExp(`^https://presence\\.example\\.com/${app.view}\\?`));
  }
  for (const [view, [integration]] of Object.entries(integrations)) {
    expect(integration.config[0].properties, view).toMatch(/\bsandbox\s*=\s*local\.sandbox\b/);
  }
  expect(integrations.transfer?.[0].config[0].properties).toMatch(/\bcommunicationTypeFilter\s*=\s*"call"/);
  expect(localsOf(module).sandbox).toBe('allow-scripts,allow-same-origin,allow-forms,allow-popups');
});

test('by default the example creates the 8×8 apps only', async () => {
  const module = await parseModule();
  const apps = clientApps(module, defaultOf(module, 'uc_integrations', z.array(z.string())));
  expect(apps.map((app) => app.address).sort()).toEqual(VIEWS.map((view) => `genesyscloud_integration.${view}["8x8"]`));
  expect(apps.map((app) => app.name).sort()).toEqual(VIEWS.map((view) => `UC Presence (8×8): ${title(view)}`));
  for (const app of apps) expect(new URL(app.url).searchParams.get('uc')).toBe('8x8');
});

test('the URL templates carry every launch parameter Genesys Cloud fills in, and uc=', async () => {
  const apps = clientApps(await parseModule(), UC_KEYS);
  for (const app of apps) {
    const params = Object.fromEntries(new URL(app.url).searchParams);
    const view = app.view === 'transfer' ? { ...launch, gcConversationId: '{{gcConversationId}}' } : launch;
    expect(params, app.address).toEqual({ ...view, uc: app.uc });
  }
});

test('each integration’s client apps carry its name and uc=<key>', async () => {
  const apps = clientApps(await parseModule(), UC_KEYS);
  for (const uc of UC_KEYS) {
    const own = apps.filter((app) => app.uc === uc);
    expect(own.map((app) => app.view).sort()).toEqual([...VIEWS]);
    for (const app of own) {
      expect(app.name).toBe(`UC Presence (${UC_PROFILES[uc].name}): ${title(app.view)}`);
      expect(new URL(app.url).searchParams.getAll('uc')).toEqual([uc]);
    }
  }
  // Two integrations: two sets, no URL shared.
  const two = clientApps(await parseModule(), ['8x8', 'teams']);
  expect(two).toHaveLength(VIEWS.length * 2);
  expect(new Set(two.map((app) => app.url)).size).toBe(two.length);
});

/** The permissions the viewer role grants for one integration key, as permission strings. */
function viewerPermissions(module: Module, uc: UcKey): string[] {
  const locals = localsOf(module);
  const viewer = module.resource?.genesyscloud_auth_role?.presence_viewer?.[0];
  expect(viewer?.for_each).toBe('${local.ucs}');
  expect(locals.uc_permission_entities).toBe('${merge(local.uc_permission_defaults, var.uc_permission_entities)}');
  expect(defaultOf(module, 'uc_permission_entities', z.record(z.string(), z.string()))).toEqual({});
  const entity = z.string().parse(z.record(z.string(), z.string()).parse(locals.uc_permission_defaults)[uc]);
  const dynamic = viewer?.dynamic?.permission_policies ?? [];
  expect(dynamic).toHaveLength(1);
  expect(dynamic[0]?.for_each).toBe('${local.uc_permission_entities[each.key] == "" ? [] : [local.uc_permission_entities[each.key]]}');
  const perIntegration = dynamic.map(({ content: [policy] }) => ({
    ...policy,
    entity_name: policy.entity_name === '${permission_policies.value}' ? entity : policy.entity_name,
  }));
  return [...(viewer?.permission_policies ?? []), ...perIntegration].flatMap((policy) =>
    policy.action_set.map((action) => `${policy.domain}:${policy.entity_name}:${action}`),
  );
}

test('one viewer role per integration grants the badge permission and that integration’s own view permission', async () => {
  const module = await parseModule();
  const locals = localsOf(module);
  const viewer = module.resource?.genesyscloud_auth_role?.presence_viewer?.[0];
  const prefix = defaultOf(module, 'name_prefix', z.string());
  for (const [uc, name] of ucsFor(locals, UC_KEYS)) {
    expect(viewer?.name.replaceAll('${var.name_prefix}', prefix).replaceAll('${each.value}', name)).toBe(`UC Presence (${name}) Viewer`);
    expect(viewerPermissions(module, uc as UcKey).sort()).toEqual(
      ['integration:unifiedCommunications:view', UC_PROFILES[uc as UcKey].permissionFallback, 'directory:user:view'].sort(),
    );
  }
});

test('the transfer and admin-checks roles are shared by every integration', async () => {
  const roles = (await parseModule()).resource?.genesyscloud_auth_role ?? {};
  expect(Object.keys(roles).sort()).toEqual(['admin_checks', 'presence_viewer', 'transfer']);
  expect(roles.transfer?.[0].for_each).toBeUndefined();
  expect(roles.admin_checks?.[0].for_each).toBeUndefined();
  expect(roles.transfer?.[0].permission_policies).toContainEqual({
    domain: 'conversation',
    entity_name: 'communication',
    action_set: ['blindTransfer', 'consultTransfer'],
  });
  expect(roles.admin_checks?.[0].permission_policies).toEqual(
    expect.arrayContaining([
      { domain: 'authorization', entity_name: 'role', action_set: ['view'] },
      { domain: 'authorization', entity_name: 'grant', action_set: ['view'] },
    ]),
  );
});

test('an earlier 8×8-only state keeps its objects: moved blocks to the 8x8 instances', async () => {
  const moved = (await parseModule()).moved ?? [];
  const expected = [...VIEWS.map((view) => `genesyscloud_integration.${view}`), 'genesyscloud_auth_role.presence_viewer'];
  expect(moved.map((block) => [block.from, block.to]).sort()).toEqual(
    expected.map((address) => [`\${${address}}`, `\${${address}["8x8"]}`]).sort(),
  );
});

test('the outputs give client app ids and URLs per integration and the viewer role per integration', async () => {
  const outputs = (await parseModule()).output ?? {};
  expect(outputs.client_app_urls?.[0].value).toBe('${local.urls}');
  const ids = z.string().parse(outputs.client_app_ids?.[0].value);
  expect(ids).toMatch(/^\$\{\{\s*for uc in var\.uc_integrations : uc => \{/);
  for (const view of VIEWS) expect(ids).toMatch(new RegExp(`\\b${view}\\s*=\\s*genesyscloud_integration\\.${view}\\[uc\\]\\.id\\b`));
  const roles = z.record(z.string(), z.string()).parse(outputs.role_ids?.[0].value);
  expect(roles.presence_viewer).toBe('${{ for uc, role in genesyscloud_auth_role.presence_viewer : uc => role.id }}');
});
