// Which words of a search name a presence: whole labels, or 4+ letters of one, in the agent's
// language or English; anything else stays a search (a name that starts like a presence).
import { expect, test } from 'vitest';
import { catalog as deCatalog } from '@/i18n/de/catalog';
import { createTranslator, englishTranslator } from '@/i18n/translator';
import { presenceWordsOf, searchTermsOf } from '@/foundations/people/search-terms';

const english = presenceWordsOf(englishTranslator.t);

test('a presence word is taken out of the search and becomes the filter', () => {
  expect(searchTermsOf('billing avail', english)).toEqual({ text: 'billing', presence: 'available' });
  expect(searchTermsOf('Busy billing', english)).toEqual({ text: 'billing', presence: 'busy' });
  expect(searchTermsOf('offl', english)).toEqual({ text: '', presence: 'offline' });
  expect(searchTermsOf('sales onqueue', english)).toEqual({ text: 'sales', presence: 'on-queue' });
});

test('short beginnings and names stay search text', () => {
  expect(searchTermsOf('awa', english)).toEqual({ text: 'awa' });
  expect(searchTermsOf('Busby', english)).toEqual({ text: 'Busby' });
  expect(searchTermsOf('Ava', english)).toEqual({ text: 'Ava' });
  expect(searchTermsOf('  ', english)).toEqual({ text: '' });
});

test('in German both the German label and the English one name the presence', () => {
  const german = presenceWordsOf(createTranslator('de', deCatalog).t);
  expect(searchTermsOf('billing verf', german)).toEqual({ text: 'billing', presence: 'available' });
  expect(searchTermsOf('billing available', german)).toEqual({ text: 'billing', presence: 'available' });
});
