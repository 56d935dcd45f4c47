import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { SummaryReporter } from './test/support/summary-reporter.ts';
import { fileURLToPath, URL } from 'node:url';
import { previewRegions, securityHeaders } from './deploy/csp.ts';
import { sdkPrune } from './build/sdk-prune.ts';
import { sdkStandIns } from './build/sdk-stand-ins.ts';

// The platform SDK (its axios is ours: axios-over-fetch.ts) but for the API classes that load on first use
// (src/genesys/sdk.ts, apiLoader): each is a chunk of its own, which only the views that call it fetch. Not the
// client app SDK nor the deployment list it reads (genesys-cloud-service-discovery-web, 3 kB gzip): they load only
// framed in Genesys Cloud (src/genesys/client-app.ts), and the platform SDK does not import that list. With it, our
// stand-ins for two of its files (build/sdk-stand-ins.ts).
const PLATFORM_SDK =
  /node_modules[\\/]purecloud-platform-client-v2[\\/](?!.*[\\/](Conversations|Notifications|Groups|Authorization|Tokens)Api\.js$)|[\\/]src[\\/]genesys[\\/]sdk-(configuration|logger)\.ts$/;

/** Modules of src/ by path without extension, e.g. 'ui/dialog', for a chunk group's test. */
function srcModules(paths: readonly string[]): RegExp {
  return new RegExp(`[\\\\/]src[\\\\/](${paths.map((name) => name.replaceAll('/', '[\\\\/]')).join('|')})\\.tsx?$`);
}

// What the views share below the shell, in two chunks rather than the dozen small ones the bundler makes by which
// views and lazy parts import each module (each small chunk costs its own gzip overhead; the directory fetched 19).
// The people's data: searches, pages and presence reads (every view but the admin tables needs some of it).
const PEOPLE_DATA = srcModules([
  'foundations/people/(directory-user|users-search|search-text|people-keys|use-directory-cache|search-uc-users|use-load-all-pages|page-order|directory-order|use-who-counts)',
  'foundations/presence/(presence-reader|presence-model|presence-queries)',
  // The call's query keys: the directory reads them at once (its agent's call), the rest of the call later.
  'foundations/calls/call-keys',
  'ui/(first-content|first-content-mark|phone-format|memo-by-text|select-field|rich-text)',
]);
// The people list: the picker, the windowed list, its rows and badges (the list views at once, the board's people and
// the admin's person check after their first content). Not the person card nor the dialog: the transfer view shows
// neither, and the views that do load them with their own code.
const PEOPLE_LIST = srcModules([
  'foundations/people/(directory-list|directory-row|directory-presence|use-directory-rows|people-picker|people-filters|search-combobox|search-terms|listbox-keys|use-debounced-value|get-user-name|untagged-numbers-notice)',
  'foundations/presence/(live-presence|live-shared|badge-icons|presence-badge|presence-clock)',
  'ui/(use-row-window|initials|avatar|truncated-text)',
]);
// The call the transfer view shows at once: its model, reads and events, and who can take it (one chunk, not four).
const CALL = srcModules(['foundations/calls/(call-model|get-calls|use-call-events|transfer-eligibility|phone-number)']);

// The SDK's configuration.js and logger.js are mostly Node-only (config files, winston): their browser path stands
// in for them (build/sdk-stand-ins.ts), in the tests and the dev server too, so that they exercise what ships.
const SDK_STAND_INS = sdkStandIns({
  './configuration.js': fileURLToPath(new URL('./src/genesys/sdk-configuration.ts', import.meta.url)),
  './logger.js': fileURLToPath(new URL('./src/genesys/sdk-logger.ts', import.meta.url)),
});

/**
 * The demo workspace (/workspace, src/emulator/demo/workspace.ts) frames the app's views in the app's own
 * page. frame-ancestors names Genesys Cloud only, so `npm run preview` lets the app frame itself, for those
 * same-origin frame loads only; every other response keeps the production headers.
 */
function previewLetsDemoWorkspaceFrame(): Plugin {
  return {
    name: 'preview-lets-demo-workspace-frame',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.headers['sec-fetch-dest'] === 'iframe' && req.headers['sec-fetch-site'] === 'same-origin') {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            setHeader(
              name,
              name.toLowerCase() === 'content-security-policy' && typeof value === 'string'
                ? value.replace('frame-ancestors', "frame-ancestors 'self'")
                : value,
            );
        }
        next();
      });
    },
  };
}

