// Each platform SDK API class carries every operation of its API (UsersApi about a hundred), and a class
// cannot be tree-shaken method by method: half the SDK chunk was operations the app never calls. This
// plugin removes them from the SDK's api/*.js classes at build time, and in the tests (so that they run
// the classes that ship), keeping every method whose name appears anywhere in src/ as a word: a call, a
// method passed around, a name in the OAuth scope map. It cannot tell which class a name belongs to, so it
// errs on the side of keeping. The build fails, loudly, when an operation src/genesys/oauth-scopes.ts
// names (the test/deploy/oauth-scopes.test.ts scan keeps that map equal to the calls in src/) is not a
// method of its class, and when the scan kept nothing of a class (a scan that found nothing).
// ApiClient, Configuration and Logger (the login flows of every kind, Node-only settings) keep what can be
// reached: what src/ or the rest of the SDK names, then what those methods name, and so on.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseSync, type Plugin } from 'vite';
import { OPERATION_SCOPES } from '../src/genesys/oauth-scopes.ts';

/** An API class file of the SDK, its class name captured. */
export const SDK_API_FILE = /[\\/]purecloud-platform-client-v2[\\/]src[\\/]purecloud-platform-client-v2[\\/]api[\\/]([A-Za-z0-9]+Api)\.js$/;

/** The SDK's own classes besides the APIs, which the app loads whole: pruned to what anything can reach. */
export const SDK_CORE_FILE =
  /[\\/]purecloud-platform-client-v2[\\/]src[\\/]purecloud-platform-client-v2[\\/](ApiClient|configuration|logger)\.js$/;
const CORE_CLASSES: Readonly<Record<string, string>> = { ApiClient: 'ApiClient', configuration: 'Configuration', logger: 'Logger' };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every identifier-like word in the source files under `dir`. */
export function wordsIn(dir: string, except?: string): Set<string> {
  const words = new Set<string>();
  for (const file of sourceFiles(dir)) {
    if (file !== except) addWords(readFileSync(file, 'utf8'), words);
  }
  return words;
}

function addWords(text: string, words: Set<string>): Set<string> {
  for (const [word] of text.matchAll(/[A-Za-z_$][\w$]*/g)) words.add(word);
  return words;
}

/** The methods src/genesys/oauth-scopes.ts says the app calls on `className`. */
export function mappedOperations(className: string): string[] {
  return Object.keys(OPERATION_SCOPES)
    .filter((operation) => operation.startsWith(`${className}.`))
    .map((operation) => operation.slice(className.length + 1));
}

interface MethodNode {
  type: string;
  kind?: string;
  static?: boolean;
  key?: { type: string; name?: string };
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** The instance methods (constructor aside) of the class `className` declared in `code`, and the file's comments. */
function parseClass(code: string, className: string, file: string): { methods: (Span & { name: string })[]; comments: Span[] } {
  const { program, errors, comments } = parseSync(file, code);
  if (errors.length > 0) throw new Error(`sdk-prune: ${file} does not parse: ${errors.map(({ message }) => message).join('; ')}`);
  const declaration = program.body.find(
    (node) => node.type === 'ClassDeclaration' && node.id?.type === 'Identifier' && node.id.name === className,
  );
  if (declaration?.type !== 'ClassDeclaration') throw new Error(`sdk-prune: ${file} declares no class ${className}`);
  const methods = (declaration.body.body as MethodNode[]).flatMap((member) =>
    member.type === 'MethodDefinition' && member.kind === 'method' && member.static !== true && member.key?.type === 'Identifier'
      ? [{ name: member.key.name ?? '', start: member.start, end: member.end }]
      : [],
  );
  // The offsets must be string offsets; anything else would cut the file in the wrong places.
  const misplaced = methods.find(({ name, start }) => !code.startsWith(name, start));
  if (misplaced) throw new Error(`sdk-prune: ${file}: method ${misplaced.name} is not where the parser says`);
  return { methods, comments };
}

/** `code` without the spans given (sorted, not overlapping). */
function without(code: string, spans: readonly Span[]): string {
  let rest = '';
  let from = 0;
  for (const { start, end } of spans) {
    if (start < from) continue;
    rest += code.slice(from, start);
    from = end;
  }
  return rest + code.slice(from);
}

/**
 * The methods of the class `className` in `code` that anything can reach: those named in `named` (src/, the
 * rest of the SDK) or in the file's code outside the methods (constructor, statics, getters; comments
 * aside), then, in turn, those named in the body of a method reached.
 */
export function reachableMethods(code: string, className: string, named: ReadonlySet<string>, file = `${className}.js`): Set<string> {
  const { methods, comments } = parseClass(code, className, file);
  const names = new Set(methods.map(({ name }) => name));
  const outside = without(
    code,
    [...methods, ...comments].sort((a, b) => a.start - b.start),
  );
  const queue = [...addWords(outside, new Set(named))].filter((word) => names.has(word));
  const reached = new Set<string>();
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    for (const method of methods) {
      if (method.name !== name) continue;
      for (const word of addWords(code.slice(method.start, method.end), new Set())) {
        if (names.has(word) && !reached.has(word)) queue.push(word);
      }
    }
  }
  return reached;
}

