// postMessage traffic goes only to the validated Genesys Cloud origin, and only
// messages from it (and from the page that frames the app) are obeyed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { parseFaults } from '@/emulator/faults';
import { generateOrg } from '@/emulator/generate-org';
import { browserSignInHost, relayPopupReturn } from '@/genesys/sign-in';
import { GENESYS_ORIGIN, signInFramed } from './genesys-session';

const org = () => generateOrg({ size: 40, seed: 3 });

/** A message as the Genesys Cloud page would send it, from `origin` and `source`. */
function messageFrom(origin: string, source: unknown, data: unknown): MessageEvent {
  const event = new MessageEvent('message', { data, origin });
  Object.defineProperty(event, 'source', { value: source });
  return event;
}

const STOP = { purecloudEventType: 'appLifecycleHook', hook: 'stop' };
const stopped = (text: string) => text.includes('"action":"stopped"');

test('every message the app posts goes to the validated https://apps.<region> origin only: ready, error toasts, profiles', async () => {
  const session = await signInFramed(org());
  const user = userEvent.setup();
  await screen.findByRole('listbox', { name: '8×8 users' });
  await waitFor(() => {
    expect(session.posted.some((post) => post.text.includes('"action":"bootstrapped"'))).toBe(true);
  });

  // A failed search: an error toast in Genesys Cloud.
  session.emulator.setFaults(parseFaults('errors:1@users/search'));
  await user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'zz');
  await waitFor(
    () => {
      expect(session.posted.some((post) => post.text.includes('showToastPopup'))).toBe(true);
    },
    { timeout: 5_000 },
  );
  session.emulator.clearFaults();
  await user.clear(screen.getByRole('combobox', { name: 'Search 8×8 users' }));

  // Someone's Genesys Cloud profile, from their card.
  const [first] = within(await screen.findByRole('listbox', { name: '8×8 users' })).getAllByRole('option');
  if (!first) throw new Error('no one listed');
  await user.click(first);
  await user.click(await screen.findByRole('button', { name: 'Open in Genesys Cloud' }));
  await waitFor(() => {
    expect(session.posted.some((post) => post.text.includes('showUser'))).toBe(true);
  });

  expect(session.posted.length).toBeGreaterThanOrEqual(3);
  expect(new Set(session.posted.map((post) => post.targetOrigin))).toEqual(new Set([GENESYS_ORIGIN]));
  // Nothing posted carries the session's token.
  for (const post of session.posted) expect(post.text).not.toContain(session.token);
});

test('a lifecycle message from another origin, or from another window, is ignored; the same from Genesys Cloud is obeyed', async () => {
  const session = await signInFramed(org());
  await screen.findByRole('listbox', { name: '8×8 users' });
  const otherWindow = {};

  window.dispatchEvent(messageFrom('https://evil.example.com', session.host, STOP));
  window.dispatchEvent(messageFrom(`https://apps.mypurecloud.ie`, session.host, STOP));
  window.dispatchEvent(messageFrom(GENESYS_ORIGIN, otherWindow, STOP));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(session.posted.filter((post) => stopped(post.text))).toEqual([]);
  // Still working: the list is there and its data was not thrown away.
  expect(within(screen.getByRole('listbox', { name: '8×8 users' })).getAllByRole('option').length).toBeGreaterThan(0);

  window.dispatchEvent(messageFrom(GENESYS_ORIGIN, session.host, STOP));
  await waitFor(() => {
    expect(session.posted.filter((post) => stopped(post.text))).toHaveLength(1);
  });
  expect(session.posted.find((post) => stopped(post.text))?.targetOrigin).toBe(GENESYS_ORIGIN);
});

test('the sign-in popup hands its answer only to this origin, and the app takes it only from its own popup on this origin', async () => {
  // The popup's side: it posts to its opener, addressed to the app's own origin only.
  const sent: { message: unknown; targetOrigin: unknown }[] = [];
  const popupWindow = {
    name: 'gc8x8-sign-in',
    opener: { postMessage: (message: unknown, targetOrigin: unknown) => sent.push({ message, targetOrigin }) },
    location: { href: 'http://localhost:3000/?code=abc&state=xyz', origin: 'http://localhost:3000' },
    close: vi.fn(),
  };
  expect(relayPopupReturn(popupWindow as unknown as Window)).toBe(true);
  expect(sent).toEqual([{ message: expect.objectContaining({ href: popupWindow.location.href }), targetOrigin: 'http://localhost:3000' }]);

  // The app's side: a lookalike message from another origin or another window changes nothing.
  const popup = {} as Window;
  const answer = browserSignInHost(window).waitForPopup(popup);
  let settled: string | undefined;
  void answer.then((href) => {
    settled = href;
  });
  const data = sent[0]?.message;
  window.dispatchEvent(messageFrom('https://evil.example.com', popup, data));
  window.dispatchEvent(messageFrom(window.location.origin, {}, data));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(settled).toBeUndefined();
  window.dispatchEvent(messageFrom(window.location.origin, popup, data));
  await expect(answer).resolves.toBe(popupWindow.location.href);
});
