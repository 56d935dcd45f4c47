// Tests that read src/ as text (import cycles, the messages each view uses) resolve its imports here, once.
import { statSync } from 'node:fs';
import path from 'node:path';

export const SRC = path.resolve(import.meta.dirname, '../../src');
export const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/**
 * The src/ module `specifier` names as imported from the file `from` ('@/…' or a relative path, with or without
 * its extension, or a folder's index); undefined for a package, or for a path that is no .ts/.tsx file.
 */
export function resolveSrcImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(SRC, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [
    base,
    ...SOURCE_EXTENSIONS.map((extension) => base + extension),
    ...SOURCE_EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
  ]) {
    try {
      if (statSync(candidate).isFile() && SOURCE_EXTENSIONS.some((extension) => candidate.endsWith(extension))) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}
