// What test/deploy/csp.test.ts does not already pin down: the policy for every
// region the SDK knows (connect-src only that region's API, login and
// notification hosts; framed only by its Genesys Cloud origin; nothing inline or
// evaluated), and a page that works under it (no inline script, handler or style).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../deploy/csp';
import { GENESYS_REGIONS } from '@/genesys/sdk';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

test.each(GENESYS_REGIONS)('for %s: connect-src is that region only, frame-ancestors its Genesys Cloud origin only', (region) => {
  const policy = directives(contentSecurityPolicy([region]));
  expect(policy.get('connect-src')).toEqual(["'self'", `https://api.${region}`, `https://login.${region}`, `wss://streaming.${region}`]);
  expect(policy.get('frame-ancestors')).toEqual([`https://apps.${region}`]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
});

test('no directive allows everything, inline code or eval', () => {
  const policy = contentSecurityPolicy([...GENESYS_REGIONS]);
  for (const [name, values] of directives(policy)) {
    for (const value of values) {
      expect(value, name).not.toMatch(/^(\*|https?:|wss?:|'unsafe-eval'|'unsafe-inline'|'unsafe-hashes'|'wasm-unsafe-eval')$/);
      expect(value, name).not.toContain('*');
    }
  }
  // Directives a browser would otherwise fall back to default-src for are either set or 'self'.
  expect(directives(policy).get('default-src')).toEqual(["'self'"]);
  expect(directives(policy).get('object-src')).toEqual(["'none'"]);
  expect(directives(policy).get('form-action')).toEqual(["'self'"]);
});

test('the page itself needs nothing the policy forbids: no inline script, event handler or style', () => {
  const html = readFileSync(path.resolve('index.html'), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...page.querySelectorAll('script')];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.getAttribute('src')).toMatch(/^\//);
    expect(script.textContent.trim()).toBe('');
  }
  expect(page.querySelectorAll('style, [style]')).toHaveLength(0);
  for (const element of page.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
  }
  expect(html).not.toMatch(/javascript:/i);
});
