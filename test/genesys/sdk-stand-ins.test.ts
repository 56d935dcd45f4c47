// The platform SDK's configuration.js and logger.js are replaced by their browser path, src/genesys/sdk-configuration.ts
// and sdk-logger.ts (build/sdk-stand-ins.ts), in the build and these tests alike. Each member the SDK uses is run
// here against the original file too, imported by path (which the redirect leaves alone) under jsdom, where
// `window` exists and the originals take their browser path: any divergence fails.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { standInFor } from '../../build/sdk-stand-ins';
import Configuration, { CHECKED_SDK_VERSION, type AuthPopupConfiguration, type Gateway } from '@/genesys/sdk-configuration';
import Logger from '@/genesys/sdk-logger';
import { createPlatformApis, tokensApi } from '@/genesys/sdk';

const SDK_PACKAGE = createRequire(import.meta.url).resolve('purecloud-platform-client-v2/package.json');
const SDK_SOURCE = join(dirname(SDK_PACKAGE), 'src/purecloud-platform-client-v2');

// The originals, typed as the stand-ins they must match. The original configuration.js's own `./logger.js`
// import does get the stand-in Logger; the original Logger is compared on its own.
const { default: OriginalConfiguration } = (await import(/* @vite-ignore */ join(SDK_SOURCE, 'configuration.js'))) as {
  default: typeof Configuration;
};
const { default: OriginalLogger } = (await import(/* @vite-ignore */ join(SDK_SOURCE, 'logger.js'))) as { default: typeof Logger };

const NOW = '2025-03-04T05:06:07.089Z';

/** `act`'s result on a fresh stand-in Configuration and on a fresh original one. */
function onBoth<T>(act: (config: Configuration) => T): { standIn: T; original: T } {
  return { standIn: act(new Configuration()), original: act(new OriginalConfiguration()) };
}

/** Own properties, in order, undefined values included (toStrictEqual alone does not check the order). */
function state(value: unknown): [string, unknown][] {
  return typeof value === 'object' && value !== null ? Object.entries(structuredClone(value)) : [['', value]];
}

function expectSame<T>({ standIn, original }: { standIn: T; original: T }, what: string): void {
  expect(state(standIn), what).toStrictEqual(state(original));
}

test('the SDK installed is the version the stand-ins were checked against', () => {
  // On an SDK upgrade: compare its configuration.js and logger.js with the stand-ins, then update CHECKED_SDK_VERSION.
  const installed = (JSON.parse(readFileSync(SDK_PACKAGE, 'utf8')) as { version: string }).version;
  const ours = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  expect(installed).toBe(CHECKED_SDK_VERSION);
  expect(ours.dependencies['purecloud-platform-client-v2']).toBe(CHECKED_SDK_VERSION);
});

test("only the SDK's own imports of its configuration.js and logger.js are redirected", () => {
  const standIns = { './configuration.js': '/app/src/genesys/sdk-configuration.ts', './logger.js': '/app/src/genesys/sdk-logger.ts' };
  const sdk = '/app/node_modules/purecloud-platform-client-v2/src/purecloud-platform-client-v2';
  expect(standInFor(standIns, './configuration.js', `${sdk}/ApiClient.js`)).toBe(standIns['./configuration.js']);
  expect(standInFor(standIns, './logger.js', `${sdk}/configuration.js?v=1a2b`)).toBe(standIns['./logger.js']);
  expect(
    standInFor(
      standIns,
      './configuration.js',
      'C:\\app\\node_modules\\purecloud-platform-client-v2\\src\\purecloud-platform-client-v2\\ApiClient.js',
    ),
  ).toBe(standIns['./configuration.js']);
  // Not another package's files, nor the SDK's API classes, nor other names, nor the file imported by its path.
  expect(standInFor(standIns, './configuration.js', '/app/node_modules/other-sdk/src/ApiClient.js')).toBeNull();
  expect(standInFor(standIns, './configuration.js', `${sdk}/api/UsersApi.js`)).toBeNull();
  expect(standInFor(standIns, './DefaultHttpClient.js', `${sdk}/ApiClient.js`)).toBeNull();
  expect(standInFor(standIns, 'constructor', `${sdk}/ApiClient.js`)).toBeNull();
  expect(standInFor(standIns, `${sdk}/configuration.js`, '/app/test/genesys/sdk-stand-ins.test.ts')).toBeNull();
  expect(standInFor(standIns, './configuration.js', undefined)).toBeNull();
});

