// `npm run bench`: the app's speed figures next to a naive baseline, in the
// production build, in Chromium, for demo orgs of several sizes (docs/benchmarks.md,
// "Benchmarks"). Plain Node ESM so that it runs on Node 20 without a
// TypeScript loader; JSDoc types, checked by `npm run typecheck` and the typed lint
// (test/bench/tsconfig.json). Build, preview and Chromium come from test/support/chromium.mjs.
import { framesRows, measureFrames } from './frames.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  buildApp,
  chromiumVersion,
  cleanupOnSignals,
  freePort,
  launchPersistentPage,
  REPO,
  sleep,
  startPreview,
} from '../support/chromium.mjs';
import { collectJs, jsWeight, readManifest, scriptsStartedBy } from './js-weight.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROBE = path.join(HERE, 'probe.js');
const NAIVE_CONFIG = path.join(HERE, 'naive/vite.config.ts');
const NAIVE_DIST = path.join(REPO, 'test-results/bench/naive-dist');
const OUT_DIR = path.join(REPO, 'test-results/bench');
/** 24 keystrokes: short prefixes, as people type them, most of which change the results. */
const QUERIES = ['smit', 'walk', 'ande', 'sara', 'thom', 'garc'];
const PRESENCES = ['AVAILABLE', 'BUSY', 'AWAY', 'MEETING', 'OFFLINE'];
const LARGE = 50_000;

/** @typedef {'app' | 'naive'} Variant */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./probe-types').ProbeStatus} ProbeStatus */
/**
 * One run of one variant at one size. A figure the page could not give is null, with the reason in `why`.
 * @typedef {{
 *   firstBadgeRequests: number | null,
 *   firstBadgeMs: number | null,
 *   firstBadgeMarkMs: number | null,
 *   jsBeforeFirstBadgeKB: number | null,
 *   keystrokeP50: number | null,
 *   keystrokeP95: number | null,
 *   keystrokeSettledP50: number | null,
 *   keystrokeSettledP95: number | null,
 *   keystrokeSamples: number,
 *   socketP50: number | null,
 *   socketP95: number | null,
 *   socketSamples: number,
 *   socketTimeouts: number,
 *   steadyRequestsPerMin: number | null,
 *   steadyRateLimitedPerMin: number | null,
 *   longestTaskMs: number | null,
 *   scrollFps: number | null,
 *   scroll: import('./probe-types').ScrollResult | null,
 *   idleRequestsPerMin: number | null,
 *   idle: { seconds: number, requests: number, byRoute: { route: string, count: number }[] } | null,
 *   requests: import('./probe-types').RequestSummary | null,
 *   pageErrors: string[],
 *   why: Record<string, string>,
 *   phaseSeconds: Record<string, number>,
 *   wallSeconds: number,
 * }} RunResult
 */

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '1' },
    'naive-runs': { type: 'string', default: '1' },
    'steady-seconds': { type: 'string', default: '20' },
    'idle-seconds': { type: 'string', default: '20' },
    'naive-cap-seconds': { type: 'string', default: '120' },
    'app-cap-seconds': { type: 'string', default: '60' },
    churn: { type: 'string', default: '600' },
    'socket-samples': { type: 'string', default: '20' },
    port: { type: 'string', default: '4180' },
    'no-build': { type: 'boolean', default: false },
    'no-naive': { type: 'boolean', default: false },
    only: { type: 'string', default: 'directory,board,audit,frames' },
    'view-sizes': { type: 'string', default: '10000,50000' },
    'board-seconds': { type: 'string', default: '60' },
    'board-load-cap-seconds': { type: 'string', default: '360' },
    'audit-cap-seconds': { type: 'string', default: '600' },
    'frames-size': { type: 'string', default: '10000' },
    'frames-seconds': { type: 'string', default: '60' },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(`npm run bench -- [--sizes=1000,10000,50000] [--runs=3] [--large-runs=1] [--naive-runs=1]
  [--steady-seconds=20] [--idle-seconds=20] [--naive-cap-seconds=120] [--app-cap-seconds=60] [--churn=600]
  [--socket-samples=20] [--port=4180] [--no-build] [--no-naive]
  [--only=directory,board,audit,frames] [--view-sizes=10000,50000] [--board-seconds=60]
  [--board-load-cap-seconds=360] [--audit-cap-seconds=600] [--frames-size=10000] [--frames-seconds=60]`);
  process.exit(0);
}

/** @param {string | undefined} value @param {string} name */
function positiveInt(value, name) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, got ${String(value)}`);
  return number;
}

const sizes = options.sizes.split(',').map((size) => positiveInt(size.trim(), 'sizes'));
const runs = positiveInt(options.runs, 'runs');
const largeRuns = Math.min(runs, positiveInt(options['large-runs'], 'large-runs'));
const naiveRuns = positiveInt(options['naive-runs'], 'naive-runs');
const steadySeconds = positiveInt(options['steady-seconds'], 'steady-seconds');
const idleSeconds = positiveInt(options['idle-seconds'], 'idle-seconds');
const naiveCapSeconds = positiveInt(options['naive-cap-seconds'], 'naive-cap-seconds');
const appCapSeconds = positiveInt(options['app-cap-seconds'], 'app-cap-seconds');
const churn = positiveInt(options.churn, 'churn');
const socketSamples = positiveInt(options['socket-samples'], 'socket-samples');
const withNaive = !options['no-naive'];
const PARTS = ['directory', 'board', 'audit', 'frames'];
const only = options.only
  .split(',')
  .map((part) => part.trim())
  .filter((part) => part !== '');
for (const part of only) {
  if (!PARTS.includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}; got ${part}`);
}
const viewSizes = options['view-sizes'].split(',').map((size) => positiveInt(size.trim(), 'view-sizes'));
const boardSeconds = positiveInt(options['board-seconds'], 'board-seconds');
const boardLoadCapSeconds = positiveInt(options['board-load-cap-seconds'], 'board-load-cap-seconds');
const auditCapSeconds = positiveInt(options['audit-cap-seconds'], 'audit-cap-seconds');
const withDirectory = only.includes('directory');
const withBoard = only.includes('board');
const withAudit = only.includes('audit');
const withFrames = only.includes('frames');
const framesSize = positiveInt(options['frames-size'], 'frames-size');
const framesSeconds = positiveInt(options['frames-seconds'], 'frames-seconds');

/** Runs for one variant at one size: fewer at 50,000, where one naive load alone takes minutes. */
/** @param {number} size @param {Variant} variant */
function runsFor(size, variant) {
  const base = size >= LARGE ? largeRuns : runs;
  return variant === 'naive' ? Math.min(base, naiveRuns) : base;
}

// ---------------------------------------------------------------- cleanup

const { cleanups, cleanup, interrupted } = cleanupOnSignals('the preview servers and the browser');

// ---------------------------------------------------------------- helpers

