// postMessage traffic goes only to the validated Genesys Cloud origin, and only
// messages from it (and from the page that frames the app) are obeyed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { parseFaults } from '@/emulator/faults';
import { generateOrg } from '@/emulator/generate-org';
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
      expect(session.posted.some((post) => post.text.includes('"title":"Something went wrong talking to Genesys Cloud"'))).toBe(true);
    },
    { timeout: 5_000 },
  );
  session.emulator.clearFaults();
  await user.clear(screen.getByRole('combobox', { name: 'Search 8×8 users' }));

  // Someone's Genesys Cloud profile, from their card.
  const [first] = within(await screen.findByRole('listbox', { name: '8×8 users' })).getAllByRole('option');
  const userId = first?.getAttribute('data-user-id');
  if (!first || !userId) throw new Error('no one listed');
  await user.click(first);
  await user.click(await screen.findByRole('button', { name: 'Open in Genesys Cloud' }));
  await waitFor(() => {
    expect(session.posted.some((post) => post.text.includes(userId))).toBe(true);
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
    expect(session.posted.filter((post) => stopped(post.text)).length).toBeGreaterThan(0);
  });
  expect(new Set(session.posted.filter((post) => stopped(post.text)).map((post) => post.targetOrigin))).toEqual(new Set([GENESYS_ORIGIN]));
});
