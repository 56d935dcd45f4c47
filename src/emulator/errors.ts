// Genesys Cloud error bodies. Messages follow the platform's published
// response descriptions (swagger "x-inin-error-codes" / ErrorBody texts);
// codes marked "assumed" have no public source we could find.
import { HttpResponse } from 'msw';
import '@/emulator/zod-english';

/** The platform's ErrorBody: every field present, messageParams empty when the message has none. */
export interface GenesysErrorBody {
  message: string;
  code: string;
  status: number;
  messageWithParams: string;
  messageParams: Record<string, string>;
  contextId: string;
  details: unknown[];
  errors: unknown[];
}

/** Thrown inside a handler (or the guard) to answer with a Genesys error. */
export class GenesysError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params?: { template: string; values: Record<string, string> },
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GenesysError';
  }
}

export const MALFORMED_SYNTAX_MESSAGE = 'The request could not be understood by the server due to malformed syntax.';

export function badRequest(message: string = MALFORMED_SYNTAX_MESSAGE): GenesysError {
  return new GenesysError(400, 'bad.request', message);
}

export function invalidValue(field: string, problem: string): GenesysError {
  return new GenesysError(400, 'invalid.value', `Value for [${field}] is not valid: ${problem}`, {
    template: 'Value for [{field}] is not valid: {problem}',
    values: { field, problem },
  });
}

export function badCredentials(message = 'Invalid login credentials.'): GenesysError {
  return new GenesysError(401, 'bad.credentials', message);
}

/** Names every missing permission, as the platform's 403 does (wording assumed). */
export function missingPermissions(permissions: readonly string[]): GenesysError {
  const list = `[${permissions.join(', ')}]`;
  return new GenesysError(
    403,
    'missing.permissions',
    `Unable to perform the requested action. You are missing the following permission(s): ${list}`,
    {
      template: 'Unable to perform the requested action. You are missing the following permission(s): {permissions}',
      values: { permissions: list },
    },
  );
}

export function notFound(message = 'The requested resource was not found.'): GenesysError {
  return new GenesysError(404, 'not.found', message);
}

/**
 * Where the wait of a 429 can be read: `header` as Genesys sends it (Retry-After and the body);
 * `body` as a browser sees it when CORS does not expose Retry-After (variants.ts, retryAfter).
 */
export function tooManyRequests(retryAfterSeconds: number, readableFrom: 'header' | 'body' = 'header'): GenesysError {
  const seconds = String(retryAfterSeconds);
  return new GenesysError(
    429,
    'too.many.requests.retry.after',
    `Rate limit exceeded the maximum. Retry the request in [${seconds}] seconds`,
    { template: 'Rate limit exceeded the maximum. Retry the request in [{seconds}] seconds', values: { seconds } },
    readableFrom === 'header' ? { 'Retry-After': seconds } : {},
  );
}

export function internalServerError(): GenesysError {
  return new GenesysError(
    500,
    'internal.server.error',
    'The server encountered an unexpected condition which prevented it from fulfilling the request.',
  );
}

export function serviceUnavailable(): GenesysError {
  return new GenesysError(
    503,
    'service.unavailable',
    'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).',
  );
}

/** What a gateway answers when the service behind it never did (code assumed). */
export function gatewayTimeout(): GenesysError {
  return new GenesysError(504, 'gateway.timeout', 'The request timed out.');
}

export function errorBody(error: GenesysError, contextId: string): GenesysErrorBody {
  return {
    message: error.message,
    code: error.code,
    status: error.status,
    messageWithParams: error.params?.template ?? error.message,
    messageParams: { ...error.params?.values },
    contextId,
    details: [],
    errors: [],
  };
}

export function errorResponse(error: GenesysError, contextId: string): Response {
  return HttpResponse.json(errorBody(error, contextId), {
    status: error.status,
    headers: { ...error.headers, 'inin-correlation-id': contextId },
  });
}

/** Error codes of RFC 6749 §4.1.2.1, §4.2.2.1 and §5.2, and RFC 7636 §4.4.1. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'access_denied';

/**
 * Thrown on the login host: answered in OAuth's shape, not Genesys' API shape.
 * The login host sends the text twice, as `description` and `error_description`
 * (seen in public reports of its /oauth/token answers).
 */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
    this.name = 'OAuthError';
  }
}

/** RFC 6749 §5.1: token endpoint answers must not be cached. */
export const NO_STORE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cache-Control': 'no-store',
  Pragma: 'no-cache',
});

export function oauthErrorResponse(error: OAuthError): Response {
  return HttpResponse.json(
    { error: error.error, description: error.description, error_description: error.description },
    { status: error.status, headers: NO_STORE_HEADERS },
  );
}