/** @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = (sorted.length - 1) * p;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  const lowValue = sorted[low] ?? 0;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (index - low);
}

/** @param {number[]} values */
const sortedOf = (values) => [...values].sort((a, b) => a - b);

/** @param {(number | null)[]} values */
function median(values) {
  const present = values.filter((value) => value !== null);
  return percentile(sortedOf(present), 0.5);
}

/** @param {string} label @param {string[]} args */
function viteBuild(label, args) {
  try {
    buildApp({ label, args });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    throw new Error(`vite build (${label}) failed; fix the build or run with --no-build against the existing dist/`, { cause: error });
  }
}

/** Starts `vite preview` as a child process, stopped by the cleanup (also on Ctrl-C). */
/** @param {string} label @param {string[]} args @param {number} port */
async function preview(label, args, port) {
  const server = await startPreview({ port, args, label });
  cleanups.push(server.close);
  return server.url;
}

// ---------------------------------------------------------------- one run

/** @param {Page} page */
async function status(page) {
  try {
    return (await page.evaluate(() => window.__bench?.status())) ?? null;
  } catch {
    // A navigation in progress: ask again.
    return null;
  }
}

/** Polls only the cheap first-badge record (a DOM walk every 200 ms would slow a 50,000-row page). */
/** @param {Page} page @param {number} capSeconds @returns {Promise<ProbeStatus | null>} */
async function waitForFirstBadge(page, capSeconds) {
  const deadline = Date.now() + capSeconds * 1000;
  while (Date.now() < deadline) {
    const first = await page.evaluate(() => window.__bench?.firstBadge()).catch(() => undefined);
    if (first?.firstBadgePaintedAt != null) break;
    await sleep(200);
  }
  return status(page);
}

/** @param {Page} page @param {RunResult} result */
async function measureKeystrokes(page, result) {
  const combobox = page.getByRole('combobox', { name: 'Search 8×8 users' });
  if ((await combobox.count()) === 0) {
    result.why.keystroke = 'no combobox "Search 8×8 users" yet';
    return;
  }
  /** @type {number[]} */
  const firsts = [];
  /** @type {number[]} */
  const settled = [];
  let missed = 0;
  await combobox.first().focus();
  for (const query of QUERIES) {
    await combobox.first().fill('');
    await page.evaluate(() => window.__bench?.waitQuiet(500, 10_000));
    for (const char of query) {
      await page.evaluate(() => {
        window.__bench?.armKeystroke();
      });
      await page.keyboard.type(char);
      const sample = await page.evaluate(() => window.__bench?.keystrokeResult(600, 2_000, 10_000));
      if (sample) {
        firsts.push(sample.firstMs);
        settled.push(sample.settledMs);
      } else {
        missed += 1;
      }
    }
  }
  await combobox.first().fill('');
  await page.evaluate(() => window.__bench?.waitQuiet(500, 10_000));
  const sortedFirsts = sortedOf(firsts);
  const sortedSettled = sortedOf(settled);
  result.keystrokeP50 = percentile(sortedFirsts, 0.5);
  result.keystrokeP95 = percentile(sortedFirsts, 0.95);
  result.keystrokeSettledP50 = percentile(sortedSettled, 0.5);
  result.keystrokeSettledP95 = percentile(sortedSettled, 0.95);
  result.keystrokeSamples = firsts.length;
  if (firsts.length === 0) result.why.keystroke = `none of ${missed} keystrokes changed the results within 2 s`;
  else if (missed > 0)
    result.why.keystroke = `${missed} of ${missed + firsts.length} keystrokes left the results as they were (not counted)`;
}

/** @param {Page} page @param {RunResult} result */
async function measureSocketToBadge(page, result) {
  /** @type {number[]} */
  const samples = [];
  let timeouts = 0;
  let consecutiveTimeouts = 0;
  for (let i = 0; i < socketSamples && consecutiveTimeouts < 3; i++) {
    const rows = (await page.evaluate(() => window.__bench?.visibleRows())) ?? [];
    const row = rows[i % Math.max(1, rows.length)];
    if (!row) {
      result.why.socket = (await status(page))?.userIds ? 'no row with a badge on screen' : 'rows have no data-user-id yet';
      break;
    }
    const rotated = [...PRESENCES.slice(i % PRESENCES.length), ...PRESENCES.slice(0, i % PRESENCES.length)];
    const next = rotated.find((presence) => presence.toLowerCase() !== row.presence) ?? 'BUSY';
    const ms = await page.evaluate(
      ([userId, presence]) => window.__bench?.presenceToRepaint(userId, presence, 10_000) ?? null,
      /** @type {const} */ ([row.id, next]),
    );
    if (ms === null) {
      timeouts += 1;
      consecutiveTimeouts += 1;
    } else {
      samples.push(ms);
      consecutiveTimeouts = 0;
    }
    await sleep(50);
  }
  const sorted = sortedOf(samples);
  result.socketP50 = percentile(sorted, 0.5);
  result.socketP95 = percentile(sorted, 0.95);
  result.socketSamples = samples.length;
  result.socketTimeouts = timeouts;
  if (timeouts > 0) {
    if (!('socket' in result.why))
      result.why.socket = `${timeouts} of ${samples.length + timeouts} changes not repainted within 10 s${consecutiveTimeouts >= 3 ? ' (stopped after 3 in a row)' : ''}`;
  }
}

/**
 * The naive page polls in bursts (as many requests as the rate limit lets through, then a wait of
 * up to a minute) whatever the person does, so its requests are counted over the last minute
 * (its poll period), which ends with the same `--steady-seconds` of scrolling as the app's.
 * @param {Page} page @param {RunResult} result @param {Variant} variant
 */
async function measureScrolling(page, result, variant) {
  await page.evaluate((perMinute) => window.__bench?.setChurn(perMinute), churn);
  await sleep(1000);
  const requestSeconds = variant === 'naive' ? Math.max(60, steadySeconds) : steadySeconds;
  const scroll = await page.evaluate(
    ([seconds, countFor]) => window.__bench?.scrollFor(seconds, 1500, countFor),
    /** @type {const} */ ([steadySeconds, requestSeconds]),
  );
  if (!scroll) return;
  result.scroll = scroll;
  result.steadyRequestsPerMin = (scroll.requests / scroll.requestSeconds) * 60;
  result.steadyRateLimitedPerMin = (scroll.rateLimited / scroll.requestSeconds) * 60;
  result.longestTaskMs = scroll.longestTaskMs;
  result.scrollFps = scroll.frames / scroll.seconds;
  if (scroll.scrolledPx === 0) result.why.scroll = `nothing to scroll in ${scroll.container}`;
}

/**
 * Nobody touches the page while presence keeps changing (churn as while scrolling): the requests
 * it sends anyway, per minute and by route. The naive page's requests come in bursts a poll period
 * apart, so it is watched for at least 60 s.
 * @param {Page} page @param {RunResult} result @param {Variant} variant
 */
