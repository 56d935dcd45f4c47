// The bench's four-frame scenario (issue: one Genesys tab, one session): the demo workspace frames the
// directory, the presence board and two interaction widgets in one page against one emulator, with one
// token, as frames of one Genesys Cloud tab share one. `tab=alone` gives each frame its own channel and
// budget (before); `tab=shared` (the default) one of each for the tab (after). While the directory
// scrolls and the board loads and sweeps, it counts the tab's API requests, 429s, channels and sockets.

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Frame} Frame */

export const FRAME_NAMES = ['directory', 'supervisor', 'transfer-1', 'transfer-2'];

/**
 * @typedef {{
 *   variant: 'alone' | 'shared',
 *   size: number,
 *   seconds: number,
 *   requestsPerMin: number | null,
 *   busiestMinute: number | null,
 *   rateLimited: number | null,
 *   channels: number | null,
 *   mostSockets: number | null,
 *   leaders: number | null,
 *   byRoute: { route: string, count: number }[],
 *   why: string | null,
 * }} FramesResult
 */

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {Page} page @param {number} capMs */
async function framesReady(page, capMs) {
  const deadline = Date.now() + capMs;
  while (Date.now() < deadline) {
    const frames = FRAME_NAMES.map((name) => page.frame({ name }));
    if (frames.every((frame) => frame !== null)) {
      const drawn = await Promise.all(
        frames.map((frame) =>
          /** @type {Frame} */ (frame)
            .evaluate(() => document.querySelector('[data-user-id] [data-presence]:not([data-presence="pending"])') !== null)
            .catch(() => false),
        ),
      );
      if (drawn.every(Boolean)) return frames.map((frame) => /** @type {Frame} */ (frame));
    }
    await sleep(250);
  }
  return null;
}

/**
 * One run of the scenario in a fresh page.
 * @param {Page} page @param {string} baseUrl
 * @param {{ variant: 'alone' | 'shared', size: number, seconds: number, churn: number }} run
 * @returns {Promise<FramesResult>}
 */
export async function measureFrames(page, baseUrl, { variant, size, seconds, churn }) {
  /** @type {FramesResult} */
  const result = {
    variant,
    size,
    seconds,
    requestsPerMin: null,
    busiestMinute: null,
    rateLimited: null,
    channels: null,
    mostSockets: null,
    leaders: null,
    byRoute: [],
    why: null,
  };
  await page.setViewportSize({ width: 2100, height: 900 });
  const url = new URL('workspace', baseUrl);
  for (const [name, value] of Object.entries({ demo: 'agent', demoSize: size, demoSeed: 1, demoChurn: churn, tab: variant })) {
    url.searchParams.set(name, String(value));
  }
  await page.goto(url.href);
  const frames = await framesReady(page, 90_000);
  if (!frames) {
    result.why = 'the four frames did not all draw a badge within 90 s';
    return result;
  }
  const from = await page.evaluate(() => Date.now());
  const [directory] = frames;
  if (!directory) throw new Error('no directory frame');
  // The directory scrolls back and forth the whole time, the board loads and sweeps by itself, the widgets list people.
  const scrolling = directory.evaluate(async (ms) => {
    const list = document.querySelector('[data-list-viewport]');
    if (!list) return;
    const end = Date.now() + ms;
    let direction = 1;
    while (Date.now() < end) {
      list.scrollTop += direction * 120;
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1 || list.scrollTop <= 0) direction = -direction;
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  }, seconds * 1000);
  let mostSockets = 0;
  const watchUntil = Date.now() + seconds * 1000;
  while (Date.now() < watchUntil) {
    const sockets = await page.evaluate(() => window.gc8x8Demo?.stats().sockets ?? 0);
    mostSockets = Math.max(mostSockets, sockets);
    await sleep(2000);
  }
  await scrolling;
  const summary = await page.evaluate((start) => {
    const to = Date.now();
    const entries = (window.gc8x8Demo?.requests() ?? []).filter(
      (e) => e.path.startsWith('/api/') && e.timestamp >= start && e.timestamp <= to,
    );
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const entry of entries) {
      const route = `${entry.method} ${entry.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}')}`;
      counts.set(route, (counts.get(route) ?? 0) + 1);
    }
    const times = entries.map((e) => e.timestamp).sort((a, b) => a - b);
    let busiest = 0;
    for (let i = 0, j = 0; i < times.length; i += 1) {
      while ((times[i] ?? 0) - (times[j] ?? 0) >= 60_000) j += 1;
      busiest = Math.max(busiest, i - j + 1);
    }
    return {
      seconds: (to - start) / 1000,
      requests: entries.length,
      busiest,
      rateLimited: entries.filter((e) => e.status === 429).length,
      channels: window.gc8x8Demo?.stats().channels ?? 0,
      byRoute: [...counts].map(([route, count]) => ({ route, count })).sort((a, b) => b.count - a.count),
    };
  }, from);
  const roles = await Promise.all(frames.map((frame) => frame.evaluate(() => document.documentElement.dataset.tabRole ?? '')));
  result.requestsPerMin = (summary.requests / summary.seconds) * 60;
  result.busiestMinute = summary.seconds >= 60 ? summary.busiest : null;
  result.rateLimited = summary.rateLimited;
  result.channels = summary.channels;
  result.mostSockets = mostSockets;
  result.leaders = roles.filter((role) => role === 'leader').length;
  result.byRoute = summary.byRoute;
  return result;
}

/**
 * The report's rows: before (each frame alone) beside after (one tab).
 * @param {FramesResult[]} results
 */
export function framesRows(results) {
  const cell = (/** @type {FramesResult} */ r, /** @type {(r: FramesResult) => string} */ read) => (r.why ? `n/a (${r.why})` : read(r));
  const n = (/** @type {number | null} */ value, /** @type {string} */ unit = '') =>
    value === null ? 'n/a' : `${Math.round(value).toLocaleString('en-US')}${unit}`;
  return [
    ['figure', ...results.map((r) => (r.variant === 'alone' ? 'each frame alone (before, tab=alone)' : 'one tab (after)'))],
    ['API requests a minute (tab, all frames)', ...results.map((r) => cell(r, (x) => n(x.requestsPerMin, '/min')))],
    ['  busiest 60 s', ...results.map((r) => cell(r, (x) => n(x.busiestMinute)))],
    ['  answered 429', ...results.map((r) => cell(r, (x) => n(x.rateLimited)))],
    ['notification channels created', ...results.map((r) => cell(r, (x) => n(x.channels)))],
    ['  sockets open at once (most)', ...results.map((r) => cell(r, (x) => n(x.mostSockets)))],
    ['frames leading', ...results.map((r) => cell(r, (x) => (x.variant === 'alone' ? 'n/a (each alone)' : n(x.leaders))))],
    [
      '  top routes',
      ...results.map((r) =>
        cell(r, (x) =>
          x.byRoute
            .slice(0, 3)
            .map((route) => `${route.route} ${route.count}`)
            .join('; '),
        ),
      ),
    ],
  ];
}
