// Where public material leaves Genesys Cloud's behaviour open, the emulator can
// play each plausible answer. Tests run the app against every variant; demo mode
// takes them from the URL parameter `demoVariants`; the org check (/check) names
// the one an org uses.
//
// Syntax of `demoVariants`: comma-separated `name:value` items, later items win:
//   presenceField:presence|integrationPresence   which field of a user carries the UC presence when
//                                                integrationPresenceSource is asked for (default presence:
//                                                "instead of their defaults"; users without presence from
//                                                that source then carry their Genesys presence there)
//   numberTag:<tag>|none                         the `integration` tag SCIM leaves on UC numbers (Other Phone):
//                                                by default each integration's own (the table's numberTag);
//                                                <tag> = that tag on the numbers of the org's first integration
//                                                (the others keep theirs); none = every UC number untagged
//   retryAfter:header|body                       header: a 429's Retry-After header is readable; body: CORS
//                                                hides it and only the body says how long to wait
//   searchPages:exact|short|overlap              users search pages: full; short (fewer results than
//                                                pageSize, some empty); overlap (users repeated across pages)
//   consultEnd:transfer|transfer.consult         disconnectType of the agent when a consult completes
//   topics:all|noIntegrationPresence             noIntegrationPresence: v2.users.{id}.integrationpresence
//                                                topics are refused (not permitted for the token)
//   presenceSource:listed|unlisted               listed: GET /presence/sources lists one source per active UC
//                                                integration (its own id, which the bulk endpoint takes);
//                                                unlisted: it lists none
//   listIcons:listed|entryOnly                   listed: the UC clientapps list carries each entry's badgeIcons
//                                                (the documented model); entryOnly: only GET …/clientapps/{id} does
//   default                                      every variant back to its default
// e.g. `demoVariants=presenceField:integrationPresence,numberTag:none,retryAfter:body`.
export const VARIANT_CHOICES = {
  presenceField: ['presence', 'integrationPresence'],
  retryAfter: ['header', 'body'],
  searchPages: ['exact', 'short', 'overlap'],
  consultEnd: ['transfer', 'transfer.consult'],
  topics: ['all', 'noIntegrationPresence'],
  presenceSource: ['listed', 'unlisted'],
  listIcons: ['listed', 'entryOnly'],
} as const;

type Choice<Name extends keyof typeof VARIANT_CHOICES> = (typeof VARIANT_CHOICES)[Name][number];

export interface EmulatorVariants {
  presenceField: Choice<'presenceField'>;
  /**
   * The tag on UC numbers: undefined, each integration's own; a tag, that one on the org's first
   * integration's numbers; null, none on any.
   */
  numberTag: string | null | undefined;
  retryAfter: Choice<'retryAfter'>;
  searchPages: Choice<'searchPages'>;
  consultEnd: Choice<'consultEnd'>;
  topics: Choice<'topics'>;
  presenceSource: Choice<'presenceSource'>;
  listIcons: Choice<'listIcons'>;
}

export const DEFAULT_VARIANTS: Readonly<EmulatorVariants> = Object.freeze({
  presenceField: 'presence',
  numberTag: undefined,
  retryAfter: 'header',
  searchPages: 'exact',
  consultEnd: 'transfer',
  topics: 'all',
  presenceSource: 'listed',
  listIcons: 'listed',
});

export class VariantSyntaxError extends Error {
  constructor(message: string) {
    super(`demoVariants: ${message}`);
    this.name = 'VariantSyntaxError';
  }
}

const TAG = /^[A-Za-z0-9._-]{1,40}$/;
const NAMES = [...Object.keys(VARIANT_CHOICES), 'numberTag', 'default'].join(', ');

function isChoice<Name extends keyof typeof VARIANT_CHOICES>(name: Name, value: string): value is Choice<Name> {
  return (VARIANT_CHOICES[name] as readonly string[]).includes(value);
}

function choice<Name extends keyof typeof VARIANT_CHOICES>(name: Name, value: string): Choice<Name> {
  if (isChoice(name, value)) return value;
  throw new VariantSyntaxError(`"${name}" is one of ${VARIANT_CHOICES[name].join(', ')}, got "${value}"`);
}

type ChoiceName = keyof typeof VARIANT_CHOICES;
const CHOICE_NAMES = Object.keys(VARIANT_CHOICES) as ChoiceName[];

/** `variants` with one more choice, checked against its list. */
function withChoice(variants: Partial<EmulatorVariants>, name: ChoiceName, value: string): Partial<EmulatorVariants> {
  return { ...variants, [name]: choice(name, value) };
}

/** Parses the `demoVariants` parameter; throws VariantSyntaxError naming the offending item. */
export function parseVariants(param: string): Partial<EmulatorVariants> {
  let variants: Partial<EmulatorVariants> = {};
  for (const item of param
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name = '', value, ...rest] = item.split(':').map((part) => part.trim());
    if (name === 'default' && value === undefined) {
      variants = { ...DEFAULT_VARIANTS };
      continue;
    }
    if (rest.length > 0 || value === undefined || value === '') throw new VariantSyntaxError(`"${item}" needs the form name:value`);
    if (name === 'numberTag') {
      if (value !== 'none' && !TAG.test(value))
        throw new VariantSyntaxError(`"numberTag" is a tag of letters, digits, ".", "_" or "-", or none`);
      variants.numberTag = value === 'none' ? null : value;
      continue;
    }
    const known = CHOICE_NAMES.find((candidate) => candidate === name);
    if (known === undefined) throw new VariantSyntaxError(`unknown item "${name}" (expected ${NAMES})`);
    variants = withChoice(variants, known, value);
  }
  return variants;
}
