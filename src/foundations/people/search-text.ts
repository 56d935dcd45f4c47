import { loadPhoneFormatter, loadedPhoneFormatter } from '@/ui/phone-format';
import type { DirectoryUser } from '@/foundations/people/directory-user';

/** Case-, accent- and width-insensitive form, so "josé" finds "Jose" and full-width digits match. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const words = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The digits of a text that looks like a phone number ("(415) 555-01", "+1 415 555"), else undefined. */
export function phoneDigitsOf(text: string): string | undefined {
  const folded = foldText(text).trim();
  if (!/^[\d\s()+./-]+$/.test(folded)) return undefined;
  const digits = folded.replace(/\D/g, '');
  // Two digits match too much to be useful as a phone search.
  return digits.length >= 3 ? digits : undefined;
}

// Characters with a meaning in Genesys' QUERY_STRING (Lucene) syntax: typed by a person, they are text.
const QUERY_SYNTAX = /[+\-=&|><!(){}[\]^"~*?:\\/]+/g;

/** The words of a search text, safe to send as QUERY_STRING terms. */
export function serverSearchTermsOf(text: string): string[] {
  return text.replace(QUERY_SYNTAX, ' ').split(/\s+/).filter(Boolean);
}

interface SearchIndex {
  /**
   * The folded words of name, email, department and title as one string, each word after a space: a typed word
   * starts some word when the string contains it after a space. One string per person rather than an array of
   * ten (50,000 people on the board).
   */
  words: string;
  digits: string;
  /** Digits of the number as its country dials it ("0131…"); undefined until the phone formatter has loaded. */
  nationalDigits?: string;
}

// Folding 50,000 users on every keystroke would cost ~100 ms; users from the query cache are stable objects.
// Made on the first search only: sorting needs the sort key alone.
const indexes = new WeakMap<DirectoryUser, SearchIndex>();
/** Folded names: sorting 50,000 users by it is a plain string comparison. */
const sortKeys = new WeakMap<DirectoryUser, string>();

function indexOf(user: DirectoryUser): SearchIndex {
  let index = indexes.get(user);
  if (!index) {
    const fields = [user.name, user.email, user.department, user.title];
    index = {
      words: fields
        .map((field) =>
          field
            ? words(field)
                .map((word) => ` ${word}`)
                .join('')
            : '',
        )
        .join(''),
      // Both forms: "+1 214…" typed finds "(214) 987-8237" shown, and the other way round.
      digits: `${user.ucAddress.replace(/\D/g, '')} ${user.ucNumber.replace(/\D/g, '')}`,
    };
    indexes.set(user, index);
  }
  return index;
}

function sortKeyOf(user: DirectoryUser): string {
  let key = sortKeys.get(user);
  if (key === undefined) {
    key = foldText(user.name);
    sortKeys.set(user, key);
  }
  return key;
}

/** The national digits, computed once the formatter is there (an index may be older than the formatter). */
function nationalDigitsOf(user: DirectoryUser, index: SearchIndex): string {
  if (index.nationalDigits === undefined) {
    const formatter = loadedPhoneFormatter();
    if (formatter) index.nationalDigits = formatter.nationalDigits(user.ucAddress) ?? '';
  }
  return index.nationalDigits ?? '';
}

/** A matcher over name, email, department, title and the UC number; mirrors the server search. */
export function localMatcher(text: string): (user: DirectoryUser) => boolean {
  const digits = phoneDigitsOf(text);
  const terms = words(text);
  if (terms.length === 0 && digits === undefined) return () => false;
  // National forms ("0131 433 1890") need the formatter; until it is there, the other forms still match.
  if (digits !== undefined) loadPhoneFormatter().catch(() => undefined);
  return (user) => {
    const index = indexOf(user);
    if (digits !== undefined && (index.digits.includes(digits) || nationalDigitsOf(user, index).includes(digits))) return true;
    // Every typed word must start some word of the user's fields, as the server's QUERY_STRING does.
    return terms.length > 0 && terms.every((term) => index.words.includes(` ${term}`));
  };
}

/** By name as the server sorts (case- and accent-insensitive), then by id so the order is stable. */
export function compareByName(a: DirectoryUser, b: DirectoryUser): number {
  const left = sortKeyOf(a);
  const right = sortKeyOf(b);
  if (left !== right) return left < right ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
