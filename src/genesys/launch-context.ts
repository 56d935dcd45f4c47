import { GENESYS_DEPLOYMENT_DOMAINS } from '@/genesys/genesys-deployments';
import { z } from 'zod/mini';
import { GENESYS_REGIONS } from '@/genesys/sdk';
import { LANGUAGE_TAG } from '@/i18n/locales';
import { englishTranslator } from '@/i18n/translator';
import { UC_KEYS, type UcKey } from '@/genesys/uc-table';

// What the URL that opened the app says about where it runs. Genesys fills
// these parameters from the client app's URL template; without them the app
// runs in demo mode against the built-in emulator.

export const DEMO_PERSONAS = ['agent', 'supervisor', 'admin', 'no-badges', 'no-uc-view'] as const;
export type DemoPersonaName = (typeof DEMO_PERSONAS)[number];
/** Persona names of earlier versions, still accepted in bookmarked demo links. */
const LEGACY_PERSONAS: Readonly<Record<string, DemoPersonaName>> = { 'no-8x8': 'no-uc-view' };

export const DEMO_SIZE_DEFAULT = 2000;
export const DEMO_SIZE_MAX = 50_000;

/**
 * Who counts as a UC person (launch parameter `people`): `tagged` (default) a user whose
 * Other Phone carries the UC integration tag; `otherPhone` any user with an Other Phone
 * number, for orgs whose provisioning leaves the number untagged.
 */
export const PEOPLE_RULES = ['tagged', 'otherPhone'] as const;
export type PeopleRule = (typeof PEOPLE_RULES)[number];
/** What an admin adds to the client app URL when provisioning leaves UC numbers untagged. */
export const OTHER_PHONE_PARAMETER = 'people=otherPhone';

export interface DemoLaunch {
  mode: 'demo';
  people: PeopleRule;
  /** `uc`: the UC integration this client app serves (absent: the only one active, else the person's choice). */
  uc?: UcKey;
  /** `demoUc`: the UC integrations the generated org has, in order (default 8×8 alone). */
  ucIntegrations?: UcKey[];
  persona: DemoPersonaName;
  size: number;
  seed: number;
  /** Same-origin URL of an org JSON file, replacing the generated org. */
  orgUrl?: string;
  /** Raw `demoFaults` value; the emulator parses it. */
  faults?: string;
  /** Raw `demoVariants` value (which plausible Genesys behaviour the emulator plays); the emulator parses it. */
  variants?: string;
  /** UC presence changes per minute across the demo org (`demoChurn`). */
  churnPerMinute?: number;
  language?: string;
  theme?: Theme;
  /** gcConversationId in demo mode: the transfer view runs as the interaction widget of that call. */
  conversationId?: string;
  /** `tab=alone`: this frame shares neither channel nor budget with the app's other frames in the tab. */
  aloneInTab?: true;
}

export interface GenesysLaunch {
  mode: 'genesys';
  people: PeopleRule;
  /** `uc`: the UC integration this client app serves (absent: the only one active, else the person's choice). */
  uc?: UcKey;
  /** Region domain, e.g. "mypurecloud.ie". */
  environment: string;
  /** Genesys deployment name from gcTargetEnv, e.g. "prod-euw1" (absent with legacy pcEnvironment). */
  targetEnv?: string;
  /** Origin of the Genesys Cloud page that frames us, when given. */
  hostOrigin?: string;
  language?: string;
  /** Light or dark as Genesys Cloud shows it, when the client app URL passes `theme`. */
  theme?: Theme;
  conversationId?: string;
  usePopupAuth: boolean;
  /** `tab=alone`: this frame shares neither channel nor budget with the app's other frames in the tab. */
  aloneInTab?: true;
}

export type LaunchContext = DemoLaunch | GenesysLaunch;

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Why a launch parameter is refused; the start screen says it in the person's language (app.launchReason.*). */
export const LAUNCH_REASONS = [
  'notRegion',
  'notEnvironment',
  'notAppOrigin',
  'requiredWith',
  'notConversationId',
  'notLanguageTag',
  'notOneOf',
  'notNumber',
  'notWholeNumber',
  'notInteger',
  'atLeast',
  'atMost',
  'notUrl',
  'notThisSite',
  'invalid',
] as const;
export type LaunchReasonCode = (typeof LAUNCH_REASONS)[number];

export interface LaunchReason {
  code: LaunchReasonCode;
  params: Readonly<Record<string, string | number>>;
}

