// First: MSW's shared channel is made when msw is imported (see the module).
import './support/listener-limit';
// As main.tsx: zod's configuration (no eval, English messages) before any schema runs.
import '@/app/zod-config';
import '@testing-library/jest-dom/vitest';
// Vitest runs without globals, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// An error logged during a test is a defect even when the assertions pass.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  cleanup();
  // What one test keeps in this browser (favorites, the board's scope and selection) is not the next one's.
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.sessionStorage.clear();
  }
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(' ') ?? '';
    throw new Error(`console.error was called ${errors.length} time(s) during the test: ${first.slice(0, 500)}`);
  }
});
