// One queue for every Genesys request the app makes. Genesys allows about 300
// requests per minute per token and the SDK has no retry logic, so we pace
// requests under that budget and, on a 429, pause the whole queue for the wait
// the platform asked for (Retry-After, or the body when CORS hides the header),
// backing off exponentially when it said nothing we could read.

export interface RequestSchedulerOptions {
  /** Sustained budget; the default keeps a 20% margin under Genesys' ~300/min. */
  requestsPerMinute?: number;
  /** Requests that may leave back to back before pacing starts. */
  burst?: number;
  /** Attempts after a 429 before the error reaches the caller. */
  maxRetries?: number;
  /** The pause after a 429 that states no wait; doubles with each such 429 in a row. */
  backoffFirstMs?: number;
  /** The longest such pause (Genesys counts its budget per minute). */
  backoffMaxMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Where the wait after a 429 came from. */
export type RateLimitWaitSource = 'header' | 'body' | 'backoff';

/** A 429 answer; `wait` is absent when neither its header nor its body said how long to wait. */
export interface RateLimited {
  wait?: { ms: number; from: 'header' | 'body' };
}

export interface RequestSchedulerStats {
  sent: number;
  rateLimited: number;
  queued: number;
}

/** What the scheduler has seen of Genesys' rate limits in this session (read by the org check). */
export interface RateLimitObservation {
  /** 429 answers received. */
  seen: number;
  /** Where the wait after the latest 429 came from: 'backoff' when the answer stated none we could read. */
  lastWaitFrom?: RateLimitWaitSource;
  /** The pause taken after the latest 429. */
  lastWaitMs?: number;
}

/** Interactive requests (what the person waits for) always leave before background ones. */
export type RequestPriority = 'interactive' | 'background';

export interface RequestScheduler {
  /** Runs `send` when the budget allows; `rateLimit` recognises a 429 answer. */
  schedule<T>(send: () => Promise<T>, rateLimit: (error: unknown) => RateLimited | null, priority?: RequestPriority): Promise<T>;
  stats(): RequestSchedulerStats;
  rateLimits(): RateLimitObservation;
}

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** The pause after a 429: the wait it stated, else step `streak` of the backoff (doubling from `firstMs`, at most `maxMs`). */
function waitAfter(limited: RateLimited, streak: number, firstMs: number, maxMs: number): { ms: number; from: RateLimitWaitSource } {
  if (limited.wait) return { ms: limited.wait.ms, from: limited.wait.from };
  return { ms: Math.min(maxMs, firstMs * 2 ** Math.min(streak, 30)), from: 'backoff' };
}

export function createRequestScheduler(options: RequestSchedulerOptions = {}): RequestScheduler {
  const perMinute = options.requestsPerMinute ?? 240;
  const burst = options.burst ?? 10;
  const maxRetries = options.maxRetries ?? 3;
  const backoffFirstMs = options.backoffFirstMs ?? 5_000;
  const backoffMaxMs = options.backoffMaxMs ?? 60_000;
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? defaultSleep;
  const refillPerMs = perMinute / 60_000;

  let tokens = burst;
  let refilledAt = now();
  let pausedUntil = 0;
  let pumping = false;
  /** 429s without a stated wait since the last answer that was not a 429. */
  let backoffStreak = 0;
  const waiting: Record<RequestPriority, (() => void)[]> = { interactive: [], background: [] };
  const stats: RequestSchedulerStats = { sent: 0, rateLimited: 0, queued: 0 };
  /** The pause after the latest 429 and where it came from. */
  let lastWait: { ms: number; from: RateLimitWaitSource } | undefined;

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

  /** Pauses the whole queue after a 429, for the stated wait or the next backoff step. */
  function pauseFor(limited: RateLimited) {
    const wait = waitAfter(limited, backoffStreak, backoffFirstMs, backoffMaxMs);
    if (wait.from === 'backoff') backoffStreak += 1;
    stats.rateLimited += 1;
    lastWait = wait;
    pausedUntil = Math.max(pausedUntil, now() + wait.ms);
  }

  return {
    async schedule(send, rateLimit, priority = 'interactive') {
      stats.queued += 1;
      try {
        for (let attempt = 0; ; attempt += 1) {
          await nextSlot(priority);
          stats.sent += 1;
          try {
            const answer = await send();
            backoffStreak = 0;
            return answer;
          } catch (error: unknown) {
            const limited = rateLimit(error);
            if (!limited) throw error;
            // Paused even when this request gives up: the requests behind it must wait too.
            pauseFor(limited);
            if (attempt >= maxRetries) throw error;
          }
        }
      } finally {
        stats.queued -= 1;
      }
    },
    stats: () => ({ ...stats }),
    rateLimits: () => ({
      seen: stats.rateLimited,
      ...(lastWait === undefined ? {} : { lastWaitFrom: lastWait.from, lastWaitMs: lastWait.ms }),
    }),
  };
}
