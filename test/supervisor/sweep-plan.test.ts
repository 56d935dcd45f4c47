import { expect, test } from 'vitest';
import { MIN_SWEEP_SECONDS, SWEEP_BUDGET_PER_MINUTE, sweepPlan } from '@/features/supervisor/sweep-plan';

test('10,000 users: 200 bulk requests a sweep, one sweep every 100 s at 120 requests/min', () => {
  const plan = sweepPlan(10_000, SWEEP_BUDGET_PER_MINUTE);
  expect(plan).toMatchObject({ requestsPerSweep: 200, sweepSeconds: 100, requestsPerMinute: 120, requestIntervalSeconds: 0.5 });
  expect(plan.oldestAgeP95Seconds).toBeCloseTo(99.975, 3);
});

test('50,000 users: 1,000 bulk requests a sweep, one sweep every 500 s (8 min 20 s)', () => {
  const plan = sweepPlan(50_000, SWEEP_BUDGET_PER_MINUTE);
  expect(plan).toMatchObject({ requestsPerSweep: 1000, sweepSeconds: 500, requestsPerMinute: 120 });
  expect(plan.oldestAgeP95Seconds).toBeCloseTo(499.975, 3);
});

test('a small scope is swept no faster than the minimum, spending less than the budget', () => {
  const plan = sweepPlan(1_000, SWEEP_BUDGET_PER_MINUTE);
  expect(plan).toMatchObject({ requestsPerSweep: 20, sweepSeconds: MIN_SWEEP_SECONDS, requestsPerMinute: 40 });
  expect(sweepPlan(51, 120).requestsPerSweep).toBe(2);
});

test('no users, or no budget, means no requests', () => {
  expect(sweepPlan(0, 120)).toMatchObject({ requestsPerSweep: 0, requestsPerMinute: 0, sweepSeconds: 0 });
  expect(sweepPlan(100, 0).requestsPerMinute).toBe(0);
});
