// The org check in another language: every text of the view comes from the catalog,
// with the names Genesys and the URL use (permissions, parameters) left as they are.
import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { loadCatalog } from '@/i18n/catalogs';
import { createTranslator } from '@/i18n/translator';
import { renderApp } from '../support/render-app';
import { checkOrg } from './check-org';

test('in German: the view, the table and the fixes are German; people=otherPhone stays as typed', async () => {
  const translator = createTranslator('de', await loadCatalog('de'));
  const { user } = renderApp({ org: checkOrg(), persona: 'admin', path: '/check', translator, variants: { numberTag: null } });
  expect(await screen.findByRole('heading', { name: 'Organisationsprüfung' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Prüfung' })).toHaveAttribute('aria-current', 'page');
  await user.click(screen.getByRole('button', { name: 'Prüfung starten' }));
  const table = await screen.findByRole('table', { name: 'Was die Prüfung gefunden hat' });
  expect(within(table).getByRole('columnheader', { name: 'Was die App tun wird' })).toBeInTheDocument();
  const tags = within(table).getByRole('row', { name: /^Kennzeichnung der 8×8-Nummern/ });
  expect(within(tags).getByText('Warnung')).toBeInTheDocument();
  expect(tags).toHaveTextContent('Keine Nummer unter „Anderes Telefon“ trägt ein Integrationskennzeichen.');
  expect(within(tags).getAllByText('people=otherPhone', { selector: 'code' }).length).toBeGreaterThan(0);
  expect(screen.getByRole('button', { name: 'Bericht kopieren' })).toBeInTheDocument();
  expect(screen.getByText(/^\d+ von höchstens 15 Anfragen gesendet\.$/)).toBeInTheDocument();
});
