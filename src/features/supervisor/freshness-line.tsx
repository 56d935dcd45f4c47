import { useEffect, useState } from 'react';
import { describeError } from '@/ui/error-notice';
import type { BoardTotals } from '@/features/supervisor/board-totals';
import { useBoardTuning } from '@/features/supervisor/board-tuning';
import { formatAge, formatClock, formatCount } from '@/features/supervisor/board-format';
import type { SweepPlan } from '@/features/supervisor/sweep-plan';

function useNow(tickMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, tickMs);
    return () => {
      clearInterval(timer);
    };
  }, [tickMs]);
  return now;
}

/**
 * How fresh the totals are: as of the last answer, and the age of the least recently read
 * presence (what the sweep bounds). Not a live region: it changes every second.
 */
export function FreshnessLine({ totals, plan, error }: { totals: BoardTotals; plan: SweepPlan; error: unknown }) {
  const tuning = useBoardTuning();
  const now = useNow(tuning.clockTickMs);
  const { newestAt, oldestAt } = totals;
  if (newestAt === undefined || oldestAt === undefined) return null;
  const oldestSeconds = (now - oldestAt) / 1000;
  // Well past a sweep's length means the sweep is not keeping up (rate limits, errors, a hidden tab).
  const stale = plan.sweepSeconds > 0 && oldestSeconds > 2 * plan.sweepSeconds + 60;
  return (
    <div className="board-freshness" data-stale={stale}>
      <p className="board-freshness__line">
        <span className="board-freshness__dot" aria-hidden="true" />
        Totals as of {formatClock(Math.min(newestAt, now))} · oldest presence {formatAge(oldestSeconds)}
        {stale ? ' · may be out of date' : null}
      </p>
      {plan.requestsPerSweep > 0 ? (
        <p className="board-freshness__plan">
          {formatCount(plan.users)} people re-read in {formatCount(plan.requestsPerSweep)} requests of 50, a full pass about every{' '}
          {formatAge(plan.sweepSeconds)} ({formatCount(Math.round(plan.requestsPerMinute))} requests/min); people on screen update
          live.
        </p>
      ) : null}
      {error !== undefined ? (
        <p className="board-freshness__error">Refreshing failed ({describeError(error).title}); trying again shortly.</p>
      ) : null}
    </div>
  );
}
