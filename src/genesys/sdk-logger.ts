// Stands in for the platform SDK's logger.js (purecloud-platform-client-v2/src/purecloud-platform-client-v2/),
// which build/sdk-stand-ins.ts puts in its place for the SDK's own import (build, tests and dev server alike).
// Why: bytes (see sdk-configuration.ts). The original also carries a winston logger for Node (setLogger), dead code
// in a browser. This is the original's browser path, member for member: silent at the default log_level 'none',
// console.log in the original's formats once someone raises it.
// Checked against the SDK version in sdk-configuration.ts (CHECKED_SDK_VERSION): re-check when it changes.

type HeaderMap = Record<string, unknown>;

const logLevelEnum = { level: { LNone: 'none', LError: 'error', LDebug: 'debug', LTrace: 'trace' } };
const logFormatEnum = { formats: { JSON: 'json', TEXT: 'text' } };

/** A JSON copy of `value`, or null when it is falsy (the original's copies, which throw as its do). */
function copied<T>(value: T): T | null {
  return value ? (JSON.parse(JSON.stringify(value)) as T) : null;
}

/** One logged exchange in the 'json' format. */
export interface JsonLogEntry {
  level: string;
  date: string;
  method: string;
  url: string;
  correlationId: unknown;
  statusCode: unknown;
  requestHeaders?: HeaderMap;
  responseHeaders?: HeaderMap;
  requestBody?: unknown;
  responseBody?: unknown;
}

export default class Logger {
  // `declare`: the original sets these in its constructor, in this order, and never sets log_file_path in a browser.
  declare log_level: string;
  declare log_format: string;
  declare log_to_console: boolean;
  declare log_file_path: string | undefined;
  declare log_response_body: boolean;
  declare log_request_body: boolean;

  get logLevelEnum(): typeof logLevelEnum {
    return logLevelEnum;
  }

  get logFormatEnum(): typeof logFormatEnum {
    return logFormatEnum;
  }

  constructor() {
    this.log_level = logLevelEnum.level.LNone;
    this.log_format = logFormatEnum.formats.TEXT;
    this.log_to_console = true;
    this.log_response_body = false;
    this.log_request_body = false;
    this.setLogger();
  }

  /** The original builds its winston logger here under Node only; in a browser log() writes to the console. */
  setLogger(): void {
    // Nothing to build in a browser.
  }

  log(
    level: string,
    statusCode: unknown,
    method: string,
    url: string,
    requestHeaders?: HeaderMap | null,
    responseHeaders?: HeaderMap | null,
    requestBody?: unknown,
    responseBody?: unknown,
  ): void {
    // Formatted before the level is checked, as the original does (a body JSON cannot copy throws even when silent).
    const content = this.formatLog(level, statusCode, method, url, requestHeaders, responseHeaders, requestBody, responseBody);
    // `=== true`, as the original: a page script may set it to anything.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
    if (this.calculateLogLevel(level) > 0 && this.log_to_console === true) {
      // The 'json' format (the only one formatLog returns an object for) logs the object itself.
      console.log(typeof content === 'string' ? `${level.toUpperCase()}: ${content}` : content);
    }
  }

  calculateLogLevel(level: string): number {
    const { LError, LDebug, LTrace } = logLevelEnum.level;
    switch (this.log_level) {
      case LError:
        return level === LError ? 1 : -1;
      case LDebug:
        return level === LTrace ? -1 : 1;
      case LTrace:
        return 1;
      default:
        return -1;
    }
  }

  formatLog(
    level: string,
    statusCode: unknown,
    method: string,
    url: string,
    requestHeaders?: HeaderMap | null,
    responseHeaders?: HeaderMap | null,
    requestBody?: unknown,
    responseBody?: unknown,
  ): string | JsonLogEntry {
    const sentHeaders = copied(requestHeaders);
    const receivedHeaders = copied(responseHeaders);
    // Copied whether or not they are shown, as the original does.
    const sentBody = copied(requestBody);
    const receivedBody = copied(responseBody);
    if (sentHeaders) sentHeaders['Authorization'] = '[REDACTED]';
    const shownSentBody = this.log_request_body ? sentBody : undefined;
    const shownReceivedBody = this.log_response_body ? receivedBody : undefined;
    const correlationId = receivedHeaders?.['inin-correlation-id'] || '';
    if (this.log_format === logFormatEnum.formats.JSON) {
      const entry: JsonLogEntry = {
        level,
        date: new Date().toISOString(),
        method,
        url: decodeURIComponent(url),
        correlationId,
        statusCode,
      };
      if (sentHeaders) entry.requestHeaders = sentHeaders;
      if (receivedHeaders) entry.responseHeaders = receivedHeaders;
      if (shownSentBody) entry.requestBody = shownSentBody;
      if (shownReceivedBody) entry.responseBody = shownReceivedBody;
      return entry;
    }
    // The original's text, byte for byte (the space after "=== REQUEST ===" included).
    const date = new Date().toISOString();
    const request =
      this.formatValue('URL', decodeURIComponent(url)) +
      this.formatValue('Method', method) +
      this.formatValue('Headers', this.formatHeaderString(sentHeaders)) +
      this.formatValue('Body', shownSentBody ? JSON.stringify(shownSentBody, null, 2) : '');
    const response =
      this.formatValue('Status', statusCode) +
      this.formatValue('Headers', this.formatHeaderString(receivedHeaders)) +
      this.formatValue('CorrelationId', correlationId) +
      this.formatValue('Body', shownReceivedBody ? JSON.stringify(shownReceivedBody, null, 2) : '');
    return `${date}\n=== REQUEST === \n${request}\n=== RESPONSE ===\n${response}`;
  }

  formatHeaderString(headers: HeaderMap | null | undefined): string {
    let headerString = '';
    if (!headers) return headerString;
    for (const [key, value] of Object.entries(headers)) headerString += `\n\t${key}: ${String(value)}`;
    return headerString;
  }

  formatValue(key: string, value: unknown): string {
    const text = String(value);
    return !value || value === '{}' ? '' : `${key}: ${text}\n`;
  }

  getLogLevel(level: unknown): string {
    switch (level) {
      case 'error':
        return logLevelEnum.level.LError;
      case 'debug':
        return logLevelEnum.level.LDebug;
      case 'trace':
        return logLevelEnum.level.LTrace;
      default:
        return logLevelEnum.level.LNone;
    }
  }

  getLogFormat(format: unknown): string {
    return format === 'json' ? logFormatEnum.formats.JSON : logFormatEnum.formats.TEXT;
  }
}
