import { memoByText } from '@/ui/memo-by-text';

const AVATAR_HUES = 8;

// Every row of a long list folds its name on each render: one segmenter for the module (a new one per call
// cost most of the scrolling time), and the results by name (memoByText).
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export type Initials = Readonly<{ initials: string; hue: number }>;

/** Up to two initials (first and last word, whole grapheme clusters) and a stable colour slot for a name. */
export const foldInitials: (name: string) => Initials = memoByText((name) => Object.freeze(fold(name)));

function fold(name: string): Initials {
  // From the first letter or digit: "<img" gives "I", "(Jo)" gives "J"; a combining mark stays with its letter.
  const firstGrapheme = (word: string): string => {
    const [first] = graphemes.segment(word.slice(Math.max(0, word.search(/[\p{L}\p{N}]/u))));
    return first?.segment ?? '';
  };
  const words = name.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initials = [first, last]
    .map((word) => (word ? firstGrapheme(word) : ''))
    .join('')
    .toLocaleUpperCase();
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return { initials: initials === '' ? '?' : initials, hue: hash % AVATAR_HUES };
}
