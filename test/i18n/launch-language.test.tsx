import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { boot } from '@/app/boot';
import { generateOrg } from '@/emulator/generate-org';
import { bootAt as bootAppAt, bootOptions, unloadPage } from '../support/boot-app';
import { startEmulator } from '../support/emulator-server';

// The language comes from the launch: Genesys Cloud's gcLangTag (or legacy pcLangTag),
// else the browser's languages, else English. Booted the way main.tsx does it.

function bootAt(path: string) {
  const { emulator } = startEmulator({ org: generateOrg({ size: 1200, seed: 4 }) });
  return bootAppAt(path, { demo: { emulator } });
}

test('gcLangTag=de-DE shows the whole app in German and marks the document German', async () => {
  await bootAt('/directory?demo=agent&gcLangTag=de-DE');

  expect(document.documentElement.lang).toBe('de');
  expect(document.documentElement.dir).toBe('ltr');
  expect(document.title).toBe('8×8 Presence für Genesys Cloud');
  expect(await screen.findByRole('heading', { name: '8×8-Verzeichnis' })).toBeInTheDocument();
  const nav = screen.getByRole('navigation', { name: 'Ansichten' });
  expect(nav).toHaveTextContent('Verzeichnis');
  expect(nav).toHaveTextContent('Weiterleiten');
  expect(screen.getByText('Demo · agent')).toHaveAttribute('title', 'Läuft mit dem integrierten Genesys Cloud-Emulator');
  expect(await screen.findByRole('listbox', { name: '8×8-Benutzer' })).toBeInTheDocument();
  // Over a thousand users, counted with German digit grouping.
  expect(await screen.findByText(/^Angezeigt: \d\.\d{3} von \d\.\d{3} 8×8-Benutzern$/)).toBeInTheDocument();
  expect((await screen.findAllByRole('img', { name: /^Präsenz: / })).length).toBeGreaterThan(0);
});

test('the legacy pcLangTag chooses the language too', async () => {
  await bootAt('/directory?demo=agent&pcLangTag=fr-CA');
  expect(document.documentElement.lang).toBe('fr');
  expect(await screen.findByRole('heading', { name: 'Annuaire 8×8' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Rechercher des utilisateurs 8×8' })).toBeInTheDocument();
  // French groups thousands with a (narrow) no-break space.
  expect(await screen.findByText(/^\d\s\d{3} affichés sur \d\s\d{3} utilisateurs 8×8$/)).toBeInTheDocument();
});

test('without a launch language the browser’s languages decide', async () => {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['ko-KR', 'ja-JP', 'en-US']);
  await bootAt('/directory?demo=agent');
  expect(document.documentElement.lang).toBe('ja');
  expect(await screen.findByRole('heading', { name: '8×8 ディレクトリ' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'ビュー' })).toHaveTextContent('転送');
});

test('a launch language we do not ship, with no browser language we ship, falls back to English', async () => {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['ko-KR', 'zh-CN']);
  await bootAt('/directory?demo=agent&gcLangTag=ko-KR');
  expect(document.documentElement.lang).toBe('en');
  expect(await screen.findByRole('heading', { name: '8×8 directory' })).toBeInTheDocument();
  expect(await screen.findByText(/^Showing \d,\d{3} of \d,\d{3} 8×8 users$/)).toBeInTheDocument();
});

test('a bad launch parameter gets the error screen in the launch’s language, numbers included', async () => {
  const { navigations } = await bootAt('/directory?gcLangTag=de-DE&demoSize=60000');
  const alert = screen.getByRole('alert', { name: 'Diese App wurde mit einem Startparameter geöffnet, den sie nicht verwenden kann' });
  expect(alert).toHaveTextContent(
    'demoSize ist „60000“: höchstens 50.000. Prüfen Sie die URL, die für diese App in Genesys Cloud konfiguriert ist.',
  );
  expect(document.documentElement.lang).toBe('de');
  expect(navigations).toEqual([]);
});

test('an unknown Genesys Cloud environment is refused in Japanese', async () => {
  await bootAt(`/directory?gcLangTag=ja&gcTargetEnv=evil&gcHostOrigin=${encodeURIComponent('https://apps.evil.example.com')}`);
  const alert = screen.getByRole('alert', { name: 'このアプリは、使用できない起動パラメーターで開かれました' });
  expect(alert).toHaveTextContent('gcTargetEnv の値「evil」: Genesys Cloud の環境ではありません。');
});

test('back from the login page, the app keeps the launch language: a refused sign-in answer is explained in German', async () => {
  const LAUNCH = `/directory?gcHostOrigin=${encodeURIComponent('https://apps.mypurecloud.com')}&gcTargetEnv=prod&gcLangTag=de-DE`;
  const { navigations } = await bootAt(LAUNCH);
  expect(screen.getByRole('status')).toHaveTextContent('Anmeldung bei Genesys Cloud…');
  const authorize = new URL(navigations[0] ?? '');
  unloadPage();

  // The login page sends the browser back to the app's root, without the launch parameters, with an answer this tab never asked for.
  window.history.replaceState(null, '', `/?code=abc&state=${'f'.repeat(48)}`);
  expect(authorize.searchParams.get('state')).not.toBe('f'.repeat(48));
  await boot(bootOptions().options);
  expect(document.documentElement.lang).toBe('de');
  expect(screen.getByRole('alert', { name: 'Die App konnte nicht gestartet werden' })).toHaveTextContent(
    'Die Anmeldeantwort gehört zu keiner Anmeldung, die diese App gestartet hat. Öffnen Sie die App erneut aus Genesys Cloud.',
  );
  expect(window.location.search).not.toContain('code=');
});
