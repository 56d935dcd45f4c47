// Demo mode in a 360–420 px panel (the Genesys Cloud interaction widget's width): every view fits
// without sideways scrolling, the shell keeps its name and demo badge whole, the View button
// switches views by keyboard alone, and axe passes in each view.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { LOOKS, launchBrowserForFile, openApp, SCREENSHOTS } from './harness';

const browser = launchBrowserForFile();

interface NarrowView {
  path: string;
  /** Its name in the View list. */
  name: string;
  /** Waits until the view shows its data (what could overflow is on screen). */
  ready: (page: Page) => Promise<void>;
}

const VIEWS: readonly NarrowView[] = [
  {
    path: '/directory',
    name: 'Directory',
    ready: async (page) => {
      const options = page.getByRole('listbox', { name: '8×8 users' }).getByRole('option');
      await expect.poll(() => options.count()).toBeGreaterThan(5);
      await page
        .getByRole('img', { name: /^Presence:/ })
        .first()
        .waitFor();
    },
  },
  {
    path: '/supervisor',
    name: 'Supervisor',
    ready: async (page) => {
      await page.getByRole('list', { name: 'Totals by presence' }).getByRole('button').first().waitFor();
      await page.getByRole('list', { name: 'Presence by department' }).getByRole('img').first().waitFor();
    },
  },
  {
    path: '/admin',
    name: 'Admin',
    ready: async (page) => {
      await page.getByRole('table', { name: /^Capabilities of / }).waitFor();
    },
  },
  {
    path: '/check',
    name: 'Check',
    ready: async (page) => {
      // Run it: the findings (permission strings, long values) are what could overflow.
      await page.getByRole('button', { name: 'Run the check' }).click();
      await page.getByRole('table', { name: 'What the check found' }).waitFor({ timeout: 15_000 });
    },
  },
];

/** No sideways scrolling, in the page or in <main>; the product name on one line and the demo badge whole. */
async function expectFits(page: Page, where: string): Promise<void> {
  const measured = await page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!(element instanceof HTMLElement)) return null;
      const rect = element.getBoundingClientRect();
      return {
        left: rect.left,
        right: rect.right,
        height: rect.height,
        fontSize: parseFloat(getComputedStyle(element).fontSize),
        cut: element.scrollWidth > element.clientWidth + 1,
      };
    };
    const main = document.querySelector('main');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      mainOverflow: main ? main.scrollWidth - main.clientWidth : 0,
      title: box('.shell__title'),
      badge: box('.shell__demo'),
    };
  });
  expect(measured.scrollWidth, `page width (${where})`).toBeLessThanOrEqual(measured.innerWidth);
  expect(measured.mainOverflow, `sideways overflow inside <main> (${where})`).toBeLessThanOrEqual(0);
  const { title, badge } = measured;
  expect(title, `product name (${where})`).not.toBeNull();
  expect(badge, `demo badge (${where})`).not.toBeNull();
  if (!title || !badge) return;
  expect(title.height, `product name on one line (${where})`).toBeLessThan(title.fontSize * 2);
  expect(badge.cut, `demo badge text cut (${where})`).toBe(false);
  expect(badge.left, `demo badge after the left edge (${where})`).toBeGreaterThanOrEqual(0);
  expect(badge.right, `demo badge inside the window (${where})`).toBeLessThanOrEqual(measured.innerWidth);
  expect(badge.height, `demo badge on one line (${where})`).toBeLessThan(badge.fontSize * 2.5);
}

/** Shift+Tab back to the View button, open it with Enter, Tab to the view's link, follow it with Enter. */
async function switchViewByKeyboard(page: Page, from: NarrowView, to: NarrowView): Promise<void> {
  const button = page.getByRole('button', { name: `View: ${from.name}` });
  for (let press = 0; press < 40 && !(await button.evaluate((element) => element === document.activeElement)); press += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect
    .poll(() => button.evaluate((element) => element === document.activeElement), {
      message: `View button reached by Shift+Tab (${from.path})`,
    })
    .toBe(true);
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Enter');
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  const link = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: to.name, exact: true });
  for (let press = 0; press < VIEWS.length + 1 && !(await link.evaluate((element) => element === document.activeElement)); press += 1) {
    await page.keyboard.press('Tab');
  }
  await expect
    .poll(() => link.evaluate((element) => element === document.activeElement), { message: `${to.name} link reached by Tab` })
    .toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).pathname).toBe(to.path);
  const after = page.getByRole('button', { name: `View: ${to.name}` });
  expect(await after.getAttribute('aria-expanded')).toBe('false');
}

for (const width of [420, 360]) {
  for (const look of LOOKS) {
    test(`at ${String(width)}×700 every view fits, and the View button switches views by keyboard (${look.name})`, async () => {
      const first = VIEWS[0];
      if (!first) throw new Error('no views');
      const page = await openApp(
        browser(),
        first.path,
        { demo: 'admin', demoSize: 300, demoSeed: 1, demoChurn: 0, ...look.params },
        { ...look.options, viewport: { width, height: 700 } },
      );
      // The wide layout's tabs are not drawn: one button stands for them.
      await page.getByRole('button', { name: `View: ${first.name}` }).waitFor();
      expect(await page.locator('.shell__tab').first().isVisible()).toBe(false);

      let previous = first;
      for (const view of VIEWS) {
        const where = `${view.path} at ${String(width)} px`;
        if (view !== first) await switchViewByKeyboard(page, previous, view);
        await view.ready(page);
        await expectFits(page, where);
        await look.check(page, where);
        await expectFits(page, `${where}, after the checks`);
        if (view === first && width === 420) {
          // The widget as an agent sees it: the window, not the whole scrolled list.
          await mkdir(SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: path.join(SCREENSHOTS, `narrow-directory-420${look.suffix}.png`) });
        }
        previous = view;
      }
    });
  }
}

test('at 1280 px the views are tabs, not a View button', async () => {
  const page = await openApp(
    browser(),
    '/directory',
    { demo: 'admin', demoSize: 100, demoSeed: 1, demoChurn: 0 },
    { viewport: { width: 1280, height: 800 } },
  );
  const tabs = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
  await tabs.first().waitFor();
  expect(await tabs.allTextContents()).toEqual(['Directory', 'Transfer', 'Supervisor', 'Admin', 'Check']);
  expect(await page.getByRole('button', { name: /^View:/ }).isVisible()).toBe(false);
});
