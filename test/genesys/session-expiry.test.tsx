import { screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { PAGE_GROUP } from '@/foundations/people/use-directory-rows';
import { loadCatalog } from '@/i18n/catalogs';
import { createTranslator } from '@/i18n/translator';
import { renderApp } from '../support/render-app';

const org = () => generateOrg({ size: 250, seed: 5 });

test('a 401 mid-session leads to one re-sign-in and the page carries on where it was', async () => {
  let reSignIns = 0;
  const view = renderApp({
    org: org(),
    reauthenticate: () => {
      reSignIns += 1;
      return Promise.resolve(view.tokenFor('agent'));
    },
  });
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ 8×8 users$/);

  // The session ends on the Genesys side (token revoked, expired, signed out elsewhere).
  view.emulator.revokeToken(view.session.auth.token());
  // The next request (a server search) meets the 401.
  await view.user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'a');

  await waitFor(() => {
    expect(screen.queryByText('Searching Genesys Cloud…')).not.toBeInTheDocument();
  });
  expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
  expect(reSignIns).toBe(1);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  // Each request already on its way with the ended token meets a 401 (a background read can share the moment
  // with the search), and all of them lead to the one re-sign-in above.
  const unauthorized = view.emulator.requestLog.filter((entry) => entry.status === 401);
  expect(unauthorized.length).toBeGreaterThanOrEqual(1);
  // The new session carries on: the next search meets no 401 and asks for no sign-in.
  await view.user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'n');
  await waitFor(() => {
    expect(screen.queryByText('Searching Genesys Cloud…')).not.toBeInTheDocument();
  });
  expect(view.emulator.requestLog.filter((entry) => entry.status === 401)).toHaveLength(unauthorized.length);
  expect(reSignIns).toBe(1);
});

test('a session Genesys keeps rejecting stops after one re-sign-in and says so, instead of looping', async () => {
  let reSignIns = 0;
  const view = renderApp({
    org: org(),
    reauthenticate: () => {
      reSignIns += 1;
      const token = view.tokenFor('agent');
      view.emulator.revokeToken(token);
      return Promise.resolve(token);
    },
  });
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ 8×8 users$/);
  // Page 1 and the group of pages ahead are in: the only search after the revocation is the typed one (the log
  // tells searches apart by path only, not by body).
  await waitFor(() => {
    expect(view.emulator.requestLog.filter((entry) => entry.path === '/api/v2/users/search' && entry.status === 200)).toHaveLength(
      PAGE_GROUP,
    );
  });
  view.emulator.revokeToken(view.session.auth.token());
  await view.user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'a');

  const banner = await screen.findByRole('alert', { name: 'You are signed out of Genesys Cloud' });
  expect(banner).toHaveTextContent('rejected the session right after signing in');
  expect(reSignIns).toBe(1);
  const rejected = view.emulator.requestLog.filter((entry) => entry.status === 401);
  // The first request after the revocation and its one retry; requests already in flight (live presence,
  // its subscriptions) may meet the same rejection, each sent at most twice as well. No loop.
  const attempts = new Map<string, number>();
  for (const entry of rejected) {
    const request = `${entry.method} ${entry.path}${entry.search}`;
    attempts.set(request, (attempts.get(request) ?? 0) + 1);
  }
  expect(rejected.length).toBeGreaterThanOrEqual(2);
  expect(Math.max(...attempts.values())).toBeLessThanOrEqual(2);
  expect(attempts.size).toBeLessThanOrEqual(3);
  // The list already shown is kept.
  expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
});

