// No function in src/ is longer than 100 lines (message catalogs and name lists aside): a long
// function is where a newcomer loses the thread. Lengths are lines as formatted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const LIMIT = 100;

// Catalogs and name lists are data, not functions to follow.
const EXEMPT = /^(i18n\/(?!translator|format-message|i18n-context|start-i18n|locales|catalogs)|emulator\/name-data)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if (ts.isVariableDeclaration(node.parent)) return node.parent.name.getText();
  if (ts.isPropertyAssignment(node.parent)) return node.parent.name.getText();
  if (ts.isCallExpression(node.parent) && ts.isVariableDeclaration(node.parent.parent)) return node.parent.parent.name.getText();
  return '(anonymous)';
}

/** Every function of more than LIMIT lines in one file's text, as `file:name` → lines. */
function longFunctionsIn(relative: string, text: string): Map<string, number> {
  const found = new Map<string, number>();
  const source = ts.createSourceFile(relative, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const lines = last - first + 1;
      const key = `${relative}:${nameOf(node)}`;
      if (lines > LIMIT) found.set(key, Math.max(lines, found.get(key) ?? 0));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every function of more than LIMIT lines in src/. */
function longFunctions(): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of sourceFiles(SRC)) {
    const relative = path.relative(SRC, file).split(path.sep).join('/');
    if (EXEMPT.test(relative)) continue;
    for (const [key, lines] of longFunctionsIn(relative, readFileSync(file, 'utf8'))) found.set(key, lines);
  }
  return found;
}

test(`no function in src/ is longer than ${String(LIMIT)} lines`, () => {
  const grown = [...longFunctions()].map(([key, lines]) => `${key}: ${String(lines)} lines`);
  expect(grown, 'long functions: split them into named steps').toEqual([]);
});

test('the count finds a long function, whatever its form', () => {
  const body = Array.from({ length: LIMIT }, (_, index) => `  const v${String(index)} = ${String(index)};`).join('\n');
  const text = [`export function declared() {\n${body}\n}`, `const arrow = () => {\n${body}\n};`, `const short = () => 1;`].join('\n');
  expect([...longFunctionsIn('sample.ts', text).keys()]).toEqual(['sample.ts:declared', 'sample.ts:arrow']);
});
