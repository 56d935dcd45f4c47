// src/i18n: the messages of every shipped language (one folder per locale, one file per area), the
// translator (ICU subset, plurals, numbers, durations) and how a locale is chosen and loaded.
import type { enCatalog } from '@/i18n/en/catalog';

/** Every message key we ship; English is the source catalog. */
export type MessageKey = keyof typeof enCatalog;

/** A whole catalog for one locale: every key, no extras (checked by tsc and by test/i18n). */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** Some of a locale's messages: those of the areas loaded so far (src/i18n/registry.ts). */
export type Messages = Partial<Record<MessageKey, string>>;

/** One area's messages in another locale, keyed exactly like the English area. */
export type AreaMessages<EnglishArea> = { readonly [Key in keyof EnglishArea]: string };

/** The areas the entry carries in English: the shell and the foundations every view shares. */
export const SHELL_AREAS = ['common', 'app', 'permissions', 'people'] as const;

/**
 * The areas that load with the views whose modules use them (src/app/view-pages.tsx), each locale's beside
 * the view's chunk: no view carries another's texts (test/i18n/view-messages.test.ts).
 */
export const VIEW_AREAS = ['directory', 'transfer', 'calls', 'supervisor', 'admin', 'check'] as const;
export type ViewArea = (typeof VIEW_AREAS)[number];

/** Loads each view area's messages of one locale, a chunk each. */
export type ViewAreaLoaders = Readonly<Record<ViewArea, () => Promise<Readonly<Messages>>>>;
