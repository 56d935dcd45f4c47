// One request budget for every frame of the app in a tab (they share one token): the leader's scheduler
// hands out every slot. A follower asks the leader for a permit per request (with its priority), sends the
// request itself when granted, and reports how it went; a 429 pauses the leader's queue for the whole tab
// and the leader grants the same request again after the wait, up to its retries. A follower whose leader
// went asks the next one again; a follower that becomes the leader takes its waiting requests to its own queue.
import { z } from 'zod/mini';
import type {
  RateLimited,
  RateLimitObservation,
  RequestPriority,
  RequestScheduler,
  RequestSchedulerStats,
} from '@/genesys/request-scheduler';
import type { TabLink } from '@/genesys/tab-link';

/** A granted request whose frame never reports (closed mid-request) frees its slot after this long (the SDK's 16 s timeout, and some). */
export const GRANT_REPORT_TIMEOUT_MS = 30_000;

const priority = z.enum(['interactive', 'background']);
const waitSchema = z.object({ ms: z.number().check(z.nonnegative()), from: z.enum(['header', 'body']) });
const messageSchema = z.discriminatedUnion('permit', [
  z.object({ permit: z.literal('ask'), ask: z.number(), priority }),
  z.object({ permit: z.literal('grant'), ask: z.number() }),
  z.object({ permit: z.literal('fail'), ask: z.number() }),
  z.object({ permit: z.literal('report'), ask: z.number(), limited: z.optional(z.object({ wait: z.optional(waitSchema) })) }),
]);
type PermitMessage = z.infer<typeof messageSchema>;

/** What the leader's queue says about a follower's ask: send now, give up (429s past the retries), or queue it here (this frame leads now). */
type Verdict = 'grant' | 'fail' | 'local';

interface Ask {
  id: number;
  priority: RequestPriority;
  /** Set while the ask waits for the leader's next verdict. */
  verdict: ((verdict: Verdict) => void) | null;
}

/** A 429 a follower reported, for the leader's queue to read as its own. */
class ReportedLimit extends Error {
  constructor(readonly limited: RateLimited) {
    super('Rate limited (reported by another frame)');
  }
}

const reportedLimit = (error: unknown): RateLimited | null => (error instanceof ReportedLimit ? error.limited : null);

const keyOf = (frame: string, id: number) => `${frame}:${String(id)}`;

/** A follower's side: its asks, each until its request is done. */
function followerSide(local: RequestScheduler, tab: TabLink) {
  const asks = new Map<number, Ask>();
  let nextAsk = 1;
  /** 429s this frame met as a follower (the leader's queue counts its own). */
  const limits: RateLimitObservation = { seen: 0 };
  const send = (message: PermitMessage) => {
    tab.send(message);
  };
  const ask = (entry: Ask) => {
    send({ permit: 'ask', ask: entry.id, priority: entry.priority });
  };
  function nextVerdict(entry: Ask): Promise<Verdict> {
    if (tab.role() === 'leader') return Promise.resolve('local');
    return new Promise((resolve) => {
      entry.verdict = resolve;
    });
  }
  function settle(id: number, verdict: Verdict): void {
    const entry = asks.get(id);
    const resolve = entry?.verdict;
    if (!entry || !resolve) return;
    entry.verdict = null;
    resolve(verdict);
  }

  async function schedule<T>(run: () => Promise<T>, rateLimit: (error: unknown) => RateLimited | null, p: RequestPriority) {
    const entry: Ask = { id: nextAsk++, priority: p, verdict: null };
    asks.set(entry.id, entry);
    let lastError: unknown;
    try {
      const first = nextVerdict(entry);
      ask(entry);
      for (let verdict = await first; ;) {
        if (verdict === 'local') return await local.schedule(run, rateLimit, p);
        // The leader's queue gave up after its retries: the last 429 is the answer.
        if (verdict === 'fail') throw lastError;
        try {
          const answer = await run();
          send({ permit: 'report', ask: entry.id });
          return answer;
        } catch (error: unknown) {
          const limited = rateLimit(error);
          if (!limited) {
            send({ permit: 'report', ask: entry.id });
            throw error;
          }
          lastError = error;
          limits.seen += 1;
          const next = nextVerdict(entry);
          send({ permit: 'report', ask: entry.id, limited });
          verdict = await next;
        }
      }
    } finally {
      asks.delete(entry.id);
    }
  }

  function leaderChanged(leaderId: string): void {
    if (leaderId === tab.frameId) {
      // This frame leads now: what waited for the old leader goes to this frame's own queue.
      for (const entry of asks.values()) settle(entry.id, 'local');
      return;
    }
    // A new leader knows nothing of what the old one queued: ask again (it ignores what it already has).
    for (const entry of asks.values()) if (entry.verdict) ask(entry);
  }

  return { schedule, settle, leaderChanged, limits, pending: () => asks.size };
}

