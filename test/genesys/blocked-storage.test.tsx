// Embedded in Genesys Cloud the app is a third-party frame: with third-party
// cookies blocked (incognito, Safari) even reading window.sessionStorage or
// window.localStorage throws a SecurityError. The app must still start, sign in
// (by popup: a redirect would come back to a page that forgot the sign-in) and
// keep the token in memory.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { boot } from '@/app/boot';
import { generateOrg } from '@/emulator/generate-org';
import { browserSignInHost, keptToken, sessionStore, type SignInHost } from '@/genesys/sign-in';
import { bootOptions, openAt, unloadPage } from '../support/boot-app';
import { startEmulator } from '../support/emulator-server';

const ENV = 'mypurecloud.com';
const LAUNCH = `/directory?gcHostOrigin=${encodeURIComponent(`https://apps.${ENV}`)}&gcTargetEnv=prod&gcLangTag=en-us`;

/** Blocks both storages as a browser does for a third-party frame; returns what undoes it. */
function blockStorage() {
  const refuse = (): Storage => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const session = vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(refuse);
  const local = vi.spyOn(window, 'localStorage', 'get').mockImplementation(refuse);
  return {
    touched: () => session.mock.calls.length + local.mock.calls.length,
    // Restored inside the test: the harness's own cleanup clears both storages afterwards.
    restore: () => {
      session.mockRestore();
      local.mockRestore();
    },
  };
}

/** The browser's sign-in host, with the popup played by the emulator's login page. */
function popupHost(authorize: (url: string) => string) {
  const opened: string[] = [];
  const navigated: string[] = [];
  const host: SignInHost = {
    ...browserSignInHost(window),
    navigate: (url) => navigated.push(url),
    openPopup: (url) => {
      opened.push(url);
      return window;
    },
    waitForPopup: () => Promise.resolve(authorize(opened.at(-1) ?? '')),
  };
  return { host, opened, navigated };
}

test('with storage blocked in the Genesys Cloud frame, the app starts, signs in by popup and shows the directory', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  const posted: string[] = [];
  vi.spyOn(window, 'parent', 'get').mockReturnValue({
    postMessage: (message: unknown) => posted.push(JSON.stringify(message)),
  } as unknown as Window);
  const storage = blockStorage();
  try {
    openAt(LAUNCH);
    const signIn = popupHost((url) => emulator.authorize(url, org.personas.agent));
    expect(signIn.host.storageOutlivesPage).toBe(false);
    await expect(boot(bootOptions({ framed: true, signInHost: signIn.host }).options)).resolves.toBeUndefined();

    // No gcUsePopupAuth in the launch URL: the blocked storage alone chooses the popup, and says why.
    expect(screen.getByText(/blocks storage for apps inside Genesys Cloud/)).toBeInTheDocument();
    expect(signIn.opened).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('listbox', { name: '8×8 users' })).toBeInTheDocument();

    expect(signIn.opened).toHaveLength(1);
    expect(new URL(signIn.opened[0] ?? '').searchParams.get('code_challenge_method')).toBe('S256');
    expect(signIn.navigated).toEqual([]);
    expect(emulator.requestLog.some((entry) => entry.path === '/oauth/token' && entry.status === 200)).toBe(true);
    expect(emulator.requestLog.some((entry) => entry.userId === org.personas.agent && entry.status === 200)).toBe(true);
    // The host heard from the app, so Genesys Cloud does not show a blank frame.
    expect(posted.some((message) => message.includes('"action":"bootstrapped"'))).toBe(true);
    // The storages were asked for, and refused, without anything throwing.
    expect(storage.touched()).toBeGreaterThan(0);
    expect(keptToken(signIn.host.storage, ENV, Date.now())).toEqual(expect.any(String));
  } finally {
    storage.restore();
  }
});

test('with storage blocked, the token lasts for the page only: a reload asks to sign in again', async () => {
  const org = generateOrg({ size: 30, seed: 2 });
  const { emulator } = startEmulator({ org });
  const storage = blockStorage();
  try {
    openAt(LAUNCH);
    const first = popupHost((url) => emulator.authorize(url, org.personas.agent));
    await boot(bootOptions({ signInHost: first.host }).options);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('listbox', { name: '8×8 users' });
    unloadPage();

    openAt(LAUNCH);
    const reload = popupHost((url) => emulator.authorize(url, org.personas.agent));
    await boot(bootOptions({ signInHost: reload.host }).options);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(reload.navigated).toEqual([]);
  } finally {
    storage.restore();
  }
});

test('sessionStore: blocked storage falls back to memory; a storage that refuses a write keeps it in memory', () => {
  const storage = blockStorage();
  try {
    const blocked = sessionStore(window);
    expect(blocked.outlivesPage).toBe(false);
    blocked.storage.setItem('k', 'v');
    expect(blocked.storage.getItem('k')).toBe('v');
    blocked.storage.removeItem('k');
    expect(blocked.storage.getItem('k')).toBeNull();
  } finally {
    storage.restore();
  }

  const usable = sessionStore(window);
  expect(usable.outlivesPage).toBe(true);
  usable.storage.setItem('k', 'stored');
  expect(window.sessionStorage.getItem('k')).toBe('stored');
  // Full (quota) from now on: the write is kept for the page instead of thrown.
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  });
  expect(() => {
    usable.storage.setItem('k', 'kept in memory');
  }).not.toThrow();
  expect(usable.storage.getItem('k')).toBe('kept in memory');
  setItem.mockRestore();
  usable.storage.removeItem('k');
  expect(usable.storage.getItem('k')).toBeNull();
  expect(window.sessionStorage.getItem('k')).toBeNull();
});
