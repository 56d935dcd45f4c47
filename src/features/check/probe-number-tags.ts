// Probe 3: the `integration` tags on Other Phone numbers, from one POST /api/v2/users/search
// page of active users (one request). The UC people of that page are the sample the
// presence, bulk reader and topics probes use.
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import type { PeopleRule } from '@/genesys/launch-context';
import { ucNumberOf, otherPhonesOf } from '@/foundations/people/directory-user';
import { searchUsers, USERS_SEARCH_MAX_PAGE_SIZE, type UsersSearch } from '@/foundations/people/users-search';
import type { NumberTagsFound, ProbeResult } from '@/features/check/check-model';
import { lacking, notCheckedFrom, send, type ProbeContext } from '@/features/check/probe-context';
import type { UcIdentity } from '@/genesys/uc-table';

/** One users search page, as large as the search allows. */
export const TAG_SAMPLE_SIZE = USERS_SEARCH_MAX_PAGE_SIZE;
export const SEARCH_PERMISSION = 'directory:user:view';
/** Tags that are not one plain word (a number, an address) are counted under this key, never shown as they are. */
export const UNREADABLE_TAG = '?';
export const READABLE_TAG = /^[A-Za-z][A-Za-z0-9._-]{0,39}$/;

const pageSchema = z.object({ results: z._default(z.array(z.unknown()), []) });
const userSchema = z.object({ id: z.string().check(z.minLength(1)), addresses: z._default(z.array(z.unknown()), []) });

export type NumberTagsProbe = Extract<ProbeResult, { id: 'numberTags' }>;

export interface NumberTagsOutcome {
  result: NumberTagsProbe;
  /** Ids of the sampled UC people, for the next probes only (never in a finding). */
  sample: string[];
}

/** The first page of active users, without presence: the tags are on their addresses. */
export function sampleSearch(): UsersSearch {
  return { pageSize: TAG_SAMPLE_SIZE, pageNumber: 1 };
}

/** A tag as the report may show it: one plain word, else UNREADABLE_TAG. */
const shownTag = (integration: string): string => (READABLE_TAG.test(integration) ? integration : UNREADABLE_TAG);

/** Counts one answer's tags and picks the sample: the people the app lists, else (tag rule, none tagged) the untagged ones. */
export function readTags(answer: unknown, rule: PeopleRule, uc: UcIdentity): { found: NumberTagsFound; sample: string[] } {
  const seen = new Set<string>();
  const tags: Record<string, number> = {};
  let untagged = 0;
  let withOtherPhone = 0;
  let taggedForUc = 0;
  const byRule: string[] = [];
  const untaggedPeople: string[] = [];
  for (const raw of parseAnswer(pageSchema, answer, 'users search').results) {
    const user = userSchema.safeParse(raw);
    // Search pages may repeat a user: each counts once.
    if (!user.success || seen.has(user.data.id)) continue;
    seen.add(user.data.id);
    const { id, addresses } = user.data;
    const phones = otherPhonesOf(addresses, uc);
    if (phones.length > 0) withOtherPhone += 1;
    for (const { integration, address, display } of phones) {
      if (integration !== undefined) tags[shownTag(integration)] = (tags[shownTag(integration)] ?? 0) + 1;
      else if (address || display) untagged += 1;
    }
    if (phones.some((phone) => phone.tag === 'uc')) taggedForUc += 1;
    if (ucNumberOf(addresses, { rule, uc })) byRule.push(id);
    else if (ucNumberOf(addresses, { rule: 'otherPhone', uc })) untaggedPeople.push(id);
  }
  // Under the tag rule with nobody tagged, the untagged people are who `people=otherPhone` would list: sample them.
  const sample = byRule.length > 0 ? byRule : untaggedPeople;
  const sampleRule: PeopleRule = byRule.length > 0 ? rule : 'otherPhone';
  return {
    found: {
      rule,
      sampled: seen.size,
      withOtherPhone,
      tags,
      untagged,
      taggedForUc,
      listedByRule: byRule.length,
      sample: { size: sample.length, rule: sampleRule },
    },
    sample,
  };
}

function statusOf(found: NumberTagsFound): 'ok' | 'warning' {
  return found.listedByRule > 0 ? 'ok' : 'warning';
}

export async function probeNumberTags(context: ProbeContext, rule: PeopleRule): Promise<NumberTagsOutcome> {
  const tally = { requests: 0 };
  const missing = lacking(context, [SEARCH_PERMISSION]);
  if (missing) return { result: { id: 'numberTags', requests: 0, status: 'notChecked', why: missing }, sample: [] };
  try {
    const answer = await send(context, tally, () => searchUsers(context.apis, sampleSearch()));
    const { found, sample } = readTags(answer, rule, context.uc);
    return { result: { id: 'numberTags', requests: tally.requests, status: statusOf(found), found }, sample };
  } catch (error) {
    return { result: { id: 'numberTags', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) }, sample: [] };
  }
}
