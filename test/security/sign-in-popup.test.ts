// The sign-in popup's postMessage: sent only to the app's own origin, and taken
// only from the app's own popup window on that origin.
import { expect, test, vi } from 'vitest';
import { browserSignInHost, relayPopupReturn } from '@/genesys/sign-in';

/** A message from `origin` and `source`. */
function messageFrom(origin: string, source: unknown, data: unknown): MessageEvent {
  const event = new MessageEvent('message', { data, origin });
  Object.defineProperty(event, 'source', { value: source });
  return event;
}

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
  expect(sent).toHaveLength(1);
  expect(sent[0]?.targetOrigin).toBe('http://localhost:3000');
  expect(sent[0]?.message).toMatchObject({ href: popupWindow.location.href });

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
