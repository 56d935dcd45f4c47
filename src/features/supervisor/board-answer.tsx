import { roundedEstimate, type TotalsEstimate } from '@/features/supervisor/board-estimate';
import type { BoardTotals } from '@/features/supervisor/board-totals';
import type { TotalsState } from '@/features/supervisor/presence-chart';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';

/** Exact only when every page is read and everyone's presence too (a group's members are read after listing). */
export function isComplete(state: TotalsState, totals: BoardTotals): boolean {
  return state === 'exact' && (totals.all.counts.get('pending') ?? 0) === 0;
}

/** The sentence and its figures: exact counts, an estimate ("about"), or the people read so far. */
function answerText(
  scope: string,
  totals: BoardTotals,
  estimate: TotalsEstimate | null,
  complete: boolean,
  { t, number, percent }: Translator,
): string {
  const guess = estimate?.byKey.get('available');
  if (!complete && estimate) {
    return t('supervisor.answer.estimate', {
      scope,
      available: number(guess ? roundedEstimate(guess.count, guess.margin * estimate.people) : 0),
      // About two significant digits, as the estimate note rounds the scope's size.
      total: number(roundedEstimate(estimate.people, estimate.people / 10)),
      percent: percent(guess?.share ?? 0, 1),
    });
  }
  const available = totals.all.counts.get('available') ?? 0;
  const params = { scope, available: number(available), total: number(totals.all.total), percent: percent(available, totals.all.total) };
  return t(complete ? 'supervisor.answer.exact' : 'supervisor.answer.partial', params);
}

/**
 * The scope's answer in one sentence at the top ("Sales: 152 of 318 available (48%)"), the question a
 * supervisor opens the board with; the tiles below break it down.
 */
export function ScopeAnswer({
  scope,
  totals,
  estimate,
  state,
}: {
  /** The scope as the supervisor chose it: a department's or group's name, or the scope option's label. */
  scope: string;
  totals: BoardTotals;
  estimate: TotalsEstimate | null;
  state: TotalsState;
}) {
  const translator = useI18n();
  const complete = isComplete(state, totals);
  return (
    <p className="board-answer" data-complete={complete}>
      {answerText(scope, totals, estimate, complete, translator)}
    </p>
  );
}
