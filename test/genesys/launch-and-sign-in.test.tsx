import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { boot } from '@/app/boot';
import { generateOrg } from '@/emulator/generate-org';
import { DEMO_OAUTH_CLIENT_ID } from '@/emulator/oauth';
import { browserSignInHost } from '@/genesys/sign-in';
import { bootOptions, openAt, unloadPage } from '../support/boot-app';
import { startEmulator } from '../support/emulator-server';

// Opened from Genesys Cloud: the Genesys login page is a navigation the test
// plays itself, taking the URL the app left for and answering as the person signing in.

const ENV = 'mypurecloud.com';
const LAUNCH = `/directory?gcHostOrigin=${encodeURIComponent(`https://apps.${ENV}`)}&gcTargetEnv=prod&gcLangTag=en-us`;

test('opened from Genesys Cloud, the agent signs in with PKCE and lands on the view with the launch parameters kept', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  openAt(LAUNCH);
  const first = bootOptions();
  await boot(first.options);

  expect(screen.getByRole('status')).toHaveTextContent('Signing in to Genesys Cloud…');
  const [authorize] = first.navigations;
  if (!authorize) throw new Error('the app did not leave for the login page');
  const url = new URL(authorize);
  expect(url.origin).toBe(`https://login.${ENV}`);
  expect(url.searchParams.get('client_id')).toBe(DEMO_OAUTH_CLIENT_ID);
  expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:3000/');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(emulator.requestLog).toEqual([]);

  // The person signs in on the Genesys login page, which sends the browser back with a code.
  openAt(emulator.authorize(authorize, org.personas.agent));
  const second = bootOptions();
  await boot(second.options);

  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  expect(second.navigations).toEqual([]);
  expect(`${window.location.pathname}${window.location.search}`).toBe(LAUNCH);
  expect(window.location.href).not.toMatch(/code=|access_token/);
  expect(emulator.requestLog.some((entry) => entry.userId === org.personas.agent)).toBe(true);
  // The token is kept for this tab only.
  expect(window.localStorage.length).toBe(0);
  expect(window.sessionStorage.getItem('gc8x8:token:mypurecloud.com')).toContain('accessToken');
});

test('a client app whose URL is the site root lands on the directory with its launch parameters kept in the address', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  const atRoot = LAUNCH.replace('/directory?', '/?');
  openAt(atRoot);
  const first = bootOptions();
  await boot(first.options);
  openAt(emulator.authorize(first.navigations[0] ?? '', org.personas.agent));
  await boot(bootOptions().options);
  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  // The address a later sign-in by redirect comes back to: it must still say which Genesys Cloud to use.
  expect(`${window.location.pathname}${window.location.search}`).toBe(LAUNCH);
});

test('a reload in the same tab reuses the token without another sign-in', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  openAt(LAUNCH);
  const first = bootOptions();
  await boot(first.options);
  openAt(emulator.authorize(first.navigations[0] ?? '', org.personas.supervisor));
  await boot(bootOptions().options);
  await screen.findByRole('listbox', { name: '8×8 users' });
  unloadPage();

  openAt(LAUNCH);
  const reload = bootOptions();
  await boot(reload.options);
  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  expect(reload.navigations).toEqual([]);
});

test('the implicit grant works as the configured alternative and the token leaves the address bar', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  openAt(LAUNCH);
  const first = bootOptions({ grant: 'implicit' });
  await boot(first.options);
  const authorize = new URL(first.navigations[0] ?? '');
  expect(authorize.searchParams.get('response_type')).toBe('token');
  expect(authorize.searchParams.has('code_challenge')).toBe(false);

  openAt(emulator.authorize(authorize.href, org.personas.agent));
  expect(window.location.hash).toContain('access_token=');
  await boot(bootOptions({ grant: 'implicit' }).options);
  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  expect(window.location.hash).toBe('');
  expect(`${window.location.pathname}${window.location.search}`).toBe(LAUNCH);
});

test('a sign-in answer this tab did not ask for is refused', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  openAt(LAUNCH);
  const first = bootOptions();
  await boot(first.options);
  const forged = new URL(emulator.authorize(first.navigations[0] ?? '', org.personas.agent));
  forged.searchParams.set('state', 'f'.repeat(48));
  openAt(forged.pathname + forged.search);

  await boot(bootOptions().options);
  expect(await screen.findByRole('alert')).toHaveTextContent('does not belong to a sign-in this app started');
  expect(window.location.search).not.toContain('code=');
  expect(emulator.requestLog.filter((entry) => entry.path === '/oauth/token')).toEqual([]);
});

