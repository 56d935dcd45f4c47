// @vitest-environment node
// The lint rule that keeps markup from strings out of the DOM: each way in is
// caught in src/, and the project's config applies it to every file there.
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { expect, test } from 'vitest';
import { noHtmlInjectionRules } from '../../eslint.config.js';

const [, ...selectors] = noHtmlInjectionRules['no-restricted-syntax'];
const [, ...properties] = noHtmlInjectionRules['no-restricted-properties'];
const rules: Linter.RulesRecord = { 'no-restricted-syntax': ['error', ...selectors], 'no-restricted-properties': ['error', ...properties] };

const linter = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.tsx'],
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules,
    },
  ],
});

async function problems(code: string): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: 'src/ui/example.tsx' });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

test.each([
  ['dangerouslySetInnerHTML in JSX', 'const a = <div dangerouslySetInnerHTML={{ __html: name }} />;'],
  ['dangerouslySetInnerHTML in props', "const b = createElement('div', { dangerouslySetInnerHTML: { __html: name } });"],
  ['innerHTML =', 'element.innerHTML = name;'],
  ['innerHTML +=', 'element.innerHTML += name;'],
  ["['innerHTML'] =", "element['innerHTML'] = name;"],
  ['outerHTML =', 'element.outerHTML = name;'],
  ['insertAdjacentHTML', "element.insertAdjacentHTML('beforeend', name);"],
  ['setHTMLUnsafe', 'element.setHTMLUnsafe(name);'],
  ['createContextualFragment', 'document.createRange().createContextualFragment(name);'],
  ['document.write', 'document.write(name);'],
  ['document.writeln', 'document.writeln(name);'],
])('%s is an error in src', async (_, code) => {
  const found = await problems(code);
  expect(found.length).toBeGreaterThan(0);
  for (const problem of found) expect(problem).toMatch(/^no-restricted-(syntax|properties): .*No HTML from strings/);
});

test('text, attributes and reading markup are fine', async () => {
  expect(
    await problems(
      [
        'const a = <span title={name}>{name}</span>;',
        'element.textContent = name;',
        "element.setAttribute('aria-label', name);",
        'const html = element.innerHTML;',
        "const img = <img src={`data:image/svg+xml,${encodeURIComponent(svg)}`} alt='' />;",
      ].join('\n'),
    ),
  ).toEqual([]);
});

test.each([
  'src/foundations/people/directory-row.tsx',
  'src/ui/notice.tsx',
  'src/app/app.tsx',
  'src/genesys/session.tsx',
  'src/emulator/guard.ts',
])('the project config applies every selector to %s', async (file) => {
  const config: unknown = await new ESLint().calculateConfigForFile(file);
  const applied = (config as { rules: Record<string, unknown[] | undefined> }).rules;
  // Other blocks add their own selectors (text through the catalog); ours must all be there, as errors.
  const syntax = applied['no-restricted-syntax'] ?? [];
  expect(syntax[0]).toBe(2);
  expect(syntax.slice(1)).toEqual(expect.arrayContaining(selectors));
  expect(applied['no-restricted-properties']).toEqual([2, ...properties]);
});
