// One queue for every Genesys request the app makes. Genesys allows about 300
// requests per minute per token and the SDK has no retry logic, so we pace
// requests under that budget and, on a 429, pause the whole queue for the
// Retry-After the platform asked for before trying again.

export interface RequestSchedulerOptions {
  /** Sustained budget; the default keeps a 20% margin under Genesys' ~300/min. */
  requestsPerMinute?: number;
  /** Requests that may leave back to back before pacing starts. */
  burst?: number;
  /** Attempts after a 429 before the error reaches the caller. */
  maxRetries?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RateLimited {
  retryAfterMs: number;
}

export interface RequestSchedulerStats {
  sent: number;
  rateLimited: number;
  queued: number;
}

/** Interactive requests (what the person waits for) always leave before background ones. */
export type RequestPriority = 'interactive' | 'background';

export interface RequestScheduler {
  /** Runs `send` when the budget allows; `rateLimit` recognises a 429 answer. */
  schedule<T>(
    send: () => Promise<T>,
    rateLimit: (error: unknown) => RateLimited | null,
    priority?: RequestPriority,
  ): Promise<T>;
  stats(): RequestSchedulerStats;
}

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

export function createRequestScheduler(options: RequestSchedulerOptions = {}): RequestScheduler {
  const perMinute = options.requestsPerMinute ?? 240;
  const burst = options.burst ?? 10;
  const maxRetries = options.maxRetries ?? 3;
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? defaultSleep;
  const refillPerMs = perMinute / 60_000;

  let tokens = burst;
  let refilledAt = now();
  let pausedUntil = 0;
  let pumping = false;
  const waiting: Record<RequestPriority, (() => void)[]> = { interactive: [], background: [] };
  const stats: RequestSchedulerStats = { sent: 0, rateLimited: 0, queued: 0 };

  function refill() {
    const t = now();
    tokens = Math.min(burst, tokens + (t - refilledAt) * refillPerMs);
    refilledAt = t;
  }

  // One loop hands out slots in order: interactive first, then background, each first come first served.
  async function pump() {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.interactive.length > 0 || waiting.background.length > 0) {
        const pause = pausedUntil - now();
        if (pause > 0) {
          await sleep(pause);
          continue;
        }
        refill();
        if (tokens < 1) {
          await sleep(Math.ceil((1 - tokens) / refillPerMs));
          continue;
        }
        tokens -= 1;
        (waiting.interactive.shift() ?? waiting.background.shift())?.();
      }
    } finally {
      pumping = false;
    }
  }

  function nextSlot(priority: RequestPriority): Promise<void> {
    return new Promise((resolve) => {
      waiting[priority].push(resolve);
      void pump();
    });
  }

  return {
    async schedule(send, rateLimit, priority = 'interactive') {
      stats.queued += 1;
      try {
        for (let attempt = 0; ; attempt += 1) {
          await nextSlot(priority);
          stats.sent += 1;
          try {
            return await send();
          } catch (error: unknown) {
            const limited = rateLimit(error);
            if (!limited || attempt >= maxRetries) throw error;
            stats.rateLimited += 1;
            pausedUntil = Math.max(pausedUntil, now() + limited.retryAfterMs);
          }
        }
      } finally {
        stats.queued -= 1;
      }
    },
    stats: () => ({ ...stats }),
  };
}
