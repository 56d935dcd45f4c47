// The browser harness shared by the benchmark (test/bench/run.mjs), the
// end-to-end tests (test/e2e) and scripts that drive the production build in
// Chromium: build the app, serve it with `vite preview` (which sends the
// production headers of deploy/csp.ts) and open headless Chromium with a fresh
// profile. Plain Node ESM with JSDoc types (checked by test/bench/tsconfig.json)
// so that a script runs on Node 20 without a TypeScript loader.
//
//   buildApp()                                  vite build to dist/ (or another config's outDir)
//   startPreview({ port })   -> { url, close }  vite preview as a child process
//   launchBrowser()          -> { browser, close }
//   newPage(browser, { colorScheme, reducedMotion, locale }) -> { page, context, close }
//   launchPersistentPage()   -> { page, context, close }      one profile, one page (the bench)
//   cleanupOnSignals(what)   -> { cleanups, cleanup, interrupted }  stop it all at the end or on a signal
//
// Never `npx playwright install`: this uses the system's Chromium (Debian's
// `chromium` package, /usr/bin/chromium), or CHROMIUM_PATH.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/**
 * What a page emulates; everything else is Chromium's default.
 * @typedef {{
 *   colorScheme?: 'light' | 'dark',
 *   reducedMotion?: 'reduce' | 'no-preference',
 *   locale?: string,
 *   viewport?: { width: number, height: number },
 * }} PageOptions
 */

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VITE_BIN = path.join(REPO, 'node_modules/vite/bin/vite.js');

/** The Chromium binary: CHROMIUM_PATH (BENCH_CHROMIUM, its older name), else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, no sandbox (containers), and nothing that phones home or updates itself during a run. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/** @param {number} ms */
export const sleep = (ms) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * Steps that stop what a script started (preview servers, the browser, a profile), run in
 * reverse order at the end or on Ctrl-C / SIGTERM; `interrupted()` is true once a signal came.
 * @param {string} what what the signal message says is being stopped
 */
export function cleanupOnSignals(what) {
  /** @type {(() => Promise<void> | void)[]} */
  const cleanups = [];
  let cleaningUp = false;
  async function cleanup() {
    if (cleaningUp) return;
    cleaningUp = true;
    // A snapshot: a run that ends meanwhile removes its own step from `cleanups`.
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch {
        // Best effort: the other steps still run.
      }
    }
  }
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping ${what}…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  return { cleanups, cleanup, interrupted: () => cleaningUp };
}

/**
 * The first port from `start` (up to start + 99) that nothing listens on at 127.0.0.1.
 * @param {number} start
 */
export async function freePort(start) {
  for (let port = start; port < start + 100; port++) {
    const free = await /** @type {Promise<boolean>} */ (
      new Promise((resolve) => {
        const server = createServer();
        server.once('error', () => {
          resolve(false);
        });
        server.listen(port, '127.0.0.1', () => {
          server.close(() => {
            resolve(true);
          });
        });
      })
    );
    if (free) return port;
  }
  throw new Error(`No free port from ${start} to ${start + 99}`);
}

/**
 * The environment of a production build from any caller. Under Vitest (the e2e project's global setup) the
 * process has NODE_ENV=test, which made `vite build` bundle React's development build (128 kB gzip instead of 68),
 * and VITEST, which makes vite.config.ts keep the SDK operations the emulator's contract tests call: the
 * browser tests then ran something other than what ships.
 * @param {NodeJS.ProcessEnv} env
 */
export function productionBuildEnv(env) {
  /** @type {NodeJS.ProcessEnv} */
  const production = { ...env, NODE_ENV: 'production' };
  delete production.VITEST;
  delete production.VITEST_MODE;
  return production;
}

/**
 * `vite build` (synchronous): the app to dist/, or with `args` (e.g. `['--config', file]`) another build.
 * Prints "building <label>… done in N s" unless `quiet`; throws with vite's output when it fails.
 * @param {{ label?: string, args?: readonly string[], quiet?: boolean }} [options]
 */
export function buildApp({ label = 'the app (dist/)', args = [], quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) process.stdout.write(`building ${label}… `);
  const result = spawnSync(process.execPath, [VITE_BIN, 'build', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: productionBuildEnv(process.env),
  });
  if (result.status !== 0) {
    if (!quiet) console.log('failed');
    throw new Error(`vite build (${label}) failed:\n${result.stdout}\n${result.stderr}`);
  }
  if (!quiet) console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Starts `vite preview` (the built files with the production headers) as a child process on `port`
 * and resolves once it answers. `close()` stops it and is safe to call more than once.
 * @param {{ port: number, args?: readonly string[], label?: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startPreview({ port, args = [], label = 'app', timeoutMs = 30_000 }) {
  const child = spawn(process.execPath, [VITE_BIN, 'preview', '--port', String(port), '--strictPort', ...args], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (/** @type {Buffer} */ chunk) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
  });
  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () =>
    (closing ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    })());
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview (${label}) exited: ${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, port, close };
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await close();
  throw new Error(`vite preview (${label}) did not answer on ${url}: ${output}`);
}

/** "Chromium 156.0.8078.108 …", or "unknown". */
export function chromiumVersion() {
  const result = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  return result.stdout.trim() || 'unknown';
}

/** Signals stay with the caller: its own handlers close the browser and stop the servers. */
const LAUNCH = /** @type {const} */ ({ headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });

/**
 * Headless Chromium for several pages. Playwright starts it with a fresh --user-data-dir in the
 * temp directory and removes it on close; each `newPage` is an isolated context on top (own
 * storage, cookies and service workers), so pages do not see each other's state.
 * @returns {Promise<{ browser: Browser, close: () => Promise<void> }>}
 */
export async function launchBrowser() {
  const browser = await chromium.launch({ ...LAUNCH, executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    browser,
    close: () => (closing ??= browser.close().catch(() => undefined)),
  };
}

/**
 * A page in a new isolated context of `browser`, with the given emulation (light, no reduced
 * motion preference and Chromium's locale unless told otherwise; 1280×900).
 * @param {Browser} browser @param {PageOptions} [options]
 * @returns {Promise<{ page: Page, context: BrowserContext, close: () => Promise<void> }>}
 */
export async function newPage(
  browser,
  { colorScheme = 'light', reducedMotion = 'no-preference', locale, viewport = DEFAULT_VIEWPORT } = {},
) {
  const context = await browser.newContext({ colorScheme, reducedMotion, viewport, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  return { page, context, close: () => context.close().catch(() => undefined) };
}

/**
 * One browser with its own fresh profile directory (--user-data-dir from mkdtemp) and its first page:
 * a cold start each time, as a person opening the app for the first time. `close()` closes the
 * browser and deletes the profile; it is safe to call more than once.
 * @param {PageOptions} [options]
 * @returns {Promise<{ page: Page, context: BrowserContext, close: () => Promise<void> }>}
 */
export async function launchPersistentPage({ colorScheme, reducedMotion, locale, viewport = DEFAULT_VIEWPORT } = {}) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'gc8x8-chromium-'));
  /** @type {BrowserContext} */
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      ...LAUNCH,
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
      viewport,
      ...(colorScheme ? { colorScheme } : {}),
      ...(reducedMotion ? { reducedMotion } : {}),
      ...(locale ? { locale } : {}),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () =>
    (closing ??= (async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    })());
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return { page, context, close };
  } catch (error) {
    await close();
    throw error;
  }
}
