// @vitest-environment node
import { expect, test } from 'vitest';
import { contentSecurityPolicy, previewRegions, securityHeaders } from '../../deploy/csp';
import viteConfig from '../../vite.config';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

test('the policy allows only the chosen region hosts, framed only by its Genesys Cloud app origin', () => {
  const policy = directives(contentSecurityPolicy(['mypurecloud.ie']));
  expect(policy.get('connect-src')).toEqual([
    "'self'",
    'https://api.mypurecloud.ie',
    'https://login.mypurecloud.ie',
    'wss://streaming.mypurecloud.ie',
  ]);
  expect(policy.get('frame-ancestors')).toEqual(['https://apps.mypurecloud.ie']);
});

test('scripts come only from the app itself: no inline, eval or remote script', () => {
  const policy = directives(contentSecurityPolicy(['mypurecloud.com']));
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
});

test('several regions, extra framers and inline styles are opt-in', () => {
  const policy = directives(
    contentSecurityPolicy(['usw2.pure.cloud', 'mypurecloud.de', 'usw2.pure.cloud'], {
      extraFrameAncestors: ['https://crm.example.com'],
      inlineStyles: true,
    }),
  );
  expect(policy.get('connect-src')).toHaveLength(1 + 2 * 3);
  expect(policy.get('frame-ancestors')).toEqual(['https://apps.usw2.pure.cloud', 'https://apps.mypurecloud.de', 'https://crm.example.com']);
  expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
});

test('a value that could inject into the header is refused', () => {
  expect(() => contentSecurityPolicy([])).toThrow(/at least one/);
  expect(() => contentSecurityPolicy(['mypurecloud.ie; script-src *'])).toThrow(/Not a Genesys Cloud region/);
  expect(() => contentSecurityPolicy(['https://api.mypurecloud.ie'])).toThrow(/Not a Genesys Cloud region/);
  expect(() => contentSecurityPolicy(['mypurecloud.ie'], { extraFrameAncestors: ['http://crm.example.com'] })).toThrow(
    /Not an https origin/,
  );
});

test('the headers never forbid framing and keep referrers to ourselves', () => {
  const headers = securityHeaders(['mypurecloud.ie']);
  expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
  expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('cross-origin-opener-policy');
  expect(headers['Referrer-Policy']).toBe('no-referrer');
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
});

test('npm run preview sends the production headers for the demo region', () => {
  expect(previewRegions(undefined)).toEqual(['mypurecloud.com']);
  expect(previewRegions(' mypurecloud.ie, usw2.pure.cloud ,')).toEqual(['mypurecloud.ie', 'usw2.pure.cloud']);
  expect(viteConfig.preview?.headers).toEqual(securityHeaders(previewRegions(process.env.PREVIEW_CSP_REGIONS)));
});