export default defineConfig({
  // sdkPrune: the SDK's API classes keep only the operations src/ names (build/sdk-prune.ts).
  // In Vitest the emulator's contract tests keep the operations they call too (test/emulator): they check the
  // emulator against documented operations the app does not use.
  plugins: [
    react(),
    previewLetsDemoWorkspaceFrame(),
    sdkPrune(
      fileURLToPath(new URL('./src', import.meta.url)),
      process.env.VITEST === undefined ? [] : [fileURLToPath(new URL('./test/emulator', import.meta.url))],
    ),
    SDK_STAND_INS,
  ],
  // The dev server pre-bundles the SDK with Rolldown, which runs only the plugins named here.
  optimizeDeps: { rolldownOptions: { plugins: [SDK_STAND_INS] } },
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      { find: 'winston', replacement: fileURLToPath(new URL('./src/genesys/node-only-stub.ts', import.meta.url)) },
      { find: 'configparser', replacement: fileURLToPath(new URL('./src/genesys/node-only-stub.ts', import.meta.url)) },
      // The SDK's DefaultHttpClient sends with axios (10 kB gzip); the part of it the SDK uses, over fetch,
      // stands in for it, in the tests too, so that they exercise what ships. Bare `axios` only.
      { find: /^axios$/, replacement: fileURLToPath(new URL('./src/genesys/axios-over-fetch.ts', import.meta.url)) },
    ],
  },
  server: { port: 5173, strictPort: true },
  // The production headers (README, "Deploying to Genesys Cloud"); demo mode's hosts by default.
  preview: { port: 4173, strictPort: true, headers: securityHeaders(previewRegions(process.env.PREVIEW_CSP_REGIONS)) },
  // Each view is its own chunk (src/app/view-pages.tsx) and the SDK's API classes that not every view's first
  // content calls (ConversationsApi for the call views, and four more) load on first use (src/genesys/sdk.ts), the
  // SDK's classes keep only what src/ calls (build/sdk-prune.ts), and the client app SDK loads only framed in
  // Genesys Cloud (src/genesys/client-app.ts), where one 1,080 kB chunk (257 kB gzip) once served every view
  // (docs/architecture.md, "Bundle"). Libraries that change less often than our code get
  // chunks of their own, for the browser cache.
  // The manifest tells the bench which chunks are demo-only (test/bench/js-weight.mjs).
  build: {
    sourcemap: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Not the API classes that load on first use (PLATFORM_SDK).
            { name: 'platform-sdk', test: PLATFORM_SDK },
            // Not zod's locales: only the emulator loads English messages (src/emulator/zod-english.ts).
            {
              name: 'query-zod',
              test: /node_modules[\\/](zod[\\/](?!v4[\\/]locales[\\/])|@tanstack[\\/]query-core[\\/]|@tanstack[\\/]react-query[\\/])/,
              tags: ['$initial'],
            },
            // The app's own modules that main.tsx imports (statically, however deep): one chunk, always loaded first.
            // Left to itself the bundler splits them by which dynamic imports (views, the emulator) also reach
            // them, and every view then fetched five small chunks of the shell besides its entry.
            { name: 'shell', test: /[\\/]src[\\/]/, tags: ['$initial'] },
            { name: 'people-data', test: PEOPLE_DATA },
            // The list's and the admin tables' (which do not load the list) useQueries: not in the list's chunk.
            {
              name: 'use-queries',
              test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/].*[\\/](queriesObserver|useQueries)\.js$/,
            },
            { name: 'people-list', test: PEOPLE_LIST },
            { name: 'call', test: CALL },
          ],
        },
      },
    },
  },
  test: {
    // One closing line for CI over both projects.
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts', './test/support/preload-views.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
          restoreMocks: true,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // The production build in Chromium (README, "End-to-end tests"): globalSetup builds dist/ once and serves it
          // with `vite preview` (production headers); each file drives its own browser.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // After the unit tests (a group of its own), two files at a time: each runs a Chromium.
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
    ],
  },
});
