// The 8×8 number a call goes to leaves Genesys Cloud over the SIP trunk as dialled:
// anything but a full international number would ring the wrong place or nowhere.
// libphonenumber-js is not a dependency; a strict E.164 shape check (after removing
// the spaces, dashes, dots and brackets people format numbers with) catches what the
// directory gets wrong in practice: missing country codes, extensions, letters, cut-off numbers.

const FORMATTING = /[\s().-]+/g;
const E164 = /^\+[1-9]\d{6,14}$/;

export type DialableNumber =
  | { ok: true; e164: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'malformed'; shown: string };

/** The number to dial, in E.164, or why there is none. */
export function dialableNumber(number: string | undefined): DialableNumber {
  const shown = number?.trim() ?? '';
  if (shown === '') return { ok: false, reason: 'missing' };
  const compact = shown.replace(FORMATTING, '');
  return E164.test(compact) ? { ok: true, e164: compact } : { ok: false, reason: 'malformed', shown };
}
