// Journey a: the agent finds an available 8×8 (or Microsoft Teams) person on /transfer and blind-transfers the call,
// keyboard only.
import { expect, test } from 'vitest';
import {
  badgeNames,
  demoRequests,
  expectServes,
  expectTabReachesEveryControl,
  launchBrowserForFile,
  openApp,
  RUNS,
  saveScreenshot,
} from './harness';
import { chooseAvailablePerson, expectUcNumber, TRANSFER_DEMO } from './transfer-steps';

const browser = launchBrowserForFile();

for (const { look, uc, title, suffix, params } of RUNS) {
  test(`an agent blind-transfers the call to an available ${uc.name} person ${title}`, async () => {
    const page = await openApp(browser(), '/transfer', { ...TRANSFER_DEMO, ...params }, look.options);
    const card = page.getByRole('region', { name: 'Call being transferred' });
    await expect.poll(() => card.textContent()).toMatch(/^On call/);
    await expectServes(page, uc);
    await page.getByRole('listbox', { name: 'People to transfer to' }).getByRole('option').first().waitFor();
    await look.check(page, 'transfer view');
    await expectTabReachesEveryControl(page, 'transfer view');

    const person = await chooseAvailablePerson(page, uc);
    const panel = page.getByRole('region', { name: `Transfer to ${person.name}` });
    await expectUcNumber(panel, uc);
    await expect.poll(async () => (await badgeNames(page)).some((badge) => badge.name.startsWith('Presence: Available'))).toBe(true);
    const transfer = panel.getByRole('button', { name: `Transfer to ${person.name}`, exact: true });
    // Enter picked the person; focus is on "Transfer to …", so the next Enter transfers.
    await expect.poll(() => transfer.evaluate((element) => element === document.activeElement)).toBe(true);
    // What a screen reader says of each badge names the presence it shows.
    const badges = await badgeNames(page);
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(badge.name).toContain(badge.label);
    await look.check(page, 'transfer view, person chosen');

    await page.keyboard.press('Enter');
    await expect.poll(() => card.textContent()).toMatch(/^Transferred/);
    await expect.poll(() => card.getByRole('status').textContent()).toBe(`The call is now with ${person.name}.`);
    expect(await transfer.isDisabled()).toBe(true);
    const transfers = (await demoRequests(page)).filter(
      (request) => request.method === 'POST' && /\/participants\/[^/]+\/(replace|transfer)$/.test(request.url),
    );
    expect(transfers).toHaveLength(1);
    expect(transfers[0]?.status).toBeLessThan(300);
    await look.check(page, 'transfer view, call transferred');
    await saveScreenshot(page, `transfer-blind${suffix}`);
  });
}
