import { useEffect, useState } from 'react';
import { describeError } from '@/ui/error-notice';
import type { BoardTotals } from '@/features/supervisor/board-totals';
import { useBoardTuning } from '@/features/supervisor/board-tuning';
import { SWEEP_BATCH_SIZE, type SweepPlan } from '@/features/supervisor/sweep-plan';
import { useI18n } from '@/i18n/i18n-context';

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
  const { t, clock, age } = useI18n();
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
        {t(stale ? 'supervisor.freshness.lineStale' : 'supervisor.freshness.line', {
          time: clock(Math.min(newestAt, now)),
          age: age(oldestSeconds),
        })}
      </p>
      {plan.requestsPerSweep > 0 ? (
        <p className="board-freshness__plan">
          {t('supervisor.freshness.plan', {
            users: plan.users,
            requests: plan.requestsPerSweep,
            batch: SWEEP_BATCH_SIZE,
            sweep: age(plan.sweepSeconds),
            rate: Math.round(plan.requestsPerMinute),
          })}
        </p>
      ) : null}
      {error !== undefined ? (
        <p className="board-freshness__error">{t('supervisor.freshness.error', { reason: describeError(error, t).title })}</p>
      ) : null}
    </div>
  );
}
