// A search that names a presence narrows by it: "billing avail" is Billing people who are Available.
// The words are the presence labels of the agent's language (and English, which agents often type anyway).
import { useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { englishTranslator, type Translator } from '@/i18n/translator';
import { PRESENCE_KEYS, presenceLabelKey, type PresenceKey } from '@/foundations/presence/presence-model';
import { foldText } from '@/foundations/people/search-text';

/** Shorter words are too likely to start a name ("Awa…", "Bus…"): a presence is typed whole below this. */
const MIN_PREFIX = 4;

/** The presences a search can name (unknown is not something an agent looks for). */
const NAMEABLE: readonly PresenceKey[] = PRESENCE_KEYS.filter((key) => key !== 'unknown');

export interface SearchTerms {
  /** What is left to search for once the presence word is taken out. */
  text: string;
  /** The presence a word of the search named, if any. */
  presence?: PresenceKey;
}

/** Each presence's words to recognise: folded labels with their spaces removed ("onqueue"). */
export type PresenceWords = ReadonlyMap<PresenceKey, readonly string[]>;

const squeeze = (label: string): string => foldText(label).replace(/[^\p{L}\p{N}]+/gu, '');

export function presenceWordsOf(t: Translator['t']): PresenceWords {
  return new Map(
    NAMEABLE.map((key) => [key, [...new Set([squeeze(t(presenceLabelKey(key))), squeeze(englishTranslator.t(presenceLabelKey(key)))])]]),
  );
}

/** The presence words of the agent's language (and English). */
export function usePresenceWords(): PresenceWords {
  const { t } = useI18n();
  return useMemo(() => presenceWordsOf(t), [t]);
}

function presenceNamedBy(word: string, words: PresenceWords): PresenceKey | undefined {
  const folded = squeeze(word);
  if (folded === '') return undefined;
  let prefixOf: PresenceKey | undefined;
  for (const [key, labels] of words) {
    for (const label of labels) {
      if (label === folded) return key;
      if (prefixOf === undefined && folded.length >= MIN_PREFIX && label.startsWith(folded)) prefixOf = key;
    }
  }
  return prefixOf;
}

/**
 * The search as typed and as settled (debounced), each split into its presence word and the rest;
 * without presence to filter by, no word is taken out.
 */
export function useSearchTerms(
  text: string,
  settledText: string,
  withPresence: boolean,
): { terms: SearchTerms; settledTerms: SearchTerms } {
  const words = usePresenceWords();
  return {
    terms: withPresence ? searchTermsOf(text, words) : { text },
    settledTerms: withPresence ? searchTermsOf(settledText, words) : { text: settledText },
  };
}

/** Splits a search into the presence it names (the last word that names one) and the rest to search for. */
export function searchTermsOf(text: string, words: PresenceWords): SearchTerms {
  const parts = text.split(/\s+/).filter(Boolean);
  for (let index = parts.length - 1; index >= 0; index -= 1) {
    const presence = presenceNamedBy(parts[index] ?? '', words);
    if (presence !== undefined) {
      const rest = [...parts.slice(0, index), ...parts.slice(index + 1)].join(' ');
      return { text: rest, presence };
    }
  }
  return { text: text.trim() };
}
