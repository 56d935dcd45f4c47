// How the board keeps totals current for a whole scope. The socket cannot: one
// channel carries at most 1,000 topics, and a whole org is tens of thousands of
// people. So the board re-reads everyone's UC presence through the presence
// reader, MAX_PRESENCE_IDS (100) ids per request (the platform's cap), round-robin,
// at a pace inside its share of the app's request budget; the people on screen
// stay live over the socket.
//
//   requests per sweep = ceil(users / 100)
//   sweep seconds      = max(minimum sweep, requests per sweep / share per minute × 60)
//   oldest presence    = saw-tooth between (sweep − one request interval) and sweep
//
// With the default share of 120 requests/min (half the app's 240/min budget, the other
// half left for what the person does):
//    1,000 users →  10 requests → 5 s, floored at 30 s → 20 requests/min, oldest ≈ 30 s
//   10,000 users → 100 requests → 50 s                → 120 requests/min, oldest ≈ 50 s
//   50,000 users → 500 requests → 250 s (4 min 10 s)  → 120 requests/min, oldest ≈ 4 min 10 s
import { MAX_PRESENCE_IDS } from '@/foundations/presence/presence-reader';

/** Users per sweep request: the presence reader's limit. */
export const SWEEP_BATCH_SIZE = MAX_PRESENCE_IDS;
/** The board's share of the app's 240 requests/min (the scheduler sends it at background priority). */
export const SWEEP_BUDGET_PER_MINUTE = 120;
/** A small scope is not re-read more often than this: presence rarely changes faster, and the socket covers the screen. */
export const MIN_SWEEP_SECONDS = 30;

export interface SweepPlan {
  users: number;
  requestsPerSweep: number;
  /** One full pass over every user in scope. */
  sweepSeconds: number;
  /** Bulk presence requests per minute the board spends, at most the budget. */
  requestsPerMinute: number;
  /** Time between two bulk requests. */
  requestIntervalSeconds: number;
  /** 95th percentile over time of the age of the oldest presence on the board. */
  oldestAgeP95Seconds: number;
}

export interface SweepPlanOptions {
  batchSize?: number;
  minSweepSeconds?: number;
}

/** Pure arithmetic of a sweep (also what the benchmark reports). */
export function sweepPlan(users: number, budgetPerMinute: number, options: SweepPlanOptions = {}): SweepPlan {
  const batchSize = options.batchSize ?? SWEEP_BATCH_SIZE;
  const minSweepSeconds = options.minSweepSeconds ?? MIN_SWEEP_SECONDS;
  const count = Math.max(0, Math.floor(users));
  const requestsPerSweep = Math.ceil(count / batchSize);
  if (requestsPerSweep === 0 || budgetPerMinute <= 0) {
    return { users: count, requestsPerSweep, sweepSeconds: 0, requestsPerMinute: 0, requestIntervalSeconds: 0, oldestAgeP95Seconds: 0 };
  }
  const sweepSeconds = Math.max(minSweepSeconds, (requestsPerSweep * 60) / budgetPerMinute);
  const requestIntervalSeconds = sweepSeconds / requestsPerSweep;
  // Each user is re-read once a sweep: the oldest is a sweep old just before its batch lands and
  // one interval younger just after, uniformly in between, so 95% of the time it is at most this.
  const oldestAgeP95Seconds = sweepSeconds - 0.05 * requestIntervalSeconds;
  return {
    users: count,
    requestsPerSweep,
    sweepSeconds,
    requestsPerMinute: (requestsPerSweep * 60) / sweepSeconds,
    requestIntervalSeconds,
    oldestAgeP95Seconds,
  };
}
