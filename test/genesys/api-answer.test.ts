// A failed parse is worded by the app (issueText), not by zod's English locale, which only the emulator
// loads: what the person and the deployer read must stay clear without it.
import { expect, test } from 'vitest';
import { z } from 'zod/mini';
import { issueText, MalformedAnswerError, parseAnswer } from '@/genesys/api-answer';
import { readOAuthConfig } from '@/genesys/oauth-config';
import { UserFacingError } from '@/genesys/user-facing-error';

function malformedDetail(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof MalformedAnswerError) return error.detail;
    throw error;
  }
  throw new Error('the answer was read');
}

test('a malformed answer names the field and what Genesys should have sent', () => {
  const answer = z.object({ id: z.string(), state: z.enum(['active', 'inactive']), entities: z.array(z.string()).check(z.maxLength(2)) });
  expect(malformedDetail(() => parseAnswer(answer, { id: 5, state: 'active', entities: [] }, 'users'))).toBe('id: expected string');
  expect(malformedDetail(() => parseAnswer(answer, { id: 'a', state: 'gone', entities: [] }, 'users'))).toBe(
    'state: expected "active" or "inactive"',
  );
  expect(malformedDetail(() => parseAnswer(answer, { id: 'a', state: 'active', entities: ['1', '2', '3'] }, 'users'))).toBe(
    'entities: above the maximum of 2',
  );
  expect(malformedDetail(() => parseAnswer(z.string().check(z.regex(/^\d+$/)), 'x', 'count'))).toBe('does not match /^\\d+$/');
  expect(malformedDetail(() => parseAnswer(z.email(), 'x', 'email'))).toBe('not a valid email');
  expect(new MalformedAnswerError('users', 'id: expected string').message).toBe(
    'Genesys Cloud sent an answer we could not read (users: id: expected string).',
  );
});

test("a schema's own message is kept as it is", () => {
  const result = z.safeParse(z.string().check(z.regex(/^[\w-]{8,64}$/, 'not an OAuth client id')), 'no');
  expect(result.success ? 'read' : issueText(result.error.issues[0])).toBe('not an OAuth client id');
  expect(issueText(undefined)).toBe('invalid');
});

test('a bad OAuth setting tells whoever deploys the app which variable and why', () => {
  const problemOf = (env: Record<string, string>) => {
    try {
      readOAuthConfig(env);
    } catch (error) {
      if (error instanceof UserFacingError) return error.messageParams;
      throw error;
    }
    throw new Error('the configuration was read');
  };
  expect(problemOf({ VITE_GENESYS_OAUTH_GRANT: 'magic' })).toEqual({
    variable: 'VITE_GENESYS_OAUTH_GRANT',
    problem: 'expected "pkce" or "implicit"',
  });
  expect(problemOf({ VITE_GENESYS_OAUTH_CLIENT_ID: 'short' })).toEqual({
    variable: 'VITE_GENESYS_OAUTH_CLIENT_ID',
    problem: 'not an OAuth client id',
  });
  expect(problemOf({ VITE_GENESYS_OAUTH_CLIENT_IDS: 'mypurecloud.com' })).toEqual({
    variable: 'VITE_GENESYS_OAUTH_CLIENT_IDS',
    problem: '"mypurecloud.com" is not region=clientId',
  });
});
