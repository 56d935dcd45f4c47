import { expect, test } from 'vitest';
import { MIN_SWEEP_SECONDS, SWEEP_BUDGET_PER_MINUTE, sweepPlan } from '@/features/supervisor/sweep-plan';

test('10,000 users: 100 presence reads a sweep (100 ids each), one sweep every 50 s at 120 requests/min', () => {
  const plan = sweepPlan(10_000, SWEEP_BUDGET_PER_MINUTE);
  expect(plan).toMatchObject({ requestsPerSweep: 100, sweepSeconds: 50, requestsPerMinute: 120, requestIntervalSeconds: 0.5 });
  expect(plan.oldestAgeP95Seconds).toBeCloseTo(49.975, 3);
});

test('50,000 users: 500 presence reads a sweep, one sweep every 250 s (4 min 10 s)', () => {
  const plan = sweepPlan(50_000, SWEEP_BUDGET_PER_MINUTE);
  expect(plan).toMatchObject({ requestsPerSweep: 500, sweepSeconds: 250, requestsPerMinute: 120 });
  expect(plan.oldestAgeP95Seconds).toBeCloseTo(249.975, 3);
});

test('a small scope is swept no faster than the minimum, spending less than the budget', () => {
  const plan = sweepPlan(1_000, SWEEP_BUDGET_PER_MINUTE);
  expect(plan).toMatchObject({ requestsPerSweep: 10, sweepSeconds: MIN_SWEEP_SECONDS, requestsPerMinute: 20 });
  expect(sweepPlan(101, 120).requestsPerSweep).toBe(2);
});

test('no users, or no budget, means no requests', () => {
  expect(sweepPlan(0, 120)).toMatchObject({ requestsPerSweep: 0, requestsPerMinute: 0, sweepSeconds: 0 });
  expect(sweepPlan(100, 0).requestsPerMinute).toBe(0);
});
