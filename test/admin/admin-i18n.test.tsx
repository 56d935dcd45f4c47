import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { loadCatalog } from '@/i18n/catalogs';
import { createTranslator } from '@/i18n/translator';
import { catchDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';
import { DEFECTIVE, defectOrg, findingPairs } from './admin-org';

test('in German the admin view, its audit, findings and presence ages read in German with German numbers', async () => {
  const translator = createTranslator('de', await loadCatalog('de'));
  const { user } = renderApp({ org: defectOrg({ presenceAgeMs: 2 * 60 * 60_000 }), persona: 'admin', path: '/admin', translator });

  // The view's chunk loads first: a generous wait when the whole suite runs in parallel.
  expect(await screen.findByRole('heading', { name: 'Bereitstellungsprüfung' }, { timeout: 10_000 })).toBeInTheDocument();
  // 1000 as German writes it (the audit's code loads after the view's first content).
  expect(await screen.findByText(/die 8×8-Präsenz von bis zu 1\.000 von ihnen/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  const own = await screen.findByRole('table', { name: 'Funktionen von Priya Natarajan' }, { timeout: 5_000 });
  expect(within(own).getByRole('row', { name: /^8×8-Präsenzanzeigen sehen / })).toHaveTextContent(
    'Erlaubtintegration:unifiedCommunications:view vorhanden über UC Presence Viewer (Home)',
  );
  expect(within(own).getByRole('row', { name: /^Blinde Weiterleitung / })).toHaveTextContent(
    'Nicht erlaubt · fehlend: conversation:communication:blindTransfer',
  );

  await user.click(screen.getByRole('button', { name: 'Prüfung starten' }));
  await screen.findByRole('heading', { name: '9 Befunde bei 31 Benutzern' }, { timeout: 10_000 });
  expect(findingPairs('Befunde')).toContainEqual(['Petra Primary', '8×8-Nummer ist nicht die primäre Telefonnummer']);
  expect(screen.getByRole('table', { name: '8×8-Nummer ist keine gültige E.164-Nummer' })).toHaveTextContent(
    '„+1 919 2708“ ist keine E.164-Nummer',
  );

  // Presence two hours old: stale against the default 30 minutes, and said as a German age.
  const alert = screen.getByRole('alert', { name: '8×8-Präsenz wird nicht synchronisiert' });
  expect(alert).toHaveTextContent('Seit mehr als 30 Minuten hat sich keine 8×8-Präsenz geändert (letzte Änderung vor 2 Std.)');
  expect(screen.getByRole('region', { name: 'Präsenzsynchronisierung' })).toHaveTextContent(
    /^Präsenzsynchronisierung8×8-Präsenz von \d+ Benutzern: letzte Änderung vor 2 Std\., Median vor 2 Std\./,
  );
  expect(screen.getByRole('button', { name: 'Erneut ausführen' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Petra Primary' }));
  const dialog = screen.getByRole('dialog', { name: 'Petra Primary' });
  expect(dialog).toHaveTextContent('Statusaktiv');
  expect(dialog).toHaveTextContent('Bei Genesys Cloud angemeldetNie');
});

test('in French the CSV has French headers, states and file name', async () => {
  const translator = createTranslator('fr', await loadCatalog('fr'));
  const { user } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin', translator });
  await user.click(await screen.findByRole('button', { name: 'Lancer l’audit' }));
  await screen.findByRole('heading', { name: '9 constats sur 31 utilisateurs' }, { timeout: 10_000 });
  const downloads = catchDownloads();
  await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
  expect(downloads.names).toEqual(['8x8-constats-provisionnement.csv']);
  const csv = await downloads.lastText();
  // French Excel splits on semicolons (decimals take a comma).
  expect(csv.split('\r\n')[0]).toBe('Constat;Personne;ID utilisateur;E-mail;État;Numéro 8×8;Problème;Comment corriger');
  expect(csv).toContain(
    `Un utilisateur inactif détient encore un numéro 8×8;Ines Inactive;${DEFECTIVE.inactive};inactive@defects.example;inactif;`,
  );
  // Two names in one finding, joined the French way.
  expect(csv).toContain('Le numéro 8×8 +14155550177 est aussi celui de Dario Dupont');
});

test('in Japanese the roles overview counts holders in Japanese', async () => {
  const translator = createTranslator('ja', await loadCatalog('ja'));
  renderApp({ org: generateOrg({ size: 40, seed: 11 }), persona: 'admin', path: '/admin', translator });
  const table = await screen.findByRole('table', { name: '各権限を付与するロール' });
  const badges = within(table).getByRole('row', { name: /^integration:unifiedCommunications:view/ });
  expect(await within(badges).findByText(/Master Admin（1人）/)).toBeInTheDocument();
  const region = screen.getByRole('region', { name: '転送できるがバッジを表示できないユーザー' });
  expect(await within(region).findByText(/^2人のユーザーが、転送を許可するロールを持っていますが/)).toBeInTheDocument();
  expect(
    within(within(region).getByRole('list', { name: 'Integration > 8×8 > View が不足しているユーザー' })).getByRole('listitem'),
  ).toHaveTextContent('Aiko Tanaka');
});