async function measureIdle(page, result, variant) {
  const seconds = variant === 'naive' ? Math.max(60, idleSeconds) : idleSeconds;
  const from = await page.evaluate(() => Date.now());
  await sleep(seconds * 1000);
  const idle = await page.evaluate(([start]) => {
    const to = Date.now();
    const entries = (window.gc8x8Demo?.requests() ?? []).filter(
      (entry) => entry.path.startsWith('/api/') && entry.timestamp >= start && entry.timestamp <= to,
    );
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const entry of entries) {
      const route = `${entry.method} ${entry.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}')}`;
      counts.set(route, (counts.get(route) ?? 0) + 1);
    }
    return {
      seconds: (to - start) / 1000,
      requests: entries.length,
      byRoute: [...counts].map(([route, count]) => ({ route, count })).sort((a, b) => b.count - a.count),
    };
  }, /** @type {const} */ ([from]));
  result.idle = idle;
  result.idleRequestsPerMin = (idle.requests / idle.seconds) * 60;
}

/** @param {Variant} variant @param {string} baseUrl @param {number} size */
async function measure(variant, baseUrl, size) {
  const started = Date.now();
  /** @type {RunResult} */
  const result = {
    firstBadgeRequests: null,
    firstBadgeMs: null,
    firstBadgeMarkMs: null,
    jsBeforeFirstBadgeKB: null,
    keystrokeP50: null,
    keystrokeP95: null,
    keystrokeSettledP50: null,
    keystrokeSettledP95: null,
    keystrokeSamples: 0,
    socketP50: null,
    socketP95: null,
    socketSamples: 0,
    socketTimeouts: 0,
    steadyRequestsPerMin: null,
    steadyRateLimitedPerMin: null,
    longestTaskMs: null,
    scrollFps: null,
    scroll: null,
    idleRequestsPerMin: null,
    idle: null,
    requests: null,
    pageErrors: [],
    why: {},
    phaseSeconds: {},
    wallSeconds: 0,
  };
  try {
    return await withPage(async (page, errors) => {
      result.pageErrors = errors;
      await page.addInitScript({ path: PROBE });
      const js = collectJs(page);
      const query = `demo=agent&demoSize=${size}&demoSeed=1&demoChurn=${churn}`;
      await page.goto(`${baseUrl}${variant === 'app' ? '/directory' : '/'}?${query}`, { waitUntil: 'commit' });
      const capSeconds = variant === 'app' ? appCapSeconds : naiveCapSeconds;
      const first = await waitForFirstBadge(page, capSeconds);
      if (first?.firstBadgePaintedAt == null) {
        const why = `did not reach first badge in ${capSeconds} s`;
        for (const figure of ['firstBadge', 'keystroke', 'socket', 'scroll', 'idle']) result.why[figure] = why;
        result.requests = (await page.evaluate(() => window.__bench?.requestSummary()).catch(() => undefined)) ?? null;
        if (first) result.why.page = first.text;
        return result;
      }
      result.firstBadgeRequests = first.firstBadgeRequests;
      result.firstBadgeMs = first.firstBadgePaintedAt;
      result.firstBadgeMarkMs = first.firstBadgeMark;
      // The naive build has no manifest and bundles its emulator into its one chunk: all its JS counts.
      const manifest = readManifest(variant === 'app' ? path.join(REPO, 'dist') : NAIVE_DIST);
      // Only what was asked for by the first badge's mark: the phone number library and the card's call code load
      // right after it (src/ui/first-content.ts), often before this line runs.
      const startedBy = first.firstBadgeMark === null ? null : await scriptsStartedBy(page, first.firstBadgeMark);
      result.jsBeforeFirstBadgeKB = jsWeight(await js.take(), { manifest, startedBy }).gzipBytes / 1000;

      // Churn off while keystrokes and socket messages are timed: a churned badge is not a result.
      await page.evaluate(() => window.__bench?.setChurn(0));
      const phase = async (/** @type {string} */ name, /** @type {() => Promise<void>} */ run) => {
        const phaseStarted = Date.now();
        await run();
        result.phaseSeconds[name] = (Date.now() - phaseStarted) / 1000;
      };
      result.phaseSeconds.load = (Date.now() - started) / 1000;
      await phase('keystroke', () => measureKeystrokes(page, result));
      await phase('socket', () => measureSocketToBadge(page, result));
      await phase('scroll', () => measureScrolling(page, result, variant));
      await phase('idle', () => measureIdle(page, result, variant));
      result.requests = (await page.evaluate(() => window.__bench?.requestSummary())) ?? null;
      const mark = (await status(page))?.firstBadgeMark;
      if (mark != null) result.firstBadgeMarkMs = mark;
      return result;
    });
  } finally {
    result.wallSeconds = (Date.now() - started) / 1000;
  }
}

// ---------------------------------------------------------------- JavaScript per view

/** Each view in demo mode, its persona, and what shows once its first content is there. */
/** Each view's first content: the first element matching `css` (with `text` in it, when given). */
const VIEW_FIRST_CONTENT = /** @type {const} */ ([
  { view: '/directory', persona: 'agent', css: '[role="listbox"][aria-label="8×8 users"] [data-presence]', text: '' },
  { view: '/transfer', persona: 'agent', css: '[role="listbox"][aria-label="People to transfer to"] [data-presence]', text: '' },
  { view: '/supervisor', persona: 'supervisor', css: '[aria-label="Totals by presence"] button', text: '' },
  { view: '/admin', persona: 'admin', css: 'table', text: '' },
  { view: '/check', persona: 'admin', css: 'button', text: 'Run the check' },
]);

/**
 * Records on the page's clock when the first content is in the DOM (a MutationObserver, before paint and before
 * any effect the content's render schedules): window.__firstContentAt.
 * @param {import('playwright-core').Page} page @param {{ css: string, text: string }} first
 */
