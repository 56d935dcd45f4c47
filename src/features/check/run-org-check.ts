// One run of the org check: every probe in turn, within one request budget. A probe
// never throws: what it could not check is a finding too, so a run always ends with a
// full table (and never becomes a failed query that something would retry).
import type { PeopleRule } from '@/genesys/launch-context';
import type { RateLimitObservation } from '@/genesys/request-scheduler';
import type { PlatformApis } from '@/genesys/sdk';
import { BADGE_PERMISSION_FALLBACK } from '@/foundations/permissions/permission-model';
import { createRequestBudget, PROBE_IDS, REQUEST_BUDGET, type CheckResult, type ProbeResult } from '@/features/check/check-model';
import type { ProbeContext } from '@/features/check/probe-context';
import { probeIntegration } from '@/features/check/probe-integration';
import { probeNumberTags } from '@/features/check/probe-number-tags';
import { probePresenceField } from '@/features/check/probe-presence-field';
import { probeBulkReader, probePresenceSources } from '@/features/check/probe-presence-sources';
import { probeScopes } from '@/features/check/probe-scopes';
import { probeClock, probeRetryAfter } from '@/features/check/probe-timing';
import { channelForClock, probeTopics } from '@/features/check/probe-topics';
import type { UcProfile } from '@/genesys/uc-table';

export interface OrgCheckOptions {
  apis: PlatformApis;
  /** The same APIs answering with headers (ApiClient.setReturnExtendedResponses): the Date header. */
  headerApis: Pick<PlatformApis, 'client'>;
  /** The signed-in admin's permissions. */
  held: readonly string[];
  rule: PeopleRule;
  uc: UcProfile;
  rateLimits: () => RateLimitObservation;
  budget?: number;
  now?: () => number;
}

export async function runOrgCheck(options: OrgCheckOptions): Promise<CheckResult> {
  const now = options.now ?? Date.now;
  const budget = createRequestBudget(options.budget ?? REQUEST_BUDGET);
  const context: ProbeContext = { apis: options.apis, uc: options.uc, held: options.held, budget };

  const scopes = await probeScopes(context, options.headerApis, now);
  const integration = await probeIntegration(context);
  // What badges need as the integration declares it (the documented fallback when it is not readable).
  const badgePermissions =
    integration.status !== 'notChecked' && integration.found.uc ? integration.found.uc.badgePermissions : [BADGE_PERMISSION_FALLBACK];
  const tags = await probeNumberTags(context, options.rule);
  const presenceField = await probePresenceField(context, tags.sample, badgePermissions);
  const sources = await probePresenceSources(context);
  const bulkReader = await probeBulkReader(context, sources, tags.sample);
  const topics = await probeTopics(context, tags.sample, badgePermissions, now);
  const retryAfter = probeRetryAfter(options.rateLimits());
  // Without a readable Date header and without the topics probe's channel, one channel just for its expiry.
  const extra =
    scopes.date === null && topics.channel === null ? await channelForClock(context, now) : { timing: topics.channel, requests: 0 };
  const clock = probeClock(scopes.date, extra.timing, extra.requests);

  const byId = new Map<string, ProbeResult>(
    [integration, presenceField, tags.result, sources.result, bulkReader, topics.result, retryAfter, clock, scopes.result].map((probe) => [
      probe.id,
      probe,
    ]),
  );
  return {
    probes: PROBE_IDS.flatMap((id) => byId.get(id) ?? []),
    requests: { used: budget.used(), budget: budget.limit },
    rule: options.rule,
  };
}
