// `npm run soak`: the production build in Chromium for a long while (10 minutes by
// default), an agent on /directory over a demo org of 10,000 8×8 users with presence
// churning, every notifications socket dropped every minute, and a little scrolling
// and searching now and then. It reports the JS heap (after a forced GC) at the
// start, a few times in between and at the end, the DOM counters, the emulator's
// own state (request log, channels, sockets, tokens) and every console or page
// error; at the end, with churn and drops stopped and the app given time to settle,
// every badge on screen must equal the emulator's truth. Exits non-zero on failure.
// Plain Node ESM with JSDoc types (checked by test/soak/tsconfig.json), like the bench.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */
/** @typedef {import('../../src/emulator/create-emulator').EmulatorStats} EmulatorStats */
/**
 * @typedef {{
 *   atSeconds: number,
 *   heapMb: number,
 *   nodes: number,
 *   listeners: number,
 *   requests: number,
 *   channels: number,
 *   sockets: number,
 *   mswSockets: number,
 *   logged: number,
 * }} Sample
 */

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    size: { type: 'string', default: '10000' },
    churn: { type: 'string', default: '600' },
    'drop-seconds': { type: 'string', default: '60' },
    samples: { type: 'string', default: '5' },
    'settle-seconds': { type: 'string', default: '30' },
    // Not 4190: browsers and fetch refuse it (ManageSieve is on the Fetch standard's list of bad ports).
    port: { type: 'string', default: '4280' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(`npm run soak -- [--minutes=10] [--size=10000] [--churn=600] [--drop-seconds=60] [--samples=5]
  [--settle-seconds=30] [--port=4280] [--no-build]
  --minutes takes fractions (--minutes=0.5 is a 30-second smoke run).`);
  process.exit(0);
}

/** @param {string} value @param {string} name */
function positive(value, name) {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return number;
}

const minutes = positive(options.minutes, 'minutes');
const size = Math.round(positive(options.size, 'size'));
const churn = Math.round(positive(options.churn, 'churn'));
const dropSeconds = positive(options['drop-seconds'], 'drop-seconds');
const sampleCount = Math.max(1, Math.round(positive(options.samples, 'samples')));
const settleSeconds = positive(options['settle-seconds'], 'settle-seconds');
const OUT_DIR = path.join(REPO, 'test-results/soak');
const SEARCHES = ['smit', 'gar', 'ann', 'lee', 'mar', 'kim'];
/** Heap growth tolerated between the first sample after warm-up and the end (both after GC). */
const HEAP_GROWTH_LIMIT = { ratio: 1.25, mb: 25 };

const { cleanups, cleanup } = cleanupOnSignals('the preview server and the browser');

