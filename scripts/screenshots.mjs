// The README's screenshots: the production build in headless Chromium, in demo mode, one picture
// per persona, saved in docs/images/. Plain Node ESM on the shared browser harness
// (test/support/chromium.mjs). Run it alone (others build dist/ too):
//
//   flock /tmp/e2e.lock node scripts/screenshots.mjs
//   flock /tmp/e2e.lock node scripts/screenshots.mjs --no-build --query='uc=teams&demoUc=teams' --suffix=-teams
//
// --no-build          reuse dist/ as it is
// --query=<params>    appended to every URL (after the demo parameters)
// --suffix=<text>     appended to every file name (agent-transfer<suffix>.png)
// --port=<n>          the preview server's port (4391)
// --only=<name,…>     agent-transfer, supervisor-board, admin-check
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, cleanupOnSignals, launchBrowser, newPage, REPO, sleep, startPreview } from '../test/support/chromium.mjs';

/** @typedef {import('playwright-core').Page} Page */

const OUT = path.join(REPO, 'docs/images');
const DEMO = 'demoSeed=1&demoChurn=0';
const TIMEOUT = 60_000;

/**
 * Each picture: its file name, the view with its persona, the window, and what to do before the picture.
 * @type {{ name: string, view: string, viewport: { width: number, height: number }, prepare: (page: Page) => Promise<void> }[]}
 */
const SHOTS = [
  {
    name: 'agent-transfer',
    view: `/transfer?demo=agent&${DEMO}`,
    viewport: { width: 420, height: 700 },
    prepare: async (page) => {
      const list = page.getByRole('listbox', { name: /transfer to/i });
      // Every row drawn has its badge, then the first Available person who can take a transfer is chosen.
      await page.waitForFunction(
        () => {
          const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
          return options.length > 0 && options.every((option) => option.querySelector('[data-presence]'));
        },
        undefined,
        { timeout: TIMEOUT },
      );
      const choice = list
        .getByRole('option')
        .filter({ has: page.locator('[data-presence="available"]') })
        .filter({ hasNot: page.locator('.directory-row__tag') })
        .first();
      await choice.click();
      await page.getByRole('button', { name: /^Transfer to / }).waitFor({ timeout: TIMEOUT });
    },
  },
  {
    name: 'supervisor-board',
    view: `/supervisor?demo=supervisor&${DEMO}`,
    viewport: { width: 900, height: 700 },
    prepare: async (page) => {
      await page.getByRole('list', { name: 'Totals by presence' }).getByRole('button').first().waitFor({ timeout: TIMEOUT });
      await page.getByRole('combobox', { name: 'Scope' }).selectOption({ label: 'A department' });
      await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Sales' });
      await page.locator('.board-answer[data-complete="true"]').waitFor({ timeout: TIMEOUT });
    },
  },
  {
    name: 'admin-check',
    view: `/admin?demo=admin&${DEMO}`,
    viewport: { width: 900, height: 700 },
    prepare: async (page) => {
      // The no-uc-view persona's agent: what is missing, in Genesys Cloud's labels, and the roles that grant it.
      const person = 'Aiko Tanaka';
      const search = page.getByRole('combobox', { name: 'Check a person' });
      await search.waitFor({ timeout: TIMEOUT });
      await search.focus();
      await page.keyboard.type(person);
      await page
        .getByRole('listbox', { name: 'People found' })
        .getByRole('option', { name: new RegExp(person) })
        .waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('article', { name: `Answer for ${person}` }).waitFor({ timeout: TIMEOUT });
      await page.getByRole('option').first().waitFor({ state: 'detached', timeout: TIMEOUT });
    },
  },
];

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    query: { type: 'string', default: '' },
    suffix: { type: 'string', default: '' },
    port: { type: 'string', default: '4391' },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('node scripts/screenshots.mjs [--no-build] [--query=<params>] [--suffix=<text>] [--port=<n>] [--only=<name,…>]');
  process.exit(0);
}

const only = values.only ? new Set(values.only.split(',')) : undefined;
const shots = SHOTS.filter((shot) => !only || only.has(shot.name));
const query = values.query.replace(/^[?&]/, '');

const { cleanups, cleanup } = cleanupOnSignals('the preview server and Chromium');
let failed = false;
try {
  if (!values['no-build']) buildApp();
  const preview = await startPreview({ port: Number(values.port), label: 'screenshots' });
  cleanups.push(preview.close);
  const { browser, close } = await launchBrowser();
  cleanups.push(close);
  await mkdir(OUT, { recursive: true });
  for (const shot of shots) {
    const url = `${preview.url}${shot.view}${query ? `&${query}` : ''}`;
    const file = path.join(OUT, `${shot.name}${values.suffix}.png`);
    const { page, close: closePage } = await newPage(browser, { locale: 'en-US', viewport: shot.viewport });
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    try {
      await page.goto(url);
      await shot.prepare(page);
      // Fonts in, and no transition caught halfway.
      await page.evaluate(() => document.fonts.ready);
      await sleep(500);
      await page.screenshot({ path: file });
      const { size } = await stat(file);
      console.log(`${path.relative(REPO, file)}: ${String(Math.round(size / 1024))} KB (${url})`);
    } catch (error) {
      failed = true;
      console.error(`${shot.name} failed (${url}): ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      for (const problem of problems) console.error(`  ${shot.name}: ${problem}`);
      await closePage();
    }
  }
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
