import type { Catalog } from '@/i18n/catalog-types';
import { enCatalog } from '@/i18n/en/catalog';
import type { Locale } from '@/i18n/locales';

// English ships in the main chunk (it is the fallback); the others load on demand, one chunk each.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: async () => (await import('@/i18n/es/catalog')).catalog,
  fr: async () => (await import('@/i18n/fr/catalog')).catalog,
  de: async () => (await import('@/i18n/de/catalog')).catalog,
  ja: async () => (await import('@/i18n/ja/catalog')).catalog,
  'pt-BR': async () => (await import('@/i18n/pt-br/catalog')).catalog,
};

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  return locale === 'en' ? enCatalog : loaders[locale]();
}
