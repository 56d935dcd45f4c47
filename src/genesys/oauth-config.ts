import { z } from 'zod/mini';
import { issueText } from '@/genesys/api-answer';
import { UserFacingError } from '@/genesys/user-facing-error';

// Build-time OAuth configuration (Vite env variables, see README "Deploying").
// One client id for every region, and optionally one per region.

export type OAuthGrant = 'pkce' | 'implicit';

export interface OAuthConfig {
  grant: OAuthGrant;
  defaultClientId?: string;
  clientIds: Readonly<Record<string, string>>;
}

const clientIdSchema = z.string().check(z.trim(), z.regex(/^[\w-]{8,64}$/, 'not an OAuth client id'));

/** "region=clientId" pairs, comma-separated, as { region: clientId }. */
const clientIdsSchema = z.pipe(
  z._default(z.string(), ''),
  z.transform((value, ctx) => {
    const ids: Record<string, string> = {};
    for (const pair of value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [region, id] = pair.split('=').map((part) => part.trim());
      const parsed = clientIdSchema.safeParse(id);
      if (!region || !parsed.success) {
        ctx.issues.push({ code: 'custom', message: `"${pair}" is not region=clientId`, input: value });
        return z.NEVER;
      }
      ids[region.toLowerCase()] = parsed.data;
    }
    return ids;
  }),
);

const envSchema = z.object({
  VITE_GENESYS_OAUTH_GRANT: z._default(z.enum(['pkce', 'implicit']), 'pkce'),
  VITE_GENESYS_OAUTH_CLIENT_ID: z.optional(clientIdSchema),
  VITE_GENESYS_OAUTH_CLIENT_IDS: clientIdsSchema,
});

/** Reads the configuration; an invalid value names the variable. */
export function readOAuthConfig(env: Record<string, unknown>): OAuthConfig {
  const result = envSchema.safeParse({
    VITE_GENESYS_OAUTH_GRANT: env.VITE_GENESYS_OAUTH_GRANT || undefined,
    VITE_GENESYS_OAUTH_CLIENT_ID: env.VITE_GENESYS_OAUTH_CLIENT_ID || undefined,
    VITE_GENESYS_OAUTH_CLIENT_IDS: env.VITE_GENESYS_OAUTH_CLIENT_IDS || undefined,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    // The problem is in English: it is for whoever deploys the app.
    throw new UserFacingError('app.signInError.badConfiguration', {
      variable: String(issue?.path[0] ?? ''),
      problem: issueText(issue),
    });
  }
  const data = result.data;
  return {
    grant: data.VITE_GENESYS_OAUTH_GRANT,
    clientIds: data.VITE_GENESYS_OAUTH_CLIENT_IDS,
    ...(data.VITE_GENESYS_OAUTH_CLIENT_ID ? { defaultClientId: data.VITE_GENESYS_OAUTH_CLIENT_ID } : {}),
  };
}

export function clientIdFor(config: OAuthConfig, environment: string): string {
  const id = config.clientIds[environment] ?? config.defaultClientId;
  if (!id) {
    throw new UserFacingError('app.signInError.noClientId', { environment });
  }
  return id;
}
