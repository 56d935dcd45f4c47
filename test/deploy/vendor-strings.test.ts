// Issue 19: the app serves every UC integration Genesys Cloud supports as data. No vendor name, presence
// source, number tag or permission string may be written anywhere in src/ but the integration table
// (src/genesys/uc-table.ts) and the message catalogs (src/i18n/<locale>/*.ts, which name the integration
// through {uc}). Comments may explain the default; string literals, templates and JSX text may not.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

/** Vendor names as people, the API and SCIM write them. `gc8x8` (the product's own namespace) is not one. */
const VENDOR = /(?<![a-z])8\s*[x×]\s*8|eight[\s_-]*by[\s_-]*eight|microsoft[\s_-]*teams|zoom[\s_-]*phone|ring[\s_-]*central/i;

const ALLOWED = [/^src\/genesys\/uc-table\.ts$/, /^src\/i18n\/(en|de|es|fr|ja|pt-br)\/[a-z-]+\.ts$/];

/** Names kept from the days the app served 8×8 only, each for a reason a person would notice if it changed. */
const KEPT: readonly (readonly [file: string, text: string])[] = [
  // Favorites and recents already stored in people's browsers under this key must survive the upgrade.
  ['src/features/transfer/transfer-preferences.ts', '8x8-presence.transfer.v1.'],
  // Bookmarked demo links and earlier org files with the persona's earlier name still open it.
  ['src/genesys/launch-context.ts', 'no-8x8'],
  ['src/emulator/org-model.ts', 'no-8x8'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every string literal, template part and JSX text of a file that names a vendor, with its line. */
function vendorStrings(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const kept = KEPT.some(([file, text]) => file === relative(root, path) && text === node.text);
      if (VENDOR.test(node.text) && !kept) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(root, path)}:${String(line + 1)} ${JSON.stringify(node.text.slice(0, 80))}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test('no vendor-specific string remains in src/ outside the integration table and the message catalogs', () => {
  const files = sourceFiles(src).filter((path) => !ALLOWED.some((allowed) => allowed.test(relative(root, path))));
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap(vendorStrings)).toEqual([]);
});

test('the check catches a vendor name however it is written, and leaves the product namespace alone', () => {
  for (const written of ['8×8', '8x8', 'EightByEight', 'eight_by_eight', 'Microsoft Teams', 'MicrosoftTeams', 'ZoomPhone', 'RingCentral']) {
    expect(VENDOR.test(written), written).toBe(true);
  }
  expect(VENDOR.test('gc8x8:tabId')).toBe(false);
  expect(VENDOR.test('window.gc8x8Demo')).toBe(false);
});
