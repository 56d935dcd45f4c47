// Each view loads only its own code: the directory shows its first badges without fetching the transfer
// view or the SDK's ConversationsApi (its chunk loads with the call views), and /transfer does fetch it; the
// directory never fetches the API classes of the board, the admin view and the org check either. The list
// views draw their first badges before the live channel's code (the socket, the live-presence hub,
// NotificationsApi) loads; the transfer view draws its list before its actions' code (transfer-controls.tsx);
// the admin view draws its tables before the person check's and the audit's code, and without the phone number
// library, which its audit loads; the board draws its totals before its people list's code.
// Chunk files come from the build's manifest, not from guessed names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, onTestFinished, test } from 'vitest';
import { z } from 'zod';
import { scriptsStartedBy } from '../bench/js-weight.mjs';
import { newPage, REPO } from '../support/chromium.mjs';
import { launchBrowserForFile } from './harness';
import { TRANSFER_DEMO } from './transfer-steps';

const browser = launchBrowserForFile();

const manifestSchema = z.record(z.string(), z.object({ file: z.string() }));

/** The built chunk (e.g. "assets/ConversationsApi-x.js") of the module whose path ends with `source`. */
function chunkOf(source: string): string {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(REPO, 'dist/.vite/manifest.json'), 'utf8')));
  const entries = Object.entries(manifest).filter(([key]) => key.endsWith(source));
  expect(entries, `one manifest entry for ${source}`).toHaveLength(1);
  return entries[0]?.[1].file ?? '';
}

/** The built chunk named `name` (e.g. "assets/notifications-socket-x.js"): a chunk shared by several importers has no module key. */
function chunkNamed(name: string): string {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(REPO, 'dist/.vite/manifest.json'), 'utf8')));
  const files = [...new Set(Object.values(manifest).map(({ file }) => file))].filter((file) =>
    new RegExp(`^assets/${name}-[\\w-]+\\.js$`).test(file),
  );
  expect(files, `one chunk named ${name}`).toHaveLength(1);
  return files[0] ?? '';
}

/** Opens `view` in demo mode, recording every script the page requests from the very first one. */
async function openRecording(
  view: string,
  demo: Record<string, string | number> = TRANSFER_DEMO,
): Promise<{ page: Page; scripts: string[] }> {
  const { page, close } = await newPage(browser(), { locale: 'en-US' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  onTestFinished(async () => {
    await close();
    expect(problems, 'page errors').toEqual([]);
  });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^\//, ''));
  });
  const url = new URL(view, inject('e2eBaseUrl'));
  for (const [name, value] of Object.entries(demo)) url.searchParams.set(name, String(value));
  await page.goto(url.href);
  return { page, scripts };
}

test('the browser tests run the production build: React’s production bundle, not its development one', () => {
  const map = z
    .object({ sources: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(path.join(REPO, 'dist', `${chunkNamed('react')}.map`), 'utf8')));
  const reactDom = map.sources.filter((source) => source.includes('react-dom-client'));
  expect(reactDom).toEqual([expect.stringMatching(/react-dom-client\.production\.js$/)]);
});

test('the directory shows its first badges without fetching the transfer code; /transfer fetches it', async () => {
  const conversations = chunkOf('api/ConversationsApi.js');
  const transferPage = chunkOf('src/features/transfer/transfer-page.tsx');

  const directory = await openRecording('/directory');
  await directory.page.getByRole('listbox', { name: '8×8 users' }).locator('[data-presence]').first().waitFor();
  expect(directory.scripts).toContain(chunkOf('src/features/directory/directory-page.tsx'));
  expect(directory.scripts).not.toContain(conversations);
  expect(directory.scripts).not.toContain(transferPage);
  for (const api of ['GroupsApi', 'AuthorizationApi', 'TokensApi']) expect(directory.scripts).not.toContain(chunkOf(`api/${api}.js`));

  const transfer = await openRecording('/transfer');
  await expect.poll(() => transfer.scripts, { timeout: 15_000 }).toContain(conversations);
  expect(transfer.scripts).toContain(transferPage);
});

