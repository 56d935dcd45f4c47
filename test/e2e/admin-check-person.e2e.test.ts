// Journey (issue 18): an admin, in the 360–420 px panel, finds why the no-badges agent (Tomás Lindgren)
// and the no-uc-view agent (Aiko Tanaka) lack 8×8 (or Microsoft Teams) presence: what is missing in
// Genesys Cloud's labels, with the permission string, the role that grants it, and where to assign it.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  EIGHT_BY_EIGHT,
  expectServes,
  expectTabReachesEveryControl,
  INTEGRATIONS,
  launchBrowserForFile,
  LOOKS,
  openApp,
  saveScreenshot,
  ucTitle,
} from './harness';

const browser = launchBrowserForFile();

/** Finds the person with "Check a person", keyboard only, and returns their answer's text. */
async function check(page: Page, name: string): Promise<string> {
  const search = page.getByRole('combobox', { name: 'Check a person' });
  await search.fill('');
  await search.focus();
  await page.keyboard.type(name);
  await page
    .getByRole('listbox', { name: 'People found' })
    .getByRole('option', { name: new RegExp(name) })
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const answer = page.getByRole('article', { name: `Answer for ${name}` });
  await answer.waitFor();
  // The search closes on the pick, so nothing stands between the box and the answer.
  await page.getByRole('option').first().waitFor({ state: 'detached' });
  // The answer sits right under the search box: in view without scrolling in a 420 px panel.
  const box = await answer.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport ? box.y < viewport.height : false, `${name}'s answer is above the fold`).toBe(true);
  return (await answer.textContent()) ?? '';
}

const [look] = LOOKS;

for (const uc of INTEGRATIONS) {
  // The persona without the integration's view permission was "no-8x8" in the 8×8 journey's title.
  const noView = uc === EIGHT_BY_EIGHT ? 'no-8x8' : 'no-uc-view';
  test(
    ucTitle(
      `an admin finds why the no-badges and the ${noView} agents lack ${uc.name} presence, in Genesys Cloud labels, with the granting role`,
      uc,
    ),
    async () => {
      if (!look) throw new Error('no look');
      const page = await openApp(
        browser(),
        '/admin',
        { demo: 'admin', demoSize: 200, demoSeed: 1, demoChurn: 0, ...look.params, ...uc.params },
        { ...look.options, viewport: { width: 400, height: 900 } },
      );
      // The person check is the first thing the view offers.
      const firstHeading = page.getByRole('heading', { level: 2 }).first();
      expect(await firstHeading.textContent()).toBe('Check a person');
      await expectServes(page, uc);

      const tomas = await check(page, 'Tomás Lindgren');
      expect(tomas).toContain(`Tomás Lindgren cannot see ${uc.name} presence: 1 permission is missing.`);
      expect(tomas).toContain('Integration > unifiedCommunications > View integration:unifiedCommunications:view');
      expect(tomas).toContain('Granted by these roles: UC Presence Viewer, Supervisor, and Master Admin');
      expect(tomas).toContain('Next: assign one of these roles to Tomás Lindgren in Admin > People > Tomás Lindgren > Roles.');
      await look.check(page, ucTitle('admin view, Tomás Lindgren checked, 400 px', uc));
      await expectTabReachesEveryControl(page, ucTitle('admin view, Tomás Lindgren checked', uc));

      const aiko = await check(page, 'Aiko Tanaka');
      expect(aiko).toContain(`Aiko Tanaka cannot see ${uc.name} presence: 1 permission is missing.`);
      expect(aiko).toContain(`${uc.viewLabel} ${uc.viewPermission}`);
      expect(aiko).toContain(`Granted by these roles: ${uc.viewerRole}, Supervisor, and Master Admin`);

      // The roles section lists both among the people who transfer but cannot see the integration's presence, by what they lack.
      const blind = page.getByRole('region', { name: 'People who transfer but cannot see badges' });
      const noUc = blind.getByRole('region', { name: 'Missing Integration > unifiedCommunications > View' });
      const noUcView = blind.getByRole('region', { name: `Missing ${uc.viewLabel}` });
      await noUcView.waitFor();
      expect(await noUc.getByRole('listitem').allTextContents()).toContain('Tomás Lindgren');
      expect(await noUcView.getByRole('listitem').allTextContents()).toContain('Aiko Tanaka');
      await saveScreenshot(page, `admin-check-person${uc.suffix}`);
    },
  );
}
