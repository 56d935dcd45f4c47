import { VIEW_AREAS, type Catalog, type Messages, type ViewArea, type ViewAreaLoaders } from '@/i18n/catalog-types';
import { LOCALES, type Locale } from '@/i18n/locales';
import { messagesOf, registerMessages } from '@/i18n/registry';

type Part = 'shell' | ViewArea;

interface LocaleParts {
  shell: Readonly<Messages>;
  viewAreas: ViewAreaLoaders;
}

// English's shell is in the entry (src/i18n/registry.ts): it is every locale's fallback. Its view areas load
// beside the views that use them (src/app/view-pages.tsx), a chunk each.
const ENGLISH_VIEW_AREAS: ViewAreaLoaders = {
  directory: async () => (await import('@/i18n/en/directory')).directory,
  transfer: async () => (await import('@/i18n/en/transfer')).transfer,
  calls: async () => (await import('@/i18n/en/calls')).calls,
  supervisor: async () => (await import('@/i18n/en/supervisor')).supervisor,
  admin: async () => (await import('@/i18n/en/admin')).admin,
  check: async () => (await import('@/i18n/en/check')).check,
};

// Another locale loads as a launch picks it (startI18n): one chunk with its shell and its view areas' loaders.
const LOCALE_PARTS: Record<Exclude<Locale, 'en'>, () => Promise<LocaleParts>> = {
  es: () => import('@/i18n/es/parts'),
  fr: () => import('@/i18n/fr/parts'),
  de: () => import('@/i18n/de/parts'),
  ja: () => import('@/i18n/ja/parts'),
  'pt-BR': () => import('@/i18n/pt-br/parts'),
};

/** Per `locale/part`: loading or loaded (a failed load is forgotten, to be tried again). */
const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>(['en/shell']);

async function loadMessages(locale: Locale, part: Part): Promise<Readonly<Messages>> {
  if (locale === 'en') return part === 'shell' ? {} : ENGLISH_VIEW_AREAS[part]();
  const parts = await LOCALE_PARTS[locale]();
  return part === 'shell' ? parts.shell : parts.viewAreas[part]();
}

function loadPart(locale: Locale, part: Part): Promise<void> {
  const id = `${locale}/${part}`;
  const known = loads.get(id);
  if (known) return known;
  const loading = loadMessages(locale, part).then((messages) => {
    registerMessages(locale, messages);
    loaded.add(id);
  });
  // A chunk that could not load (offline, a new deployment) is asked for again next time.
  loading.catch(() => loads.delete(id));
  loads.set(id, loading);
  return loading;
}

/** Whether `locale` has every message of `areas`, and English, its fallback, too. */
export function hasAreas(locale: Locale, areas: readonly ViewArea[]): boolean {
  return areas.every((area) => loaded.has(`en/${area}`) && loaded.has(`${locale}/${area}`));
}

/**
 * Loads the messages of `areas` in English and in `locale`. English's must load (else the view would show
 * keys); where `locale`'s cannot, its texts fall back to English, as for any gap in a catalog.
 */
export async function loadAreas(locale: Locale, areas: readonly ViewArea[]): Promise<void> {
  const own = locale === 'en' ? [] : areas.map(async (area) => loadPart(locale, area).catch(() => undefined));
  await Promise.all([...areas.map(async (area) => loadPart('en', area)), ...own]);
}

/** Loads the shell's messages of `locale`: all a launch needs until its view loads. */
export async function loadShell(locale: Locale): Promise<void> {
  await loadPart(locale, 'shell');
}

/** The locales whose shell has loaded (English's always has): their views' areas load with the views. */
export function startedLocales(): Locale[] {
  return LOCALES.filter((locale) => loaded.has(`${locale}/shell`));
}

/** Every message of `locale`, all its areas loaded (tests and checks; the app loads areas as it needs them). */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  await Promise.all((['shell', ...VIEW_AREAS] as const).map(async (part) => loadPart(locale, part)));
  // Every area's file has exactly the English area's keys (AreaMessages, test/i18n/catalogs.test.ts).
  return { ...messagesOf(locale) } as Catalog;
}
