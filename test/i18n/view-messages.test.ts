// Each view loads the messages its modules use beside its chunk (src/app/view-pages.tsx); the entry carries
// only the shell's (SHELL_AREAS). The unit tests preload every view, so a missing area would go unnoticed
// there: this file reads the modules instead. A view's static and lazy imports use keys of exactly the areas
// the view loads (beyond the shell's), the entry's modules use the shell's alone, and no other module uses a
// view's keys. Then, in fresh modules, a view's preload loads its areas and no other's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test, vi } from 'vitest';
import { VIEWS } from '@/app/views';
import { SHELL_AREAS, VIEW_AREAS } from '@/i18n/catalog-types';
import { enCatalog } from '@/i18n/en/catalog';
import { resolveSrcImport, SRC } from '../support/src-imports';

const KEYS = Object.keys(enCatalog);
const areaOf = (key: string) => key.slice(0, key.indexOf('.'));
const shellAreas: readonly string[] = SHELL_AREAS;

interface ModuleFacts {
  staticImports: string[];
  dynamicImports: string[];
  keys: Set<string>;
  /** Parts loaded with messages of their own: `lazyWithAreas(() => import(file)…, [areas])` (src/i18n/lazy-with-areas.tsx). */
  parts: { file: string; areas: string[] }[];
}

/** src/… for `specifier` as imported from `from`; undefined for packages and stylesheets. */
function resolve(specifier: string, from: string): string | undefined {
  if (specifier.endsWith('.css')) return undefined;
  const found = resolveSrcImport(from, specifier);
  if (found === undefined && (specifier.startsWith('@/') || specifier.startsWith('.')))
    throw new Error(`${from} imports ${specifier}, which is not in src/`);
  return found;
}

/** The keys a string names: itself when it is a key; every key it starts when it is a template's head. */
function keysOf(text: string, prefix: boolean): string[] {
  if (!prefix) return KEYS.includes(text) ? [text] : [];
  return text.includes('.') ? KEYS.filter((key) => key.startsWith(text)) : [];
}

const facts = new Map<string, ModuleFacts>();

/** The imports that load at run time (not `import type`), and every key the module's strings name. */
function factsOf(file: string): ModuleFacts {
  const known = facts.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: ModuleFacts = { staticImports: [], dynamicImports: [], keys: new Set(), parts: [] };
  const add = (list: string[], specifier: ts.Expression | undefined) => {
    const resolved = specifier && ts.isStringLiteral(specifier) ? resolve(specifier.text, file) : undefined;
    if (resolved) list.push(resolved);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) {
      add(found.staticImports, node.moduleSpecifier);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly) {
      add(found.staticImports, node.moduleSpecifier);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(found.dynamicImports, node.arguments[0]);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'lazyWithAreas') {
      const [load, areas] = node.arguments;
      const imported: string[] = [];
      const findImport = (inner: ts.Node): void => {
        if (ts.isCallExpression(inner) && inner.expression.kind === ts.SyntaxKind.ImportKeyword) add(imported, inner.arguments[0]);
        ts.forEachChild(inner, findImport);
      };
      if (load) findImport(load);
      const [file] = imported;
      if (file && areas && ts.isArrayLiteralExpression(areas)) {
        found.parts.push({ file, areas: areas.elements.filter(ts.isStringLiteral).map((element) => element.text) });
      }
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      for (const key of keysOf(node.text, false)) found.keys.add(key);
    } else if (ts.isTemplateExpression(node)) {
      for (const key of keysOf(node.head.text, true)) found.keys.add(key);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  facts.set(file, found);
  return found;
}

/** `file` and every module it loads: its static imports, and its lazy ones too when `lazy`; not into `stop`. */
function closure(file: string, lazy: boolean, seen = new Set<string>(), stop: ReadonlySet<string> = new Set()): Set<string> {
  if (seen.has(file) || stop.has(file)) return seen;
  seen.add(file);
  const { staticImports, dynamicImports } = factsOf(file);
  for (const next of lazy ? [...staticImports, ...dynamicImports] : staticImports) closure(next, lazy, seen, stop);
  return seen;
}

/** The parts with messages of their own (lazyWithAreas) that `modules` load, with their areas. */
function partsOf(modules: Iterable<string>): Map<string, string[]> {
  return new Map([...modules].flatMap((file) => factsOf(file).parts.map(({ file: part, areas }) => [part, areas] as const)));
}

/** The catalogs themselves (src/i18n/<locale>/…), which define keys rather than use them. */
const isCatalog = (file: string) => /^i18n[\\/][a-z-]+[\\/]/.test(path.relative(SRC, file));

/** The areas beyond the shell's whose keys `modules` use, each with one module that uses it. */
function viewAreasUsed(modules: Iterable<string>): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of [...modules].filter((module) => !isCatalog(module))) {
    for (const key of factsOf(file).keys) {
      const area = areaOf(key);
      if (!shellAreas.includes(area) && !used.has(area)) used.set(area, `${path.relative(SRC, file)} (${key})`);
    }
  }
  return used;
}

const VIEW_PAGES = path.join(SRC, 'app/view-pages.tsx');
const pageOf = (view: string) => path.join(SRC, `features/${view}/${view}-page.tsx`);
const entry = closure(path.join(SRC, 'main.tsx'), false);

test('the entry’s modules use the shell’s messages alone', () => {
  expect(entry).toContain(VIEW_PAGES);
  expect(Object.fromEntries(viewAreasUsed(entry))).toEqual({});
});

