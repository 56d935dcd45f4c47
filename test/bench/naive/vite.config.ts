// The naive baseline page of `npm run bench`: its own tiny build, same SDK
// wrapper and same in-browser emulator as the app, served by `vite preview`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';

const fromRepo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // mockServiceWorker.js, so the emulator's service worker is served from this origin too.
  publicDir: fromRepo('public'),
  resolve: {
    alias: {
      '@': fromRepo('src'),
      winston: fromRepo('src/genesys/node-only-stub.ts'),
      configparser: fromRepo('src/genesys/node-only-stub.ts'),
    },
  },
  build: { outDir: fromRepo('test-results/bench/naive-dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  preview: { strictPort: true },
  logLevel: 'warn',
});
