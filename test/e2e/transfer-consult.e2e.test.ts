// Journey b: the agent consults an available 8×8 (or Microsoft Teams) person first, then completes the transfer.
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { demoRequests, expectServes, expectTabReachesEveryControl, launchBrowserForFile, openApp, RUNS, saveScreenshot } from './harness';
import { chooseAvailablePerson, expectUcNumber, TRANSFER_DEMO } from './transfer-steps';

const browser = launchBrowserForFile();

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

for (const { look, uc, title, suffix, params } of RUNS) {
  test(`an agent consults ${uc.article} ${uc.name} person, then completes the transfer ${title}`, async () => {
    const page = await openApp(browser(), '/transfer', { ...TRANSFER_DEMO, ...params }, look.options);
    const card = page.getByRole('region', { name: 'Call being transferred' });
    await expect.poll(() => card.textContent()).toMatch(/^On call/);
    await expectServes(page, uc);

    const person = await chooseAvailablePerson(page, uc);
    const panel = page.getByRole('region', { name: `Transfer to ${person.name}` });
    await expectUcNumber(panel, uc);
    await panel.getByRole('button', { name: `Consult ${person.name} first` }).click();

    const consult = page.getByRole('region', { name: 'Consult transfer' });
    const complete = consult.getByRole('button', { name: `Complete transfer to ${person.name}` });
    // Focus moves to "Complete" as soon as it can be pressed.
    await expect.poll(() => isFocused(complete)).toBe(true);
    expect(await consult.getByRole('button', { name: `${person.name} only` }).getAttribute('aria-pressed')).toBe('true');
    // While consulting, no second transfer can start.
    expect(await panel.getByRole('button', { name: `Transfer to ${person.name}`, exact: true }).isDisabled()).toBe(true);
    expect(await card.textContent()).toMatch(/^On call/);
    await look.check(page, 'transfer view, consulting');
    await expectTabReachesEveryControl(page, 'transfer view, consulting');

    await complete.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.textContent()).toMatch(/^Transferred/);
    await expect.poll(() => card.getByRole('status').textContent()).toBe(`The call is now with ${person.name}.`);
    expect(await consult.count()).toBe(0);
    const requests = await demoRequests(page);
    expect(
      requests.filter((request) => request.method === 'POST' && /\/participants\/[^/]+\/(voice\/)?consult$/.test(request.url)),
    ).toHaveLength(1);
    // No blind transfer was sent: the call went through the consult.
    expect(requests.filter((request) => /\/participants\/[^/]+\/(replace|transfer)$/.test(request.url))).toEqual([]);
    await look.check(page, 'transfer view, consult completed');
    await saveScreenshot(page, `transfer-consult${suffix}`);
  });
}
