import { expect, test } from 'vitest';
import { loadCatalog } from '@/i18n/catalogs';
import { enCatalog } from '@/i18n/en/catalog';
import { parseMessage, placeholdersOf } from '@/i18n/format-message';
import { LOCALES } from '@/i18n/locales';

const englishKeys = Object.keys(enCatalog).sort();
const others = LOCALES.filter((locale) => locale !== 'en');
const AREAS = ['check', 'common', 'app', 'permissions', 'people', 'directory', 'transfer', 'calls', 'supervisor', 'admin'];

test('every English key belongs to an area and every message parses', () => {
  for (const [key, message] of Object.entries(enCatalog)) {
    expect(AREAS, key).toContain(key.split('.')[0]);
    expect(() => parseMessage(message), key).not.toThrow();
    expect(message.trim(), key).not.toBe('');
  }
});

test.each(others)('%s has exactly the English keys, no more, no fewer', async (locale) => {
  const catalog = await loadCatalog(locale);
  const keys = Object.keys(catalog).sort();
  const missing = englishKeys.filter((key) => !(key in catalog));
  const extra = keys.filter((key) => !(key in enCatalog));
  expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
});

test.each(others)('%s messages parse and use the same placeholders as English', async (locale) => {
  const catalog = await loadCatalog(locale);
  for (const [key, english] of Object.entries(enCatalog)) {
    const message = (catalog as Record<string, string>)[key] ?? '';
    expect(message.trim(), `${locale} ${key} is empty`).not.toBe('');
    expect(() => parseMessage(message), `${locale} ${key}`).not.toThrow();
    expect([...placeholdersOf(message)].sort(), `${locale} ${key}`).toEqual([...placeholdersOf(english)].sort());
  }
});

// Short labels ("Offline", "CSV", "{seconds} s") may be the same in two languages; a sentence may not.
const sentence = /[A-Za-z]{3,}\W+[A-Za-z]{3,}\W+[A-Za-z]{3,}/;

test.each(others)('%s translates every English sentence', async (locale) => {
  const catalog = await loadCatalog(locale);
  const untranslated = Object.entries(enCatalog)
    .filter(([key, english]) => sentence.test(english.replace(/\{[^}]*\}/g, '')) && (catalog as Record<string, string>)[key] === english)
    .map(([key]) => key);
  expect(untranslated, `${locale} copies English`).toEqual([]);
});