/** The leader's side: other frames' asks, in this frame's queue. */
function leaderSide(local: RequestScheduler, tab: TabLink) {
  const granted = new Map<string, { done: () => void; limited: (limited: RateLimited) => void }>();
  const queued = new Set<string>();
  const gone = new Set<string>();

  function grant(frame: string, id: number): Promise<void> {
    const key = keyOf(frame, id);
    // A frame that closed while its request waited: the slot is spent, nothing is sent.
    if (gone.has(frame)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const finish = (then: () => void) => {
        clearTimeout(timer);
        granted.delete(key);
        then();
      };
      const timer = setTimeout(() => {
        finish(resolve);
      }, GRANT_REPORT_TIMEOUT_MS);
      granted.set(key, {
        done: () => {
          finish(resolve);
        },
        limited: (limited) => {
          finish(() => {
            reject(new ReportedLimit(limited));
          });
        },
      });
      tab.send({ permit: 'grant', ask: id } satisfies PermitMessage, frame);
    });
  }

  function queueAsk(frame: string, id: number, p: RequestPriority): void {
    const key = keyOf(frame, id);
    // Asked again (the follower heard a new leader announce itself): once is enough.
    if (queued.has(key)) return;
    queued.add(key);
    local
      .schedule(() => grant(frame, id), reportedLimit, p)
      .catch(() => {
        tab.send({ permit: 'fail', ask: id } satisfies PermitMessage, frame);
      })
      .finally(() => queued.delete(key));
  }

  function reported(frame: string, id: number, limited: RateLimited | undefined): void {
    const waiting = granted.get(keyOf(frame, id));
    if (limited) waiting?.limited(limited);
    else waiting?.done();
  }

  function frameGone(frame: string): void {
    gone.add(frame);
    for (const [key, waiting] of granted) if (key.startsWith(`${frame}:`)) waiting.done();
  }

  return { queueAsk, reported, frameGone };
}

/** `local` when the frame is alone; with a link, the tab's one budget. */
export function createTabScheduler(local: RequestScheduler, link: TabLink | null): RequestScheduler {
  if (!link) return local;
  const tab = link;
  const follower = followerSide(local, tab);
  const leader = leaderSide(local, tab);

  tab.onMessage(({ from, body }) => {
    const message = messageSchema.safeParse(body);
    if (!message.success) return;
    const m = message.data;
    if (m.permit === 'ask' && tab.role() === 'leader') leader.queueAsk(from, m.ask, m.priority);
    else if (m.permit === 'grant' || m.permit === 'fail') follower.settle(m.ask, m.permit);
    else if (m.permit === 'report') leader.reported(from, m.ask, m.limited);
  });
  tab.onLeader(follower.leaderChanged);
  tab.onFrameGone(leader.frameGone);

  return {
    async schedule(run, rateLimit, p = 'interactive') {
      await tab.ready;
      if (tab.role() === 'leader') return local.schedule(run, rateLimit, p);
      return follower.schedule(run, rateLimit, p);
    },
    stats(): RequestSchedulerStats {
      const own = local.stats();
      return { ...own, queued: own.queued + follower.pending() };
    },
    rateLimits(): RateLimitObservation {
      const own = local.rateLimits();
      return { ...own, seen: own.seen + follower.limits.seen };
    },
  };
}
