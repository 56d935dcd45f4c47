// Puts our browser stand-ins (src/genesys/sdk-configuration.ts, sdk-logger.ts) in place of the platform SDK's
// configuration.js and logger.js, whose Node-only paths (config files, winston) never run in a browser yet
// shipped in every view's platform-sdk chunk. Only the SDK's own relative imports of those two files are
// redirected: another package's configuration.js, or a deep import of the SDK's file by path, is left alone.
import type { Plugin } from 'vite';

/** A module directly in the SDK's source folder (ApiClient.js, configuration.js, index.js; not api/). */
const SDK_SOURCE_FILE = /[\\/]purecloud-platform-client-v2[\\/]src[\\/]purecloud-platform-client-v2[\\/][^\\/]+\.js$/;

/**
 * The stand-in for the import of `source` by `importer`, or null when it is not one of the SDK's own imports
 * that `standIns` (the SDK's specifier, e.g. './configuration.js' → the absolute path of the stand-in) names.
 */
export function standInFor(standIns: Readonly<Record<string, string>>, source: string, importer: string | undefined): string | null {
  // Importers may carry a query (?v=…, ?import) after the path.
  const importerPath = importer?.split('?', 1)[0];
  if (importerPath === undefined || !SDK_SOURCE_FILE.test(importerPath) || !Object.hasOwn(standIns, source)) return null;
  return standIns[source] ?? null;
}

/** The plugin, for the build, the dev server and Vitest alike. */
export function sdkStandIns(standIns: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'sdk-stand-ins',
    enforce: 'pre',
    resolveId(source, importer) {
      return standInFor(standIns, source, importer);
    },
  };
}
