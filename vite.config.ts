import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SummaryReporter } from './test/support/summary-reporter.ts';
import { fileURLToPath, URL } from 'node:url';
import { previewRegions, securityHeaders } from './deploy/csp.ts';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      winston: fileURLToPath(new URL('./src/genesys/node-only-stub.ts', import.meta.url)),
      configparser: fileURLToPath(new URL('./src/genesys/node-only-stub.ts', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: true },
  // The production headers (README, "Deploying to Genesys Cloud"); demo mode's hosts by default.
  preview: { port: 4173, strictPort: true, headers: securityHeaders(previewRegions(process.env.PREVIEW_CSP_REGIONS)) },
  // The platform SDK's API classes and React DOM make the main chunk about 790 KB (175 KB gzip).
  build: { sourcemap: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
  test: {
    // One closing line for CI over both projects.
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
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
