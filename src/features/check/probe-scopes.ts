// Probe 9: the OAuth scopes the token lacks, from GET /api/v2/tokens/me (one request)
// compared with what src/genesys/oauth-scopes.ts says the app needs. The same answer's
// Date header, when the browser may read it (CORS), times the clock probe.
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { missingScopes } from '@/genesys/oauth-scopes';
import { tokensApi, type PlatformApis } from '@/genesys/sdk';
import type { ProbeResult, ScopesFound } from '@/features/check/check-model';
import { notCheckedFrom, send, type ProbeContext } from '@/features/check/probe-context';

const tokenSchema = z.object({ authorizedScope: z.catch(z.optional(z.array(z.string())), undefined) });
/** The SDK's extended response (ApiClient.setReturnExtendedResponses): the body with the response headers. */
const extendedSchema = z.object({ body: z.unknown(), headers: z.unknown() });
const dateHeaderSchema = z.object({ date: z.string() });
/** Values a client without scope restrictions might report (defensive: not documented). */
const UNRESTRICTED = new Set(['all', '*']);

export type ScopesProbe = Extract<ProbeResult, { id: 'scopes' }>;

/** When the server answered by its Date header, and when by our clock. */
export interface HeaderTiming {
  serverAt: number;
  localAt: number;
}

export interface ScopesOutcome {
  result: ScopesProbe;
  date: HeaderTiming | null;
}

function scopesFound(authorized: readonly string[] | undefined): { status: 'ok' | 'warning' | 'info'; found: ScopesFound } {
  if (!authorized || authorized.length === 0 || authorized.some((scope) => UNRESTRICTED.has(scope))) {
    return { status: 'info', found: { variant: 'unrestricted', missing: [], granted: authorized?.length ?? 0 } };
  }
  const missing = missingScopes(authorized);
  return {
    status: missing.length === 0 ? 'ok' : 'warning',
    found: { variant: missing.length === 0 ? 'complete' : 'missing', missing, granted: authorized.length },
  };
}

/** `headerApis`: APIs whose client returns extended responses, so that the Date header can be read. */
export async function probeScopes(
  context: ProbeContext,
  headerApis: Pick<PlatformApis, 'client'>,
  now: () => number,
): Promise<ScopesOutcome> {
  const tally = { requests: 0 };
  try {
    const tokens = await tokensApi(headerApis);
    const answer: unknown = await send(context, tally, () => tokens.getTokensMe());
    const localAt = now();
    const extended = extendedSchema.safeParse(answer);
    const body = extended.success ? extended.data.body : answer;
    const token = parseAnswer(tokenSchema, body, 'tokens/me');
    const date = extended.success ? dateHeaderSchema.safeParse(extended.data.headers).data?.date : undefined;
    const serverAt = date === undefined ? Number.NaN : Date.parse(date);
    // The header has whole seconds: the server's moment lies within the second after it.
    const timing = Number.isFinite(serverAt) ? { serverAt: serverAt + 500, localAt } : null;
    return { result: { id: 'scopes', requests: tally.requests, ...scopesFound(token.authorizedScope) }, date: timing };
  } catch (error) {
    return { result: { id: 'scopes', requests: tally.requests, status: 'notChecked', why: notCheckedFrom(error) }, date: null };
  }
}
