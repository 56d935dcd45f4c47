import type { Messages } from '@/i18n/catalog-types';
import { shell } from '@/i18n/en/shell';
import type { Locale } from '@/i18n/locales';

// Each locale's messages loaded so far, as translators read them (src/i18n/translator.ts). The entry carries
// English's shell areas; everything else arrives through src/i18n/catalogs.ts: another locale's shell at
// start, a view's areas beside the view's chunk (src/app/view-pages.tsx).
const loaded = new Map<Locale, Messages>([['en', { ...shell }]]);

function loadedOf(locale: Locale): Messages {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = {};
    loaded.set(locale, messages);
  }
  return messages;
}

/** The messages of `locale` loaded so far: one live object, which later areas fill in. */
export function messagesOf(locale: Locale): Readonly<Messages> {
  return loadedOf(locale);
}

/** Adds an area's messages to those of `locale`. */
export function registerMessages(locale: Locale, messages: Readonly<Messages>): void {
  Object.assign(loadedOf(locale), messages);
}
