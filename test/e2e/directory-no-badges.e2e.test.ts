// Journey e: the no-badges agent opens the directory: it says which permission is missing, shows
// no badges, and asks Genesys Cloud for no presence at all. He cannot read the org's UC integrations,
// so for another integration than 8×8 (the default) the client app's URL names it (uc=), as deployed.
import { expect, test } from 'vitest';
import { demoRequests, expectServes, expectTabReachesEveryControl, launchBrowserForFile, openApp, RUNS, saveScreenshot } from './harness';

const browser = launchBrowserForFile();

for (const { look, uc, title, suffix, params } of RUNS) {
  test(`without the badge permission the directory explains why and asks for no presence ${title}`, async () => {
    const page = await openApp(
      browser(),
      '/directory',
      { demo: 'no-badges', demoSize: 200, demoSeed: 1, demoChurn: 0, ...params, ...uc.clientApp },
      look.options,
    );
    // Everything the page sends, bodies included (a users search can ask for presence in its body).
    const bodies: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/'))
        bodies.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
    });
    const explanation = page.getByRole('status', { name: `${uc.name} presence is hidden` });
    await explanation.waitFor();
    await expectServes(page, uc);
    expect(await explanation.textContent()).toContain('integration:unifiedCommunications:view');
    // Only what he lacks: he holds the integration's own permission.
    expect(await explanation.textContent()).not.toContain(uc.viewPermission);
    expect(await explanation.textContent()).toContain('A Genesys Cloud admin can grant it');

    const list = page.getByRole('listbox', { name: `${uc.name} users` });
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(5);
    await page.getByRole('combobox', { name: `Search ${uc.name} users` }).fill('Billing');
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
    await saveScreenshot(page, `directory-no-badges${suffix}`);
  });
}
