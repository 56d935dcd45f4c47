// Journey e: the no-badges agent opens the directory: it says which permission is missing, shows
// no badges, and asks Genesys Cloud for no presence at all.
import { expect, test } from 'vitest';
import { demoRequests, expectTabReachesEveryControl, LOOKS, openApp, saveScreenshot, launchBrowserForFile } from './harness';

const browser = launchBrowserForFile();

for (const look of LOOKS) {
  test(`without the badge permission the directory explains why and asks for no presence (${look.name})`, async () => {
    const page = await openApp(
      browser(),
      '/directory',
      { demo: 'no-badges', demoSize: 200, demoSeed: 1, demoChurn: 0, ...look.params },
      look.options,
    );
    // Everything the page sends, bodies included (a users search can ask for presence in its body).
    const bodies: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/'))
        bodies.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
    });
    const explanation = page.getByRole('status', { name: '8×8 presence is hidden' });
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain('integration:unifiedCommunications:view');
    expect(await explanation.textContent()).toContain('A Genesys Cloud admin can grant it');

    const list = page.getByRole('listbox', { name: '8×8 users' });
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(5);
    await page.getByRole('combobox', { name: 'Search 8×8 users' }).fill('Billing');
    await expect
      .poll(async () => {
        const texts = await list.getByRole('option').allTextContents();
        return texts.length > 0 && texts.every((text) => text.includes('Billing'));
      })
      .toBe(true);
    // Rows, but no badge anywhere: neither in the DOM nor in what a screen reader hears.
    expect(await page.locator('[data-presence]').count()).toBe(0);
    expect(await page.getByRole('img', { name: /^Presence:/ }).count()).toBe(0);

    const requests = await demoRequests(page);
    expect(requests.filter((request) => request.url.startsWith('/api/v2/users/search'))).not.toEqual([]);
    expect(requests.filter((request) => /presence|notifications/i.test(request.url))).toEqual([]);
    expect(bodies.filter((body) => /presence/i.test(body))).toEqual([]);
    await look.check(page, 'directory without badges');
    await expectTabReachesEveryControl(page, 'directory without badges');
    await saveScreenshot(page, `directory-no-badges${look.suffix}`);
  });
}
