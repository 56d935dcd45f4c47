// src/i18n: the messages of every shipped language (one folder per locale, one file per area), the
// translator (ICU subset, plurals, numbers, durations) and how a locale is chosen and loaded.
import type { enCatalog } from '@/i18n/en/catalog';

/** Every message key we ship; English is the source catalog. */
export type MessageKey = keyof typeof enCatalog;

/** A whole catalog for one locale: every key, no extras (checked by tsc and by test/i18n). */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** One area's messages in another locale, keyed exactly like the English area. */
export type AreaMessages<EnglishArea> = { readonly [Key in keyof EnglishArea]: string };
