// Once per run of the e2e project: `vite build` to dist/, then `vite preview` (the production
// headers of deploy/csp.ts, CSP included) on a free port, handed to the tests as `e2eBaseUrl`.
import type { TestProject } from 'vitest/node';
import { buildApp, freePort, startPreview } from '../support/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the production build, e.g. http://localhost:4300. */
    e2eBaseUrl: string;
  }
}

let stopPreview: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  buildApp({ quiet: true });
  const preview = await startPreview({ port: await freePort(4300), label: 'e2e' });
  stopPreview = preview.close;
  project.provide('e2eBaseUrl', preview.url);
}

export async function teardown(): Promise<void> {
  await stopPreview?.();
}
