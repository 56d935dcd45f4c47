// The provisioning rules. Each reads only what GET /api/v2/users shows (README, "Admin checks").
import { isPossiblePhoneNumber } from 'libphonenumber-js/min';
import { phoneKeyOf, type AuditUser } from '@/features/admin/audit/audit-user';

export type PersonFindingKind =
  | 'no-number'
  | 'invalid-number'
  | 'duplicate-number'
  | 'not-primary'
  | 'inactive-listed'
  | 'deleted-listed';

export interface PersonFinding {
  kind: PersonFindingKind;
  user: AuditUser;
  /** What is wrong, for this person. */
  problem: string;
  /** What the admin does about it. */
  fix: string;
}

export const FINDING_TITLES: Record<PersonFindingKind, string> = {
  'no-number': 'UC-only user without an 8×8 number',
  'invalid-number': '8×8 number is not valid E.164',
  'duplicate-number': 'Same 8×8 number on two people',
  'not-primary': '8×8 number is not the primary phone',
  'inactive-listed': 'Inactive user still holds an 8×8 number',
  'deleted-listed': 'Deleted user still holds an 8×8 number',
};

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * E.164 as stored: "+", a country code that exists and a length that country allows. Not
 * isValidPhoneNumber: its national patterns reject numbers outside today's allocated ranges,
 * which says nothing about whether the stored value is E.164 (and flagged most demo UK numbers).
 */
export function isE164(number: string): boolean {
  return E164.test(number) && isPossiblePhoneNumber(number);
}

const isListed = (user: AuditUser) => user.eightByEightNumber !== undefined && user.eightByEightNumber !== '';

/** Every person finding over the users read so far, in directory order, grouped by kind. */
export function findPersonProblems(users: readonly AuditUser[]): PersonFinding[] {
  const findings: PersonFinding[] = [];
  const byNumber = new Map<string, AuditUser[]>();

  for (const user of users) {
    const number = user.eightByEightNumber;
    if (user.state === 'inactive' || user.state === 'deleted') {
      if (isListed(user)) {
        findings.push({
          kind: user.state === 'inactive' ? 'inactive-listed' : 'deleted-listed',
          user,
          problem: `The account is ${user.state} but still carries the 8×8 number ${number ?? ''}, so it still shows in 8×8 lookups and can be chosen for transfers.`,
          fix: 'If the person has left, remove them (or their number) from the 8×8 directory so that SCIM deprovisions the number; if they are back, reactivate the Genesys Cloud account.',
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
          problem:
            number === ''
              ? 'The 8×8 Other Phone is empty.'
              : 'This account has never signed in to Genesys Cloud (a UC-only placeholder made by SCIM) and has no 8×8 number: nobody can call or transfer to them, and no badge can show.',
          fix: 'Set the person\u2019s telephoneNumber in the 8×8 directory; SCIM copies it to their Other Phone (phoneNumbers type "eightbyeight").',
        });
      }
      continue;
    }
    if (!isE164(number)) {
      findings.push({
        kind: 'invalid-number',
        user,
        problem: `"${number}" is not an E.164 number: transfers to it fail or ring the wrong place.`,
        fix: 'Correct the number in the 8×8 directory to E.164: "+", country code and digits only, no spaces or extension (for example +14155550123).',
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
        problem: `The primary phone is ${user.primaryPhones.join(', ')}, not the 8×8 number ${number}: calls to this UC-only user ring in Genesys Cloud instead of on 8×8.`,
        fix: 'Make the Other Phone (8×8 number) the primary phone in the person\u2019s Genesys Cloud profile, or stop SCIM from sending other numbers for UC-only users.',
      });
    }
  }

  for (const holders of byNumber.values()) {
    if (holders.length < 2) continue;
    for (const user of holders) {
      const others = holders.filter((other) => other !== user).map((other) => other.name);
      findings.push({
        kind: 'duplicate-number',
        user,
        problem: `${user.eightByEightNumber ?? ''} is also the 8×8 number of ${others.join(', ')}: a transfer to either rings the same phone.`,
        fix: 'Give each person their own number in the 8×8 directory; SCIM then updates the Other Phone.',
      });
    }
  }
  const order = Object.keys(FINDING_TITLES);
  return findings.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
