import { useId, useMemo, useState } from 'react';
import type { BarsBy } from '@/features/supervisor/board-scope';
import { roundedEstimate, type TotalsEstimate } from '@/features/supervisor/board-estimate';
import { totalLabelKey, type BoardTotals, type TotalKey, type TotalsRow } from '@/features/supervisor/board-totals';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import { FirstContentMark } from '@/ui/first-content-mark';
import type { Translator } from '@/i18n/translator';

/** The words that change with what the bars stand for. */
const BARS_TEXT: Record<BarsBy, { column: MessageKey; heading: MessageKey; bars: MessageKey; caption: MessageKey }> = {
  department: {
    column: 'supervisor.barsBy.department',
    heading: 'supervisor.chart.headingDepartment',
    bars: 'supervisor.chart.barsDepartment',
    caption: 'supervisor.table.captionDepartment',
  },
  division: {
    column: 'supervisor.barsBy.division',
    heading: 'supervisor.chart.headingDivision',
    bars: 'supervisor.chart.barsDivision',
    caption: 'supervisor.table.captionDivision',
  },
};

/** "Sales: 12 people, 3 Available, 2 Busy": the counts as a list of units, as the locale separates them. */
function describe(row: TotalsRow, keys: readonly TotalKey[], { t }: Translator, units: Intl.ListFormat): string {
  const parts = keys.flatMap((key) => {
    const count = row.counts.get(key) ?? 0;
    return count === 0 ? [] : [t('supervisor.chart.rowCount', { count, presence: t(totalLabelKey(key)) })];
  });
  return t('supervisor.chart.rowDescription', { label: row.label, total: row.total, counts: units.format(parts) });
}

/** What the tiles show: every page read (exact), an estimate from the random pages read, or the people read so far. */
export type TotalsState = 'exact' | 'estimate' | 'partial';

/** One tile's count and share: exact, or the estimate with its margin ("≈ 24,100 (48% ± 3%)"). */
function tileText(key: TotalKey, totals: BoardTotals, estimate: TotalsEstimate | null, translator: Translator) {
  const { t, number, percent } = translator;
  const guess = estimate?.byKey.get(key);
  if (!estimate || !guess) {
    const value = totals.all.counts.get(key) ?? 0;
    return { count: number(value), share: t('supervisor.totals.share', { percent: percent(value, totals.all.total) }) };
  }
  // Margins are rounded up to a whole percent: never narrower than computed.
  const margin = Math.max(1, Math.ceil(guess.margin * 100)) / 100;
  return {
    count: t('supervisor.estimate.count', { count: number(roundedEstimate(guess.count, guess.margin * estimate.people)) }),
    share: t('supervisor.estimate.share', { percent: percent(guess.share, 1), margin: percent(margin, 1) }),
  };
}