const mb = (/** @type {number} */ bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The JS heap after a full GC, and the DOM counters. @param {CDPSession} cdp */
async function measure(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapMb: mb(heap.usedSize), nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** @param {Page} page @returns {Promise<EmulatorStats>} */
async function emulatorStats(page) {
  const stats = await page.evaluate(() => window.gc8x8Demo?.stats());
  if (!stats) throw new Error('window.gc8x8Demo is missing: is this demo mode?');
  return stats;
}

/** @param {Page} page @param {CDPSession} cdp @param {number} startedAt @returns {Promise<Sample>} */
async function sample(page, cdp, startedAt) {
  const memory = await measure(cdp);
  const stats = await emulatorStats(page);
  return {
    atSeconds: Math.round((Date.now() - startedAt) / 1000),
    ...memory,
    requests: stats.requests,
    channels: stats.channels,
    sockets: stats.sockets,
    mswSockets: stats.mswSocketClients,
    logged: stats.logged,
  };
}

/** Every badge on screen against the emulator's truth. @param {Page} page */
function compareBadges(page) {
  return page.evaluate(() => {
    const key = (/** @type {string | undefined} */ system) => (system === undefined ? 'unknown' : system.toLowerCase().replace('_', '-'));
    const rows = [...document.querySelectorAll('[role="option"][data-user-id]')];
    const stale = [];
    let badges = 0;
    for (const row of rows) {
      const badge = row.querySelector('[role="img"][data-presence]');
      if (!badge) continue;
      badges += 1;
      const userId = row.getAttribute('data-user-id') ?? '';
      const shown = badge.getAttribute('data-presence') ?? '';
      const truth = key(window.gc8x8Demo?.integrationPresenceOf(userId));
      if (shown !== truth) stale.push(`${userId}: shows ${shown}, is ${truth}`);
    }
    return { rows: rows.length, badges, stale };
  });
}

/** A person using the page: scroll somewhere, or search and clear. @param {Page} page @param {number} step */
async function act(page, step) {
  if (step % 3 === 2) {
    const search = page.getByRole('combobox', { name: 'Search 8×8 users' });
    await search.fill(SEARCHES[step % SEARCHES.length] ?? 'a');
    await sleep(3000);
    await search.fill('');
    return 'searched';
  }
  await page.evaluate(
    (fraction) => {
      const viewport = document.querySelector('.directory-list__viewport');
      if (viewport) viewport.scrollTop = Math.floor((viewport.scrollHeight - viewport.clientHeight) * fraction);
    },
    (((step * 0.37) % 1) + 1) % 1,
  );
  return 'scrolled';
}

async function main() {
  if (!options['no-build']) buildApp();
  const port = await freePort(Number(options.port));
  const server = await startPreview({ port });
  cleanups.push(server.close);
  const { page, context, close } = await launchPersistentPage({ viewport: { width: 1280, height: 900 } });
  cleanups.push(close);
  /** @type {string[]} */
  const consoleErrors = [];
  /** @type {string[]} */
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    pageErrors.push(`${error.name}: ${error.message}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  const url = `${server.url}/directory?demo=agent&demoSize=${size}&demoChurn=${churn}&demoFaults=drops:${dropSeconds}`;
  console.log(`${chromiumVersion()}\nsoak: ${minutes} min on ${url}`);
  const opened = Date.now();
  await page.goto(url);
  await page.getByRole('listbox', { name: '8×8 users' }).waitFor({ timeout: 120_000 });
  await page.locator('[role="option"] [role="img"][data-presence]:not([data-presence="pending"])').first().waitFor({ timeout: 120_000 });
  console.log(`open: the first badges in ${((Date.now() - opened) / 1000).toFixed(1)} s`);

  const startedAt = Date.now();
  const endAt = startedAt + minutes * 60_000;
  const startStats = await emulatorStats(page);
  /** @type {Sample[]} */
  const samples = [await sample(page, cdp, startedAt)];
  console.log(`start: heap ${samples[0]?.heapMb ?? '?'} MB after GC`);
  const sampleEvery = (minutes * 60_000) / sampleCount;
  let nextSample = startedAt + sampleEvery;
  const actions = { scrolled: 0, searched: 0 };
  for (let step = 0; Date.now() < endAt; step++) {
    const done = await act(page, step);
    actions[done] += 1;
    await sleep(Math.min(20_000, Math.max(0, endAt - Date.now())));
    if (Date.now() >= nextSample && Date.now() < endAt) {
      const taken = await sample(page, cdp, startedAt);
      samples.push(taken);
      console.log(
        `${taken.atSeconds} s: heap ${taken.heapMb} MB, ${taken.nodes} nodes, ${taken.listeners} listeners, ${taken.requests} requests`,
      );
      nextSample += sampleEvery;
    }
  }

  // The end: no more churn or drops; the app settles, then every badge must be true.
  await page.evaluate(() => {
    window.gc8x8Demo?.setChurnPerMinute(0);
    window.gc8x8Demo?.setFaults('none');
  });
  const settleStarted = Date.now();
  let badges = await compareBadges(page);
  while (badges.stale.length > 0 && Date.now() - settleStarted < settleSeconds * 1000) {
    await sleep(1000);
    badges = await compareBadges(page);
  }
  const settledIn = (Date.now() - settleStarted) / 1000;
  const end = await sample(page, cdp, startedAt);
  samples.push(end);
  const endStats = await emulatorStats(page);
  const wallMinutes = (Date.now() - startedAt) / 60_000;

  const first = samples[0];
  const warm = samples[1] ?? first;
  const heapLimit = warm ? Math.max(warm.heapMb * HEAP_GROWTH_LIMIT.ratio, warm.heapMb + HEAP_GROWTH_LIMIT.mb) : Infinity;
  const failures = [
    ...consoleErrors.map((text) => `console error: ${text}`),
    ...pageErrors.map((text) => `page error: ${text}`),
    ...(badges.badges === 0 ? ['no badge on screen at the end'] : []),
    ...badges.stale.map((text) => `stale badge after ${settleSeconds} s: ${text}`),
    ...(end.heapMb > heapLimit ? [`heap grew from ${warm?.heapMb ?? '?'} MB to ${end.heapMb} MB (limit ${heapLimit.toFixed(1)} MB)`] : []),
    ...(endStats.logged > 10_000 ? [`the request log holds ${endStats.logged} entries`] : []),
    ...(endStats.channels > 20 ? [`the emulator holds ${endStats.channels} channels`] : []),
    ...(endStats.sockets > 1 ? [`the emulator holds ${endStats.sockets} sockets`] : []),
  ];
  const report = {
    when: new Date().toISOString(),
    chromium: chromiumVersion(),
    minutes: Math.round(wallMinutes * 10) / 10,
    size,
    churnPerMinute: churn,
    dropEverySeconds: dropSeconds,
    actions,
    samples,
    heap: {
      startMb: first?.heapMb ?? null,
      afterWarmUpMb: warm?.heapMb ?? null,
      endMb: end.heapMb,
      limitMb: Math.round(heapLimit * 10) / 10,
    },
    requests: {
      total: endStats.requests - startStats.requests,
      perMinute: Math.round((endStats.requests - startStats.requests) / wallMinutes),
    },
    emulator: { start: startStats, end: endStats },
    badges: { rows: badges.rows, badges: badges.badges, stale: badges.stale.length, settledInSeconds: Math.round(settledIn * 10) / 10 },
    consoleErrors,
    pageErrors,
    failures,
  };
  await mkdir(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `soak-${report.when.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    `\nSoak: ${report.minutes} min, ${size.toLocaleString('en-US')} users, churn ${churn}/min, sockets dropped every ${dropSeconds} s`,
  );
  console.log(
    `| at | JS heap after GC | DOM nodes | JS listeners | requests so far | request log | channels | open sockets | sockets MSW holds |`,
  );
  console.log(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const row of samples) {
    console.log(
      `| ${row.atSeconds} s | ${row.heapMb} MB | ${row.nodes} | ${row.listeners} | ${row.requests} | ${row.logged} | ${row.channels} | ${row.sockets} | ${row.mswSockets} |`,
    );
  }
  console.log(
    `requests: ${report.requests.total} (${report.requests.perMinute}/min); actions: ${actions.scrolled} scrolls, ${actions.searched} searches`,
  );
  console.log(
    `badges at the end: ${badges.badges} on ${badges.rows} rows, ${badges.stale.length} stale (settled in ${report.badges.settledInSeconds} s)`,
  );
  console.log(`console errors: ${consoleErrors.length}, page errors: ${pageErrors.length}`);
  console.log(`report: ${path.relative(REPO, file)}`);
  if (failures.length > 0) {
    console.error(`\nSOAK FAILED:\n  ${failures.slice(0, 20).join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nsoak passed');
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
