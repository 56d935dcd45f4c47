// Stands in for the platform SDK's configuration.js (purecloud-platform-client-v2/src/purecloud-platform-client-v2/),
// which build/sdk-stand-ins.ts puts in its place for the SDK's own import (build, tests and dev server alike).
// Why: bytes. Most of the original is for Node (reading, watching and applying a config file), dead code in a browser;
// with sdk-logger.ts this took the platform-sdk chunk every view loads from 10.6 to 9.4 kB gzip. This is the
// original's browser path (`typeof window !== 'undefined'`): no config file, live reload off, the same defaults,
// environment, gateway and auth popup rules. Left out: what only the config file reading calls (updateConfigValues,
// getConfigString/Boolean/Int). test/genesys/sdk-stand-ins.test.ts runs both side by side.
import Logger from '@/genesys/sdk-logger';

/**
 * The SDK version whose configuration.js and logger.js these stand-ins were checked against. When the SDK
 * changes, compare its two files with these, then update this (a test fails until then).
 */
export const CHECKED_SDK_VERSION = '262.0.0';

/** The gateway as setGateway stores it (the SDK's GatewayConfiguration, completed). */
export interface Gateway {
  host: string;
  protocol?: string;
  port?: number;
  path_params_login?: string;
  path_params_api?: string;
  username?: string;
  password?: string;
}

/** The SDK's AuthPopupConfiguration. */
export type AuthPopupConfiguration = {
  usePopup?: boolean;
  popupTimeout?: number;
  notifyPopup?: boolean;
  autoClosePopup?: boolean;
  autoClosePopupDelay?: number;
  popupTarget?: string;
  popupWindowFeatures?: string;
  overridePopupUrl?: string;
  overridePopupUrlParameters?: Record<string, string>;
  overridePopupUrlAuthParameters?: boolean;
  useWindowReplace?: boolean;
  overrideWindowReplaceUri?: string;
  waitForLoginPromise?: boolean;
  usePopupIdentifier?: boolean;
};

// The undefined entries are there, as in the original: they show in its defaults' keys until a merge drops them.
function defaultAuthPopupConfiguration(): AuthPopupConfiguration {
  return {
    usePopup: false,
    popupTimeout: 120000,
    notifyPopup: false,
    autoClosePopup: true,
    autoClosePopupDelay: 3000,
    popupTarget: '_blank',
    popupWindowFeatures: 'popup=true,width=800,height=700',
    overridePopupUrl: undefined,
    overridePopupUrlParameters: undefined,
    overridePopupUrlAuthParameters: false,
    useWindowReplace: false,
    overrideWindowReplaceUri: undefined,
    waitForLoginPromise: true,
    usePopupIdentifier: false,
  };
}

// What a merge takes from its argument, each setting only when of this type, in the original's order (which
// fixes where a setting missing from the copy lands among the keys).
const MERGED_SETTING_TYPES: Readonly<Record<string, string>> = {
  usePopup: 'boolean',
  popupTimeout: 'number',
  autoClosePopup: 'boolean',
  autoClosePopupDelay: 'number',
  popupTarget: 'string',
  popupWindowFeatures: 'string',
  overridePopupUrl: 'string',
  overridePopupUrlParameters: 'object',
  overridePopupUrlAuthParameters: 'boolean',
  notifyPopup: 'boolean',
  waitForLoginPromise: 'boolean',
  useWindowReplace: 'boolean',
  overrideWindowReplaceUri: 'string',
  usePopupIdentifier: 'boolean',
};

export default class Configuration {
  /** The first instance made, as in the original (ApiClient makes one per client). */
  declare static instance: Configuration | undefined;

  get instance(): Configuration | undefined {
    return Configuration.instance;
  }

  set instance(value: Configuration | undefined) {
    Configuration.instance = value;
  }

  // `declare`: the original creates exactly these own properties, in this order (host and config never, in a browser).
  declare configPath: string;
  declare refresh_access_token: boolean;
  declare refresh_token_wait_max: number;
  declare _live_reload_config: boolean;
  declare host: string | undefined;
  declare config: unknown;
  declare gateway: Gateway | undefined;
  declare authPopupConfiguration: AuthPopupConfiguration | undefined;
  declare logger: Logger;
  declare environment: string;
  declare basePath: string;
  declare authUrl: string;

