// Journey: in a 400 × 800 panel a supervisor asks "how available is Sales right now?", chooses Sales and
// reads the answer on the first screen; the Available tile then brings the Sales people who are available into view.
// Once for each integration (8×8, Microsoft Teams).
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectServes, type Integration, INTEGRATIONS, launchBrowserForFile, openApp, ucTitle } from './harness';

const browser = launchBrowserForFile();
const DEPARTMENT = 'Sales';
const VIEWPORT = { width: 400, height: 800 };

/** Whether the element lies wholly inside the viewport, as scrolled now. */
async function onFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height && box.x >= 0 && box.x + box.width <= VIEWPORT.width;
}

/** The presences of the rows the list has drawn (it is virtualised: those on screen and a few more). */
async function drawnPresences(page: Page, uc: Integration): Promise<string[]> {
  return page
    .getByRole('region', { name: 'People' })
    .getByRole('listbox', { name: `${uc.name} users` })
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => option.querySelector('[data-presence]')?.getAttribute('data-presence') ?? ''));
}

for (const uc of INTEGRATIONS) {
  test(
    ucTitle('a supervisor answers "how available is Sales" from the first screen of a 400 px panel after choosing Sales', uc),
    async () => {
      const page = await openApp(
        browser(),
        '/supervisor',
        { demo: 'supervisor', demoSize: 200, demoSeed: 1, demoChurn: 0, ...uc.params },
        { viewport: VIEWPORT },
      );
      await page.getByRole('list', { name: 'Totals by presence' }).getByRole('button').first().waitFor();
      await expectServes(page, uc);

      await page.getByRole('combobox', { name: 'Scope' }).selectOption({ label: 'A department' });
      await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: DEPARTMENT });

      // The answer, complete (every presence read), in one sentence.
      const answer = page.locator('.board-answer[data-complete="true"]');
      await expect
        .poll(async () => ((await answer.count()) > 0 ? await answer.textContent() : ''))
        .toMatch(new RegExp(`^${DEPARTMENT}: \\d+ of \\d+ available \\(\\d+%\\)$`));
      const [, available, total, percent] = /: (\d+) of (\d+) available \((\d+)%\)$/.exec((await answer.textContent()) ?? '') ?? [];
      // The same figures as the Available tile and the people list below.
      expect(Number(percent)).toBe(Math.round((Number(available) / Number(total)) * 100));
      await page.getByRole('button', { name: `Available ${available} (${percent}%)`, exact: true }).waitFor();
      await page.getByText(`Showing ${total} people of ${total}`, { exact: true }).waitFor();

      // On the first screen, with how fresh it is; the green dot only for complete totals.
      expect(await onFirstScreen(answer)).toBe(true);
      const freshness = page.locator('.board-freshness__line');
      await expect.poll(() => freshness.textContent()).toMatch(/^Updated every \d+ s · oldest \d+ (?:s|min)/);
      expect(await onFirstScreen(freshness)).toBe(true);
      expect(await freshness.getAttribute('data-partial')).toBe('false');
      const availableTile = page.getByRole('list', { name: 'Totals by presence' }).getByRole('button', { name: /^Available / });
      expect(await onFirstScreen(availableTile)).toBe(true);

      // The tile shows who they are: the list, filtered, scrolled into view, and its status says so.
      await availableTile.click();
      const status = page.getByText(`Showing ${available} Available people of ${total}`);
      await status.waitFor();
      await expect.poll(() => onFirstScreen(status)).toBe(true);
      await expect.poll(async () => new Set(await drawnPresences(page, uc))).toEqual(new Set(['available']));
    },
  );
}
