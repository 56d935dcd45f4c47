import { getEnvironments } from 'genesys-cloud-service-discovery-web';
import { z } from 'zod';
import { GENESYS_REGIONS } from '@/genesys/sdk';

// What the URL that opened the app says about where it runs. Genesys fills
// these parameters from the client app's URL template; without them the app
// runs in demo mode against the built-in emulator.

export const DEMO_PERSONAS = ['agent', 'supervisor', 'admin', 'no-badges', 'no-8x8'] as const;
export type DemoPersonaName = (typeof DEMO_PERSONAS)[number];

export const DEMO_SIZE_DEFAULT = 2000;
export const DEMO_SIZE_MAX = 50_000;

export interface DemoLaunch {
  mode: 'demo';
  persona: DemoPersonaName;
  size: number;
  seed: number;
  /** Same-origin URL of an org JSON file, replacing the generated org. */
  orgUrl?: string;
  /** Raw `demoFaults` value; the emulator parses it. */
  faults?: string;
  /** 8×8 presence changes per minute across the demo org (`demoChurn`). */
  churnPerMinute?: number;
  language?: string;
  /** gcConversationId in demo mode: the transfer view runs as the interaction widget of that call. */
  conversationId?: string;
}

export interface GenesysLaunch {
  mode: 'genesys';
  /** Region domain, e.g. "mypurecloud.ie". */
  environment: string;
  /** Genesys deployment name from gcTargetEnv, e.g. "prod-euw1" (absent with legacy pcEnvironment). */
  targetEnv?: string;
  /** Origin of the Genesys Cloud page that frames us, when given. */
  hostOrigin?: string;
  language?: string;
  conversationId?: string;
  usePopupAuth: boolean;
}

export type LaunchContext = DemoLaunch | GenesysLaunch;

/** A launch parameter we refuse, named so the person can fix the URL. */
export class LaunchError extends Error {
  constructor(
    readonly parameter: string,
    readonly value: string,
    readonly reason: string,
  ) {
    super(`${parameter}=${value}: ${reason}`);
    this.name = 'LaunchError';
  }
}

const regionSchema = z
  .string()
  .transform((value) => value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, ''))
  .refine((value) => GENESYS_REGIONS.includes(value), 'not a Genesys Cloud region');

/** Genesys Cloud deployments (gcTargetEnv names) whose API domain the platform SDK knows. */
const GENESYS_DEPLOYMENTS = getEnvironments()
  .map((deployment) => ({ name: deployment.name, domain: deployment.publicDomainName }))
  .filter((deployment) => GENESYS_REGIONS.includes(deployment.domain));

function parseOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return value;
  }
}

const conversationIdSchema = z.string().regex(/^[0-9a-f-]{36}$/i, 'not a conversation id');
const languageSchema = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'not a language tag');

const demoSchema = z.object({
  demo: z.enum(DEMO_PERSONAS, { error: `not one of ${DEMO_PERSONAS.join(', ')}` }).default('agent'),
  demoSize: z.coerce
    .number({ error: 'not a number' })
    .int('not a whole number')
    .min(1, 'at least 1')
    .max(DEMO_SIZE_MAX, `at most ${DEMO_SIZE_MAX}`)
    .default(DEMO_SIZE_DEFAULT),
  demoSeed: z.coerce.number({ error: 'not a number' }).int('not an integer').default(1),
  demoChurn: z.coerce.number({ error: 'not a number' }).int('not a whole number').min(0).max(100_000).optional(),
});

function firstIssue(error: z.ZodError): { key: string; message: string } {
  const issue = error.issues[0];
  return { key: String(issue?.path[0] ?? ''), message: issue?.message ?? 'invalid' };
}

function parse<T>(schema: z.ZodType<T>, parameter: string, value: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new LaunchError(parameter, value, firstIssue(result.error).message);
  return result.data;
}

function optional(params: URLSearchParams, ...names: string[]): [string, string] | undefined {
  for (const name of names) {
    const value = params.get(name);
    if (value !== null && value !== '') return [name, value];
  }
  return undefined;
}

function parseSameOriginUrl(value: string, base: URL): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new LaunchError('demoOrg', value, 'not a URL');
  }
  if (url.origin !== base.origin) throw new LaunchError('demoOrg', value, `must be on this site (${base.origin})`);
  return url.href;
}

/** Reads the launch context from the page URL. Throws LaunchError naming a bad value. */
export function readLaunchContext(href: string): LaunchContext {
  const url = new URL(href);
  const params = url.searchParams;
  const languageParam = optional(params, 'gcLangTag', 'pcLangTag');
  const language = languageParam ? parse(languageSchema, languageParam[0], languageParam[1]) : undefined;

  const conversation = optional(params, 'gcConversationId', 'pcConversationId');
  const common = {
    ...(language ? { language } : {}),
    ...(conversation ? { conversationId: parse(conversationIdSchema, conversation[0], conversation[1]) } : {}),
    usePopupAuth: params.get('gcUsePopupAuth') === 'true',
  };
  const targetEnv = params.get('gcTargetEnv');
  const hostOrigin = params.get('gcHostOrigin');
  if (targetEnv !== null || hostOrigin !== null) {
    if (!targetEnv) throw new LaunchError('gcTargetEnv', '', 'is required with gcHostOrigin');
    if (!hostOrigin) throw new LaunchError('gcHostOrigin', '', 'is required with gcTargetEnv');
    const deployment = GENESYS_DEPLOYMENTS.find((candidate) => candidate.name === targetEnv);
    if (!deployment) throw new LaunchError('gcTargetEnv', targetEnv, 'not a Genesys Cloud environment');
    const origin = parseOrigin(hostOrigin);
    if (origin !== `https://apps.${deployment.domain}`) {
      throw new LaunchError('gcHostOrigin', hostOrigin, `not the Genesys Cloud app origin of ${targetEnv}`);
    }
    return { mode: 'genesys', environment: deployment.domain, targetEnv, hostOrigin: origin, ...common };
  }
  const legacy = params.get('pcEnvironment');
  if (legacy !== null) {
    return { mode: 'genesys', environment: parse(regionSchema, 'pcEnvironment', legacy), ...common };
  }

  const raw = Object.fromEntries(
    ['demo', 'demoSize', 'demoSeed', 'demoChurn'].flatMap((name) => {
      const value = params.get(name);
      return value === null || value === '' ? [] : [[name, value]];
    }),
  );
  const demo = demoSchema.safeParse(raw);
  if (!demo.success) {
    const { key, message } = firstIssue(demo.error);
    throw new LaunchError(key, params.get(key) ?? '', message);
  }
  const orgParam = params.get('demoOrg');
  const faults = params.get('demoFaults');
  return {
    mode: 'demo',
    persona: demo.data.demo,
    size: demo.data.demoSize,
    seed: demo.data.demoSeed,
    ...(demo.data.demoChurn === undefined ? {} : { churnPerMinute: demo.data.demoChurn }),
    ...(orgParam ? { orgUrl: parseSameOriginUrl(orgParam, url) } : {}),
    ...(faults ? { faults } : {}),
    ...(language ? { language } : {}),
    ...(common.conversationId ? { conversationId: common.conversationId } : {}),
  };
}
