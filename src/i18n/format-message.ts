// A small subset of ICU MessageFormat, enough for our catalogs:
//   {name}                                          a value (numbers in the locale's digits)
//   {count, plural, =0 {…} one {# user} other {# users}}   Intl.PluralRules; # is the count
//   {kind, select, call {…} other {…}}              a choice by string
// Branches may hold further placeholders. No apostrophe escaping: catalogs use ’.

export type MessageParams = Readonly<Record<string, string | number>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; branches: ReadonlyMap<string, Part[]> };

export class MessageSyntaxError extends Error {
  constructor(message: string, source: string) {
    super(`${message} in "${source}"`);
    this.name = 'MessageSyntaxError';
  }
}

function parseParts(source: string, start: number, inBranch: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let text = '';
  let index = start;
  const flush = () => {
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
  };
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '}') {
      if (!inBranch) throw new MessageSyntaxError(`Unexpected "}" at ${String(index)}`, source);
      flush();
      return { parts, end: index };
    }
    if (char === '#' && inBranch) {
      flush();
      parts.push({ kind: 'pound' });
      index += 1;
      continue;
    }
    if (char === '{') {
      flush();
      const placeholder = parsePlaceholder(source, index + 1);
      parts.push(placeholder.part);
      index = placeholder.end + 1;
      continue;
    }
    text += char;
    index += 1;
  }
  if (inBranch) throw new MessageSyntaxError('Unclosed branch', source);
  flush();
  return { parts, end: index };
}

function parsePlaceholder(source: string, start: number): { part: Part; end: number } {
  const close = source.indexOf('}', start);
  const comma = source.indexOf(',', start);
  if (close === -1) throw new MessageSyntaxError('Unclosed placeholder', source);
  if (comma === -1 || close < comma) {
    const name = source.slice(start, close).trim();
    if (!/^\w+$/.test(name)) throw new MessageSyntaxError(`Bad placeholder "${name}"`, source);
    return { part: { kind: 'value', name }, end: close };
  }
  const name = source.slice(start, comma).trim();
  const typeEnd = source.indexOf(',', comma + 1);
  if (typeEnd === -1) throw new MessageSyntaxError(`Placeholder "${name}" has no branches`, source);
  const kind = source.slice(comma + 1, typeEnd).trim();
  if (kind !== 'plural' && kind !== 'select') throw new MessageSyntaxError(`Unknown placeholder type "${kind}"`, source);
  const branches = new Map<string, Part[]>();
  let index = typeEnd + 1;
  for (;;) {
    while (/\s/.test(source[index] ?? '')) index += 1;
    if (source[index] === '}') break;
    const open = source.indexOf('{', index);
    if (open === -1) throw new MessageSyntaxError(`Placeholder "${name}" is not closed`, source);
    const selector = source.slice(index, open).trim();
    if (!/^(=\d+|[\w-]+)$/.test(selector)) throw new MessageSyntaxError(`Bad branch "${selector}"`, source);
    const branch = parseParts(source, open + 1, true);
    branches.set(selector, branch.parts);
    index = branch.end + 1;
  }
  if (!branches.has('other')) throw new MessageSyntaxError(`Placeholder "${name}" needs an "other" branch`, source);
  return { part: { kind, name, branches }, end: index };
}

/** Parses a message once; throws MessageSyntaxError naming the problem. */
export function parseMessage(source: string): readonly Part[] {
  return parseParts(source, 0, false).parts;
}

/** The placeholder names a message uses, for the catalog checks. */
export function placeholdersOf(source: string): Set<string> {
  const names = new Set<string>();
  const visit = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind === 'value') names.add(part.name);
      if (part.kind === 'plural' || part.kind === 'select') {
        names.add(part.name);
        for (const branch of part.branches.values()) visit(branch);
      }
    }
  };
  visit(parseMessage(source));
  return names;
}

export interface MessageFormatters {
  number: (value: number) => string;
  pluralCategory: (value: number) => string;
}

export function renderMessage(parts: readonly Part[], params: MessageParams, format: MessageFormatters, pound?: number): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'pound':
        out += pound === undefined ? '#' : format.number(pound);
        break;
      case 'value': {
        const value = params[part.name];
        out += value === undefined ? `{${part.name}}` : typeof value === 'number' ? format.number(value) : value;
        break;
      }
      case 'plural': {
        const raw = params[part.name];
        const value = typeof raw === 'number' ? raw : Number(raw);
        const branch =
          part.branches.get(`=${String(value)}`) ?? part.branches.get(format.pluralCategory(value)) ?? part.branches.get('other') ?? [];
        out += renderMessage(branch, params, format, value);
        break;
      }
      case 'select': {
        const value = String(params[part.name] ?? 'other');
        out += renderMessage(part.branches.get(value) ?? part.branches.get('other') ?? [], params, format, pound);
        break;
      }
    }
  }
  return out;
}
