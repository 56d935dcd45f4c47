import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

const sdkPackages = ['purecloud-platform-client-v2', 'purecloud-client-app-sdk', 'genesys-cloud-service-discovery-web'];
const viewFeatures = ['directory', 'transfer', 'supervisor', 'admin', 'check'];

// The layers, top to bottom: app (the shell) → features (one view per client-app path) → foundations
// (permissions, presence, people, calls: what the views share) → ui, genesys (the only SDK owner) → i18n.
// A layer imports only layers below it; the emulator is demo-only and imports none of the app's layers.
const LAYER_BANS = {
  features: ['@/app/*', '@/emulator/*'],
  foundations: ['@/app/*', '@/emulator/*', '@/features/*'],
  ui: ['@/app/*', '@/emulator/*', '@/features/*', '@/foundations/*'],
  genesys: ['@/app/*', '@/emulator/*', '@/features/*', '@/foundations/*', '@/ui/*'],
  i18n: ['@/app/*', '@/emulator/*', '@/features/*', '@/foundations/*', '@/ui/*', '@/genesys/*'],
  emulator: ['@/app/*', '@/features/*', '@/foundations/*', '@/ui/*'],
};

function layerPatterns(layer, feature) {
  const patterns = [
    {
      group: LAYER_BANS[layer],
      message: `Imports flow one way (app → features → foundations → ui, genesys → i18n); ${layer} may not import this.`,
    },
  ];
  if (feature) {
    patterns.push({
      group: viewFeatures.filter((other) => other !== feature).map((other) => `@/features/${other}/*`),
      message: 'View features do not import each other.',
    });
  }
  return patterns;
}

// Every no-restricted-syntax selector lives in these lists: flat config replaces a
// rule's options per block rather than merging them.
const HTML_INJECTION =
  'No HTML from strings: names, titles, messages and SVG icons come from the API (render text, or an SVG as an <img> data: URL).';
// test/security/no-html-injection.test.ts proves each one is caught.
const noHtmlInjection = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_INJECTION },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: HTML_INJECTION },
  { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: HTML_INJECTION },
  { selector: 'AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML)$/]', message: HTML_INJECTION },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
    message: HTML_INJECTION,
  },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: HTML_INJECTION },
];
const ownTextThroughCatalog = [
  { selector: 'JSXText[value=/\\p{L}{2,}/u]', message: 'Text of our own goes through t() (src/i18n), in every shipped language.' },
  {
    selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}{2,}/u]',
    message: 'Text of our own goes through t() (src/i18n), in every shipped language.',
  },
  { selector: 'JSXExpressionContainer > Literal[value=/\\p{L}{2,}/u]', message: 'Text of our own goes through t() (src/i18n).' },
];

/** No markup from strings ever reaches the DOM in src/ (the selectors above, plus any use of document.write). */
export const noHtmlInjectionRules = {
  'no-restricted-syntax': ['error', ...noHtmlInjection],
  'no-restricted-properties': [
    'error',
    { object: 'document', property: 'write', message: HTML_INJECTION },
    { object: 'document', property: 'writeln', message: HTML_INJECTION },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public/mockServiceWorker.js', 'test-results', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: sdkPackages.map((name) => ({
            name,
            message: 'Only src/genesys/ loads the Genesys SDKs.',
            allowTypeImports: true,
          })),
          patterns: sdkPackages.map((name) => ({
            group: [`${name}/*`],
            message: 'Only src/genesys/ loads the Genesys SDKs.',
            allowTypeImports: true,
          })),
        },
      ],
    },
  },
  {
    files: ['src/genesys/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  { files: ['src/**/*.{ts,tsx}'], rules: noHtmlInjectionRules },
  // Imports flow one way (see LAYER_BANS) and view features never import each other.
  ...Object.keys(LAYER_BANS).map((layer) => ({
    files: [`src/${layer}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(layer) }] },
  })),
  ...viewFeatures.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns('features', feature) }] },
  })),
  {
    files: ['src/app/**/*.tsx', 'src/ui/**/*.tsx', 'src/features/**/*.tsx', 'src/foundations/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlInjection, ...ownTextThroughCatalog] },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['test/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  // test/e2e drives a real Chromium through Playwright: Testing Library's rules (screen queries, render) do not apply.
  {
    files: ['test/e2e/**'],
    rules: Object.fromEntries(Object.keys(testingLibrary.rules).map((rule) => [`testing-library/${rule}`, 'off'])),
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