  constructor() {
    Configuration.instance ||= this;
    this.configPath = '';
    this.refresh_access_token = true;
    this.refresh_token_wait_max = 10;
    this._live_reload_config = true;
    this.gateway = undefined;
    this.authPopupConfiguration = defaultAuthPopupConfiguration();
    this.logger = new Logger();
    this.setEnvironment();
    this.liveLoadConfig();
  }

  // The original's getter reads true until the first assignment, which in a browser always turns it off.
  get live_reload_config(): boolean {
    return this._live_reload_config;
  }

  set live_reload_config(_value: boolean) {
    this._live_reload_config = false;
  }

  /** In a browser the original reads no config file and watches none. */
  liveLoadConfig(): void {
    this.configPath = '';
  }

  // The original's signature; a browser ignores the path.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  setConfigPath(_path?: string): void {
    this.configPath = '';
  }

  updateConfigFromFile(): void {
    // The original reads the file under Node only.
  }

  setGateway(gateway?: Gateway | null): void {
    if (!gateway) {
      this.gateway = undefined;
      return;
    }
    this.gateway = {
      host: gateway.host || '',
      protocol: gateway.protocol || 'https',
      port: gateway.port && gateway.port > -1 ? gateway.port : -1,
      path_params_login: gateway.path_params_login ? gateway.path_params_login.replace(/\/+$/, '') : '',
      path_params_api: gateway.path_params_api ? gateway.path_params_api.replace(/\/+$/, '') : '',
    };
    if (gateway.username) this.gateway.username = gateway.username;
    if (gateway.password) this.gateway.password = gateway.password;
  }

  /** A copy of the current auth popup configuration (the defaults when there is none) with `given`'s valid settings. */
  mergeWithAuthPopupConfiguration(given?: AuthPopupConfiguration | null): AuthPopupConfiguration {
    // The JSON copy drops the undefined entries, as the original's does.
    const merged: Record<string, unknown> = this.authPopupConfiguration
      ? (JSON.parse(JSON.stringify(this.authPopupConfiguration)) as Record<string, unknown>)
      : defaultAuthPopupConfiguration();
    if (typeof given === 'object' && given) {
      for (const [key, type] of Object.entries(MERGED_SETTING_TYPES)) {
        // Read as the original reads it: inherited settings count too.
        const value: unknown = Reflect.get(given, key);
        if (typeof value === type && value !== null) merged[key] = value;
      }
    }
    return merged;
  }

  getAuthPopupConfiguration(): AuthPopupConfiguration | undefined {
    return this.authPopupConfiguration;
  }

  setAuthPopupConfiguration(authPopupConfiguration?: AuthPopupConfiguration | null): void {
    this.authPopupConfiguration = defaultAuthPopupConfiguration();
    this.authPopupConfiguration = this.mergeWithAuthPopupConfiguration(authPopupConfiguration);
  }

  updateAuthPopupConfiguration(authPopupConfiguration?: AuthPopupConfiguration | null): void {
    this.authPopupConfiguration = this.mergeWithAuthPopupConfiguration(authPopupConfiguration);
  }

  /** `env` (else host, else mypurecloud.com) without trailing slashes, protocol or "api." prefix. */
  setEnvironment(env?: string): void {
    let environment = (env || this.host || 'mypurecloud.com').replace(/\/+$/, '');
    // One after the other, as the original strips them.
    if (environment.startsWith('https://')) environment = environment.substring(8);
    if (environment.startsWith('http://')) environment = environment.substring(7);
    if (environment.startsWith('api.')) environment = environment.substring(4);
    this.environment = environment;
    this.basePath = `https://api.${environment}`;
    this.authUrl = `https://login.${environment}`;
  }

  /** The gateway's URL for 'login' or any other path type (the API), or `regionUrl` without a gateway host. */
  getConfUrl(pathType: string, regionUrl: string): string {
    const gateway = this.gateway;
    if (!gateway?.host) return regionUrl;
    let url = `${String(gateway.protocol)}://${gateway.host}`;
    if (gateway.port !== undefined && gateway.port > -1) url += `:${gateway.port.toString()}`;
    const pathParams = pathType === 'login' ? gateway.path_params_login : gateway.path_params_api;
    if (pathParams) url += pathParams.startsWith('/') ? pathParams : `/${pathParams}`;
    return url;
  }
}