test.each([
  ['/directory', '8×8 users'],
  ['/transfer', 'People to transfer to'],
])('%s draws its first badges before the live channel’s code loads, which follows', async (view, list) => {
  const socket = chunkNamed('notifications-socket');
  const hub = chunkOf('src/foundations/presence/push-hub.ts');
  const notifications = chunkOf('api/NotificationsApi.js');
  const { page, scripts } = await openRecording(view);
  const badge = page.getByRole('listbox', { name: list }).locator('[data-presence]').first();
  await badge.waitFor();
  // The app marks its first badge's layout ('first-badge', directory-presence.tsx), before what waits for it starts.
  const firstBadgeAt = await page.evaluate(() => performance.getEntriesByName('first-badge', 'mark')[0]?.startTime);
  if (firstBadgeAt === undefined) throw new Error('no first-badge mark');
  const started = await scriptsStartedBy(page, firstBadgeAt);
  expect([...started].filter((file) => file === socket || file === hub || file === notifications)).toEqual([]);
  await expect.poll(() => scripts, { timeout: 15_000 }).toEqual(expect.arrayContaining([socket, hub, notifications]));
});

/** Opens `view` and returns the scripts that started before the first element matching `css` was in the DOM (the bench's first content). */
async function scriptsBeforeFirst(
  view: string,
  demo: Record<string, string | number>,
  css: string,
): Promise<{ page: Page; before: Set<string> }> {
  const { page, close } = await newPage(browser(), { locale: 'en-US' });
  onTestFinished(close);
  await page.addInitScript((selector) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      Object.assign(window, { __firstAt: performance.now() });
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, css);
  const url = new URL(view, inject('e2eBaseUrl'));
  for (const [name, value] of Object.entries(demo)) url.searchParams.set(name, String(value));
  await page.goto(url.href);
  const at = Number(await (await page.waitForFunction(() => (window as { __firstAt?: number }).__firstAt)).jsonValue());
  return { page, before: await scriptsStartedBy(page, at) };
}

test('the admin view draws its tables before the person check’s and the audit’s code loads, which follows', async () => {
  const tools = chunkOf('src/features/admin/admin-tools.ts');
  const { page, before } = await scriptsBeforeFirst('/admin', { ...TRANSFER_DEMO, demo: 'admin' }, 'table');
  expect(before).not.toContain(tools);
  // Then it comes: the person search (until then a disabled box, not the combobox) and the audit's button.
  const search = page.getByRole('combobox', { name: 'Check a person' });
  await search.waitFor();
  expect(await search.isEnabled()).toBe(true);
  await page.getByRole('button', { name: 'Run audit' }).waitFor();
  expect(await scriptsStartedBy(page, Number.MAX_SAFE_INTEGER)).toContain(tools);
});

test('the board draws its totals before the people list’s code loads, which follows', async () => {
  const people = chunkOf('src/features/supervisor/board-people.tsx');
  const { page, before } = await scriptsBeforeFirst('/supervisor', { ...TRANSFER_DEMO, demo: 'supervisor' }, '.board-totals button');
  expect(before).not.toContain(people);
  await page.getByRole('listbox').locator('[data-presence]').first().waitFor();
  expect(await scriptsStartedBy(page, Number.MAX_SAFE_INTEGER)).toContain(people);
});

test('the transfer view draws its list before the actions’ code loads, which follows; then picking someone shows their Transfer', async () => {
  const controls = chunkOf('src/features/transfer/transfer-controls.tsx');
  const list = '[role="listbox"][aria-label="People to transfer to"] [data-presence]';
  const { page, before } = await scriptsBeforeFirst('/transfer', TRANSFER_DEMO, list);
  expect(before).not.toContain(controls);
  await expect.poll(async () => scriptsStartedBy(page, Number.MAX_SAFE_INTEGER), { timeout: 15_000 }).toContain(controls);
  // The actions are here: Enter on a person opens their panel with the call's Transfer.
  await page.getByRole('combobox', { name: /people to transfer to$/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page
    .getByRole('region', { name: /^Transfer to / })
    .getByRole('button', { name: /^Transfer to / })
    .waitFor();
});

test('the admin view draws its tables without the phone number library; an audit loads it and shows its findings', async () => {
  const phoneLibrary = chunkOf('src/ui/phone-format-library.ts');
  const admin = await openRecording('/admin', { ...TRANSFER_DEMO, demo: 'admin' });
  await admin.page.locator('table').first().waitFor();
  // Longer than what waits for a view's first content may wait (FIRST_CONTENT_FALLBACK_MS, 2 s): nothing asked for it.
  await admin.page.waitForTimeout(3000);
  expect(admin.scripts).not.toContain(phoneLibrary);

  await admin.page.getByRole('button', { name: 'Run audit' }).click();
  await admin.page.getByRole('heading', { name: /(findings?|No findings) over .* users$/ }).waitFor({ timeout: 30_000 });
  expect(admin.scripts).toContain(phoneLibrary);
});
