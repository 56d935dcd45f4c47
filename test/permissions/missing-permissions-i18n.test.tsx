import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { MissingPermissionNotice } from '@/foundations/permissions/missing-permission-notice';
import { loadCatalog } from '@/i18n/catalogs';
import { I18nProvider } from '@/i18n/i18n-context';
import { createTranslator } from '@/i18n/translator';
import { renderApp } from '../support/render-app';

test('in French a missing permission is named as code inside one French sentence, saying where an admin grants it', async () => {
  const { emulator } = renderApp({
    org: generateOrg({ size: 40, seed: 11 }),
    persona: 'no-badges',
    translator: createTranslator('fr', await loadCatalog('fr')),
  });
  const notice = await screen.findByRole('status', { name: 'La présence 8×8 est masquée' });
  expect(notice).toHaveTextContent(
    'Votre rôle Genesys Cloud n’inclut pas integration:unifiedCommunications:view. Un administrateur Genesys Cloud peut vous l’accorder dans Admin > Rôles / Autorisations.',
  );
  expect(within(notice).getByText('integration:unifiedCommunications:view').tagName).toBe('CODE');
  // The list still works, in French, and nothing asks for presence.
  expect(await screen.findByRole('listbox', { name: 'Utilisateurs 8×8' })).toBeInTheDocument();
  expect(emulator.requestLog.filter((entry) => entry.search.includes('integrationPresenceSource'))).toEqual([]);
});

test('in German several missing permissions are joined with the German "und" and the sentence agrees in number', async () => {
  const de = createTranslator('de', await loadCatalog('de'));
  render(
    <I18nProvider translator={de}>
      <MissingPermissionNotice title={de.t('directory.cannotSearch')} missing={['authorization:role:view', 'authorization:grant:view']} />
    </I18nProvider>,
  );
  const notice = screen.getByRole('status', { name: 'Sie können das Verzeichnis nicht durchsuchen' });
  expect(notice).toHaveTextContent(
    'Ihre Genesys Cloud-Rolle enthält authorization:role:view und authorization:grant:view nicht. Ein Genesys Cloud-Administrator kann Ihnen diese Berechtigungen unter Admin > Rollen/Berechtigungen erteilen.',
  );
  expect(
    within(notice)
      .getAllByText(/^authorization:/)
      .map((element) => element.tagName),
  ).toEqual(['CODE', 'CODE']);
});
