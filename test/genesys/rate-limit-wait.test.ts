// How long the app waits after a 429, through the real SDK against the emulator:
// from Retry-After when the browser can read it, from the body when CORS hides
// it (variant retryAfter:body), and by exponential backoff when neither says.
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import type { EmulatorVariants } from '@/emulator/variants';
import { createRequestScheduler } from '@/genesys/request-scheduler';
import { rateLimitOf } from '@/genesys/scheduled-http-client';
import { createPlatformApis } from '@/genesys/sdk';
import { startEmulator } from '../support/emulator-server';
import { USERS } from '../support/fixture-org';

/** A manual clock shared by the scheduler and the emulator: a sleep moves time on by its length. */
function manualClock(onSleep: (ms: number) => void = () => undefined) {
  let now = 0;
  return {
    now: () => now,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          now += ms;
          onSleep(ms);
          resolve();
        }, 0);
      }),
  };
}

test.each<[EmulatorVariants['retryAfter'], 'header' | 'body']>([
  ['header', 'header'],
  ['body', 'body'],
])('retryAfter:%s: a storm saying 20 s holds the request 20 s, read from the %s', async (variant, from) => {
  const sleeps: number[] = [];
  const clock = manualClock((ms) => {
    sleeps.push(ms);
    // The storm passes while the app waits: the retry is answered.
    emulator.clearFaults();
  });
  const { emulator, tokenFor } = startEmulator({
    now: clock.now,
    variants: { retryAfter: variant },
    faults: { rateLimitStorm: true, stormRetryAfterSec: 20 },
  });
  const scheduler = createRequestScheduler(clock);
  const apis = createPlatformApis(emulator.environment, tokenFor('agent'), scheduler);

  await expect(apis.users.getUsersMe()).resolves.toMatchObject({ id: USERS.agent });
  expect(emulator.requestLog.map(({ status, timestamp }) => ({ status, timestamp }))).toEqual([
    { status: 429, timestamp: 0 },
    { status: 200, timestamp: 20_000 },
  ]);
  expect(sleeps).toEqual([20_000]);
  expect(scheduler.rateLimits()).toEqual({ seen: 1, lastWaitFrom: from, lastWaitMs: 20_000 });
});

test('a 429 that states no wait (no header, a budget message) backs off instead of hammering', async () => {
  const clock = manualClock();
  const { emulator, server, tokenFor, url } = startEmulator({ now: clock.now });
  const sentAt: number[] = [];
  server.use(
    http.get(url('/api/v2/users/me'), () => {
      sentAt.push(clock.now());
      return HttpResponse.json(
        {
          message: 'Rate limit exceeded the maximum [300] requests within [60] seconds',
          code: 'too.many.requests',
          status: 429,
          messageWithParams: 'Rate limit exceeded the maximum [{limit}] requests within [{window}] seconds',
          messageParams: { limit: '300', window: '60' },
          contextId: 'ctx',
          details: [],
          errors: [],
        },
        { status: 429 },
      );
    }),
  );
  const scheduler = createRequestScheduler(clock);
  const apis = createPlatformApis(emulator.environment, tokenFor('agent'), scheduler);

  await expect(apis.users.getUsersMe()).rejects.toMatchObject({ status: 429 });
  // Three retries, 5, 10 and 20 s apart: four requests in 35 s, none of the budget's numbers taken for a wait.
  expect(sentAt).toEqual([0, 5_000, 15_000, 35_000]);
  expect(scheduler.rateLimits()).toEqual({ seen: 4, lastWaitFrom: 'backoff', lastWaitMs: 40_000 });
});

const limited = (headers: Record<string, string>, data: unknown) => ({ response: { status: 429, headers, data } });

test('rateLimitOf reads the header first, then the message, then messageParams, else states no wait', () => {
  const body = {
    message: 'Rate limit exceeded the maximum. Retry the request in [20] seconds',
    code: 'too.many.requests.retry.after',
    status: 429,
  };
  expect(rateLimitOf(limited({ 'retry-after': '7' }, body))).toEqual({ wait: { ms: 7000, from: 'header' } });
  expect(rateLimitOf(limited({ 'Retry-After': '7' }, body))).toEqual({ wait: { ms: 7000, from: 'header' } });
  expect(rateLimitOf(limited({}, body))).toEqual({ wait: { ms: 20_000, from: 'body' } });
  // The body as text (an answer axios could not parse as JSON).
  expect(rateLimitOf(limited({}, JSON.stringify(body)))).toEqual({ wait: { ms: 20_000, from: 'body' } });
  // Only the parameters say it: through the template's placeholder, whatever its name.
  expect(
    rateLimitOf(
      limited(
        {},
        {
          code: 'too.many.requests',
          message: 'Rate limit exceeded',
          messageWithParams: 'Rate limit exceeded the maximum. Retry the request in [{0}] seconds',
          messageParams: { 0: '12' },
        },
      ),
    ),
  ).toEqual({ wait: { ms: 12_000, from: 'body' } });
  expect(rateLimitOf(limited({}, { code: 'too.many.requests', messageParams: { retryAfter: 3 } }))).toEqual({
    wait: { ms: 3000, from: 'body' },
  });
  // Nothing readable: an unreadable header, a budget message, a broken or hostile body.
  expect(rateLimitOf(limited({ 'retry-after': 'soon' }, { message: 'Too many requests' }))).toEqual({});
  expect(rateLimitOf(limited({}, { message: 'Rate limit exceeded the maximum [300] requests within [60] seconds' }))).toEqual({});
  expect(rateLimitOf(limited({}, '<html>'))).toEqual({});
  expect(rateLimitOf(limited({}, { message: 42, messageParams: 'x' }))).toEqual({});
  expect(rateLimitOf(limited({}, { message: 'Retry the request in [99999999] seconds' }))).toEqual({});
  // Not a 429 at all.
  expect(rateLimitOf({ response: { status: 503, headers: { 'retry-after': '5' } } })).toBeNull();
  expect(rateLimitOf(new Error('network'))).toBeNull();
});
