// The UC number a call goes to leaves Genesys Cloud over the SIP trunk as dialled:
// anything but a full international number would ring the wrong place or nowhere.
// What is dialled is the contact's `address` (E.164 when provisioning wrote it so), never
// its `display`, which Genesys formats for people ("(214) 987-8237" has lost its country code).
// A strict E.164 shape check (after removing the spaces, dashes, dots and brackets people
// format numbers with) catches what the directory gets wrong in practice: missing country
// codes, extensions, letters, cut-off numbers. It runs on every row, so it stays synchronous
// and out of libphonenumber-js, which only the views load, lazily, to write numbers for people.

const FORMATTING = /[\s().-]+/g;
const E164 = /^\+[1-9]\d{6,14}$/;

export type DialableNumber =
  | { ok: true; e164: string }
  | { ok: false; reason: 'missing' }
  /** `shown`: the address as Genesys has it, quoted so that an admin can find and fix it. */
  | { ok: false; reason: 'malformed'; shown: string };

/** The number to dial, in E.164, from a contact's `address`; or why there is none. */
export function dialableNumber(address: string | undefined): DialableNumber {
  const shown = address?.trim() ?? '';
  if (shown === '') return { ok: false, reason: 'missing' };
  const compact = shown.replace(FORMATTING, '');
  return E164.test(compact) ? { ok: true, e164: compact } : { ok: false, reason: 'malformed', shown };
}
