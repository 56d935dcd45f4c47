// An admin opens the org check in the production build, runs it against an org that plays the less
// likely of Genesys Cloud's answers, and reads what it found: the integration served (8×8, or Microsoft
// Teams), each variant named, in its budget.
import { expect, test } from 'vitest';
import {
  demoRequests,
  escapeRegExp,
  expectServes,
  expectTabReachesEveryControl,
  launchBrowserForFile,
  openApp,
  RUNS,
  saveScreenshot,
} from './harness';

const browser = launchBrowserForFile();

for (const { look, uc, title, suffix, params } of RUNS) {
  test(`the org check names the variants an org plays, within its request budget ${title}`, async () => {
    const page = await openApp(
      browser(),
      '/check',
      {
        demo: 'admin',
        demoSize: 300,
        demoSeed: 1,
        demoChurn: 0,
        demoVariants: 'presenceField:integrationPresence,topics:noIntegrationPresence,presenceSource:unlisted',
        ...params,
      },
      look.options,
    );
    const start = page.getByRole('button', { name: 'Run the check' });
    await start.waitFor();
    await expectServes(page, uc);
    const before = (await demoRequests(page)).length;
    await start.click();
    const table = page.getByRole('table', { name: 'What the check found' });
    await table.waitFor({ timeout: 15_000 });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${escapeRegExp(name)}`) });

    // The first probe names the integration the app serves, and the org's active ones.
    const served = table.getByRole('row').nth(1);
    expect(await served.getByRole('rowheader').textContent()).toBe(`${uc.name} integration`);
    expect((await served.getByRole('cell').first().textContent())?.trim()).toMatch(
      new RegExp(`^${escapeRegExp(`This app serves ${uc.name}. Active UC integrations in this org: ${uc.name}.`)}`),
    );
    expect(await row(`Where ${uc.name} presence arrives`).textContent()).toContain('integrationPresence');
    expect(await row('Live presence updates').textContent()).toMatch(/refused/i);
    expect(await row('Presence sources').textContent()).toContain(`none of them ${uc.name}`);
    expect(await row(`${uc.name} number tags`).textContent()).toMatch(/OK/);
    const sent = (await demoRequests(page)).slice(before).filter((request) => request.url.startsWith('/api/'));
    expect(sent.length).toBeLessThanOrEqual(15);
    expect(sent.some((request) => request.url.includes('/bulk'))).toBe(false);

    await look.check(page, 'org check');
    await expectTabReachesEveryControl(page, 'org check');
    await saveScreenshot(page, `org-check${suffix}`);
  });
}
