// The reduced-motion rule at work where the app does move: the loading spinner (the journeys check
// every view with reduced motion; this shows that the check sees motion when there is some).
import { expect, test } from 'vitest';
import { expectNoMotion, motionIn, openApp, launchBrowserForFile } from './harness';

const browser = launchBrowserForFile();
// Every request answered after 3 s: the view shows its loading spinner meanwhile.
const SLOW_DEMO = { demo: 'agent', demoSize: 200, demoSeed: 1, demoChurn: 0, demoFaults: 'latency:3000' };

test('the loading spinner turns, and stands still for someone who prefers reduced motion', async () => {
  const moving = await openApp(browser(), '/directory', SLOW_DEMO, { reducedMotion: 'no-preference' });
  await moving.locator('.loading__spinner').first().waitFor();
  expect(await motionIn(moving)).toContainEqual(expect.stringMatching(/^running CSSAnimation .* on span\.loading__spinner$/));

  const still = await openApp(browser(), '/directory', SLOW_DEMO, { reducedMotion: 'reduce' });
  await still.locator('.loading__spinner').first().waitFor();
  await expectNoMotion(still, 'loading');
});
