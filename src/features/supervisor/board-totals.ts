import type { DirectoryUser } from '@/foundations/people/directory-user';
import { PRESENCE_FILTER_KEYS } from '@/foundations/people/directory-order';
import { presenceLabelKey, type PresenceKey } from '@/foundations/presence/presence-model';
import type { Observation } from '@/features/supervisor/board-presence';
import type { BarsBy } from '@/features/supervisor/board-scope';
import type { MessageKey } from '@/i18n/catalog-types';
import type { Translator } from '@/i18n/translator';

/** A presence, or 'pending' for someone the board has not read yet (a group's members before the first batch). */
export type TotalKey = PresenceKey | 'pending';

export const TOTAL_KEYS: readonly TotalKey[] = [...PRESENCE_FILTER_KEYS, 'pending'];

/** The catalog key of a total's name: a presence, or "Not read yet". */
export const totalLabelKey = (key: TotalKey): MessageKey => (key === 'pending' ? 'supervisor.totals.pending' : presenceLabelKey(key));

export interface TotalsRow {
  label: string;
  counts: ReadonlyMap<TotalKey, number>;
  total: number;
}

export interface BoardTotals {
  all: TotalsRow;
  /** One row per department (or division), largest first. */
  bars: TotalsRow[];
  /** The keys anyone in scope has, in TOTAL_KEYS order: the chart's legend and the table's columns. */
  keys: TotalKey[];
  /** When the least recently read presence in scope was read (epoch ms). */
  oldestAt?: number;
  /** When the most recently read one was: the totals are as of then. */
  newestAt?: number;
}

const NO_VALUE: Record<BarsBy, MessageKey> = { department: 'supervisor.totals.noDepartment', division: 'supervisor.totals.noDivision' };

/** Counts per presence of `users`, overall and per bar; `observe` says what the board knows of each. Row labels are in the translator's language. */
export function boardTotals(
  users: readonly DirectoryUser[],
  observe: (user: DirectoryUser) => Observation | undefined,
  barsBy: BarsBy,
  { t, compare }: Pick<Translator, 't' | 'compare'>,
): BoardTotals {
  const noValue = t(NO_VALUE[barsBy]);
  const all = new Map<TotalKey, number>();
  const bars = new Map<string, Map<TotalKey, number>>();
  let oldestAt: number | undefined;
  let newestAt: number | undefined;
  for (const user of users) {
    const seen = observe(user);
    const key: TotalKey = seen?.presence.key ?? 'pending';
    if (seen) {
      oldestAt = Math.min(oldestAt ?? seen.at, seen.at);
      newestAt = Math.max(newestAt ?? seen.at, seen.at);
    }
    const label = user[barsBy] ?? noValue;
    const counts = bars.get(label) ?? new Map<TotalKey, number>();
    bars.set(label, counts);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    all.set(key, (all.get(key) ?? 0) + 1);
  }
  const sum = (counts: ReadonlyMap<TotalKey, number>) => [...counts.values()].reduce((total, count) => total + count, 0);
  return {
    all: { label: t('supervisor.totals.all'), counts: all, total: users.length },
    bars: [...bars.entries()]
      .map(([label, counts]) => ({ label, counts, total: sum(counts) }))
      .sort((a, b) => b.total - a.total || compare(a.label, b.label)),
    keys: TOTAL_KEYS.filter((key) => (all.get(key) ?? 0) > 0),
    ...(oldestAt === undefined ? {} : { oldestAt }),
    ...(newestAt === undefined ? {} : { newestAt }),
  };
}
