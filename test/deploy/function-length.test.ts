// No function in src/ grows past about 100 lines (message catalogs and name lists aside): a long
// function is where a newcomer loses the thread. The ones still longer are listed with their length
// today and may only shrink; a new long function fails here. Lengths are lines as formatted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const LIMIT = 100;

/** Known long functions (`file:name`) and the most lines each may have; shrink these, never add. */
const STILL_LONG: Readonly<Record<string, number>> = {
  'features/admin/audit/audit-panel.tsx:AuditPanel': 191,
  'features/transfer/target-picker.tsx:TargetPicker': 173,
  'features/directory/directory-page.tsx:Directory': 167,
  'features/supervisor/board-people.tsx:BoardPeople': 166,
  'features/check/probe-row.tsx:foundText': 141,
  'features/directory/card-call-actions.tsx:CardCallActions': 132,
  'features/transfer/transfer-page.tsx:TransferView': 132,
  'features/admin/roles-overview.tsx:RolesOverview': 130,
  'foundations/people/use-directory-rows.ts:useDirectoryRows': 119,
  'features/admin/audit/run-audit.ts:runAudit': 114,
  'foundations/people/directory-list.tsx:DirectoryList': 114,
  'foundations/presence/live-presence.tsx:useLivePresence': 108,
};

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

/** Every function of more than LIMIT lines in src/, as `file:name` → lines. */
function longFunctions(): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of sourceFiles(SRC)) {
    const relative = path.relative(SRC, file).split(path.sep).join('/');
    if (EXEMPT.test(relative)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
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
  }
  return found;
}

test(`no function in src/ is longer than ${String(LIMIT)} lines, except the listed ones, which only shrink`, () => {
  const found = longFunctions();
  const grown = [...found]
    .filter(([key, lines]) => lines > (STILL_LONG[key] ?? LIMIT))
    .map(([key, lines]) => `${key}: ${String(lines)} lines`);
  expect(grown, 'new or grown long functions: split them into named steps').toEqual([]);
});

test('the list of long functions names only functions that are still long (shrunk ones leave it)', () => {
  const found = longFunctions();
  const done = Object.keys(STILL_LONG).filter((key) => !found.has(key));
  expect(done, 'no longer over the limit: remove from STILL_LONG').toEqual([]);
});
