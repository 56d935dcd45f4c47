// The provisioning rules. Each reads only what GET /api/v2/users shows (README, "Admin checks").
// A finding carries message keys and values, not text: the view words it in the person's language.
import type { MessageKey } from '@/i18n/catalog-types';
import type { Translator } from '@/i18n/translator';
import { phoneKeyOf, type AuditUser } from '@/features/admin/audit/audit-user';

export const FINDING_KINDS = [
  'no-number',
  'invalid-number',
  'duplicate-number',
  'not-primary',
  'inactive-listed',
  'deleted-listed',
] as const;
export type PersonFindingKind = (typeof FINDING_KINDS)[number];

/** A value in a finding's text: plain, phone numbers to list ("a and b"), or people's names to list. */
export type FindingValue = string | number | { readonly numbers: readonly string[] } | { readonly people: readonly AuditUser[] };

export interface FindingMessage {
  key: MessageKey;
  values?: Readonly<Record<string, FindingValue>>;
}

export interface PersonFinding {
  kind: PersonFindingKind;
  user: AuditUser;
  /** What is wrong, for this person. */
  problem: FindingMessage;
  /** What the admin does about it. */
  fix: FindingMessage;
}

export const FINDING_TITLE_KEYS: Record<PersonFindingKind, MessageKey> = {
  'no-number': 'admin.finding.noNumber.title',
  'invalid-number': 'admin.finding.invalidNumber.title',
  'duplicate-number': 'admin.finding.duplicateNumber.title',
  'not-primary': 'admin.finding.notPrimary.title',
  'inactive-listed': 'admin.finding.inactiveListed.title',
  'deleted-listed': 'admin.finding.deletedListed.title',
};

/** A person's name as the view shows it (Genesys may send none). */
export function personName(user: AuditUser, t: Translator['t']): string {
  return user.name === '' ? t('admin.person.unnamed') : user.name;
}

/** A finding's problem or fix in the translator's language. */
export function findingText(message: FindingMessage, translator: Pick<Translator, 't' | 'list'>): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else if ('numbers' in value) params[name] = translator.list(value.numbers);
    else params[name] = translator.list(value.people.map((person) => personName(person, translator.t)));
  }
  return translator.t(message.key, params);
}

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Whether "+…" has a country code that exists and a length that country allows: libphonenumber's
 * isPossiblePhoneNumber, which loads with the phone formatter (src/ui/phone-format.tsx) rather than with the view.
 */
export type IsPossibleNumber = (e164: string) => boolean;

/**
 * E.164 as stored: "+", a country code that exists and a length that country allows. Not
 * isValidPhoneNumber: its national patterns reject numbers outside today's allocated ranges,
 * which says nothing about whether the stored value is E.164 (and flagged most demo UK numbers).
 */
export function isE164(number: string, isPossible: IsPossibleNumber): boolean {
  return E164.test(number) && isPossible(number);
}

const isListed = (user: AuditUser) => user.ucNumber !== undefined && user.ucNumber !== '';

/** Every person finding over the users read so far, in directory order, grouped by kind. */
export function findPersonProblems(users: readonly AuditUser[], isPossible: IsPossibleNumber): PersonFinding[] {
  const findings: PersonFinding[] = [];
  const byNumber = new Map<string, AuditUser[]>();

  for (const user of users) {
    const number = user.ucNumber;
    if (user.state === 'inactive' || user.state === 'deleted') {
      if (isListed(user)) {
        findings.push({
          kind: user.state === 'inactive' ? 'inactive-listed' : 'deleted-listed',
          user,
          problem: {
            key: user.state === 'inactive' ? 'admin.finding.inactiveListed.problem' : 'admin.finding.deletedListed.problem',
            values: { number: number ?? '' },
          },
          fix: { key: 'admin.finding.listed.fix' },
        });
      }
      continue;
    }
    if (number === undefined || number === '') {
      // A tagged Other Phone with no number, or a SCIM placeholder (never signed in) without one.
      if (number === '' || !user.signedIn) {
        findings.push({
          kind: 'no-number',
          user,
          problem: { key: number === '' ? 'admin.finding.noNumber.emptyProblem' : 'admin.finding.noNumber.placeholderProblem' },
          fix: { key: 'admin.finding.noNumber.fix' },
        });
      }
      continue;
    }
    if (!isE164(number, isPossible)) {
      findings.push({
        kind: 'invalid-number',
        user,
        problem: { key: 'admin.finding.invalidNumber.problem', values: { number } },
        fix: { key: 'admin.finding.invalidNumber.fix' },
      });
    }
    const key = phoneKeyOf(number);
    const holders = byNumber.get(key);
    if (holders) holders.push(user);
    else byNumber.set(key, [user]);
    if (!user.signedIn && user.primaryPhones.length > 0 && !user.primaryPhones.some((phone) => phoneKeyOf(phone) === key)) {
      findings.push({
        kind: 'not-primary',
        user,
        problem: { key: 'admin.finding.notPrimary.problem', values: { phones: { numbers: user.primaryPhones }, number } },
        fix: { key: 'admin.finding.notPrimary.fix' },
      });
    }
  }

  for (const holders of byNumber.values()) {
    if (holders.length < 2) continue;
    for (const user of holders) {
      const others = holders.filter((other) => other !== user);
      findings.push({
        kind: 'duplicate-number',
        user,
        problem: {
          key: 'admin.finding.duplicateNumber.problem',
          values: { number: user.ucNumber ?? '', others: { people: others } },
        },
        fix: { key: 'admin.finding.duplicateNumber.fix' },
      });
    }
  }
  return findings.sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));
}