test.each(VIEWS.map(({ path: viewPath }) => viewPath))('%s loads exactly the areas its modules use', async (viewPath) => {
  const { viewAreas } = await import('@/app/view-pages');
  const page = pageOf(viewPath.slice(1));
  expect(factsOf(VIEW_PAGES).dynamicImports, 'view-pages.tsx loads the page lazily').toContain(page);
  // Parts loaded with their own messages (lazyWithAreas) answer for theirs: the view's modules stop at them.
  const parts = partsOf(closure(page, true));
  const modules = closure(page, true, new Set(), new Set(parts.keys()));
  const used = viewAreasUsed(modules);
  expect([...used.keys()].sort(), JSON.stringify(Object.fromEntries(used))).toEqual([...viewAreas(viewPath)].sort());
  // Each part loads exactly the areas its modules use beyond the view's.
  for (const [part, areas] of parts) {
    const partUsed = viewAreasUsed(closure(part, true));
    const beyond = [...partUsed.keys()].filter((area) => !viewAreas(viewPath).includes(area as never));
    expect(beyond.sort(), `${path.relative(SRC, part)}: ${JSON.stringify(Object.fromEntries(partUsed))}`).toEqual([...areas].sort());
  }
});

test('the directory’s cards load the transfer messages with their Transfer and Consult, not with the view', async () => {
  const { viewAreas } = await import('@/app/view-pages');
  expect(viewAreas('/directory')).toEqual(['directory']);
  expect([...partsOf(closure(pageOf('directory'), true))]).toEqual([
    [path.join(SRC, 'features/directory/agent-call-events.tsx'), ['transfer']],
    [path.join(SRC, 'features/directory/card-call-actions.tsx'), ['transfer', 'calls']],
    // The card itself, after the first badges too: its messages are the shell's.
    [path.join(SRC, 'foundations/people/user-card.tsx'), []],
  ]);
});

test('the transfer view loads the actions’ messages with its actions, not with the call and the list', async () => {
  const { viewAreas } = await import('@/app/view-pages');
  expect(viewAreas('/transfer')).toEqual(['transfer']);
  expect([...partsOf(closure(pageOf('transfer'), true))]).toEqual([[path.join(SRC, 'features/transfer/transfer-controls.tsx'), ['calls']]]);
});

test('no module outside the views uses a view’s messages', () => {
  const inViews = new Set(VIEWS.flatMap(({ path: viewPath }) => [...closure(pageOf(viewPath.slice(1)), true)]));
  const everywhere = closure(path.join(SRC, 'main.tsx'), true);
  const outside = [...viewAreasUsed([...everywhere].filter((file) => !inViews.has(file))).values()];
  expect(outside).toEqual([]);
  expect(
    VIEW_AREAS.filter((area) => !VIEWS.some(({ path: viewPath }) => viewAreasUsed(closure(pageOf(viewPath.slice(1)), true)).has(area))),
  ).toEqual([]);
});

/** A fresh module graph: nothing registered but what the entry carries. */
async function freshI18n() {
  vi.resetModules();
  const [views, registry, catalogs, translator] = await Promise.all([
    import('@/app/view-pages'),
    import('@/i18n/registry'),
    import('@/i18n/catalogs'),
    import('@/i18n/translator'),
  ]);
  return { ...views, ...registry, ...catalogs, ...translator };
}

/** A busy machine may take a while to transform a view's modules afresh. */
const WAIT = { timeout: 10_000 };
const areasIn = (messages: object) => [...new Set(Object.keys(messages).map(areaOf))].sort();

test('the entry registers English’s shell; a view’s preload adds its own areas and no other', async () => {
  const fresh = await freshI18n();
  expect(areasIn(fresh.messagesOf('en'))).toEqual([...SHELL_AREAS].sort());
  fresh.preloadView('/admin');
  await vi.waitFor(() => {
    expect(fresh.hasAreas('en', ['admin'])).toBe(true);
  }, WAIT);
  expect(areasIn(fresh.messagesOf('en'))).toEqual([...SHELL_AREAS, 'admin'].sort());
  expect(fresh.messagesOf('de')).toEqual({});
});

test('in a launch’s language, the view’s areas load in that language and in English, its fallback', async () => {
  const fresh = await freshI18n();
  await fresh.loadShell('de');
  const german = fresh.createTranslator('de');
  expect(german.t('app.shell.view.transfer')).toBe('Weiterleiten');
  expect(fresh.startedLocales()).toEqual(['en', 'de']);
  fresh.preloadView('/transfer');
  await vi.waitFor(() => {
    expect(fresh.hasAreas('de', ['transfer'])).toBe(true);
  }, WAIT);
  expect(german.t('transfer.page.title')).toBe('Weiterleiten');
  expect(areasIn(fresh.messagesOf('de'))).toEqual([...SHELL_AREAS, 'transfer'].sort());
  expect(areasIn(fresh.messagesOf('en'))).toEqual([...SHELL_AREAS, 'transfer'].sort());
});

test('a key whose area has not loaded reads as the key (said once, never thrown), then English, then its own language', async () => {
  const fresh = await freshI18n();
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const german = fresh.createTranslator('de');
  expect(german.t('check.page.title')).toBe('check.page.title');
  expect(german.t('check.page.title')).toBe('check.page.title');
  expect(errors).toHaveBeenCalledTimes(1);
  await fresh.loadAreas('en', ['check']);
  expect(german.t('check.page.title')).toBe('Org check');
  await fresh.loadAreas('de', ['check']);
  expect(german.t('check.page.title')).toBe('Organisationsprüfung');
});
