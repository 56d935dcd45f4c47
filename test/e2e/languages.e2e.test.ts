// The built app in each shipped language: the launch's gcLangTag wins, the browser's
// language is the fallback, and every language passes the same accessibility checks.
import { expect, test } from 'vitest';
import { loadCatalog } from '@/i18n/catalogs';
import { LOCALES } from '@/i18n/locales';
import { createTranslator } from '@/i18n/translator';
import { expectNoSeriousAxeViolations, launchBrowserForFile, openApp, saveScreenshot } from './harness';

const browser = launchBrowserForFile();

async function expectDirectoryIn(locale: (typeof LOCALES)[number], page: Awaited<ReturnType<typeof openApp>>) {
  const { t, number } = createTranslator(locale, await loadCatalog(locale));
  await page.getByRole('heading', { name: t('directory.heading') }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
  const list = page.getByRole('listbox', { name: t('people.list.label') });
  await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(5);
  await expect.poll(() => page.locator('[data-presence]').count()).toBeGreaterThan(0);
  // Badges speak the language too: every badge's name is one of this locale's presence labels.
  const spoken = await page.getByRole('img', { name: new RegExp(t('common.badge.spoken', { label: '' }).trim()) }).count();
  expect(spoken).toBeGreaterThan(0);
  // The count of about 1,500 users is written the way the locale groups four digits:
  // 1,487 / 1.487 / 1 487 (narrow no-break space) / 1487 (Spanish does not group four digits).
  const shape = new RegExp(`(^|[^\\d])${number(1234).replace(/\d/g, '\\d')}([^\\d]|$)`);
  await expect.poll(() => page.locator('body').innerText()).toMatch(shape);
  await expectNoSeriousAxeViolations(page, `directory in ${locale}`);
}

for (const locale of LOCALES.filter((candidate) => candidate !== 'en')) {
  test(`gcLangTag=${locale} shows the directory in that language`, async () => {
    const page = await openApp(browser(), '/directory', { demo: 'agent', demoSize: 1500, demoSeed: 1, demoChurn: 0, gcLangTag: locale });
    await expectDirectoryIn(locale, page);
    await saveScreenshot(page, `directory-${locale}`);
  });
}

test('without gcLangTag the browser language decides (de-AT → German)', async () => {
  const page = await openApp(browser(), '/directory', { demo: 'agent', demoSize: 1500, demoSeed: 1, demoChurn: 0 }, { locale: 'de-AT' });
  await expectDirectoryIn('de', page);
});
