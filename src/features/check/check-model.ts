// What the org check (/check) finds: one result per probe, each with a status an
// admin can act on. Findings hold counts and variants; the sample's user ids and
// the source id the probes pass on stay out of them (the copied report is built
// from findings only).
import type { PeopleRule } from '@/genesys/launch-context';
import type { OAuthScope } from '@/genesys/oauth-scopes';
import type { PresenceField } from '@/foundations/presence/presence-reader';
import type { UcKey } from '@/genesys/uc-table';

/** The most requests one run of the check may send; stated on screen before it runs. */
export const REQUEST_BUDGET = 15;

/** Above this, the clock difference with Genesys Cloud is a warning. */
export const CLOCK_SKEW_WARNING_MS = 60_000;

export const PROBE_IDS = [
  'integration',
  'presenceField',
  'numberTags',
  'presenceSources',
  'bulkReader',
  'topics',
  'retryAfter',
  'clock',
  'scopes',
] as const;
export type ProbeId = (typeof PROBE_IDS)[number];

/** ok: the app works as is; warning: an admin should act; info: worth knowing, the app does not depend on it. */
export type ProbeStatus = 'ok' | 'warning' | 'info' | 'notChecked';

/** Why a probe sent nothing (or could not finish). */
export type NotChecked =
  | { reason: 'permission'; permissions: string[] }
  /** The number tags probe found no UC person to sample. */
  | { reason: 'noSample' }
  /** No UC presence source is listed: the bulk reader is never tried with an assumed id. */
  | { reason: 'noSource' }
  /** The presence sources could not be read (for a reason other than a permission): no id to try either. */
  | { reason: 'sourcesUnread' }
  /** Neither a Date header nor a channel expiry was readable. */
  | { reason: 'noClock' }
  | { reason: 'budget' }
  /** A request failed: `error` is what the SDK rejected with (shown on screen, never in the report). */
  | { reason: 'failed'; status?: number; error: unknown };

type Probe<Id extends ProbeId, Found> = { id: Id; requests: number } & (
  { status: Exclude<ProbeStatus, 'notChecked'>; found: Found } | { status: 'notChecked'; why: NotChecked }
);

export interface IntegrationFound {
  /** The integration this frame serves (uc= in the URL, the only one active, or the person's choice). */
  served: UcKey;
  /** UC integration entries listed (every vendor). */
  listed: number;
  /** integrationPresenceSource of each listed entry (the table's presence sources). */
  sources: string[];
  /** The served integration's entry, or null when none is listed (not installed or not active). */
  uc: null | {
    polled: boolean;
    pollIntervalSec?: number;
    /** The view permission the entry declares (its pbxPermission), if any. */
    pbxPermission?: string;
    /** What badges need: the entry's userPermissions (less pbxPermission), else the documented fallback. */
    badgePermissions: string[];
    /** The list answer carries the entry's badgeIcons (else the app reads the entry once more for them). */
    badgeIconsListed: boolean;
  };
}

export type PresenceFieldVariant = 'presence' | 'integrationPresence' | 'both' | 'genesysOnly' | 'none';

export interface PresenceFieldFound {
  variant: PresenceFieldVariant;
  fields: PresenceField[];
  sampled: number;
  /** People whose answer carried a UC presence. */
  withUc: number;
  /** People whose answer carried only a Genesys presence (never shown as UC). */
  genesysOnly: number;
}

export interface NumberTagsFound {
  rule: PeopleRule;
  /** Active users in the page read. */
  sampled: number;
  /** Of them, users with at least one Other Phone contact. */
  withOtherPhone: number;
  /** Other Phone contacts by their `integration` tag (tags that are not words count under "?"). */
  tags: Record<string, number>;
  /** Other Phone numbers without a tag. */
  untagged: number;
  /** Users with an Other Phone tagged for UC (any spelling the app accepts). */
  taggedForUc: number;
  /** Users the app lists under the launch's rule. */
  listedByRule: number;
  /** Users the next probes sample, and by which rule they were picked. */
  sample: { size: number; rule: PeopleRule };
}

export interface PresenceSourcesFound {
  variant: 'listed' | 'unlisted';
  listed: number;
}

export interface BulkReaderFound {
  variant: 'works' | 'refused';
  asked: number;
  answered: number;
  /** The HTTP status of a refusal. */
  status?: number;
}

export interface TopicsFound {
  variant: 'accepted' | 'refused';
  /** The topic pattern asked for, with {id} in place of the sampled user's id. */
  topic: string;
  rejectionReason?: string;
  missingPermissions: string[];
}

/** What the request scheduler observed of 429s in this session. */
export interface RetryAfterFound {
  variant: 'none' | 'header' | 'body' | 'backoff';
  seen: number;
  lastWaitMs?: number;
}

export interface ClockFound {
  /** Genesys Cloud's clock minus this computer's: positive when this computer is behind. */
  skewMs: number;
  from: 'header' | 'channel';
}

export interface ScopesFound {
  variant: 'complete' | 'missing' | 'unrestricted';
  missing: OAuthScope[];
  granted: number;
}

export type ProbeResult =
  | Probe<'integration', IntegrationFound>
  | Probe<'presenceField', PresenceFieldFound>
  | Probe<'numberTags', NumberTagsFound>
  | Probe<'presenceSources', PresenceSourcesFound>
  | Probe<'bulkReader', BulkReaderFound>
  | Probe<'topics', TopicsFound>
  | Probe<'retryAfter', RetryAfterFound>
  | Probe<'clock', ClockFound>
  | Probe<'scopes', ScopesFound>;

export interface CheckResult {
  /** In the order of PROBE_IDS. */
  probes: ProbeResult[];
  requests: { used: number; budget: number };
  rule: PeopleRule;
}

/** Hands out the run's requests; a probe asks before each one and stops when refused. */
export interface RequestBudget {
  readonly limit: number;
  used(): number;
  /** True (and counted) when one more request fits. */
  spend(): boolean;
}

export function createRequestBudget(limit: number = REQUEST_BUDGET): RequestBudget {
  let used = 0;
  return {
    limit,
    used: () => used,
    spend() {
      if (used >= limit) return false;
      used += 1;
      return true;
    },
  };
}
