// The access token stays in memory and this tab's sessionStorage: never in
// localStorage, the address bar, the console, the page, a toast or an error
// report, whatever goes wrong during the session.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect, test, vi } from 'vitest';
import { parseFaults } from '@/emulator/faults';
import { generateOrg } from '@/emulator/generate-org';
import { signInFramed } from './genesys-session';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'debug', 'trace'] as const;

function everything(values: readonly unknown[]): string {
  return values
    .map((value) => {
      if (typeof value === 'string') return value;
      if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}\n${JSON.stringify(value)}`;
      try {
        return JSON.stringify(value);
      } catch {
        return String(value);
      }
    })
    .join('\n');
}

test('a session with failures of every kind leaves the token in no log, page, toast, URL or localStorage', async () => {
  const spies = CONSOLE_METHODS.map((method) => vi.spyOn(console, method));
  const session = await signInFramed(generateOrg({ size: 40, seed: 5 }));
  const user = userEvent.setup();
  const search = await screen.findByRole('combobox', { name: 'Search 8×8 users' });
  await screen.findByRole('listbox', { name: '8×8 users' });
  expect(window.location.href).not.toContain(session.token);

  // A 5xx, an answer we cannot read, and a request that gets no answer at all
  // (axios' network error carries the request, Authorization header included).
  session.emulator.setFaults(parseFaults('errors:1@users/search'));
  await user.type(search, 'ab');
  await screen.findByRole('alert', { name: 'Something went wrong talking to Genesys Cloud' }, { timeout: 5_000 });
  session.emulator.setFaults(parseFaults('malformed:1@users/search,malformations:wrong-type'));
  await user.clear(search);
  await user.type(search, 'cd');
  session.emulator.clearFaults();
  session.server.use(http.post(session.url('/api/v2/users/search'), () => HttpResponse.error()));
  await user.clear(search);
  await user.type(search, 'ef');
  await screen.findByRole('alert', { name: 'Genesys Cloud could not be reached' }, { timeout: 5_000 });

  // The session ends on the Genesys side: the app leaves for the login page again.
  session.server.resetHandlers();
  session.emulator.revokeToken(session.token);
  await user.clear(search);
  await user.type(search, 'gh');
  await waitFor(
    () => {
      expect(session.navigations.length).toBeGreaterThan(0);
    },
    { timeout: 5_000 },
  );

  const toasts = session.posted.filter((post) => post.text.includes('"title"'));
  expect(toasts.length).toBeGreaterThan(0);
  const places: Record<string, string> = {
    'the address bar': window.location.href,
    localStorage: Array.from({ length: window.localStorage.length }, (_, index) => {
      const key = window.localStorage.key(index) ?? '';
      return `${key}=${window.localStorage.getItem(key) ?? ''}`;
    }).join('\n'),
    'the page': document.documentElement.outerHTML,
    'messages to Genesys Cloud (toasts)': session.posted.map((post) => post.text).join('\n'),
    'the login page address': session.navigations.join('\n'),
    'console.error': everything(vi.mocked(console.error).mock.calls.flat()),
    ...Object.fromEntries(CONSOLE_METHODS.map((method, index) => [`console.${method}`, everything(spies[index]?.mock.calls.flat() ?? [])])),
  };
  for (const [place, text] of Object.entries(places)) expect(text, place).not.toContain(session.token);
  expect(window.localStorage.length).toBe(0);
  // Where it is meant to be: this tab's sessionStorage.
  expect(window.sessionStorage.getItem('gc8x8:token:mypurecloud.com')).toContain(session.token);
});
