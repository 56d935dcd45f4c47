import { expect, test } from 'vitest';
import { createRequestScheduler } from '@/genesys/request-scheduler';

// A manual clock: a sleep ends on the next macrotask and moves time on by its
// length, so pacing is measured, not waited for.
function manualClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          now += ms;
          resolve();
        }, 0);
      }),
  };
}

const never = () => null;

test('requests leave at most at the budgeted rate after the first burst', async () => {
  const clock = manualClock();
  const scheduler = createRequestScheduler({ requestsPerMinute: 60, burst: 5, ...clock });
  const sentAt: number[] = [];
  await Promise.all(
    Array.from({ length: 15 }, () =>
      scheduler.schedule(() => {
        sentAt.push(clock.now());
        return Promise.resolve();
      }, never),
    ),
  );
  expect(sentAt.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
  // 60 per minute: one a second once the burst is spent.
  expect(sentAt[14]).toBe(10_000);
  for (let i = 5; i < sentAt.length; i += 1) expect((sentAt[i] ?? 0) - (sentAt[i - 1] ?? 0)).toBe(1000);
});

test('a 429 pauses every request for Retry-After, then retries', async () => {
  const clock = manualClock();
  const scheduler = createRequestScheduler({ requestsPerMinute: 6000, burst: 100, ...clock });
  const limited = new Error('429 Too Many Requests');
  let first = true;
  const attempts: number[] = [];
  const result = await scheduler.schedule(
    () => {
      attempts.push(clock.now());
      if (first) {
        first = false;
        return Promise.reject(limited);
      }
      return Promise.resolve('ok');
    },
    (error) => (error === limited ? { wait: { ms: 3000, from: 'header' } } : null),
  );
  expect(result).toBe('ok');
  expect(attempts).toEqual([0, 3000]);
  expect(scheduler.stats()).toMatchObject({ sent: 2, rateLimited: 1, queued: 0 });
  expect(scheduler.rateLimits()).toEqual({ seen: 1, lastWaitFrom: 'header', lastWaitMs: 3000 });
});

test('after the last retry the 429 reaches the caller, and other errors are not retried', async () => {
  const clock = manualClock();
  const scheduler = createRequestScheduler({ maxRetries: 2, ...clock });
  let calls = 0;
  await expect(
    scheduler.schedule(
      () => {
        calls += 1;
        return Promise.reject(new Error('429'));
      },
      () => ({ wait: { ms: 1000, from: 'body' } }),
    ),
  ).rejects.toThrow('429');
  expect(calls).toBe(3);
  await expect(scheduler.schedule(() => Promise.reject(new Error('500')), never)).rejects.toThrow('500');
  expect(scheduler.stats().sent).toBe(4);
});

test('interactive requests overtake queued background requests', async () => {
  const clock = manualClock();
  const scheduler = createRequestScheduler({ requestsPerMinute: 60, burst: 1, ...clock });
  const order: string[] = [];
  const run = (name: string, priority: 'interactive' | 'background') =>
    scheduler.schedule(
      () => {
        order.push(name);
        return Promise.resolve();
      },
      never,
      priority,
    );
  await Promise.all([run('page 2', 'background'), run('page 3', 'background'), run('page 4', 'background'), run('search', 'interactive')]);
  expect(order).toEqual(['page 2', 'search', 'page 3', 'page 4']);
});

test('a 429 that states no wait backs off exponentially up to the cap, and a success ends the streak', async () => {
  const clock = manualClock();
  const scheduler = createRequestScheduler({
    requestsPerMinute: 6000,
    burst: 100,
    maxRetries: 5,
    backoffFirstMs: 5000,
    backoffMaxMs: 30_000,
    ...clock,
  });
  const attempts: number[] = [];
  const silent429 = new Error('429 without a wait');
  await expect(
    scheduler.schedule(
      () => {
        attempts.push(clock.now());
        return Promise.reject(silent429);
      },
      (error) => (error === silent429 ? {} : null),
    ),
  ).rejects.toBe(silent429);
  // 5 s, 10 s, 20 s, then the 30 s cap: never the fixed-interval hammering of before.
  expect(attempts.map((at, index) => at - (attempts[index - 1] ?? 0))).toEqual([0, 5000, 10_000, 20_000, 30_000, 30_000]);
  expect(scheduler.rateLimits()).toEqual({ seen: 6, lastWaitFrom: 'backoff', lastWaitMs: 30_000 });

  await scheduler.schedule(() => Promise.resolve('ok'), never);
  let first = true;
  const start = clock.now();
  const next: number[] = [];
  await scheduler.schedule(
    () => {
      next.push(clock.now() - start);
      if (!first) return Promise.resolve('ok');
      first = false;
      return Promise.reject(silent429);
    },
    (error) => (error === silent429 ? {} : null),
  );
  expect(next).toEqual([0, 5000]);
});

test('the wait of a 429 that exhausted its retries still holds the requests behind it', async () => {
  const clock = manualClock();
  const scheduler = createRequestScheduler({ requestsPerMinute: 6000, burst: 100, maxRetries: 0, ...clock });
  const limited = new Error('429');
  await expect(
    scheduler.schedule(
      () => Promise.reject(limited),
      () => ({ wait: { ms: 20_000, from: 'body' } }),
    ),
  ).rejects.toBe(limited);
  let sentAt: number | undefined;
  await scheduler.schedule(() => {
    sentAt = clock.now();
    return Promise.resolve();
  }, never);
  expect(sentAt).toBe(20_000);
  expect(scheduler.rateLimits()).toEqual({ seen: 1, lastWaitFrom: 'body', lastWaitMs: 20_000 });
});

test('before any 429 the observation says none was seen', () => {
  expect(createRequestScheduler().rateLimits()).toEqual({ seen: 0 });
});
