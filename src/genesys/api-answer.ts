// src/genesys: the only code that loads the Genesys SDKs: launch context, sign-in, API client, request
// scheduler (rate budget, Retry-After), notifications socket and the session that holds them.
import { z } from 'zod/mini';

/** An answer from Genesys Cloud that does not have the shape we rely on. */
export class MalformedAnswerError extends Error {
  constructor(
    readonly operation: string,
    readonly detail: string,
  ) {
    super(`Genesys Cloud sent an answer we could not read (${operation}: ${detail}).`);
    this.name = 'MalformedAnswerError';
  }
}

/** zod/mini's message when a schema gives none and no locale is loaded (src/app/zod-config.ts). */
const NO_MESSAGE = 'Invalid input';

/**
 * What a failed parse found, in a few English words ("expected string"): a schema's own message, else one
 * worded from the issue, since the app does not load zod's locale (2.7 kB in every view).
 */
export function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'invalid';
  if (issue.message !== NO_MESSAGE) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'too_small':
      return `below the minimum of ${String(issue.minimum)}`;
    case 'too_big':
      return `above the maximum of ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern !== undefined ? `does not match ${issue.pattern}` : `not a valid ${issue.format}`;
    default:
      return 'invalid';
  }
}

/** Parses an API answer at the trust boundary; the error names the operation and the bad field. */
export function parseAnswer<T>(schema: z.core.$ZodType<T>, data: unknown, operation: string): T {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  throw new MalformedAnswerError(operation, `${path ? `${path}: ` : ''}${issueText(issue)}`);
}

export interface GenesysErrorInfo {
  status?: number;
  code?: string;
  message: string;
  /** No answer at all: network down, timeout, blocked. */
  unreachable?: boolean;
}

const NO_ANSWER_CODES = new Set(['ERR_NETWORK', 'ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET']);

/** Reads the Genesys error body the SDK rejects with ({message, code, status}). */
export function genesysErrorInfo(error: unknown): GenesysErrorInfo {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    return { message: error.message, ...(code && NO_ANSWER_CODES.has(code) ? { unreachable: true } : {}) };
  }
  if (typeof error === 'object' && error !== null) {
    const status = 'status' in error && typeof error.status === 'number' ? error.status : undefined;
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const message = 'message' in error && typeof error.message === 'string' ? error.message : 'Genesys Cloud did not answer.';
    return { ...(status === undefined ? {} : { status }), ...(code === undefined ? {} : { code }), message };
  }
  return { message: 'Genesys Cloud did not answer.' };
}
