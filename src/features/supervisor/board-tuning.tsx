import { createContext, use, type ReactNode } from 'react';
import { MIN_SWEEP_SECONDS, SWEEP_BUDGET_PER_MINUTE } from '@/features/supervisor/sweep-plan';

/** Test and benchmark knobs; the defaults are production's. */
export interface BoardTuning {
  /** Bulk presence requests per minute the sweep may spend. */
  sweepRequestsPerMinute: number;
  minSweepSeconds: number;
  /** Pause after a failed sweep request (the scheduler already waits out 429s). */
  retryDelayMs: number;
  /** How often the freshness line re-reads the clock. */
  clockTickMs: number;
  /** Totals, bars and the people list are recomputed at most this often (useThrottled). */
  refreshMs: number;
}

export const DEFAULT_BOARD_TUNING: Readonly<BoardTuning> = Object.freeze({
  sweepRequestsPerMinute: SWEEP_BUDGET_PER_MINUTE,
  minSweepSeconds: MIN_SWEEP_SECONDS,
  retryDelayMs: 15_000,
  clockTickMs: 1_000,
  refreshMs: 1_000,
});

const BoardTuningContext = createContext<BoardTuning>(DEFAULT_BOARD_TUNING);

export function BoardTuningProvider({ value, children }: { value: Partial<BoardTuning>; children: ReactNode }) {
  return <BoardTuningContext value={{ ...DEFAULT_BOARD_TUNING, ...value }}>{children}</BoardTuningContext>;
}

export function useBoardTuning(): BoardTuning {
  return use(BoardTuningContext);
}
