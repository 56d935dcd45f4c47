// The client app SDK loads only framed in Genesys Cloud (src/genesys/client-app.ts): the bridge hands
// back at once, and what the app asked of Genesys Cloud before the SDK was there reaches it, in order.
import { expect, test, vi } from 'vitest';
import { createClientAppBridge } from '@/genesys/client-app';
import { FRAMED_IE_LAUNCH as LAUNCH } from '../support/launches';

test('framed in Genesys Cloud, calls made before the SDK is there reach Genesys Cloud in order, at its origin only', async () => {
  const posted: { text: string; origin: unknown }[] = [];
  const host = { postMessage: (message: unknown, origin: unknown) => posted.push({ text: JSON.stringify(message), origin }) };
  vi.spyOn(window, 'parent', 'get').mockReturnValue(host as unknown as Window);
  const bridge = createClientAppBridge(LAUNCH, true);
  expect(bridge.embedded).toBe(true);
  bridge.bootstrapped();
  bridge.toast('error', 'Something failed', 'Details');
  expect(bridge.showUser('user-1')).toBe(true);
  await vi.waitFor(() => {
    expect(posted).toHaveLength(3);
  });
  expect(posted[0]?.text).toContain('"action":"bootstrapped"');
  expect(posted[1]?.text).toContain('"title":"Something failed"');
  expect(posted[2]?.text).toContain('user-1');
  expect(new Set(posted.map(({ origin }) => origin))).toEqual(new Set(['https://apps.mypurecloud.ie']));
});

test('in demo mode or unframed the bridge is inert and loads nothing', () => {
  const demo = createClientAppBridge({ mode: 'demo', people: 'tagged', persona: 'agent', size: 10, seed: 1 }, true);
  const unframed = createClientAppBridge(LAUNCH, false);
  for (const bridge of [demo, unframed]) {
    expect(bridge.embedded).toBe(false);
    expect(bridge.showUser('user-1')).toBe(false);
  }
});
