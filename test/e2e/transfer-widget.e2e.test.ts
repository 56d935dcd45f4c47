// The agent's question on a live call, in the interaction widget (420×700) and on a desktop
// (1280×800), in both looks, by keyboard only: type "bill", narrow to Available with Alt+A,
// transfer with Enter; Enter on the Offline warning cancels. No sideways scrolling, axe clean,
// and in the widget the chosen person and the actions stay in view beside the list. For Microsoft
// Teams, in the widget and the first look (RUNS).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Look, Integration } from './harness';
import { demoRequests, EIGHT_BY_EIGHT, expectServes, launchBrowserForFile, LOOKS, openApp, RUNS, SCREENSHOTS, ucTitle } from './harness';
import { expectUcNumber, TRANSFER_DEMO } from './transfer-steps';

const browser = launchBrowserForFile();

interface Row {
  id: string;
  name: string;
  presence: string | null;
  tag: string | null;
}

async function rowsOf(page: Page): Promise<Row[]> {
  return page.getByRole('listbox', { name: 'People to transfer to' }).evaluate((listbox): Row[] =>
    [...listbox.querySelectorAll('[role="option"]')].map((option) => ({
      id: option.id,
      name: option.querySelector('.directory-row__name')?.textContent ?? '',
      presence: option.querySelector('[data-presence]')?.getAttribute('data-presence') ?? null,
      tag: option.querySelector('.directory-row__tag')?.textContent ?? null,
    })),
  );
}

/** Waits until the rows shown are all in `presence` (the filter has applied and every badge is known). */
async function expectAllRows(page: Page, presence: string): Promise<Row[]> {
  await expect
    .poll(
      async () => {
        const rows = await rowsOf(page);
        return rows.length > 0 && rows.every((row) => row.presence === presence);
      },
      { timeout: 10_000, message: `every row ${presence}` },
    )
    .toBe(true);
  return rowsOf(page);
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const measured = await page.evaluate(() => {
    const main = document.querySelector('main');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      mainOverflow: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
  expect(measured.scrollWidth, `page width (${where})`).toBeLessThanOrEqual(measured.innerWidth);
  expect(measured.mainOverflow, `sideways overflow inside <main> (${where})`).toBeLessThanOrEqual(0);
}

/** True when the element is wholly inside the window. */
const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
    });

const isFocused = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).evaluate((element) => element === document.activeElement);

const transferPosts = async (page: Page) =>
  (await demoRequests(page)).filter(
    (request) => request.method === 'POST' && /\/participants\/[^/]+\/(replace|transfer|voice\/consult)$/.test(request.url),
  );

const WIDGET = { width: 420, height: 700 };
const DESKTOP = { width: 1280, height: 800 };