export interface Pruned {
  code: string;
  kept: string[];
  removed: string[];
}

/**
 * `code` (the SDK file declaring `className`) without the methods `keep` refuses. A removed method leaves its
 * line breaks behind, so every line and column kept stays where it was and the incoming source map holds.
 * Throws when a method of `required` is not in the class, or when nothing is kept.
 */
export function pruneApiClass(
  code: string,
  className: string,
  keep: (method: string) => boolean,
  required: readonly string[],
  file = `${className}.js`,
): Pruned {
  const { methods } = parseClass(code, className, file);
  const names = new Set(methods.map(({ name }) => name));
  const missing = required.filter((method) => !names.has(method));
  if (missing.length > 0) {
    throw new Error(
      `sdk-prune: src/ calls ${missing.map((method) => `${className}.${method}`).join(', ')}, which the SDK's ${file} does not have`,
    );
  }
  const removed = methods.filter(({ name }) => !keep(name) && !required.includes(name));
  if (removed.length === methods.length) {
    throw new Error(`sdk-prune: no method of ${className} is named in src/ (is the scan broken?), yet the app loads it`);
  }
  let pruned = '';
  let from = 0;
  for (const { start, end } of removed) {
    pruned += code.slice(from, start) + code.slice(start, end).replace(/[^\n]+/g, '');
    from = end;
  }
  pruned += code.slice(from);
  const gone = new Set(removed.map(({ name }) => name));
  return { code: pruned, kept: [...names].filter((name) => !gone.has(name)), removed: [...gone] };
}

/** The words of src/ and of the SDK beside one core file, read once per build or test run (tens of ms each). */
function wordCache(srcDir: string, alsoDirs: readonly string[]) {
  let src: Set<string> | undefined;
  const beside = new Map<string, Set<string>>();
  const read = () => {
    const words = wordsIn(srcDir);
    for (const dir of alsoDirs) for (const word of wordsIn(dir)) words.add(word);
    return words;
  };
  return {
    src: (): Set<string> => (src ??= read()),
    /** src/'s words and those of the SDK's files other than `file`. */
    srcAndSdkBeside(file: string): Set<string> {
      let words = beside.get(file);
      if (!words) {
        words = new Set(this.src());
        for (const word of wordsIn(dirname(file), file)) words.add(word);
        beside.set(file, words);
      }
      return words;
    },
    forget(): void {
      src = undefined;
      beside.clear();
    },
  };
}

/** One SDK file pruned, or null when `id` is not one the plugin prunes. */
function pruneSdkFile(code: string, id: string, words: ReturnType<typeof wordCache>): string | null {
  const apiClass = SDK_API_FILE.exec(id)?.[1];
  if (apiClass !== undefined) {
    const named = words.src();
    return pruneApiClass(code, apiClass, (method) => named.has(method), mappedOperations(apiClass), id).code;
  }
  const className = CORE_CLASSES[SDK_CORE_FILE.exec(id)?.[1] ?? ''];
  if (className === undefined) return null;
  // What the rest of the SDK names counts too: the API classes call callApi, DefaultHttpClient the hooks.
  const reached = reachableMethods(code, className, words.srcAndSdkBeside(id), id);
  return pruneApiClass(code, className, (method) => reached.has(method), [], id).code;
}

/**
 * The plugin, for `vite build` and Vitest (not the dev server, where a call just written would meet a class
 * pruned before it). src/ is read again when a file under it changes (Vitest's watch mode). `alsoDirs`: more
 * folders whose words keep methods (the emulator's contract tests call documented operations the app does not).
 */
export function sdkPrune(srcDir: string, alsoDirs: readonly string[] = []): Plugin {
  let enabled = false;
  const words = wordCache(srcDir, alsoDirs);
  return {
    name: 'sdk-prune',
    enforce: 'pre',
    configResolved(config) {
      enabled = config.command === 'build' || process.env.VITEST !== undefined;
    },
    buildStart() {
      words.forget();
    },
    watchChange(id) {
      if (id.startsWith(srcDir)) words.forget();
    },
    transform(code, id) {
      const pruned = enabled ? pruneSdkFile(code, id, words) : null;
      // Nothing kept moved (see pruneApiClass), so the source map is unchanged.
      return pruned === null ? null : { code: pruned, map: null };
    },
  };
}