test('a pending sign-in whose way back points to another site is refused, and the app stays on its own origin', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  openAt(LAUNCH);
  const first = bootOptions();
  await boot(first.options);
  const key = 'gc8x8:sign-in:pending';
  const pending = window.sessionStorage.getItem(key) ?? '';
  expect(pending).toContain('"returnTo":"/directory');
  // Tampered with: `//evil.example/…` is a path to a browser only in appearance.
  window.sessionStorage.setItem(key, pending.replace(/"returnTo":"[^"]*"/, '"returnTo":"//evil.example/x"'));
  openAt(emulator.authorize(first.navigations[0] ?? '', org.personas.agent));

  await boot(bootOptions().options);
  expect(await screen.findByRole('alert')).toHaveTextContent('does not belong to a sign-in this app started');
  expect(window.location.origin).toBe('http://localhost:3000');
  expect(window.location.search).not.toContain('code=');
  expect(emulator.requestLog.filter((entry) => entry.path === '/oauth/token')).toEqual([]);
});

test.each([
  [
    'an unknown environment',
    `/directory?gcTargetEnv=evil&gcHostOrigin=${encodeURIComponent('https://apps.evil.example.com')}`,
    'gcTargetEnv',
  ],
  [
    'a host origin outside Genesys Cloud',
    `/directory?gcTargetEnv=prod&gcHostOrigin=${encodeURIComponent('https://evil.example.com')}`,
    'gcHostOrigin',
  ],
  ['an unknown legacy region', '/directory?pcEnvironment=evil.example.com', 'pcEnvironment'],
])('%s gets the error screen naming it, and nothing is requested or redirected', async (_, path, parameter) => {
  const { emulator } = startEmulator({ org: generateOrg({ size: 10, seed: 1 }) });
  openAt(path);
  const { options, navigations } = bootOptions();
  await boot(options);
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('This app was opened with a launch parameter it cannot use');
  expect(alert).toHaveTextContent(parameter);
  expect(navigations).toEqual([]);
  expect(emulator.requestLog).toEqual([]);
  expect(window.sessionStorage.length).toBe(0);
});

test('a build without an OAuth client id says what to configure instead of redirecting', async () => {
  startEmulator({ org: generateOrg({ size: 10, seed: 1 }) });
  openAt(LAUNCH);
  const { options, navigations } = bootOptions({ oauth: () => ({ grant: 'pkce', clientIds: {} }) });
  await boot(options);
  expect(screen.getByRole('alert')).toHaveTextContent('VITE_GENESYS_OAUTH_CLIENT_ID');
  expect(navigations).toEqual([]);
});

test('popup sign-in (gcUsePopupAuth) waits for a click, then signs in without leaving the page', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  openAt(`${LAUNCH}&gcUsePopupAuth=true`);
  const opened: string[] = [];
  const host = browserSignInHost(window);
  const { options } = bootOptions({
    signInHost: {
      ...host,
      navigate: () => {
        throw new Error('popup sign-in must not navigate');
      },
      openPopup: (url) => {
        opened.push(url);
        return window;
      },
      // The popup's page is the login page answering with the redirect.
      waitForPopup: () => Promise.resolve(emulator.authorize(opened[0] ?? '', org.personas.agent)),
    },
  });
  await boot(options);
  expect(opened).toEqual([]);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();
  expect(opened).toHaveLength(1);
});

test('framed in Genesys Cloud, the app tells the host it is ready and posts only to the Genesys origin', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  openAt(LAUNCH);
  const first = bootOptions({ framed: true });
  await boot(first.options);
  openAt(emulator.authorize(first.navigations[0] ?? '', org.personas.agent));
  // Genesys Cloud's page, framing us: it receives whatever the client app SDK posts.
  const posted: { message: string; origin: unknown }[] = [];
  const host = { postMessage: (message: unknown, origin: unknown) => posted.push({ message: JSON.stringify(message), origin }) };
  vi.spyOn(window, 'parent', 'get').mockReturnValue(host as unknown as Window);
  await boot(bootOptions({ framed: true }).options);
  await screen.findByRole('listbox', { name: '8×8 users' });

  const messages = posted;
  expect(messages.some((entry) => entry.message.includes('"action":"bootstrapped"'))).toBe(true);
  expect(new Set(messages.map((entry) => entry.origin))).toEqual(new Set([`https://apps.${ENV}`]));
});