/** Totals per presence, one button each: choosing one filters the people list to it ("who is Available now"). */
export function PresenceTotals({
  totals,
  estimate,
  state,
  selected,
  onSelect,
}: {
  totals: BoardTotals;
  /** While pages are still read: the estimate the tiles show instead of the counts so far. */
  estimate: TotalsEstimate | null;
  state: TotalsState;
  selected: TotalKey | 'all';
  onSelect: (key: TotalKey | 'all') => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const keys = estimate ? estimate.keys : totals.keys;
  return (
    <ul className="board-totals" aria-label={t('supervisor.totals.label')} data-totals={state}>
      {/* The board's first content: what waits for it (the people's list) starts once the tiles are drawn. */}
      {keys.length > 0 ? <FirstContentMark /> : null}
      {keys.map((key) => {
        const text = tileText(key, totals, estimate, translator);
        return (
          <li key={key}>
            <button
              type="button"
              className="board-totals__item"
              data-presence={key}
              aria-pressed={selected === key}
              onClick={() => {
                onSelect(selected === key ? 'all' : key);
              }}
            >
              <span className="board-totals__swatch" aria-hidden="true" />
              <span className="board-totals__label">{t(totalLabelKey(key))}</span> <span className="board-totals__count">{text.count}</span>{' '}
              <span className="board-totals__share">{text.share}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Under the tiles while pages are read: what the numbers stand for, and when they become exact. */
export function TotalsNote({ totals, estimate, pageCount }: { totals: BoardTotals; estimate: TotalsEstimate | null; pageCount: number }) {
  const { t, number } = useI18n();
  return (
    <p className="board-totals__note">
      {estimate
        ? t('supervisor.estimate.note', {
            sampled: estimate.sampled,
            pages: estimate.pages,
            pageCount,
            // About two significant digits: the sample says how many of the results are UC users.
            people: number(roundedEstimate(estimate.people, estimate.people / 10)),
          })
        : t('supervisor.estimate.partial', { count: totals.all.total })}
    </p>
  );
}

function Bars({ totals, barsBy }: { totals: BoardTotals; barsBy: BarsBy }) {
  const translator = useI18n();
  const { t, number, locale } = translator;
  const units = useMemo(() => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }), [locale]);
  const widest = Math.max(1, ...totals.bars.map((row) => row.total));
  return (
    <ul className="board-chart__bars" aria-label={t(BARS_TEXT[barsBy].bars)}>
      {totals.bars.map((row) => (
        <li key={row.label} className="board-chart__row">
          <span className="board-chart__label" dir="auto" title={row.label}>
            {row.label}
          </span>
          <span className="board-chart__track" role="img" aria-label={describe(row, totals.keys, translator, units)}>
            {totals.keys.map((key) => {
              const value = row.counts.get(key) ?? 0;
              return value === 0 ? null : (
                <span
                  key={key}
                  className="board-chart__segment"
                  data-presence={key}
                  title={t('supervisor.chart.segmentTitle', { presence: t(totalLabelKey(key)), count: value })}
                  // Widths through the CSSOM (React's style prop), which the style-src 'self' CSP allows.
                  style={{ width: `${(value / widest) * 100}%` }}
                />
              );
            })}
          </span>
          <span className="board-chart__total" aria-hidden="true">
            {number(row.total)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function TotalsTable({ totals, barsBy }: { totals: BoardTotals; barsBy: BarsBy }) {
  const { t, number } = useI18n();
  const cells = (row: TotalsRow) => (
    <>
      {totals.keys.map((key) => (
        <td key={key}>{number(row.counts.get(key) ?? 0)}</td>
      ))}
      <td>{number(row.total)}</td>
    </>
  );
  return (
    <div className="board-table__scroller">
      <table className="board-table">
        <caption>{t(BARS_TEXT[barsBy].caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(BARS_TEXT[barsBy].column)}</th>
            {totals.keys.map((key) => (
              <th key={key} scope="col">
                {t(totalLabelKey(key))}
              </th>
            ))}
            <th scope="col">{t('supervisor.table.total')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.bars.map((row) => (
            <tr key={row.label}>
              <th scope="row" dir="auto">
                {row.label}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totals.all.label}</th>
            {cells(totals.all)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Stacked bars per department (or division), or the same numbers as a table. */
export function PresenceChart({ totals, barsBy, partial }: { totals: BoardTotals; barsBy: BarsBy; partial: boolean }) {
  const { t } = useI18n();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="board-chart" aria-labelledby={headingId}>
      <div className="board-chart__header">
        <h2 id={headingId}>{t(BARS_TEXT[barsBy].heading)}</h2>
        <button
          type="button"
          className="button button--ghost"
          aria-pressed={asTable}
          onClick={() => {
            setAsTable((current) => !current);
          }}
        >
          {t('supervisor.chart.tableView')}
        </button>
      </div>
      {partial ? <p className="board-chart__partial">{t('supervisor.chart.partial', { count: totals.all.total })}</p> : null}
      {asTable ? <TotalsTable totals={totals} barsBy={barsBy} /> : <Bars totals={totals} barsBy={barsBy} />}
    </section>
  );
}