test('once signed out, nothing is sent with the rejected token until the person signs in again', async () => {
  const toasts: string[] = [];
  let rejectNextSignIn = true;
  const view = renderApp({
    org: org(),
    reportError: (title, message) => toasts.push(`${title}: ${message}`),
    reauthenticate: () => {
      const token = view.tokenFor('agent');
      if (rejectNextSignIn) view.emulator.revokeToken(token);
      return Promise.resolve(token);
    },
  });
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ 8×8 users$/);
  view.emulator.revokeToken(view.session.auth.token());
  const search = screen.getByRole('combobox', { name: 'Search 8×8 users' });
  await view.user.type(search, 'a');
  const banner = await screen.findByRole('alert', { name: 'You are signed out of Genesys Cloud' });
  const rejectedSoFar = view.emulator.requestLog.filter((entry) => entry.status === 401).length;

  // Another search fails at once, as the session ended, without a request.
  toasts.length = 0;
  await view.user.type(search, 'n');
  await waitFor(() => {
    expect(toasts).toContain('Your Genesys Cloud session has ended: Sign in again to continue.');
  });
  expect(view.emulator.requestLog.filter((entry) => entry.status === 401)).toHaveLength(rejectedSoFar);

  // Signing in again from the banner brings the page back: the search is answered.
  rejectNextSignIn = false;
  await view.user.click(within(banner).getByRole('button', { name: 'Sign in again' }));
  await waitFor(() => {
    expect(screen.queryByRole('alert', { name: 'You are signed out of Genesys Cloud' })).not.toBeInTheDocument();
  });
  await view.user.type(search, 'e');
  await waitFor(() => {
    expect(view.emulator.requestLog.filter((entry) => entry.path === '/api/v2/users/search').at(-1)?.status).toBe(200);
  });
  expect(view.emulator.requestLog.filter((entry) => entry.status === 401)).toHaveLength(rejectedSoFar);
});

test('a failed request is reported as a Genesys error toast as well as in the page', async () => {
  const toasts: string[] = [];
  renderApp({
    org: org(),
    faults: { errorRate: 1 },
    reportError: (title, message) => toasts.push(`${title}: ${message}`),
  });
  const alert = await screen.findByRole('alert', { name: 'Something went wrong talking to Genesys Cloud' });
  expect(alert).toHaveTextContent(/.+/);
  expect(toasts).toHaveLength(1);
  expect(toasts[0]).toMatch(/^Something went wrong talking to Genesys Cloud: /);
});

test('going offline says so, and coming back refreshes by itself', async () => {
  const view = renderApp({ org: org() });
  await screen.findByText(/^Showing [\d,]+ of [\d,]+ 8×8 users$/);
  const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  window.dispatchEvent(new Event('offline'));
  expect(await screen.findByRole('status', { name: 'You are offline' })).toBeInTheDocument();

  const before = view.emulator.requestLog.length;
  await view.queryClient.invalidateQueries();
  expect(view.emulator.requestLog.length).toBe(before);

  online.mockReturnValue(true);
  window.dispatchEvent(new Event('online'));
  await waitFor(() => {
    expect(screen.queryByRole('status', { name: 'You are offline' })).not.toBeInTheDocument();
  });
  await waitFor(() => {
    expect(view.emulator.requestLog.length).toBeGreaterThan(before);
  });
});

test('in German, a rejected session and the failed requests are explained in German, in the page and in the toasts', async () => {
  const toasts: string[] = [];
  const view = renderApp({
    org: org(),
    translator: createTranslator('de', await loadCatalog('de')),
    reportError: (title, message) => toasts.push(`${title}: ${message}`),
    reauthenticate: () => {
      const token = view.tokenFor('agent');
      view.emulator.revokeToken(token);
      return Promise.resolve(token);
    },
  });
  await screen.findByText(/^Angezeigt: [\d.]+ von [\d.]+ 8×8-Benutzern$/);
  view.emulator.revokeToken(view.session.auth.token());
  await view.user.type(screen.getByRole('combobox', { name: '8×8-Benutzer suchen' }), 'a');

  const banner = await screen.findByRole('alert', { name: 'Sie sind von Genesys Cloud abgemeldet' });
  expect(banner).toHaveTextContent('Genesys Cloud hat die Sitzung direkt nach der Anmeldung abgelehnt.');
  expect(within(banner).getByRole('button', { name: 'Erneut anmelden' })).toBeInTheDocument();
  await waitFor(() => {
    expect(toasts).toContain('Ihre Genesys Cloud-Sitzung ist abgelaufen: Melden Sie sich erneut an, um fortzufahren.');
  });
});
