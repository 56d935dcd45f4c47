import { expect, test } from 'vitest';
import { loadCatalog } from '@/i18n/catalogs';
import { MessageSyntaxError, parseMessage, renderMessage } from '@/i18n/format-message';
import { launchLanguage, resolveLocale } from '@/i18n/locales';
import { createTranslator } from '@/i18n/translator';

test('the launch language wins, then the browser languages, then English', () => {
  expect(resolveLocale(['de-DE', 'fr'])).toBe('de');
  expect(resolveLocale([undefined, 'pt-BR', 'en'])).toBe('pt-BR');
  expect(resolveLocale(['pt-PT'])).toBe('pt-BR');
  expect(resolveLocale(['es-419'])).toBe('es');
  expect(resolveLocale(['fr-CA'])).toBe('fr');
  expect(resolveLocale(['JA-jp'])).toBe('ja');
  expect(resolveLocale(['ko', 'zh-CN'])).toBe('en');
  expect(resolveLocale(['<script>', 'de'])).toBe('de');
  expect(resolveLocale([])).toBe('en');
  expect(launchLanguage('https://app.example/?gcLangTag=ja-jp&pcLangTag=de')).toBe('ja-jp');
  expect(launchLanguage('https://app.example/?pcLangTag=de')).toBe('de');
  expect(launchLanguage('https://app.example/')).toBeUndefined();
});

const format = { number: (value: number) => String(value), pluralCategory: (value: number) => (value === 1 ? 'one' : 'other') };

test('messages fill values, plurals and selects', () => {
  const render = (source: string, params: Record<string, string | number>) => renderMessage(parseMessage(source), params, format);
  expect(render('Hello {name}', { name: 'Ada' })).toBe('Hello Ada');
  expect(render('{count, plural, =0 {no one} one {# person} other {# people}}', { count: 0 })).toBe('no one');
  expect(render('{count, plural, =0 {no one} one {# person} other {# people}}', { count: 1 })).toBe('1 person');
  expect(render('{count, plural, one {# person in {team}} other {# people in {team}}}', { count: 3, team: 'Sales' })).toBe(
    '3 people in Sales',
  );
  expect(render('{kind, select, call {a call} other {something}}', { kind: 'call' })).toBe('a call');
  expect(render('{kind, select, call {a call} other {something}}', { kind: 'chat' })).toBe('something');
  // A missing value shows its placeholder rather than "undefined".
  expect(render('Hello {name}', {})).toBe('Hello {name}');
  // Values are text, never markup or further placeholders.
  expect(render('Hello {name}', { name: '<b>{count}</b>' })).toBe('Hello <b>{count}</b>');
});

test('malformed messages are refused with the reason', () => {
  expect(() => parseMessage('Hello {name')).toThrow(MessageSyntaxError);
  expect(() => parseMessage('{n, plural, one {x}}')).toThrow(/other/);
  expect(() => parseMessage('{n, ordinal, other {x}}')).toThrow(/Unknown placeholder type/);
  expect(() => parseMessage('a } b')).toThrow(/Unexpected/);
});

test('numbers, percentages, times, durations and plurals follow the locale', async () => {
  const de = createTranslator('de', await loadCatalog('de'));
  const en = createTranslator('en', await loadCatalog('en'));
  const ja = createTranslator('ja', await loadCatalog('ja'));
  const fr = createTranslator('fr', await loadCatalog('fr'));
  expect(en.number(12345)).toBe('12,345');
  expect(de.number(12345)).toBe('12.345');
  expect(fr.number(12345).replace(/\s/g, ' ')).toBe('12 345');
  expect(en.percent(1, 4)).toBe('25%');
  expect(de.percent(1, 4).replace(/\s/g, ' ')).toBe('25 %');
  expect(en.duration(1)).toEqual({ short: '1 min', long: '1 minute' });
  expect(en.duration(125)).toEqual({ short: '2 h 5 min', long: '2 hours 5 minutes' });
  expect(de.duration(0).long).toBe('weniger als eine Minute');
  expect(de.duration(2 * 24 * 60).long).toBe('2 Tage');
  expect(ja.duration(12).short).toBe('12分');
  expect(en.age(100)).toBe('1 min 40 s');
  expect(en.clock(Date.UTC(2026, 10, 29, 13, 5, 9))).toMatch(/\d{1,2}:05:09/);
  expect(de.list(['a', 'b', 'c'])).toBe('a, b und c');
});
