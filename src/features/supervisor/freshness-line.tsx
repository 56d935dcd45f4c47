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
 * How fresh the totals are, in a supervisor's words: how often everyone is re-read and the age of the
 * least recently read presence (what the sweep bounds); partial totals say so and get no green dot.
 * The request arithmetic stays one click away, and as data attributes for the benchmark.
 * Not a live region: it changes every second.
 */
export function FreshnessLine({
  totals,
  plan,
  error,
  complete,
}: {
  totals: BoardTotals;
  plan: SweepPlan;
  error: unknown;
  complete: boolean;
}) {
  const { t, clock, age } = useI18n();
  const tuning = useBoardTuning();
  const now = useNow(tuning.clockTickMs);
  const { newestAt, oldestAt } = totals;
  if (newestAt === undefined || oldestAt === undefined) return null;
  const oldestSeconds = Math.max(0, (now - oldestAt) / 1000);
  // Well past a sweep's length means the sweep is not keeping up (rate limits, errors, a hidden tab).
  const stale = plan.sweepSeconds > 0 && oldestSeconds > 2 * plan.sweepSeconds + 60;
  // Whole seconds: a sub-second sweep (tests' tuning) still reads "every 1 s".
  const figures = { sweep: age(Math.max(1, plan.sweepSeconds)), age: age(oldestSeconds) };
  const line = !complete
    ? t('supervisor.freshness.partial', figures)
    : t(stale ? 'supervisor.freshness.lineStale' : 'supervisor.freshness.line', figures);
  return (
    <div className="board-freshness" data-stale={stale}>
      <p
        className="board-freshness__line"
        data-partial={!complete}
        data-oldest-seconds={Math.round(oldestSeconds)}
        data-users={plan.users}
        data-sweep-seconds={plan.sweepSeconds}
        data-requests-per-minute={Math.round(plan.requestsPerMinute)}
      >
        <span className="board-freshness__dot" aria-hidden="true" />
        {line}
      </p>
      {plan.requestsPerSweep > 0 ? (
        <details className="board-freshness__details">
          <summary>{t('supervisor.freshness.details')}</summary>
          <p className="board-freshness__plan">
            {t('supervisor.freshness.plan', {
              users: plan.users,
              requests: plan.requestsPerSweep,
              batch: SWEEP_BATCH_SIZE,
              sweep: age(plan.sweepSeconds),
              rate: Math.round(plan.requestsPerMinute),
            })}
          </p>
          <p className="board-freshness__plan">{t('supervisor.freshness.asOf', { time: clock(Math.min(newestAt, now)) })}</p>
        </details>
      ) : null}
      {error !== undefined ? (
        <p className="board-freshness__error">{t('supervisor.freshness.error', { reason: describeError(error, t).title })}</p>
      ) : null}
    </div>
  );
}
