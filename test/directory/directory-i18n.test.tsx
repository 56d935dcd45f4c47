import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { loadCatalog } from '@/i18n/catalogs';
import { createTranslator } from '@/i18n/translator';
import { renderApp } from '../support/render-app';
import { directoryOrg, PEOPLE, withPeople } from './directory-org';

const german = async () => createTranslator('de', await loadCatalog('de'));

test('in German the directory reads German: headings, controls, counts with German digit grouping, badges with time in status, the card', async () => {
  const org = withPeople(generateOrg({ size: 1500, seed: 5 }), [
    ...PEOPLE,
    {
      id: '7e570000-0000-4000-8000-000000000009',
      name: 'Zeno Quillfeather',
      number: '+14155550999',
      department: 'Treasury',
      presence: 'AWAY',
      since: new Date(Date.now() - 125 * 60_000).toISOString(),
    },
  ]);
  const { user } = renderApp({ org, persona: 'agent', translator: await german() });

  expect(await screen.findByRole('heading', { name: '8×8-Verzeichnis' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Ansichten' })).toHaveTextContent('Verzeichnis');
  expect(screen.getByRole('combobox', { name: 'Abteilung' })).toHaveDisplayValue('Alle Abteilungen');
  expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toHaveDisplayValue('Name');
  // Over a thousand 8×8 users: the count is grouped the German way (1.234), never "1,234".
  expect(await screen.findByText(/^Angezeigt: \d\.\d{3} von \d\.\d{3} 8×8-Benutzern$/)).toBeInTheDocument();

  const search = screen.getByRole('combobox', { name: '8×8-Benutzer suchen' });
  expect(search).toHaveAttribute('placeholder', 'Name, Abteilung, Titel oder Nummer');
  await user.type(search, 'Quillfeather');
  const zeno = await screen.findByRole('option', { name: /Zeno Quillfeather/ });
  expect(await within(zeno).findByRole('img', { name: 'Präsenz: Abwesend seit 2 Stunden 5 Minuten' })).toBeInTheDocument();
  expect(within(zeno).getByText(/2 Std\. 5 Min\./)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Suche löschen' }));
  await user.type(search, 'Quenneville');
  const zadie = await screen.findByRole('option', { name: /Zadie Quenneville/ });
  expect(await within(zadie).findByRole('img', { name: 'Präsenz: Beschäftigt seit 12 Minuten' })).toBeInTheDocument();
  expect(within(zadie).getByText(/12 Min\./)).toBeInTheDocument();

  await user.click(zadie);
  const card = await screen.findByRole('dialog', { name: 'Zadie Quenneville' });
  expect(within(card).getByText('Abteilung')).toBeInTheDocument();
  expect(within(card).getByText('8×8-Nummer')).toBeInTheDocument();
  expect(within(card).getByText('Präsenz')).toBeInTheDocument();
  await user.click(within(card).getByRole('button', { name: 'Schließen' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('in German a filter nobody matches says so in one German sentence, naming the presence and the department', async () => {
  const { user } = renderApp({ org: directoryOrg(30, 2), persona: 'agent', translator: await german() });
  // The departments offered are those of the people read so far: wait for the first page.
  const departments = await screen.findByRole('combobox', { name: 'Abteilung' });
  await within(departments).findByRole('option', { name: 'Treasury' });
  await user.selectOptions(departments, 'Treasury');
  // 8×8 users never show On Queue (a Genesys-only presence).
  await user.selectOptions(screen.getByRole('combobox', { name: 'Präsenz' }), 'In Warteschlange');
  const notice = await screen.findByRole('status', { name: 'Keine 8×8-Benutzer entsprechen den Filtern' });
  await waitFor(() => {
    expect(notice).toHaveTextContent(
      'Niemand in Treasury hat die Präsenz „In Warteschlange“. Wählen Sie eine andere Präsenz oder Abteilung, oder setzen Sie die Filter zurück.',
    );
  });
  await user.click(within(notice).getByRole('button', { name: 'Filter zurücksetzen' }));
  expect(screen.getByRole('combobox', { name: 'Abteilung' })).toHaveValue('');
});

test('in German a search nobody matches quotes the search German-style and offers to clear it', async () => {
  const { user } = renderApp({ org: directoryOrg(30, 2), persona: 'agent', translator: await german() });
  await user.type(await screen.findByRole('combobox', { name: '8×8-Benutzer suchen' }), 'Qqqxyz');
  const notice = await screen.findByRole('status', { name: 'Keine 8×8-Benutzer entsprechen Ihrer Suche' });
  expect(notice).toHaveTextContent('Keine Treffer für „Qqqxyz“.');
  await user.click(within(notice).getByRole('button', { name: 'Suche löschen' }));
  expect(screen.getByRole('combobox', { name: '8×8-Benutzer suchen' })).toHaveValue('');
});
