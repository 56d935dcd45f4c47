// JavaScript weight of a view: the gzip bytes of the app's own chunks a page fetched, the demo-only chunks left
// out. Which chunks are demo-only comes from the build's manifest (vite.config.ts: build.manifest), not from
// file names: those reachable only through the dynamic import of the emulator (src/emulator/demo/start-demo.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[] }} ManifestChunk */
/** @typedef {Record<string, ManifestChunk>} Manifest */
/** @typedef {{ url: string, body: Buffer }} JsResponse */

/** The module whose dynamic import starts demo mode (src/main.tsx). */
export const DEMO_ENTRY = 'src/emulator/demo/start-demo.ts';

/**
 * The build's manifest (<dist>/.vite/manifest.json), or null when the build wrote none.
 * @param {string} distDir @returns {Manifest | null}
 */
export function readManifest(distDir) {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  return /** @type {Manifest} */ (parsed);
}

/**
 * Manifest keys reachable from the build's entries, following static and dynamic imports except into `skip`.
 * @param {Manifest} manifest @param {Set<string>} skip
 */
function reachable(manifest, skip) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (seen.has(key) || skip.has(key) || !chunk) return;
    seen.add(key);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return seen;
}

/**
 * The chunk files (e.g. "assets/start-demo-x.js") a page loads only in demo mode: everything reachable from
 * the entries minus what stays reachable once the demo entry's dynamic import is cut.
 * @param {Manifest} manifest @param {string} [demoEntry] @returns {Set<string>}
 */
export function demoOnlyFiles(manifest, demoEntry = DEMO_ENTRY) {
  const all = reachable(manifest, new Set());
  const withoutDemo = reachable(manifest, new Set([demoEntry]));
  return new Set([...all].filter((key) => !withoutDemo.has(key)).map((key) => manifest[key]?.file ?? key));
}

/**
 * The files among `loaded` that the app itself asked for: the entries and the non-demo dynamic imports the page
 * loaded, and what those import statically. A chunk that the emulator imports statically, and that some other view
 * imports too (so it is not demo-only), is loaded in demo mode by every view, yet a view that does not import it
 * would not load it in Genesys Cloud: the emulator's cost, not the view's (src/genesys/oauth-scopes.ts, which the
 * check view and the emulator's OAuth read, was one).
 * @param {Manifest} manifest @param {Set<string>} loaded files ("assets/x.js") @param {Set<string>} demoOnly files
 * @returns {Set<string>}
 */
export function appLoadedFiles(manifest, loaded, demoOnly) {
  /** @type {Map<string, string>} */
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (seen.has(key) || !chunk) return;
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const file of loaded) {
    const key = keyOfFile.get(file);
    const chunk = key === undefined ? undefined : manifest[key];
    if (key !== undefined && chunk && (chunk.isEntry || (chunk.isDynamicEntry && !demoOnly.has(file)))) visit(key);
  }
  return new Set([...seen].map((key) => manifest[key]?.file ?? key).filter((file) => loaded.has(file)));
}

/** "http://host/assets/x.js?v=1" → "assets/x.js". @param {string} url */
function fileOf(url) {
  return new URL(url).pathname.replace(/^\/+/, '');
}

/**
 * Gzip bytes (zlib's default level, 6, as `vite build` prints them) of the app's JavaScript among `responses`
 * (each JS response up to the moment measured), demo-only chunks excluded; each file counts once. `vite build`
 * prints kB of 1,000 bytes. With a manifest only the app's own loads count (appLoadedFiles: not the MSW worker,
 * not what only the emulator imports); without one every JS response counts except the files
 * `excludeWithoutManifest` matches.
 * @param {JsResponse[]} responses
 * `startedBy`: only the files whose request started by then (scriptsStartedBy): what loads after the first
 * content, however soon after, is not counted.
 * @param {{ manifest?: Manifest | null, excludeWithoutManifest?: RegExp[], startedBy?: Set<string> | null }} [options]
 */
export function jsWeight(responses, { manifest = null, excludeWithoutManifest = [], startedBy = null } = {}) {
  /** @type {Set<string>} */
  const demoOnly = manifest ? demoOnlyFiles(manifest) : new Set();
  const started = responses.map(({ url }) => fileOf(url)).filter((file) => !startedBy || startedBy.has(file));
  const app = manifest ? appLoadedFiles(manifest, new Set(started), demoOnly) : null;
  /** @type {Map<string, number>} */
  const counted = new Map();
  /** @type {Set<string>} */
  const excluded = new Set();
  for (const { url, body } of responses) {
    const file = fileOf(url);
    if (startedBy && !startedBy.has(file)) continue;
    const ours = app ? app.has(file) : !excludeWithoutManifest.some((pattern) => pattern.test(file));
    if (!ours || demoOnly.has(file)) excluded.add(file);
    else if (!counted.has(file)) counted.set(file, gzipSync(body).length);
  }
  const gzipBytes = [...counted.values()].reduce((sum, bytes) => sum + bytes, 0);
  return { gzipBytes, files: [...counted.keys()].sort(), excluded: [...excluded].sort() };
}

/**
 * Collects the JS responses `page` receives from now on; `take()` gives those received so far, with bodies.
 * @param {import('playwright-core').Page} page
 */
export function collectJs(page) {
  /** @type {Promise<JsResponse | null>[]} */
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), body }),
        () => null,
      ),
    );
  });
  return {
    take: async () => {
      const taken = await Promise.all([...bodies]);
      return taken.filter((entry) => entry !== null);
    },
  };
}

/**
 * The files ("assets/x.js") of the scripts whose request started by `atMs` on the page's clock (Resource Timing,
 * module preloads and dynamic imports included).
 * @param {import('playwright-core').Page} page @param {number} atMs @returns {Promise<Set<string>>}
 */
export async function scriptsStartedBy(page, atMs) {
  const files = await page.evaluate(
    (at) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= at && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname.replace(/^\/+/, '')),
    atMs,
  );
  return new Set(files);
}
