import { useId, useState } from 'react';
import { PRESENCE_LABELS } from '@/features/presence/presence-model';
import type { BarsBy } from '@/features/supervisor/board-scope';
import { formatCount, percentOf } from '@/features/supervisor/board-format';
import { PENDING_LABEL, type BoardTotals, type TotalKey, type TotalsRow } from '@/features/supervisor/board-totals';

export const totalLabel = (key: TotalKey): string => (key === 'pending' ? PENDING_LABEL : PRESENCE_LABELS[key]);

const BARS_LABEL: Record<BarsBy, string> = { department: 'Department', division: 'Division' };

function describe(row: TotalsRow, keys: readonly TotalKey[]): string {
  const parts = keys.flatMap((key) => {
    const count = row.counts.get(key) ?? 0;
    return count === 0 ? [] : [`${formatCount(count)} ${totalLabel(key)}`];
  });
  return `${row.label}: ${formatCount(row.total)} people, ${parts.join(', ')}`;
}

/** Totals per presence, one button each: choosing one filters the people list to it ("who is Available now"). */
export function PresenceTotals({
  totals,
  selected,
  onSelect,
}: {
  totals: BoardTotals;
  selected: TotalKey | 'all';
  onSelect: (key: TotalKey | 'all') => void;
}) {
  const { all, keys } = totals;
  return (
    <ul className="board-totals" aria-label="Totals by presence">
      {keys.map((key) => {
        const value = all.counts.get(key) ?? 0;
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
              <span className="board-totals__label">{totalLabel(key)}</span>{' '}
              <span className="board-totals__count">{formatCount(value)}</span>{' '}
              <span className="board-totals__share">({percentOf(value, all.total)})</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function Bars({ totals, barsBy }: { totals: BoardTotals; barsBy: BarsBy }) {
  const widest = Math.max(1, ...totals.bars.map((row) => row.total));
  return (
    <ul className="board-chart__bars" aria-label={`Presence by ${BARS_LABEL[barsBy].toLowerCase()}`}>
      {totals.bars.map((row) => (
        <li key={row.label} className="board-chart__row">
          <span className="board-chart__label" dir="auto" title={row.label}>
            {row.label}
          </span>
          <span className="board-chart__track" role="img" aria-label={describe(row, totals.keys)}>
            {totals.keys.map((key) => {
              const value = row.counts.get(key) ?? 0;
              return value === 0 ? null : (
                <span
                  key={key}
                  className="board-chart__segment"
                  data-presence={key}
                  title={`${totalLabel(key)}: ${formatCount(value)}`}
                  // Widths through the CSSOM (React's style prop), which the style-src 'self' CSP allows.
                  style={{ width: `${(value / widest) * 100}%` }}
                />
              );
            })}
          </span>
          <span className="board-chart__total" aria-hidden="true">
            {formatCount(row.total)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function TotalsTable({ totals, barsBy }: { totals: BoardTotals; barsBy: BarsBy }) {
  const cells = (row: TotalsRow) => (
    <>
      {totals.keys.map((key) => (
        <td key={key}>{formatCount(row.counts.get(key) ?? 0)}</td>
      ))}
      <td>{formatCount(row.total)}</td>
    </>
  );
  return (
    <div className="board-table__scroller">
      <table className="board-table">
        <caption>8×8 users by {BARS_LABEL[barsBy].toLowerCase()} and presence</caption>
        <thead>
          <tr>
            <th scope="col">{BARS_LABEL[barsBy]}</th>
            {totals.keys.map((key) => (
              <th key={key} scope="col">
                {totalLabel(key)}
              </th>
            ))}
            <th scope="col">Total</th>
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
            <th scope="row">All</th>
            {cells(totals.all)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Stacked bars per department (or division), or the same numbers as a table. */
export function PresenceChart({ totals, barsBy }: { totals: BoardTotals; barsBy: BarsBy }) {
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="board-chart" aria-labelledby={headingId}>
      <div className="board-chart__header">
        <h2 id={headingId}>By {BARS_LABEL[barsBy].toLowerCase()}</h2>
        <button
          type="button"
          className="button button--ghost"
          aria-pressed={asTable}
          onClick={() => {
            setAsTable((current) => !current);
          }}
        >
          Table view
        </button>
      </div>
      {asTable ? <TotalsTable totals={totals} barsBy={barsBy} /> : <Bars totals={totals} barsBy={barsBy} />}
    </section>
  );
}
