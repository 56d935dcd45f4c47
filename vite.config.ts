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
    reporters: ['default', new SummaryReporter()],
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
