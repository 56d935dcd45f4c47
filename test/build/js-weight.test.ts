// The bench's JavaScript per view (test/bench/js-weight.mjs) counts what the app itself loads: a chunk only the
// emulator's imports brought in demo mode is not a view's weight, even when another view imports it too.
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { appLoadedFiles, demoOnlyFiles, jsWeight } from '../bench/js-weight.mjs';

const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shell.js'],
    dynamicImports: ['src/directory.tsx', 'src/check.tsx', 'src/emulator/demo/start-demo.ts'],
  },
  '_shell.js': { file: 'assets/shell.js' },
  'src/directory.tsx': { file: 'assets/directory.js', isDynamicEntry: true, imports: ['_shell.js', '_list.js'] },
  '_list.js': { file: 'assets/list.js' },
  'src/check.tsx': { file: 'assets/check.js', isDynamicEntry: true, imports: ['_scopes.js'] },
  // What the check view and the emulator both import: not demo-only, yet the directory loads it only in demo mode.
  '_scopes.js': { file: 'assets/scopes.js' },
  'src/emulator/demo/start-demo.ts': { file: 'assets/start-demo.js', isDynamicEntry: true, imports: ['_scopes.js', '_emulator.js'] },
  '_emulator.js': { file: 'assets/emulator.js' },
};

const directoryLoads = [
  'assets/index.js',
  'assets/shell.js',
  'assets/start-demo.js',
  'assets/emulator.js',
  'assets/scopes.js',
  'assets/directory.js',
  'assets/list.js',
];

test('a view counts its entry, its own dynamic imports and their static imports, not what only the emulator brought', () => {
  const demoOnly = demoOnlyFiles(manifest);
  expect([...demoOnly].sort()).toEqual(['assets/emulator.js', 'assets/start-demo.js']);
  expect([...appLoadedFiles(manifest, new Set(directoryLoads), demoOnly)].sort()).toEqual([
    'assets/directory.js',
    'assets/index.js',
    'assets/list.js',
    'assets/shell.js',
  ]);
  // The check view imports the shared chunk itself: it counts there.
  const checkLoads = [
    'assets/index.js',
    'assets/shell.js',
    'assets/start-demo.js',
    'assets/emulator.js',
    'assets/scopes.js',
    'assets/check.js',
  ];
  expect([...appLoadedFiles(manifest, new Set(checkLoads), demoOnly)].sort()).toEqual([
    'assets/check.js',
    'assets/index.js',
    'assets/scopes.js',
    'assets/shell.js',
  ]);
});

test('the weight is the gzip bytes of the counted files, each once, and says what it left out', () => {
  const body = Buffer.from('x'.repeat(1000));
  const responses = [...directoryLoads, 'assets/list.js', 'mockServiceWorker.js'].map((file) => ({
    url: `http://localhost/${file}?v=1`,
    body,
  }));
  const weight = jsWeight(responses, { manifest, startedBy: null });
  expect(weight.files).toEqual(['assets/directory.js', 'assets/index.js', 'assets/list.js', 'assets/shell.js']);
  expect(weight.excluded).toEqual(['assets/emulator.js', 'assets/scopes.js', 'assets/start-demo.js', 'mockServiceWorker.js']);
  expect(weight.gzipBytes).toBe(4 * gzipSync(body).length);
});
