// Issue 18: a newcomer reads the README's first screen (under 60 lines: what the app is, screenshots,
// the two commands, the personas) and follows its links to docs/ for everything else. Every relative
// link and #anchor of README.md and docs/*.md must resolve (GitHub's anchor rules).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = slug(heading.replace(/`/g, ''));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count ? `${base}-${String(count)}` : base);
    }
    for (const match of line.matchAll(/<a (?:id|name)="([^"]+)"/g)) if (match[1]) anchors.add(match[1]);
  }
  return anchors;
}

function brokenLinks(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? ''),
    ...[...text.matchAll(/<(?:img|a)\s[^>]*(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? ''),
  ].filter((target) => !/^[a-z]+:/i.test(target));
  return targets.flatMap((target) => {
    const [path = '', anchor] = target.split('#');
    const resolved = path ? resolve(dirname(join(root, file)), decodeURIComponent(path)) : join(root, file);
    if (!existsSync(resolved)) return [`${file}: ${target} (no such file)`];
    if (anchor !== undefined && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor))
      return [`${file}: ${target} (no such heading)`];
    return [];
  });
}

test('the README is one screen: under 60 lines, with the two commands and the screenshots', () => {
  expect(readme.split('\n').length).toBeLessThan(60);
  expect(readme).toContain('npm ci && npm start');
  expect(readme).toContain('npm ci && npm test');
  expect(readme.match(/<img src="docs\/images\/[^"]+\.png"/g)?.length).toBeGreaterThanOrEqual(3);
});

test('the README links every docs/ page', () => {
  expect(docs.length).toBeGreaterThan(3);
  for (const page of docs) expect(readme, page).toContain(`(docs/${page}`);
});

test('every relative link and anchor of the README and the docs resolves', () => {
  expect(['README.md', ...docs.map((page) => `docs/${page}`)].flatMap(brokenLinks)).toEqual([]);
});