for (const size of [WIDGET, DESKTOP]) {
  // Another integration than 8×8 in the widget only: the e2e project's time stays in check.
  for (const { look, uc, title, suffix, params } of RUNS.filter((run) => size === WIDGET || run.uc === EIGHT_BY_EIGHT)) {
    const where = (step: string) => `${step} at ${String(size.width)}×${String(size.height)}`;
    test(`at ${String(size.width)}×${String(size.height)} the agent finds who in Billing is available and transfers by keyboard ${title}`, async () => {
      const page = await openApp(browser(), '/transfer', { ...TRANSFER_DEMO, ...params }, { ...look.options, viewport: size });
      const card = page.getByRole('region', { name: 'Call being transferred' });
      await expect.poll(() => card.textContent()).toMatch(/^On call/);
      await expectServes(page, uc);
      const search = page.getByRole('combobox', { name: `Search ${uc.name} people to transfer to` });
      await page.getByRole('listbox', { name: 'People to transfer to' }).getByRole('option').first().waitFor();
      expect(await search.evaluate((element) => element === document.activeElement), 'the search has focus on open').toBe(true);
      await expectNoSidewaysScroll(page, where('opened'));

      // An Offline person first: Enter picks, Enter asks to transfer, and Enter on the warning cancels.
      await page.keyboard.type('bill offl');
      const offline = await expectAllRows(page, 'offline');
      const firstOffline = offline.find((row) => row.tag === null);
      if (!firstOffline) throw new Error('nobody Offline in Billing who could take a transfer');
      for (let step = 0; step <= offline.indexOf(firstOffline); step += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => isFocused(page, `Transfer to ${firstOffline.name}`)).toBe(true);
      await page.keyboard.press('Enter');
      const warning = page.getByRole('dialog', { name: `${firstOffline.name} is Offline` });
      await warning.waitFor();
      await expect.poll(() => isFocused(page, 'Cancel')).toBe(true);
      await look.check(page, where('the Offline warning'));
      await page.keyboard.press('Enter');
      await warning.waitFor({ state: 'detached' });
      expect(await transferPosts(page)).toHaveLength(0);
      expect(await card.textContent()).toMatch(/^On call/);

      // Now the question itself: "bill", Alt+A for Available only, the first row, Enter, Enter.
      await search.focus();
      await page.keyboard.press('Escape');
      await page.keyboard.type('bill');
      await page.keyboard.press('Alt+A');
      expect(
        await page
          .getByRole('combobox', { name: 'Show' })
          .evaluate((select) => (select instanceof HTMLSelectElement ? select.selectedOptions[0]?.textContent : null)),
      ).toBe('Available only');
      const available = await expectAllRows(page, 'available');
      // Those who cannot take a transfer come last: the first row can.
      const chosen = available[0];
      if (!chosen || chosen.tag !== null) throw new Error(`the first Available row cannot take a transfer: ${JSON.stringify(chosen)}`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const transfer = `Transfer to ${chosen.name}`;
      await expect.poll(() => isFocused(page, transfer)).toBe(true);
      await expectUcNumber(page.getByRole('region', { name: transfer }), uc);
      await expectNoSidewaysScroll(page, where('person chosen'));
      // The chosen person and the actions are in view, and so is the list (it scrolls between them).
      expect(await inView(page, '.target-panel__actions'), where('actions in view')).toBe(true);
      expect(await inView(page, '.target-picker .search-field'), where('search in view')).toBe(true);
      await look.check(page, where('person chosen'));
      if (size === WIDGET) {
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOTS, `transfer-420${suffix}.png`) });
      }

      await page.keyboard.press('Enter');
      await expect.poll(() => card.textContent()).toMatch(/^Transferred/);
      await expect.poll(() => card.getByRole('status').textContent()).toBe(`The call is now with ${chosen.name}.`);
      const posts = await transferPosts(page);
      expect(posts).toHaveLength(1);
      expect(posts[0]?.status).toBeLessThan(300);
      await expectNoSidewaysScroll(page, where('transferred'));
      await look.check(page, where('transferred'));
    });
  }
}

/** A directory card at 420×700 offers Transfer and Consult for the live call, and fits. */
async function directoryCardFits(look: Look, uc: Integration): Promise<void> {
  const page = await openApp(
    browser(),
    '/directory',
    { ...TRANSFER_DEMO, ...look.params, ...uc.params },
    { ...look.options, viewport: WIDGET },
  );
  const search = page.getByRole('combobox', { name: `Search ${uc.name} users` });
  await search.waitFor();
  await expectServes(page, uc);
  await search.focus();
  await page.keyboard.type('bill avail');
  const list = page.getByRole('listbox', { name: `${uc.name} users` });
  await expect
    .poll(async () => {
      const presences = await list.evaluate((listbox) =>
        [...listbox.querySelectorAll('[role="option"]')].map(
          (option) => option.querySelector('[data-presence]')?.getAttribute('data-presence') ?? null,
        ),
      );
      return presences.length > 0 && presences.every((presence) => presence === 'available');
    })
    .toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog');
  await card.waitFor();
  const name = (await card.getAttribute('aria-label')) ?? (await card.locator('h2').first().textContent()) ?? '';
  await expect.poll(() => card.getByRole('button', { name: /^Transfer to / }).count()).toBe(1);
  expect(await card.getByRole('button', { name: /^Consult .* first$/ }).count()).toBe(1);
  await expectNoSidewaysScroll(page, `directory card of ${name} at 420×700`);
  expect(await inView(page, '[role="dialog"]'), 'the card is wholly in view').toBe(true);
  await look.check(page, ucTitle(`directory card at 420×700 (${look.name})`, uc));
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `directory-card-transfer-420${look.suffix}${uc.suffix}.png`) });
  await page.close();
}

test('at 420×700 a directory card offers Transfer and Consult for the live call, and fits (both looks)', async () => {
  for (const look of LOOKS) await directoryCardFits(look, EIGHT_BY_EIGHT);
});

for (const { look, uc, title } of RUNS.filter((run) => run.uc !== EIGHT_BY_EIGHT)) {
  test(`at 420×700 a directory card offers Transfer and Consult for the live call, and fits ${title}`, async () => {
    await directoryCardFits(look, uc);
  });
}
