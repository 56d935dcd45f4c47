// No import cycles in src/, type imports included: a module's imports never lead back to it. A
// value cycle makes load order decide what is undefined at start-up; any cycle makes a part
// impossible to read (or move) on its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { resolveSrcImport, SOURCE_EXTENSIONS as EXTENSIONS, SRC } from '../support/src-imports';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return EXTENSIONS.some((extension) => name.endsWith(extension)) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

// `import x from '…'`, `import type { B } from '…'`, `export … from '…'`, `import '…'`, `import('…')`.
const STATIC = /^\s*(?:import|export)\s+(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module's imports within src/. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set<string>();
    for (const pattern of [STATIC, DYNAMIC]) {
      for (const match of text.matchAll(pattern)) {
        const target = match[1] === undefined ? undefined : resolveSrcImport(file, match[1]);
        if (target !== undefined) targets.add(target);
      }
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The strongly connected components with more than one module (or a module importing itself): Tarjan's algorithm. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node))
        found.push(component.map((file) => path.relative(SRC, file)).sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

test('src/ has no import cycles', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(100);
  expect(cyclesOf(graph)).toEqual([]);
});

test('the cycle finder finds a cycle when there is one', () => {
  const graph = new Map([
    [path.join(SRC, 'a.ts'), [path.join(SRC, 'b.ts')]],
    [path.join(SRC, 'b.ts'), [path.join(SRC, 'c.ts')]],
    [path.join(SRC, 'c.ts'), [path.join(SRC, 'a.ts')]],
    [path.join(SRC, 'd.ts'), [path.join(SRC, 'a.ts')]],
  ]);
  expect(cyclesOf(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
});
