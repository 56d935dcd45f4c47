import { loadShell } from '@/i18n/catalogs';
import { launchLanguage, resolveLocale } from '@/i18n/locales';
import { createTranslator, type Translator } from '@/i18n/translator';

/** Right-to-left scripts; none of our locales today, but `dir` follows the locale, not a guess. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Picks the language for this launch (gcLangTag or pcLangTag, then the browser's
 * languages, then English), loads its shell's messages (a view's load with the view:
 * src/app/view-pages.tsx) and marks the document with it, so screen readers,
 * hyphenation and any Spark component read the same language.
 */
export async function startI18n(win: Window): Promise<Translator> {
  const locale = resolveLocale([launchLanguage(win.location.href), ...win.navigator.languages]);
  await loadShell(locale);
  const translator = createTranslator(locale);
  const root = win.document.documentElement;
  root.lang = locale;
  root.dir = RTL.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
  return translator;
}
