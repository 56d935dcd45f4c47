// The response headers the production build needs, in one place: `npm run
// preview` sends them (vite.config.ts) and docs/deploying.md quotes them for hosting.

export interface SecurityHeaderOptions {
  /**
   * Origins besides https://apps.<region> allowed to frame the app. frame-ancestors
   * checks every ancestor, so a CRM page that itself embeds Genesys Cloud must be listed.
   */
  extraFrameAncestors?: readonly string[];
  /**
   * Allow `<style>` elements and style attributes (style-src 'unsafe-inline').
   * The app needs none today; a web-component library that injects <style> may.
   */
  inlineStyles?: boolean;
}

// A region is a host name such as "mypurecloud.ie" or "usw2.pure.cloud"; anything
// else (a scheme, a path, a space, a quote) would corrupt the header.
const REGION = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const ORIGIN = /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

function checkedRegions(regions: readonly string[]): string[] {
  if (regions.length === 0) throw new Error('contentSecurityPolicy needs at least one Genesys Cloud region');
  return [...new Set(regions.map((region) => region.trim().toLowerCase()))].map((region) => {
    if (!REGION.test(region)) throw new Error(`Not a Genesys Cloud region domain: ${JSON.stringify(region)}`);
    return region;
  });
}

function checkedOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    if (!ORIGIN.test(origin)) throw new Error(`Not an https origin: ${JSON.stringify(origin)}`);
    return origin;
  });
}

/**
 * Content-Security-Policy for the built app serving the given Genesys Cloud
 * regions (e.g. ["mypurecloud.ie"]): API, login (token exchange) and
 * notification hosts of those regions only, framed only by their Genesys Cloud
 * app origins, no inline or remote script.
 */
export function contentSecurityPolicy(regions: readonly string[], options: SecurityHeaderOptions = {}): string {
  const checked = checkedRegions(regions);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", ...(options.inlineStyles ? ["'unsafe-inline'"] : [])],
    // API SVG icons are shown as images from data: or blob: URLs, never as markup.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    [
      'connect-src',
      "'self'",
      ...checked.flatMap((region) => [`https://api.${region}`, `https://login.${region}`, `wss://streaming.${region}`]),
    ],
    // Demo mode's MSW service worker (/mockServiceWorker.js).
    ['worker-src', "'self'"],
    ['frame-ancestors', ...checked.map((region) => `https://apps.${region}`), ...checkedOrigins(options.extraFrameAncestors ?? [])],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Every response header the app should be served with. No X-Frame-Options
 * (it cannot allow a foreign framer; frame-ancestors does) and no
 * Cross-Origin-Opener-Policy (same-origin would cut the sign-in popup off).
 */
export function securityHeaders(regions: readonly string[], options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(regions, options),
    // An authorization code in the URL must not travel on in a Referer header.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** Regions for `npm run preview`: PREVIEW_CSP_REGIONS (comma-separated), else the demo org's default. */
export function previewRegions(value: string | undefined): string[] {
  const regions = (value ?? '')
    .split(',')
    .map((region) => region.trim())
    .filter((region) => region !== '');
  return regions.length > 0 ? regions : ['mypurecloud.com'];
}