async function markFirstContent(page, first) {
  await page.addInitScript(({ css, text }) => {
    const found = () => [...document.querySelectorAll(css)].some((element) => element.textContent.includes(text));
    const observer = new MutationObserver(() => {
      if (!found()) return;
      Object.assign(window, { __firstContentAt: performance.now() });
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, first);
}

/**
 * Gzip kB (1,000 bytes, as `vite build` prints them) of the app's JavaScript (demo chunks excluded) each view fetched, in a fresh profile, before its
 * first content (first badge, the board's totals, the admin tables, the check's start button).
 * @param {string} baseUrl @param {number} size
 */
async function measureViewWeights(baseUrl, size) {
  const manifest = readManifest(path.join(REPO, 'dist'));
  /** @type {{ view: string, kb: number | null, chunks: number, why: string | null }[]} */
  const rows = [];
  for (const { view, persona, css, text } of VIEW_FIRST_CONTENT) {
    rows.push(
      await withPage(async (page) => {
        const js = collectJs(page);
        await markFirstContent(page, { css, text });
        await page.goto(`${baseUrl}${view}?demo=${persona}&demoSize=${size}&demoSeed=1&demoChurn=0`);
        /** @type {number} */
        let at;
        try {
          const handle = await page.waitForFunction(() => /** @type {{ __firstContentAt?: number }} */ (window).__firstContentAt, null, {
            timeout: appCapSeconds * 1000,
          });
          at = Number(await handle.jsonValue());
        } catch {
          return { view, kb: null, chunks: 0, why: `no first content in ${appCapSeconds} s` };
        }
        const weight = jsWeight(await js.take(), { manifest, startedBy: await scriptsStartedBy(page, at) });
        return { view, kb: weight.gzipBytes / 1000, chunks: weight.files.length, why: null };
      }),
    );
  }
  return rows;
}

/** @param {number} size @param {Awaited<ReturnType<typeof measureViewWeights>>} rows */
function reportViewWeights(size, rows) {
  const body = rows.map(({ view, kb, chunks, why }) => [view, kb === null ? `n/a (${why ?? ''})` : `${kb.toFixed(1)} kB`, String(chunks)]);
  console.log(
    `
JS per view before first content · ${size.toLocaleString('en-US')} users, fresh profile, gzip (zlib default), demo chunks excluded
${table([['view', 'JS (gzip)', 'chunks'], ...body])}`,
  );
}

// ---------------------------------------------------------------- report

/**
 * @typedef {{ key: keyof RunResult, label: string, unit: string, higherIsBetter?: boolean, why: string }} Figure
 * @type {Figure[]}
 */
const FIGURES = [
  { key: 'firstBadgeRequests', label: 'requests to first badge', unit: '', why: 'firstBadge' },
  { key: 'firstBadgeMs', label: 'time to first badge', unit: 'ms', why: 'firstBadge' },
  { key: 'jsBeforeFirstBadgeKB', label: 'JS before first badge (gzip, demo chunks excluded)', unit: 'kB', why: 'firstBadge' },
  { key: 'keystrokeP50', label: 'keystroke → results p50', unit: 'ms', why: 'keystroke' },
  { key: 'keystrokeP95', label: 'keystroke → results p95', unit: 'ms', why: 'keystroke' },
  { key: 'keystrokeSettledP50', label: 'keystroke → settled p50', unit: 'ms', why: 'keystroke' },
  { key: 'keystrokeSettledP95', label: 'keystroke → settled p95', unit: 'ms', why: 'keystroke' },
  { key: 'socketP50', label: 'socket → badge p50', unit: 'ms', why: 'socket' },
  { key: 'socketP95', label: 'socket → badge p95', unit: 'ms', why: 'socket' },
  { key: 'steadyRequestsPerMin', label: 'requests/min scrolling', unit: '/min', why: 'scroll' },
  { key: 'idleRequestsPerMin', label: 'requests/min idle (churn on)', unit: '/min', why: 'idle' },
  { key: 'longestTaskMs', label: 'longest task scrolling', unit: 'ms', why: 'scroll' },
  { key: 'scrollFps', label: 'scroll frames/s (↑ better)', unit: 'fps', higherIsBetter: true, why: 'scroll' },
];

/** @param {RunResult[]} results @param {Figure} figure */
function medianOf(results, figure) {
  return median(
    results.map((result) => {
      const value = result[figure.key];
      return typeof value === 'number' ? value : null;
    }),
  );
}

/** @param {number | null} value @param {Figure} figure */
function format(value, figure) {
  if (value === null) return 'n/a';
  if (figure.key === 'longestTaskMs' && value === 0) return '< 50 ms';
  const digits = value >= 100 || figure.unit === '' ? 0 : 1;
  const text = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return figure.unit === '' ? text : `${text} ${figure.unit}`;
}

/** How many times better the app is than the naive page (> 1: the app wins). */
/** @param {number | null} app @param {number | null} naive @param {Figure} figure */
function ratio(app, naive, figure) {
  if (app === null || naive === null) return 'n/a';
  if (figure.key === 'longestTaskMs' && app === 0 && naive === 0) return '1× (neither ≥ 50 ms)';
  // No long task at all reads as 0; a long task is at least 50 ms.
  const appValue = figure.key === 'longestTaskMs' && app === 0 ? 50 : app;
  const naiveValue = figure.key === 'longestTaskMs' && naive === 0 ? 50 : naive;
  const [better, worse] = figure.higherIsBetter ? [appValue, naiveValue] : [naiveValue, appValue];
  if (worse === 0) return better === 0 ? '1×' : '∞ (app: none)';
  const times = better / worse;
  const text = `${times.toLocaleString('en-US', { maximumFractionDigits: times >= 10 ? 0 : 1 })}×`;
  return figure.key === 'longestTaskMs' && app === 0 ? `≥ ${text}` : text;
}

/** @param {RunResult[]} results @param {string} key */
const reasonOf = (results, key) => results.map((result) => result.why[key]).find((why) => why !== undefined);

/** @param {string[][]} rows */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (/** @type {string[]} */ row) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** @param {number} size @param {RunResult[]} app @param {RunResult[]} naive */
function report(size, app, naive) {
  /** @type {string[][]} */
  const rows = [['figure', 'app', 'naive', 'app advantage']];
  for (const figure of FIGURES) {
    const appValue = medianOf(app, figure);
    const naiveValue = medianOf(naive, figure);
    const naiveText =
      naive.length === 0 ? 'skipped' : naiveValue === null ? (reasonOf(naive, figure.why) ?? 'n/a') : format(naiveValue, figure);
    const appText =
      appValue === null ? `n/a${reasonOf(app, figure.why) ? ` (${reasonOf(app, figure.why) ?? ''})` : ''}` : format(appValue, figure);
    rows.push([figure.label, appText, naiveText, ratio(appValue, naiveValue, figure)]);
  }
  const title = `${size.toLocaleString('en-US')} users · app: median of ${app.length} run${app.length === 1 ? '' : 's'} · naive: ${naive.length === 0 ? 'skipped' : `median of ${naive.length} run${naive.length === 1 ? '' : 's'}`}`;
  console.log(`\n${title}\n${table(rows)}`);
  for (const [variant, results] of /** @type {const} */ ([
    ['app', app],
    ['naive', naive],
  ])) {
    const last = results.at(-1);
    if (!last) continue;
    const routes =
      last.requests?.byRoute
        .slice(0, 4)
        .map((entry) => `${entry.route} ×${entry.count}`)
        .join(', ') ?? 'n/a';
    const limited = last.requests ? `, ${last.requests.rateLimited} answered 429` : '';
    console.log(`  ${variant}: ${last.requests?.total ?? 'n/a'} API requests in the last run${limited}; top: ${routes}`);
    const scroll = last.scroll;
    if (scroll) {
      const perMinute = (/** @type {number} */ count) => Math.round((count / scroll.requestSeconds) * 60);
      const scrolling = scroll.byRoute.map((entry) => `${entry.route} ${perMinute(entry.count)}/min`).join(', ');
      console.log(`  ${variant} while scrolling: ${scrolling || 'no requests'}`);
    }
    const idle = last.idle;
    if (idle) {
      const idleRoutes = idle.byRoute.map((entry) => `${entry.route} ${Math.round((entry.count / idle.seconds) * 60)}/min`).join(', ');
      console.log(`  ${variant} idle: ${idleRoutes || 'no requests'}`);
    }
    const notes = Object.entries(last.why).map(([key, why]) => (key === 'page' ? `the page said "${why}"` : `${key}: ${why}`));
    if (notes.length > 0) console.log(`  ${variant} notes: ${notes.join('; ')}`);
    const errors = [...new Set(results.flatMap((result) => result.pageErrors))];
    if (errors.length > 0) console.log(`  ${variant} page errors: ${errors.slice(0, 3).join(' | ')}`);
  }
}

// ---------------------------------------------------------------- board and audit

/**
 * The supervisor board at one size. Requests and ages are read in the page (gc8x8Demo, the freshness line).
 * @typedef {{
 *   size: number,
 *   plannedRequestsPerMin: number,
 *   plannedSweepSeconds: number,
 *   pagePlan: string | null,
 *   firstTotalsSeconds: number | null,
 *   firstTotalsKind: string | null,
 *   firstTotalsNote: string | null,
 *   heapMB: number | null,
 *   baselineHeapMB: number | null,
 *   shellHeapMB: number | null,
 *   loadSeconds: number | null,
 *   loadCapped: boolean,
 *   loadRequests: number | null,
 *   windowSeconds: number | null,
 *   requestsPerMin: number | null,
 *   rateLimitedPerMin: number | null,
 *   oldestP50: number | null,
 *   oldestP95: number | null,
 *   oldestMax: number | null,
 *   scopeUsers: number | null,
 *   presenceReads: number | null,
 *   presenceIdsPerRead: number | null,
 *   requestsPerSweep: number | null,
 *   samples: number,
 *   pageErrors: string[],
 *   why: Record<string, string>,
 *   wallSeconds: number,
 * }} BoardResult
 */
/**
 * A full provisioning audit at one size: click to completion, in the page clock.
 * @typedef {{
 *   size: number,
 *   auditMs: number | null,
 *   requests: number | null,
 *   rateLimited: number | null,
 *   heading: string | null,
 *   pageErrors: string[],
 *   why: Record<string, string>,
 *   wallSeconds: number,
 * }} AuditResult
 */

/** The board's sweep arithmetic (docs/supervisors-and-admins.md, "Presence board"; src/features/supervisor/sweep-plan.ts): 100 ids a request, 120/min, 30 s floor. */
/** @param {number} users */
function plannedSweep(users) {
  const requestsPerSweep = Math.ceil(users / 100);
  const sweepSeconds = Math.max(30, (requestsPerSweep / 120) * 60);
  return { requestsPerMin: (requestsPerSweep / sweepSeconds) * 60, sweepSeconds };
}

/** "40 s", "1 min 40 s", "1 h 5 min" (board-format.ts, formatAge) in seconds; null when there is none. */
/** @param {string | null} line */
function parseOldestAge(line) {
  const match = /oldest (?:presence )?((?:\d+ (?:h|min|s)\s*)+)/.exec(line ?? '');
  if (!match?.[1]) return null;
  let seconds = 0;
  for (const [, amount, unit] of match[1].matchAll(/(\d+) (h|min|s)/g)) {
    seconds += Number(amount) * (unit === 'h' ? 3600 : unit === 'min' ? 60 : 1);
  }
  return seconds;
}

/** Opens a fresh browser profile for one run and closes it afterwards (also on Ctrl-C). */
/** @template T @param {(page: Page, errors: string[]) => Promise<T>} run */
async function withPage(run) {
  const { page, close } = await launchPersistentPage({ viewport: { width: 1280, height: 900 } });
  // Once only (close() is idempotent): the run's own `finally` and a Ctrl-C can both ask for it.
  cleanups.push(close);
  try {
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return await run(page, errors);
  } finally {
    await close();
    const index = cleanups.indexOf(close);
    if (index >= 0) cleanups.splice(index, 1);
  }
}

/** JS heap in use after a full garbage collection (Chromium, over CDP), in MB. */
/** @param {Page} page */
async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** API requests so far and how many were answered 429, with the page clock. */
/** @param {Page} page */
async function boardSample(page) {
  return page
    .evaluate(() => {
      const log = window.gc8x8Demo?.requests() ?? [];
      let api = 0;
      let limited = 0;
      for (const entry of log) {
        if (!entry.path.startsWith('/api/')) continue;
        api += 1;
        if (entry.status === 429) limited += 1;
      }
      return {
        at: performance.now(),
        api,
        limited,
        hasDemo: window.gc8x8Demo !== undefined,
        loading: document.querySelector('.board__progress')?.textContent ?? null,
        line: document.querySelector('.board-freshness__line')?.textContent ?? null,
        plan: document.querySelector('.board-freshness__plan')?.textContent ?? null,
        // The freshness line's figures as data (its words are for people and change with the language).
        oldest: document.querySelector('.board-freshness__line')?.getAttribute('data-oldest-seconds') ?? null,
        users: document.querySelector('.board-freshness__line')?.getAttribute('data-users') ?? null,
        text: [...document.querySelectorAll('h1, h2, [role="status"], [role="alert"]')]
          .map((element) => element.textContent)
          .join(' · ')
          .slice(0, 300),
      };
    })
    .catch(() => null);
}

/** @param {string} baseUrl @param {number} size @returns {Promise<BoardResult>} */
async function measureBoard(baseUrl, size) {
  const started = Date.now();
  const planned = plannedSweep(size);
  /** @type {BoardResult} */
  const result = {
    size,
    plannedRequestsPerMin: planned.requestsPerMin,
    plannedSweepSeconds: planned.sweepSeconds,
    pagePlan: null,
    firstTotalsSeconds: null,
    firstTotalsKind: null,
    firstTotalsNote: null,
    heapMB: null,
    baselineHeapMB: null,
    shellHeapMB: null,
    loadSeconds: null,
    loadCapped: false,
    loadRequests: null,
    windowSeconds: null,
    requestsPerMin: null,
    rateLimitedPerMin: null,
    oldestP50: null,
    oldestP95: null,
    oldestMax: null,
    scopeUsers: null,
    presenceReads: null,
    presenceIdsPerRead: null,
    requestsPerSweep: null,
    samples: 0,
    pageErrors: [],
    why: {},
    wallSeconds: 0,
  };
  try {
    await withPage(async (page, errors) => {
      result.pageErrors = errors;
      await page.goto(`${baseUrl}/supervisor?demo=supervisor&demoSize=${size}&demoSeed=1&demoChurn=${churn}`, { waitUntil: 'commit' });
      // First totals for the whole scope: the estimate from random pages, or the exact counts (not the partial ones).
      const firstTotals = await page
        .waitForFunction(
          () => {
            const kind = document.querySelector('.board-totals')?.getAttribute('data-totals');
            const note = document.querySelector('.board-totals__note')?.textContent ?? null;
            return kind === 'estimate' || kind === 'exact' ? { at: performance.now(), kind, note } : false;
          },
          null,
          { polling: 100, timeout: boardLoadCapSeconds * 1000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      if (firstTotals) {
        result.firstTotalsSeconds = firstTotals.at / 1000;
        result.firstTotalsKind = firstTotals.kind;
        result.firstTotalsNote = firstTotals.note;
      } else result.why.firstTotals = `no estimated or exact totals within ${boardLoadCapSeconds} s`;
      // Loading: until the progress text is gone and the freshness line is there.
      const loadDeadline = Date.now() + boardLoadCapSeconds * 1000;
      let sample = await boardSample(page);
      while (Date.now() < loadDeadline) {
        sample = await boardSample(page);
        if (sample?.line && sample.loading === null) break;
        await sleep(1000);
      }
      if (!sample?.line) {
        result.why.board = `no freshness line within ${boardLoadCapSeconds} s${sample?.text ? ` (the page said "${sample.text}")` : ''}`;
        return;
      }
      result.loadSeconds = sample.at / 1000;
      result.loadRequests = sample.api;
      if (sample.loading !== null) {
        result.loadCapped = true;
        result.why.load = `still "${sample.loading.trim()}" after ${boardLoadCapSeconds} s: measured while loading`;
      }
      // Steady window: one freshness sample a second.
      const first = sample;
      const windowStartedAt = await page.evaluate(() => Date.now());
      /** @type {number[]} */
      const ages = [];
      let last = first;
      const windowEnd = Date.now() + boardSeconds * 1000;
      while (Date.now() < windowEnd) {
        await sleep(1000);
        const next = await boardSample(page);
        if (!next) continue;
        last = next;
        const age = next.oldest === null ? parseOldestAge(next.line) : Number(next.oldest);
        if (age !== null) ages.push(age);
      }
      result.pagePlan = last.plan;
      // Requests per full sweep, measured: presence reads in the window and how many users each carried
      // (the documented reader GET /users?id=…&integrationPresenceSource, or the older per-source bulk endpoint).
      const reads = await page.evaluate((since) => {
        let count = 0;
        let ids = 0;
        for (const entry of window.gc8x8Demo?.requests() ?? []) {
          if (entry.timestamp < since) continue;
          const search = new URLSearchParams(entry.search);
          const isRead =
            /\/api\/v2\/users\/presences\/[^/]+\/bulk$/.test(entry.path) ||
            (entry.path === '/api/v2/users' && search.has('integrationPresenceSource'));
          if (!isRead || entry.status >= 400) continue;
          count += 1;
          ids += search.getAll('id').flatMap((value) => value.split(',')).length;
        }
        return { count, ids };
      }, windowStartedAt);
      const scope = /^([\d,]+) people/.exec((last.plan ?? '').trim());
      result.scopeUsers = last.users !== null ? Number(last.users) : scope?.[1] ? Number(scope[1].replace(/,/g, '')) : null;
      result.presenceReads = reads.count;
      result.presenceIdsPerRead = reads.count > 0 ? reads.ids / reads.count : null;
      if (result.scopeUsers !== null && result.presenceIdsPerRead)
        result.requestsPerSweep = Math.ceil(result.scopeUsers / result.presenceIdsPerRead);
      else result.why.sweep = 'no presence read in the window, or no scope size on the freshness line';
      const seconds = (last.at - first.at) / 1000;
      result.windowSeconds = seconds;
      if (seconds > 0) {
        result.requestsPerMin = ((last.api - first.api) / seconds) * 60;
        result.rateLimitedPerMin = ((last.limited - first.limited) / seconds) * 60;
      }
      const sorted = sortedOf(ages);
      result.samples = ages.length;
      result.oldestP50 = percentile(sorted, 0.5);
      result.oldestP95 = percentile(sorted, 0.95);
      result.oldestMax = sorted.at(-1) ?? null;
      if (ages.length === 0) result.why.oldest = 'no "oldest presence" in the freshness line';
      result.heapMB = await heapAfterGc(page);
    });
    // The same page and org for someone the board shows nothing to (no badge permission): the emulator's and the shell's share.
    await withPage(async (page) => {
      await page.goto(`${baseUrl}/supervisor?demo=no-badges&demoSize=${size}&demoSeed=1`, { waitUntil: 'commit' });
      await page.getByText('The presence board is not available to you').waitFor({ timeout: 120_000 });
      await sleep(2000);
      result.baselineHeapMB = await heapAfterGc(page);
      // The shell alone: the same page with the smallest org the emulator makes quickly (1,000 people, about 1 MB).
      await page.goto(`${baseUrl}/supervisor?demo=no-badges&demoSize=1000&demoSeed=1`, { waitUntil: 'commit' });
      await page.getByText('The presence board is not available to you').waitFor({ timeout: 120_000 });
      await sleep(2000);
      result.shellHeapMB = await heapAfterGc(page);
    }).catch((/** @type {unknown} */ error) => {
      result.why.heap = `no baseline heap: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    });
  } finally {
    result.wallSeconds = (Date.now() - started) / 1000;
  }
  return result;
}

/** @param {string} baseUrl @param {number} size @returns {Promise<AuditResult>} */
async function measureAudit(baseUrl, size) {
  const started = Date.now();
  /** @type {AuditResult} */
  const result = { size, auditMs: null, requests: null, rateLimited: null, heading: null, pageErrors: [], why: {}, wallSeconds: 0 };
  try {
    await withPage(async (page, errors) => {
      result.pageErrors = errors;
      await page.goto(`${baseUrl}/admin?demo=admin&demoSize=${size}&demoSeed=1`, { waitUntil: 'commit' });
      const button = page.getByRole('button', { name: 'Run audit', exact: true });
      try {
        await button.waitFor({ state: 'visible', timeout: 60_000 });
      } catch {
        result.why.audit = 'no "Run audit" button within 60 s';
        return;
      }
      // Let the page's own first requests finish, so that they are not counted as the audit's.
      await sleep(3000);
      // Clicked in the page so that the start is the page's clock at the click.
      const before = await page.evaluate(() => {
        const log = window.gc8x8Demo?.requests() ?? [];
        const api = log.filter((entry) => entry.path.startsWith('/api/'));
        const counts = { api: api.length, limited: api.filter((entry) => entry.status === 429).length };
        const at = performance.now();
        const target = [...document.querySelectorAll('button')].find((element) => element.textContent.trim() === 'Run audit');
        target?.click();
        return { at, clicked: target !== undefined, ...counts };
      });
      if (!before.clicked) {
        result.why.audit = 'the "Run audit" button went away';
        return;
      }
      /** Completion: the findings heading without "read so far" ("N findings over M users"). */
      const done = await page
        .waitForFunction(
          () => {
            const heading = document.querySelector('section[aria-label="Findings"] h3');
            const text = heading?.textContent.replace(/\s+/g, ' ').trim() ?? '';
            return /over [\d,]+ users$/.test(text) ? { at: performance.now(), text } : false;
          },
          null,
          { polling: 100, timeout: auditCapSeconds * 1000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      if (!done) {
        const progress = await page
          .locator('.admin-audit__progress')
          .textContent()
          .catch(() => null);
        result.why.audit = `not complete within ${auditCapSeconds} s${progress ? ` ("${progress.trim()}")` : ''}`;
        return;
      }
      const after = await page.evaluate(() => {
        const api = (window.gc8x8Demo?.requests() ?? []).filter((entry) => entry.path.startsWith('/api/'));
        return { api: api.length, limited: api.filter((entry) => entry.status === 429).length };
      });
      result.auditMs = done.at - before.at;
      result.heading = done.text;
      result.requests = after.api - before.api;
      result.rateLimited = after.limited - before.limited;
    });
  } finally {
    result.wallSeconds = (Date.now() - started) / 1000;
  }
  return result;
}

/** @param {number | null} value @param {string} unit @param {number} [digits] */
function plain(value, unit, digits = 0) {
  if (value === null) return 'n/a';
  const text = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return unit === '' ? text : `${text} ${unit}`;
}

/** @param {BoardResult[]} boards */
function reportBoard(boards) {
  const header = ['figure', ...boards.map((board) => board.size.toLocaleString('en-US'))];
  /** @param {string} label @param {(board: BoardResult) => string} cell */
  const row = (label, cell) => [label, ...boards.map(cell)];
  const na = (/** @type {BoardResult} */ board) => `n/a${board.why.board ? ` (${board.why.board})` : ''}`;
  const rows = [
    header,
    row('requests/min to stay current', (board) => (board.requestsPerMin === null ? na(board) : plain(board.requestsPerMin, '/min'))),
    row('  planned (README sweep)', (board) => plain(board.plannedRequestsPerMin, '/min')),
    row('requests per full sweep (measured)', (board) => plain(board.requestsPerSweep, '')),
    row(
      '  users in scope · ids per presence read',
      (board) => `${plain(board.scopeUsers, '')} · ${plain(board.presenceIdsPerRead, '', 1)}`,
    ),
    row('  answered 429', (board) => plain(board.rateLimitedPerMin, '/min')),
    row('oldest presence p95', (board) => (board.oldestP95 === null ? na(board) : plain(board.oldestP95, 's'))),
    row('  planned (one full sweep)', (board) => `≈ ${plain(board.plannedSweepSeconds, 's')}`),
    row('  oldest p50 / max', (board) => `${plain(board.oldestP50, 's')} / ${plain(board.oldestMax, 's')}`),
    row('first totals for everyone (page clock)', (board) =>
      board.firstTotalsSeconds === null ? 'n/a' : `${plain(board.firstTotalsSeconds, 's', 1)} (${board.firstTotalsKind})`,
    ),
    row('initial load = exact totals (page clock)', (board) => `${plain(board.loadSeconds, 's')}${board.loadCapped ? ' (capped)' : ''}`),
    row('  requests to load', (board) => plain(board.loadRequests, '')),
    row('JS heap after GC, end of window', (board) => plain(board.heapMB, 'MB', 1)),
    row('  without the board (no-badges persona, same org)', (board) => plain(board.baselineHeapMB, 'MB', 1)),
    row('  the shell alone (no-badges persona, 1,000 people)', (board) => plain(board.shellHeapMB, 'MB', 1)),
    // In production the emulator is not in the page: what the app holds is the board's increase plus the shell. The
    // increase also counts what the emulator gathered while serving the board (its search caches, its request log),
    // so this is an upper bound.
    row('app heap without the in-page emulator (upper bound)', (board) =>
      board.heapMB === null || board.baselineHeapMB === null || board.shellHeapMB === null
        ? 'n/a'
        : plain(board.heapMB - board.baselineHeapMB + board.shellHeapMB, 'MB', 1),
    ),
  ];
  console.log(
    `\nSupervisor board · ${boardSeconds} s window after loading, churn ${churn}/min, freshness sampled every second\n${table(rows)}`,
  );
  for (const board of boards) {
    const notes = Object.entries(board.why).map(([key, why]) => `${key}: ${why}`);
    if (board.pagePlan) notes.push(`the board says "${board.pagePlan.replace(/\s+/g, ' ').trim()}"`);
    if (board.firstTotalsNote) notes.push(`first totals: "${board.firstTotalsNote.replace(/\s+/g, ' ').trim()}"`);
    if (board.pageErrors.length > 0) notes.push(`page errors: ${[...new Set(board.pageErrors)].slice(0, 3).join(' | ')}`);
    if (notes.length > 0) console.log(`  ${board.size.toLocaleString('en-US')}: ${notes.join('; ')}`);
  }
}

/** @param {AuditResult[]} audits */
function reportAudit(audits) {
  const header = ['figure', ...audits.map((audit) => audit.size.toLocaleString('en-US'))];
  const na = (/** @type {AuditResult} */ audit) => `n/a${audit.why.audit ? ` (${audit.why.audit})` : ''}`;
  const rows = [
    header,
    ['full audit wall time', ...audits.map((audit) => (audit.auditMs === null ? na(audit) : plain(audit.auditMs / 1000, 's', 1)))],
    ['requests', ...audits.map((audit) => (audit.requests === null ? na(audit) : plain(audit.requests, '')))],
    ['  answered 429', ...audits.map((audit) => plain(audit.rateLimited, ''))],
    ['result', ...audits.map((audit) => audit.heading ?? 'n/a')],
  ];
  console.log(`\nProvisioning audit · click "Run audit" to "N findings over M users", page clock\n${table(rows)}`);
  for (const audit of audits) {
    if (audit.pageErrors.length > 0)
      console.log(`  ${audit.size.toLocaleString('en-US')} page errors: ${[...new Set(audit.pageErrors)].slice(0, 3).join(' | ')}`);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const startedAt = new Date();
  const chromiumText = chromiumVersion();
  console.log('8×8 directory benchmark');
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  console.log(`node ${process.version} · ${chromiumText} · ${os.type()} ${os.release()}`);
  console.log(`parts: ${only.join(', ')}${withBoard || withAudit ? ` · board and audit at ${viewSizes.join(', ')} users` : ''}`);
  if (withDirectory)
    console.log(
      `sizes ${sizes.join(', ')} · runs: ${sizes.map((size) => `${size}: app ${runsFor(size, 'app')}${withNaive ? `, naive ${runsFor(size, 'naive')}` : ''}`).join('; ')}` +
        `\nscrolling ${steadySeconds} s at 1,500 px/s with ${churn} presence changes/min (naive: requests counted over the last ${Math.max(60, steadySeconds)} s, its poll period)` +
        ` · naive capped at ${naiveCapSeconds} s to first badge`,
    );
  if (withDirectory && (sizes.some((size) => size >= LARGE && runsFor(size, 'app') < runs) || (withNaive && naiveRuns < runs))) {
    console.log(
      `note: to keep the default run near 10 minutes on 2 cores, ${LARGE.toLocaleString('en-US')} users runs ${largeRuns}× (--large-runs)` +
        ` and the naive page ${naiveRuns}× (--naive-runs): its figures are bound by the rate limit and the DOM size, not by noise`,
    );
  }

  if (!options['no-build']) {
    viteBuild('the app (dist/)', []);
  }
  if (withDirectory && withNaive && (!options['no-build'] || !existsSync(path.join(NAIVE_DIST, 'index.html')))) {
    viteBuild('the naive baseline', ['--config', NAIVE_CONFIG]);
  }
  if (!existsSync(path.join(REPO, 'dist/index.html'))) throw new Error('dist/ has no build: run without --no-build');

  const appPort = await freePort(positiveInt(options.port, 'port'));
  const appUrl = await preview('app', [], appPort);
  const naiveUrl = withDirectory && withNaive ? await preview('naive', ['--config', NAIVE_CONFIG], await freePort(appPort + 1)) : '';
  console.log(`serving the app on ${appUrl}${naiveUrl ? ` and the naive page on ${naiveUrl}` : ''}`);

  /** @type {{ size: number, app: RunResult[], naive: RunResult[] }[]} */
  const all = [];
  for (const size of withDirectory ? sizes : []) {
    /** @type {RunResult[]} */
    const app = [];
    /** @type {RunResult[]} */
    const naive = [];
    // Alternate app and naive runs so that a noisy minute on a shared machine hits both.
    for (let run = 1; run <= runsFor(size, 'app'); run++) {
      for (const variant of /** @type {Variant[]} */ (['app', 'naive'])) {
        if (variant === 'naive' && (!withNaive || run > runsFor(size, 'naive'))) continue;
        process.stdout.write(`${size.toLocaleString('en-US')} users, ${variant} run ${run}… `);
        const result = await measure(variant, variant === 'app' ? appUrl : naiveUrl, size);
        (variant === 'app' ? app : naive).push(result);
        console.log(
          `${result.wallSeconds.toFixed(0)} s (first badge ${result.firstBadgeMs === null ? 'n/a' : `${result.firstBadgeMs.toFixed(0)} ms`}, ${result.firstBadgeRequests ?? 'n/a'} requests)`,
        );
      }
    }
    all.push({ size, app, naive });
  }

  const viewSize = Math.min(...sizes);
  const viewWeights = withDirectory ? await measureViewWeights(appUrl, viewSize) : [];

  /** @type {BoardResult[]} */
  const boards = [];
  for (const size of withBoard ? viewSizes : []) {
    process.stdout.write(`supervisor board, ${size.toLocaleString('en-US')} users… `);
    const board = await measureBoard(appUrl, size);
    boards.push(board);
    console.log(
      `${board.wallSeconds.toFixed(0)} s (loaded in ${board.loadSeconds === null ? 'n/a' : `${board.loadSeconds.toFixed(0)} s`}${board.loadCapped ? ', capped' : ''}, ${board.requestsPerMin === null ? 'n/a' : board.requestsPerMin.toFixed(0)} requests/min)`,
    );
  }
  /** @type {AuditResult[]} */
  const audits = [];
  for (const size of withAudit ? viewSizes : []) {
    process.stdout.write(`provisioning audit, ${size.toLocaleString('en-US')} users… `);
    const audit = await measureAudit(appUrl, size);
    audits.push(audit);
    console.log(
      `${audit.wallSeconds.toFixed(0)} s (${audit.auditMs === null ? 'n/a' : `${(audit.auditMs / 1000).toFixed(1)} s`}, ${audit.requests ?? 'n/a'} requests)`,
    );
  }

  /** @type {import('./frames.mjs').FramesResult[]} */
  const frameRuns = [];
  for (const variant of withFrames ? /** @type {const} */ (['alone', 'shared']) : []) {
    process.stdout.write(`four frames in one tab, ${variant}, ${framesSize.toLocaleString('en-US')} users… `);
    const result = await withPage((page) => measureFrames(page, appUrl, { variant, size: framesSize, seconds: framesSeconds, churn }));
    frameRuns.push(result);
    console.log(result.why ?? `${Math.round(result.requestsPerMin ?? 0)} requests/min, ${result.channels ?? 'n/a'} channels`);
  }

  if (withDirectory) {
    console.log(
      '\nMedians over runs; times in the page\'s own clock. "app advantage": how many times better the app is (> 1×: the app wins).',
    );
    for (const { size, app, naive } of all) report(size, app, naive);
    reportViewWeights(viewSize, viewWeights);
  }
  if (withBoard) reportBoard(boards);
  if (withAudit) reportAudit(audits);
  if (withFrames) {
    console.log(
      `\nFour frames in one tab (directory, board, two transfer widgets; /workspace), ${framesSize.toLocaleString('en-US')} users, ` +
        `${framesSeconds} s while the directory scrolls and the board loads and sweeps, churn ${churn}/min\n${table(framesRows(frameRuns))}`,
    );
  }

  const wallSeconds = (Date.now() - startedAt.getTime()) / 1000;
  console.log(`\ntotal wall time ${Math.floor(wallSeconds / 60)} min ${Math.round(wallSeconds % 60)} s`);

  await mkdir(OUT_DIR, { recursive: true });
  const json = {
    date: startedAt.toISOString(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGiB: os.totalmem() / 2 ** 30,
      node: process.version,
      chromium: chromiumText,
      os: `${os.type()} ${os.release()}`,
    },
    options: {
      only,
      viewSizes,
      boardSeconds,
      boardLoadCapSeconds,
      auditCapSeconds,
      sizes,
      runs,
      largeRuns,
      naiveRuns,
      steadySeconds,
      naiveCapSeconds,
      appCapSeconds,
      churn,
      socketSamples,
      withNaive,
    },
    wallSeconds,
    sizes: all.map(({ size, app, naive }) => ({
      size,
      medians: Object.fromEntries(FIGURES.map((figure) => [figure.key, { app: medianOf(app, figure), naive: medianOf(naive, figure) }])),
      app,
      naive,
    })),
    board: boards,
    audit: audits,
    frames: frameRuns,
    viewWeights,
  };
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = path.join(OUT_DIR, `bench-${stamp}.json`);
  await writeFile(file, JSON.stringify(json, null, 2));
  await writeFile(path.join(OUT_DIR, 'latest.json'), JSON.stringify(json, null, 2));
  console.log(`JSON: ${path.relative(REPO, file)} (also test-results/bench/latest.json)`);
}

try {
  await main();
} catch (error) {
  // After Ctrl-C the browser is gone on purpose: no stack trace for that.
  if (!interrupted()) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