/** The catalog key of a reason: `t(launchReasonKey(code), params)`. */
export const launchReasonKey = (code: LaunchReasonCode) => `app.launchReason.${code}` as const;

/** A launch parameter we refuse, named so the person can fix the URL. */
export class LaunchError extends Error {
  constructor(
    readonly parameter: string,
    readonly value: string,
    readonly reason: LaunchReason,
  ) {
    super(`${parameter}=${value}: ${englishTranslator.t(launchReasonKey(reason.code), reason.params)}`);
    this.name = 'LaunchError';
  }
}

const reason = (code: LaunchReasonCode, params: LaunchReason['params'] = {}): LaunchReason => ({ code, params });

const regionSchema = z
  .pipe(
    z.string(),
    z.transform((value) =>
      value
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, ''),
    ),
  )
  .check(z.refine((value) => GENESYS_REGIONS.includes(value), 'notRegion' satisfies LaunchReasonCode));

/** Genesys Cloud deployments (gcTargetEnv names) whose API domain the platform SDK knows. */
const GENESYS_DEPLOYMENTS = GENESYS_DEPLOYMENT_DOMAINS.filter((deployment) => GENESYS_REGIONS.includes(deployment.domain));

function parseOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return value;
  }
}

// Zod messages here are reason codes; the bounds and choices come from the issue itself.
const themeSchema = z.enum(THEMES, { error: 'notOneOf' satisfies LaunchReasonCode });
const peopleSchema = z.enum(PEOPLE_RULES, { error: 'notOneOf' satisfies LaunchReasonCode });
const ucSchema = z.enum(UC_KEYS, { error: 'notOneOf' satisfies LaunchReasonCode });
/** `demoUc=8x8,teams`: distinct integration keys, comma-separated. */
const ucListSchema = z.pipe(
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((value) => value.split(',').map((part) => part.trim())),
    ),
    z.array(ucSchema).check(z.minLength(1)),
  ),
  z.transform((keys: UcKey[]) => [...new Set(keys)]),
);
const conversationIdSchema = z.string().check(z.regex(/^[0-9a-f-]{36}$/i, 'notConversationId' satisfies LaunchReasonCode));
const languageSchema = z.string().check(z.regex(LANGUAGE_TAG, 'notLanguageTag' satisfies LaunchReasonCode));
/** How a frame lives with the app's other frames in its tab: `shared` (default) one channel and budget, `alone` its own. */
export const TAB_MODES = ['shared', 'alone'] as const;
const tabSchema = z.enum(TAB_MODES, { error: 'notOneOf' satisfies LaunchReasonCode });

const number = () => z.coerce.number({ error: 'notNumber' satisfies LaunchReasonCode });
const AT_LEAST = 'atLeast' satisfies LaunchReasonCode;
const AT_MOST = 'atMost' satisfies LaunchReasonCode;

const demoSchema = z.object({
  demo: z._default(z.enum(DEMO_PERSONAS, { error: 'notOneOf' satisfies LaunchReasonCode }), 'agent'),
  demoSize: z._default(
    number().check(z.int('notWholeNumber' satisfies LaunchReasonCode), z.minimum(1, AT_LEAST), z.maximum(DEMO_SIZE_MAX, AT_MOST)),
    DEMO_SIZE_DEFAULT,
  ),
  demoSeed: z._default(number().check(z.int('notInteger' satisfies LaunchReasonCode)), 1),
  demoChurn: z.optional(
    number().check(z.int('notWholeNumber' satisfies LaunchReasonCode), z.minimum(0, AT_LEAST), z.maximum(100_000, AT_MOST)),
  ),
});

function reasonOf(issue: z.core.$ZodIssue | undefined): LaunchReason {
  const code = LAUNCH_REASONS.find((known) => known === issue?.message) ?? 'invalid';
  switch (issue?.code) {
    case 'too_small':
      return reason(code, { min: Number(issue.minimum) });
    case 'too_big':
      return reason(code, { max: Number(issue.maximum) });
    case 'invalid_value':
      return reason(code, { choices: issue.values.map(String).join(', ') });
    default:
      return reason(code);
  }
}

function firstIssue(error: z.core.$ZodError): { key: string; reason: LaunchReason } {
  const issue = error.issues[0];
  return { key: String(issue?.path[0] ?? ''), reason: reasonOf(issue) };
}

function parse<T>(schema: z.core.$ZodType<T>, parameter: string, value: string): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new LaunchError(parameter, value, firstIssue(result.error).reason);
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
    throw new LaunchError('demoOrg', value, reason('notUrl'));
  }
  if (url.origin !== base.origin) throw new LaunchError('demoOrg', value, reason('notThisSite', { origin: base.origin }));
  return url.href;
}

