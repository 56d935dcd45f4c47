// Journey d: an admin finds out why the no-badges agent (Tomás Lindgren) sees no 8×8 (or Microsoft
// Teams) badges: his capability check names the missing permission.
import { expect, test } from 'vitest';
import { escapeRegExp, expectServes, expectTabReachesEveryControl, launchBrowserForFile, openApp, RUNS, saveScreenshot } from './harness';

const browser = launchBrowserForFile();
const NO_BADGES_USER = 'Tomás Lindgren';
const BADGE_PERMISSION = 'integration:unifiedCommunications:view';

for (const { look, uc, title, suffix, params } of RUNS) {
  test(`an admin finds which permission the no-badges user lacks ${title}`, async () => {
    // A tall window: the admin view is a long page, and axe can only check the contrast of what is on screen.
    const page = await openApp(
      browser(),
      '/admin',
      { demo: 'admin', demoSize: 200, demoSeed: 1, demoChurn: 0, ...params },
      { ...look.options, viewport: { width: 1280, height: 2400 } },
    );
    await page.getByRole('table', { name: 'Capabilities of Priya Natarajan' }).waitFor();
    await page.getByRole('table', { name: 'Roles that grant each permission' }).waitFor();
    await expectServes(page, uc);
    await look.check(page, 'admin view');
    await expectTabReachesEveryControl(page, 'admin view');

    // The roles overview already points at him: he transfers but cannot see badges.
    const transfersBlind = page.getByRole('region', { name: 'People who transfer but cannot see badges' });
    expect(await transfersBlind.textContent()).toContain(BADGE_PERMISSION);
    const lacksUc = transfersBlind.getByRole('region', { name: 'Missing Integration > unifiedCommunications > View' });
    expect(
      await lacksUc
        .getByRole('list', { name: /^People missing / })
        .getByRole('listitem')
        .allTextContents(),
    ).toContain(NO_BADGES_USER);

    // Look him up by name, keyboard only, as in the directory: type, Down to the result, Enter.
    const search = page.getByRole('combobox', { name: 'Check a person' });
    await search.focus();
    await page.keyboard.type(NO_BADGES_USER);
    const result = page.getByRole('listbox', { name: 'People found' }).getByRole('option', { name: new RegExp(NO_BADGES_USER) });
    await result.waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await result.getAttribute('id'));
    await page.keyboard.press('Enter');

    const matrix = page.getByRole('table', { name: `Capabilities of ${NO_BADGES_USER}` });
    const badges = matrix.getByRole('row', { name: new RegExp(`^See ${escapeRegExp(uc.name)} presence badges`) });
    await badges.waitFor();
    const [status, needs] = await badges.getByRole('cell').allTextContents();
    expect(status).toBe(`Not allowed · ${BADGE_PERMISSION} missing`);
    // Badges need both permissions: the integration's one he holds is named as held, the UC one as missing.
    expect(needs).toMatch(new RegExp(`^${BADGE_PERMISSION} missing${escapeRegExp(`${uc.viewPermission} held through ${uc.viewerRole}`)}`));
    // What he can do is shown as allowed, so the missing permission stands out.
    const [transferStatus] = await matrix
      .getByRole('row', { name: /^Blind transfer/ })
      .getByRole('cell')
      .allTextContents();
    expect(transferStatus).toBe('Allowed');
    await look.check(page, `admin view, ${NO_BADGES_USER} checked`);
    await saveScreenshot(page, `admin-badges${suffix}`);
  });
}
