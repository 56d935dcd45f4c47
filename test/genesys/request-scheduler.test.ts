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
    (error) => (error === limited ? { retryAfterMs: 3000 } : null),
  );
  expect(result).toBe('ok');
  expect(attempts).toEqual([0, 3000]);
  expect(scheduler.stats()).toMatchObject({ sent: 2, rateLimited: 1, queued: 0 });
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
      () => ({ retryAfterMs: 1000 }),
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
  await Promise.all([
    run('page 2', 'background'),
    run('page 3', 'background'),
    run('page 4', 'background'),
    run('search', 'interactive'),
  ]);
  expect(order).toEqual(['page 2', 'search', 'page 3', 'page 4']);
});
