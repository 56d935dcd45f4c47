// The production build against the emulator playing the less likely of Genesys Cloud's plausible
// answers at once (demoVariants): untagged 8×8 numbers, 8×8 presence in `integrationPresence`,
// overlapping search pages, a Retry-After header the browser cannot read.
import { expect, test } from 'vitest';
import { demoRequests, launchBrowserForFile, openApp, saveScreenshot } from './harness';

const browser = launchBrowserForFile();
const VARIANTS = 'numberTag:none,presenceField:integrationPresence,searchPages:overlap,retryAfter:body';

test('untagged numbers: the directory names people=otherPhone instead of saying nobody is provisioned', async () => {
  const page = await openApp(browser(), '/directory', { demo: 'agent', demoSize: 300, demoSeed: 1, demoChurn: 0, demoVariants: VARIANTS });
  const notice = page.getByRole('status', { name: 'No number is tagged for 8×8' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain('people=otherPhone');
  expect(await page.getByText('No 8×8 users are provisioned').count()).toBe(0);
  await saveScreenshot(page, 'directory-untagged-numbers');
});

test('with people=otherPhone the same org lists its 8×8 people with live badges read from integrationPresence', async () => {
  const page = await openApp(browser(), '/directory', {
    demo: 'agent',
    demoSize: 300,
    demoSeed: 1,
    demoChurn: 0,
    demoVariants: VARIANTS,
    people: 'otherPhone',
  });
  const list = page.getByRole('listbox', { name: '8×8 users' });
  await expect.poll(() => list.locator('[data-presence]').count(), { timeout: 15_000 }).toBeGreaterThan(5);
  const userId = (await list.getByRole('option').first().getAttribute('data-user-id')) ?? '';
  const first = list.locator(`[data-user-id="${userId}"]`);
  // Changes are pushed once the live subscription is in place (before it, the row's fresh answer stands).
  await expect.poll(() => page.evaluate(() => window.gc8x8Demo?.stats().topics ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);
  const before = (await first.locator('[data-presence]').getAttribute('data-presence')) ?? '';
  expect(before).not.toBe('unknown');
  const next = before === 'offline' ? ('AVAILABLE' as const) : ('OFFLINE' as const);
  await page.evaluate(
    ({ id, presence }) => {
      window.gc8x8Demo?.setIntegrationPresence(id, presence);
    },
    { id: userId, presence: next },
  );
  await expect.poll(() => first.locator('[data-presence]').getAttribute('data-presence'), { timeout: 10_000 }).toBe(next.toLowerCase());
  // The subscription was accepted once: no loop of PUTs.
  const puts = (await demoRequests(page)).filter((request) => request.method === 'PUT' && request.url.includes('/subscriptions'));
  expect(puts.length).toBeLessThanOrEqual(3);
});
