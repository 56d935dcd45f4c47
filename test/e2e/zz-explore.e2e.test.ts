// Scratch: prints page texts for Teams (deleted before the report).
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { launchBrowserForFile, openApp } from './harness';

const browser = launchBrowserForFile();
const out: string[] = [];
const dump = (label: string, text: string) => out.push(`===== ${label}\n${text}`);

test('explore', { timeout: 120_000 }, async () => {
  const base = { demoSize: 200, demoSeed: 1, demoChurn: 0, demoUc: 'teams' };
  let page = await openApp(browser(), '/directory', { ...base, demo: 'no-badges' });
  await page.waitForTimeout(2500);
  dump('directory no-badges', await page.locator('body').innerText());
  dump('directory no-badges aria', await page.locator('body').ariaSnapshot());
  page = await openApp(browser(), '/transfer', { ...base, demo: 'agent' });
  await page.waitForTimeout(2500);
  dump('transfer', await page.locator('body').ariaSnapshot());
  const s = page.getByRole('combobox').first();
  await s.focus();
  await page.keyboard.type('Billing');
  await page.waitForTimeout(2000);
  dump('transfer billing', await page.locator('main').innerText());
  page = await openApp(browser(), '/supervisor', { ...base, demo: 'supervisor' });
  await page.waitForTimeout(2500);
  dump('supervisor', await page.locator('body').ariaSnapshot());
  page = await openApp(browser(), '/admin', { ...base, demo: 'admin' }, { viewport: { width: 1280, height: 2400 } });
  await page.waitForTimeout(3500);
  dump('admin', await page.locator('main').innerText());
  page = await openApp(browser(), '/check', { ...base, demoSize: 300, demo: 'admin', demoVariants: 'presenceField:integrationPresence,topics:noIntegrationPresence,presenceSource:unlisted' });
  await page.getByRole('button', { name: 'Run the check' }).click();
  await page.getByRole('table', { name: 'What the check found' }).waitFor({ timeout: 15_000 });
  dump('check', await page.locator('main').innerText());
  page = await openApp(browser(), '/check', { demoSize: 300, demoSeed: 1, demoChurn: 0, demo: 'admin', demoVariants: 'presenceField:integrationPresence,topics:noIntegrationPresence,presenceSource:unlisted' });
  await page.getByRole('button', { name: 'Run the check' }).click();
  await page.getByRole('table', { name: 'What the check found' }).waitFor({ timeout: 15_000 });
  dump('check 8x8', await page.locator('main').innerText());
  writeFileSync('/tmp/e2e-scratch/out.txt', out.join('\n'));
});