test("the SDK's ApiClient is configured by the stand-ins; the originals load as themselves", () => {
  const { client } = createPlatformApis('https://api.mypurecloud.de/', 'token');
  expect(client.config).toBeInstanceOf(Configuration);
  expect(client.config.logger).toBeInstanceOf(Logger);
  expect([client.config.environment, client.config.basePath, client.config.authUrl]).toEqual([
    'mypurecloud.de',
    'https://api.mypurecloud.de',
    'https://login.mypurecloud.de',
  ]);
  expect(OriginalConfiguration).not.toBe(Configuration);
  expect(OriginalLogger).not.toBe(Logger);
  // The original's browser path: no config file.
  expect(new OriginalConfiguration().configPath).toBe('');
});

test('a fresh Configuration and Logger hold what the originals hold, in the same order', () => {
  expectSame(
    onBoth((config) => config),
    'Configuration',
  );
  expectSame({ standIn: new Logger(), original: new OriginalLogger() }, 'Logger');
  const logger = new Logger();
  const original = new OriginalLogger();
  expect(logger.logLevelEnum).toStrictEqual(original.logLevelEnum);
  expect(logger.logFormatEnum).toStrictEqual(original.logFormatEnum);
  expect(logger.logLevelEnum).toBe(new Logger().logLevelEnum);
  expect(onBoth((config) => [config.refresh_access_token, config.refresh_token_wait_max, config.live_reload_config])).toEqual({
    standIn: [true, 10, true],
    original: [true, 10, true],
  });
});

test('setEnvironment strips a protocol, "api." and trailing slashes as the original does', () => {
  const environments = [
    undefined,
    '',
    'mypurecloud.ie',
    'https://api.mypurecloud.de/',
    'http://api.usw2.pure.cloud//',
    'api.mypurecloud.jp',
    'https://login.mypurecloud.com',
    'https://http://api.example.com',
    'HTTPS://api.mypurecloud.com.au',
  ];
  for (const environment of environments) {
    const set = (config: Configuration) => {
      config.setEnvironment(environment);
      return [config.environment, config.basePath, config.authUrl];
    };
    expectSame(onBoth(set), String(environment));
    // Without an argument, the host (set from a config file under Node) comes first.
    expectSame(
      onBoth((config) => {
        config.host = 'inindca.com/';
        return set(config);
      }),
      `${String(environment)} with a host`,
    );
  }
  const germany = new Configuration();
  germany.setEnvironment('https://api.mypurecloud.de/');
  expect([germany.environment, germany.basePath, germany.authUrl]).toEqual([
    'mypurecloud.de',
    'https://api.mypurecloud.de',
    'https://login.mypurecloud.de',
  ]);
});

test("the gateway and getConfUrl's login and API addresses are the original's", () => {
  const gateways: (Gateway | undefined | null)[] = [
    undefined,
    null,
    { host: 'gw.example.com' },
    { host: '' },
    {
      host: 'gw.example.com',
      protocol: 'http',
      port: 8443,
      path_params_login: 'login//',
      path_params_api: '/api/',
      username: 'u',
      password: 'p',
    },
    { host: 'gw.example.com', port: 0, path_params_login: '/sso', path_params_api: 'platform' },
    { host: 'gw.example.com', port: -5, protocol: '' },
  ];
  for (const gateway of gateways) {
    expectSame(
      onBoth((config) => {
        config.setGateway(gateway);
        return { gateway: state(config.gateway), urls: ['login', 'api', 'other'].map((type) => config.getConfUrl(type, 'https://region')) };
      }),
      JSON.stringify(gateway),
    );
  }
  const { standIn } = onBoth((config) => {
    config.setGateway({ host: 'gw.example.com', protocol: 'http', port: 8443, path_params_login: 'login/', path_params_api: '/api/' });
    return [config.getConfUrl('login', config.authUrl), config.getConfUrl('api', config.basePath)];
  });
  expect(standIn).toEqual(['http://gw.example.com:8443/login', 'http://gw.example.com:8443/api']);
  expect(new Configuration().getConfUrl('api', 'https://api.mypurecloud.com')).toBe('https://api.mypurecloud.com');
});

