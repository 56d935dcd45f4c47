// An admin opens the org check in the production build, runs it against an org that plays the less
// likely of Genesys Cloud's answers, and reads what it found: each variant named, in its budget.
import { expect, test } from 'vitest';
import { demoRequests, expectTabReachesEveryControl, LOOKS, launchBrowserForFile, openApp, saveScreenshot } from './harness';

const browser = launchBrowserForFile();

for (const look of LOOKS) {
  test(`the org check names the variants an org plays, within its request budget (${look.name})`, async () => {
    const page = await openApp(
      browser(),
      '/check',
      {
        demo: 'admin',
        demoSize: 300,
        demoSeed: 1,
        demoChurn: 0,
        demoVariants: 'presenceField:integrationPresence,topics:noIntegrationPresence,presenceSource:unlisted',
        ...look.params,
      },
      look.options,
    );
    const start = page.getByRole('button', { name: 'Run the check' });
    await start.waitFor();
    const before = (await demoRequests(page)).length;
    await start.click();
    const table = page.getByRole('table', { name: 'What the check found' });
    await table.waitFor({ timeout: 15_000 });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });

    expect(await row('Where 8×8 presence arrives').textContent()).toContain('integrationPresence');
    expect(await row('Live presence updates').textContent()).toMatch(/refused/i);
    expect(await row('Presence sources').textContent()).toMatch(/none of them 8×8/);
    expect(await row('8×8 number tags').textContent()).toMatch(/OK/);
    const sent = (await demoRequests(page)).slice(before).filter((request) => request.url.startsWith('/api/'));
    expect(sent.length).toBeLessThanOrEqual(15);
    expect(sent.some((request) => request.url.includes('/bulk'))).toBe(false);

    await look.check(page, 'org check');
    await expectTabReachesEveryControl(page, 'org check');
    await saveScreenshot(page, `org-check${look.suffix}`);
  });
}
