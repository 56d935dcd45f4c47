import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import type { Organization } from '@/emulator/org-model';
import { loadCatalog } from '@/i18n/catalogs';
import type { Locale } from '@/i18n/locales';
import { createTranslator } from '@/i18n/translator';
import { renderApp } from '../support/render-app';
import { participantsOf, transferOrg, transferRequests } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

const translator = async (locale: Locale) => createTranslator(locale, await loadCatalog(locale));

/** The agent's call, connected 1,234 hours, 5 minutes and 20 seconds ago: long enough to need a thousands separator. */
function orgWithLongCall(): Organization {
  const org = transferOrg();
  const startedDate = new Date(Date.now() - ((1234 * 60 + 5) * 60 + 20) * 1000).toISOString();
  return { ...org, calls: org.calls.map((call) => ({ ...call, startedDate })) };
}

const FIRST_LOAD = { timeout: 5000 };

test('in German the call card, the search, the presence warning and the outcome read in German, with German numbers', async () => {
  const { user, emulator } = renderApp({ org: orgWithLongCall(), persona: 'agent', path: '/transfer', translator: await translator('de') });
  const card = await screen.findByRole('region', { name: 'Weiterzuleitender Anruf' }, FIRST_LOAD);
  expect(card).toHaveTextContent('Im Gespräch');
  expect(card).toHaveTextContent('Customer Carl');
  // The call's length as German writes it: a dot groups the thousands.
  expect(card).toHaveTextContent('1.234 Std. 5 Min.');
  expect(within(card).getByText('1.234 Std. 5 Min.').getAttribute('datetime')).toMatch(/^PT1234H5M\d+S$/);

  const box = await screen.findByRole('combobox', { name: '8×8-Personen für die Weiterleitung suchen' }, FIRST_LOAD);
  expect(box).toHaveAttribute('placeholder', 'Name, Abteilung, Nummer oder „verfügbar“');
  expect(await screen.findByText(/^\d+ Personen · Verfügbare zuerst$/)).toBeInTheDocument();
  await user.type(box, 'Bea');
  await user.click(await screen.findByRole('option', { name: /Bea Busy/ }));
  const panel = await screen.findByRole('region', { name: 'Weiterleitung an Bea Busy' });
  await within(panel).findByRole('img', { name: /^Präsenz: Beschäftigt/ });
  expect(within(panel).getByRole('button', { name: 'Zuerst Rückfrage bei Bea Busy' })).toBeEnabled();
  expect(within(panel).getByRole('button', { name: 'Zu Favoriten hinzufügen' })).toBeInTheDocument();
  await user.click(within(panel).getByRole('button', { name: 'An Bea Busy weiterleiten' }));

  const warning = await screen.findByRole('dialog', { name: 'Bea Busy ist beschäftigt' });
  expect(warning).toHaveTextContent(
    'Solange Bea Busy beschäftigt ist, wird der Anruf möglicherweise nicht angenommen: Er könnte unbeantwortet bleiben oder auf der Voicemail landen. Den Anruf trotzdem weiterleiten?',
  );
  expect(transferRequests(emulator.requestLog)).toBe(0);
  await user.click(within(warning).getByRole('button', { name: 'Trotzdem weiterleiten' }));
  await waitFor(() => {
    expect(card).toHaveTextContent('Der Anruf wurde an Bea Busy weitergeleitet.');
  });
  expect(card).toHaveTextContent('Weitergeleitet');
  expect(participantsOf(emulator).at(-1)).toMatchObject({ address: 'tel:+14155550114' });
});

test('in Japanese a number that cannot be dialled is marked and explained in Japanese, and the call length uses Japanese units', async () => {
  const { user, emulator } = renderApp({ org: orgWithLongCall(), persona: 'agent', path: '/transfer', translator: await translator('ja') });
  const card = await screen.findByRole('region', { name: '転送する通話' }, FIRST_LOAD);
  expect(card).toHaveTextContent('通話中');
  expect(card).toHaveTextContent('1,234時間5分');

  await user.type(await screen.findByRole('combobox', { name: '転送先の 8×8 ユーザーを検索' }, FIRST_LOAD), 'Mal');
  await user.click(await screen.findByRole('option', { name: /Mal Formed/ }));
  const panel = await screen.findByRole('region', { name: 'Mal Formedへの転送' });
  expect(within(panel).getByRole('button', { name: 'Mal Formedに転送' })).toBeDisabled();
  expect(within(panel).getByRole('button', { name: 'Mal Formedに転送' })).toHaveAccessibleDescription(
    'Mal Formedの 8×8 の番号「(415) 555-0113」は完全な国際番号（+13175550101 など）ではないため、通話を転送できません。管理者がディレクトリで修正できます。',
  );
  expect(screen.getByRole('option', { name: /Mal Formed.*発信できない番号/ })).toBeInTheDocument();
  expect(transferRequests(emulator.requestLog)).toBe(0);
});