test('the auth popup configuration: defaults, merge, set and update as in the original', () => {
  const given: (AuthPopupConfiguration | null | undefined)[] = [
    undefined,
    null,
    {},
    { usePopup: true, popupTimeout: 5000, overrideWindowReplaceUri: 'https://app.example/back', overridePopupUrl: 'https://popup.example' },
    { overridePopupUrlParameters: { a: 'b' }, notifyPopup: true, usePopupIdentifier: true, waitForLoginPromise: false },
    // Wrong types are ignored, each setting on its own.
    {
      usePopup: 'yes',
      popupTimeout: '5',
      popupTarget: 7,
      overridePopupUrlParameters: null,
      autoClosePopup: false,
    } as unknown as AuthPopupConfiguration,
    // Settings inherited by the object given count too.
    Object.create({ popupTarget: 'login', autoClosePopupDelay: 10 }) as AuthPopupConfiguration,
  ];
  expectSame(
    onBoth((config) => config.getAuthPopupConfiguration()),
    'defaults',
  );
  for (const settings of given) {
    const what = JSON.stringify(settings);
    expectSame(
      onBoth((config) => config.mergeWithAuthPopupConfiguration(settings)),
      `merge ${what}`,
    );
    expectSame(
      onBoth((config) => {
        config.updateAuthPopupConfiguration({ popupTarget: 'first' });
        config.setAuthPopupConfiguration(settings);
        return config.getAuthPopupConfiguration();
      }),
      `set ${what}`,
    );
    expectSame(
      onBoth((config) => {
        config.updateAuthPopupConfiguration({ popupTarget: 'first' });
        config.updateAuthPopupConfiguration(settings);
        return config.getAuthPopupConfiguration();
      }),
      `update ${what}`,
    );
    expectSame(
      onBoth((config) => {
        config.authPopupConfiguration = undefined;
        return config.mergeWithAuthPopupConfiguration(settings);
      }),
      `merge without a configuration ${what}`,
    );
  }
});

test('config files and live reload: the browser no-ops of the original', () => {
  expectSame(
    onBoth((config) => {
      const seen: unknown[] = [config.live_reload_config];
      config.live_reload_config = true;
      seen.push(config.live_reload_config);
      config.setConfigPath('/etc/genesys/config');
      config.liveLoadConfig();
      config.updateConfigFromFile();
      return [...seen, state(config)];
    }),
    'after the no-ops',
  );
  const config = new Configuration();
  config.live_reload_config = true;
  config.setConfigPath('/etc/genesys/config');
  expect([config.live_reload_config, config.configPath]).toEqual([false, '']);
});

test('instance is the first Configuration made, and settable, as in the original', () => {
  for (const Class of [Configuration, OriginalConfiguration]) {
    const first = new Class();
    const second = new Class();
    expect(second.instance).toBe(first.instance);
    expect(first.instance).toBeInstanceOf(Class);
    second.instance = second;
    expect(first.instance).toBe(second);
  }
});

test('the logger is silent by default, then logs the levels log_level lets through, as the original', () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const loggers = { standIn: new Logger(), original: new OriginalLogger() };
  for (const logger of Object.values(loggers)) logger.log('error', 500, 'GET', 'https://api.mypurecloud.com/api/v2/users/me', {}, {});
  expect(log).not.toHaveBeenCalled();
  for (const level of ['none', 'error', 'debug', 'trace', 'verbose']) {
    for (const messageLevel of ['error', 'debug', 'trace']) {
      const calls = Object.values(loggers).map((logger) => {
        log.mockClear();
        logger.log_level = level;
        logger.log(messageLevel, 200, 'GET', 'https://api.mypurecloud.com/api/v2/users/me');
        return [log.mock.calls.length, logger.calculateLogLevel(messageLevel)];
      });
      expect(calls[0], `${level} lets ${messageLevel} through`).toEqual(calls[1]);
    }
  }
  for (const value of ['error', 'debug', 'trace', 'ERROR', undefined, 'json', 'text', 'xml']) {
    expect(loggers.standIn.getLogLevel(value)).toBe(loggers.original.getLogLevel(value));
    expect(loggers.standIn.getLogFormat(value)).toBe(loggers.original.getLogFormat(value));
  }
});

type LogArguments = Parameters<Logger['log']>;

const NOT_FOUND: LogArguments = [
  'error',
  404,
  'GET',
  'https://api.mypurecloud.com/api/v2/users/a%20b',
  { Authorization: 'Bearer secret', Accept: 'application/json' },
  { 'inin-correlation-id': 'c-1', 'content-type': 'application/json' },
  undefined,
  { message: 'Not found', code: 'not.found' },
];
const EXCHANGES: LogArguments[] = [
  NOT_FOUND,
  [
    'debug',
    200,
    'POST',
    'https://api.mypurecloud.com/api/v2/users/search',
    { Authorization: 'Bearer secret' },
    undefined,
    { query: [{ type: 'EXACT', value: 'é' }] },
    undefined,
  ],
  ['trace', 0, 'DELETE', 'https://api.mypurecloud.com/x', null, {}, '', null],
  ['error', 502, 'GET', 'https://api.mypurecloud.com/y', undefined, { 'inin-correlation-id': '' }, 'plain text', '{}'],
];