/** Reads the launch context from the page URL. Throws LaunchError naming a bad value. */
export function readLaunchContext(href: string): LaunchContext {
  const url = new URL(href);
  const params = url.searchParams;
  const languageParam = optional(params, 'gcLangTag', 'pcLangTag');
  const language = languageParam ? parse(languageSchema, languageParam[0], languageParam[1]) : undefined;

  const themeParam = optional(params, 'theme');
  const theme = themeParam ? parse(themeSchema, themeParam[0], themeParam[1]) : undefined;

  const peopleParam = optional(params, 'people');
  const people = peopleParam ? parse(peopleSchema, peopleParam[0], peopleParam[1]) : 'tagged';
  const ucParam = optional(params, 'uc');
  const uc = ucParam ? parse(ucSchema, ucParam[0], ucParam[1]) : undefined;

  const conversation = optional(params, 'gcConversationId', 'pcConversationId');
  const tabParam = optional(params, 'tab');
  const aloneInTab = tabParam ? parse(tabSchema, tabParam[0], tabParam[1]) === 'alone' : false;
  const common = {
    people,
    ...(uc ? { uc } : {}),
    ...(aloneInTab ? { aloneInTab: true as const } : {}),
    ...(language ? { language } : {}),
    ...(theme ? { theme } : {}),
    ...(conversation ? { conversationId: parse(conversationIdSchema, conversation[0], conversation[1]) } : {}),
    usePopupAuth: params.get('gcUsePopupAuth') === 'true',
  };
  const targetEnv = params.get('gcTargetEnv');
  const hostOrigin = params.get('gcHostOrigin');
  if (targetEnv !== null || hostOrigin !== null) {
    if (!targetEnv) throw new LaunchError('gcTargetEnv', '', reason('requiredWith', { other: 'gcHostOrigin' }));
    if (!hostOrigin) throw new LaunchError('gcHostOrigin', '', reason('requiredWith', { other: 'gcTargetEnv' }));
    const deployment = GENESYS_DEPLOYMENTS.find((candidate) => candidate.name === targetEnv);
    if (!deployment) throw new LaunchError('gcTargetEnv', targetEnv, reason('notEnvironment'));
    const origin = parseOrigin(hostOrigin);
    if (origin !== `https://apps.${deployment.domain}`) {
      throw new LaunchError('gcHostOrigin', hostOrigin, reason('notAppOrigin', { targetEnv }));
    }
    return { mode: 'genesys', environment: deployment.domain, targetEnv, hostOrigin: origin, ...common };
  }
  const legacy = params.get('pcEnvironment');
  if (legacy !== null) {
    return { mode: 'genesys', environment: parse(regionSchema, 'pcEnvironment', legacy), ...common };
  }

  const raw = Object.fromEntries(
    ['demo', 'demoSize', 'demoSeed', 'demoChurn'].flatMap((name): [string, string][] => {
      const value = params.get(name);
      if (value === null || value === '') return [];
      return [[name, name === 'demo' ? (LEGACY_PERSONAS[value] ?? value) : value]];
    }),
  );
  const demo = demoSchema.safeParse(raw);
  if (!demo.success) {
    const { key, reason: why } = firstIssue(demo.error);
    throw new LaunchError(key, params.get(key) ?? '', why);
  }
  const orgParam = params.get('demoOrg');
  const faults = params.get('demoFaults');
  const variants = params.get('demoVariants');
  const ucList = optional(params, 'demoUc');
  return {
    mode: 'demo',
    people,
    ...(uc ? { uc } : {}),
    ...(ucList ? { ucIntegrations: parse(ucListSchema, ucList[0], ucList[1]) } : {}),
    persona: demo.data.demo,
    size: demo.data.demoSize,
    seed: demo.data.demoSeed,
    ...(demo.data.demoChurn === undefined ? {} : { churnPerMinute: demo.data.demoChurn }),
    ...(orgParam ? { orgUrl: parseSameOriginUrl(orgParam, url) } : {}),
    ...(faults ? { faults } : {}),
    ...(variants ? { variants } : {}),
    ...(language ? { language } : {}),
    ...(theme ? { theme } : {}),
    ...(common.conversationId ? { conversationId: common.conversationId } : {}),
    ...(aloneInTab ? { aloneInTab: true as const } : {}),
  };
}
