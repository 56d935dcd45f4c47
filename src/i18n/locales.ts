// The languages we ship, and how a launch picks one: Genesys Cloud's gcLangTag
// (or legacy pcLangTag), then the browser's languages, then English.

export const LOCALES = ['en', 'es', 'fr', 'de', 'ja', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Names in their own language, for the language list in the README and tests. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
  'pt-BR': 'Português (Brasil)',
};

/** A BCP 47 tag as Genesys Cloud sends it (gcLangTag): `en-us`, `pt-BR`, `es-419`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function match(tag: string): Locale | undefined {
  if (!LANGUAGE_TAG.test(tag)) return undefined;
  const lower = tag.toLowerCase();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  // es-ES, es-419, fr-CA, de-AT, ja-JP, pt-PT: the one variant we ship of that language.
  const language = lower.split('-')[0];
  return LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
}

/** The first of `preferred` (most wanted first) that we ship, else English. */
export function resolveLocale(preferred: readonly (string | undefined)[]): Locale {
  for (const tag of preferred) {
    if (tag === undefined) continue;
    const locale = match(tag.trim());
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** gcLangTag or pcLangTag from a launch URL, read before the rest of the launch context (whose errors need a language). */
export function launchLanguage(href: string): string | undefined {
  try {
    const params = new URL(href).searchParams;
    return params.get('gcLangTag') ?? params.get('pcLangTag') ?? undefined;
  } catch {
    return undefined;
  }
}