test("the logger writes the original's text and JSON formats, bodies shown only when asked", () => {
  vi.spyOn(Date.prototype, 'toISOString').mockReturnValue(NOW);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const settings = [
    { log_format: 'text', log_request_body: false, log_response_body: false, log_to_console: true },
    { log_format: 'text', log_request_body: true, log_response_body: true, log_to_console: true },
    { log_format: 'json', log_request_body: false, log_response_body: true, log_to_console: true },
    { log_format: 'json', log_request_body: true, log_response_body: false, log_to_console: true },
    { log_format: 'yaml', log_request_body: true, log_response_body: true, log_to_console: true },
    { log_format: 'text', log_request_body: true, log_response_body: true, log_to_console: false },
    // Only `true` writes, in the original.
    { log_format: 'text', log_request_body: true, log_response_body: true, log_to_console: 'true' as unknown as boolean },
  ];
  for (const setting of settings) {
    for (const exchange of EXCHANGES) {
      const [standIn, original] = [new Logger(), new OriginalLogger()].map((logger) => {
        Object.assign(logger, setting, { log_level: 'trace' });
        log.mockClear();
        logger.log(...exchange);
        return log.mock.calls;
      });
      expect(standIn, `${JSON.stringify(setting)} ${exchange[3]}`).toStrictEqual(original);
    }
  }
});

test('the text format, as a person reads it in the console; the caller keeps its own headers', () => {
  vi.spyOn(Date.prototype, 'toISOString').mockReturnValue(NOW);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const logger = new Logger();
  logger.log_level = 'error';
  logger.log_response_body = true;
  logger.log(...NOT_FOUND);
  expect(log.mock.calls).toEqual([
    [
      `ERROR: ${NOW}\n=== REQUEST === \nURL: https://api.mypurecloud.com/api/v2/users/a b\nMethod: GET\n` +
        'Headers: \n\tAuthorization: [REDACTED]\n\tAccept: application/json\n\n=== RESPONSE ===\nStatus: 404\n' +
        'Headers: \n\tinin-correlation-id: c-1\n\tcontent-type: application/json\nCorrelationId: c-1\n' +
        'Body: {\n  "message": "Not found",\n  "code": "not.found"\n}\n',
    ],
  ]);
  expect(NOT_FOUND[4]).toEqual({ Authorization: 'Bearer secret', Accept: 'application/json' });
});

const API = 'https://api.mypurecloud.ie';
const server = setupServer(
  http.post(`${API}/api/v2/users/search`, () =>
    HttpResponse.json({ total: 0, results: [] }, { headers: { 'inin-correlation-id': 'corr-ok' } }),
  ),
  http.get(`${API}/api/v2/tokens/me`, () =>
    HttpResponse.json({ message: 'No token', status: 401 }, { status: 401, headers: { 'inin-correlation-id': 'corr-401' } }),
  ),
);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

test("requests through the SDK log with the stand-in exactly as with the original's logger once the level is raised", async () => {
  vi.spyOn(Date.prototype, 'toISOString').mockReturnValue(NOW);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const written = async (logger: Logger | undefined) => {
    const apis = createPlatformApis('mypurecloud.ie', 'token-abc');
    if (logger) Reflect.set(apis.client.config, 'logger', logger);
    apis.client.config.logger.log_request_body = true;
    apis.client.config.logger.log_response_body = true;
    log.mockClear();
    await apis.users.postUsersSearch({ query: [{ type: 'EXACT', fields: ['email'], value: 'a@example.com' }] });
    apis.client.config.logger.log_level = 'trace';
    await apis.users.postUsersSearch({ query: [{ type: 'EXACT', fields: ['email'], value: 'a@example.com' }] });
    await expect((await tokensApi(apis)).getTokensMe()).rejects.toMatchObject({ status: 401 });
    return log.mock.calls.map((args) => args.map(String));
  };
  const standIn = await written(undefined);
  const original = await written(new OriginalLogger());
  // Silent at the default level; then trace and debug for the success, error for the 401.
  expect(standIn.map(([text]) => text?.split(':', 1)[0])).toEqual(['TRACE', 'DEBUG', 'ERROR']);
  expect(standIn[0]?.[0]).toContain('Authorization: [REDACTED]');
  expect(standIn.join('\n')).not.toContain('token-abc');
  expect(standIn[2]?.[0]).toContain('CorrelationId: corr-401');
  expect(standIn).toEqual(original);
});
