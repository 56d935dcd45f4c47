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
  language?: string;
}

export interface GenesysLaunch {
  mode: 'genesys';
  /** Region domain, e.g. "mypurecloud.ie". */
  environment: string;
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

const hostOriginSchema = z
  .string()
  .transform((value, ctx) => {
    try {
      return new URL(value).origin;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a URL' });
      return z.NEVER;
    }
  })
  .refine(
    (origin) => GENESYS_REGIONS.some((region) => origin === `https://apps.${region}`),
    'not a Genesys Cloud app origin',
  );

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

  const target = optional(params, 'gcTargetEnv', 'pcEnvironment');
  if (target) {
    const environment = parse(regionSchema, target[0], target[1]);
    const hostParam = optional(params, 'gcHostOrigin');
    const hostOrigin = hostParam ? parse(hostOriginSchema, hostParam[0], hostParam[1]) : undefined;
    if (hostOrigin && hostOrigin !== `https://apps.${environment}`) {
      throw new LaunchError('gcHostOrigin', hostOrigin, `does not belong to ${environment}`);
    }
    const conversation = optional(params, 'gcConversationId', 'pcConversationId');
    return {
      mode: 'genesys',
      environment,
      ...(hostOrigin ? { hostOrigin } : {}),
      ...(language ? { language } : {}),
      ...(conversation ? { conversationId: parse(conversationIdSchema, conversation[0], conversation[1]) } : {}),
      usePopupAuth: params.get('gcUsePopupAuth') === 'true',
    };
  }
  if (params.has('gcHostOrigin')) {
    throw new LaunchError('gcHostOrigin', params.get('gcHostOrigin') ?? '', 'needs gcTargetEnv');
  }

  const raw = Object.fromEntries(
    ['demo', 'demoSize', 'demoSeed'].flatMap((name) => {
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
    ...(orgParam ? { orgUrl: parseSameOriginUrl(orgParam, url) } : {}),
    ...(faults ? { faults } : {}),
    ...(language ? { language } : {}),
  };
}
