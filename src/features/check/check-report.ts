// The report "Copy report" puts on the clipboard, for a support ticket or the app's
// maintainers: counts and variants only. It is built field by field from the findings,
// never by copying them, so that no name, phone number, id, token or Genesys message
// text (which may quote ids) can reach it.
import type { CheckResult, NotChecked, ProbeResult } from '@/features/check/check-model';
import { READABLE_TAG, UNREADABLE_TAG } from '@/features/check/probe-number-tags';

export const REPORT_FORMAT = 'uc-presence-org-check';

const PERMISSION = /^[A-Za-z0-9*]+:[A-Za-z0-9*]+:[A-Za-z0-9*]+$/;
const WORD = READABLE_TAG;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const permissions = (values: readonly string[]): string[] => values.filter((value) => PERMISSION.test(value));
const words = (values: readonly string[]): string[] => values.filter((value) => WORD.test(value));

function notChecked(why: NotChecked): Record<string, Json> {
  switch (why.reason) {
    case 'permission':
      return { reason: 'permission', missingPermissions: permissions(why.permissions) };
    case 'failed':
      return { reason: 'failed', httpStatus: why.status ?? null };
    default:
      return { reason: why.reason };
  }
}

function findings(probe: ProbeResult): Record<string, Json> {
  if (probe.status === 'notChecked') return notChecked(probe.why);
  switch (probe.id) {
    case 'integration': {
      const entry = probe.found.uc;
      return {
        variant: entry ? 'listed' : 'unlisted',
        ucIntegrations: probe.found.listed,
        integrationPresenceSources: words(probe.found.sources),
        ...(entry
          ? {
              presence: entry.polled ? 'polled' : 'pushed',
              pollIntervalSec: entry.pollIntervalSec ?? null,
              pbxPermission: entry.pbxPermission && PERMISSION.test(entry.pbxPermission) ? entry.pbxPermission : null,
              badgePermissions: permissions(entry.badgePermissions),
              badgeIcons: entry.badgeIconsListed ? 'listed' : 'entryOnly',
            }
          : {}),
      };
    }
    case 'presenceField':
      return {
        variant: probe.found.variant,
        sampled: probe.found.sampled,
        withUc: probe.found.withUc,
        genesysOnly: probe.found.genesysOnly,
      };
    case 'numberTags':
      return {
        rule: probe.found.rule,
        sampled: probe.found.sampled,
        withOtherPhone: probe.found.withOtherPhone,
        tags: Object.fromEntries(Object.entries(probe.found.tags).filter(([tag]) => tag === UNREADABLE_TAG || WORD.test(tag))),
        untagged: probe.found.untagged,
        taggedForUc: probe.found.taggedForUc,
        listedByRule: probe.found.listedByRule,
        sample: probe.found.sample.size,
        sampleRule: probe.found.sample.rule,
      };
    case 'presenceSources':
      return { variant: probe.found.variant, listed: probe.found.listed };
    case 'bulkReader':
      return {
        variant: probe.found.variant,
        asked: probe.found.asked,
        answered: probe.found.answered,
        ...(probe.found.status === undefined ? {} : { httpStatus: probe.found.status }),
      };
    case 'topics':
      return { variant: probe.found.variant, topic: probe.found.topic, missingPermissions: permissions(probe.found.missingPermissions) };
    case 'retryAfter':
      return {
        variant: probe.found.variant,
        seen: probe.found.seen,
        lastWaitSeconds: probe.found.lastWaitMs === undefined ? null : Math.round(probe.found.lastWaitMs / 1000),
      };
    case 'clock':
      return { from: probe.found.from, skewSeconds: Math.round(probe.found.skewMs / 1000) };
    case 'scopes':
      return { variant: probe.found.variant, granted: probe.found.granted, missing: [...probe.found.missing] };
  }
}

export function buildReport(result: CheckResult): Record<string, Json> {
  return {
    format: REPORT_FORMAT,
    version: 1,
    requests: { used: result.requests.used, budget: result.requests.budget },
    people: result.rule,
    probes: Object.fromEntries(
      result.probes.map((probe) => [probe.id, { status: probe.status, requests: probe.requests, ...findings(probe) }]),
    ),
  };
}

export function reportText(result: CheckResult): string {
  return JSON.stringify(buildReport(result), null, 2);
}
