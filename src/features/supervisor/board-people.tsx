import { useCallback, useId, useMemo, useState } from 'react';
import { SelectField, type SelectOption } from '@/ui/select-field';
import { DirectoryList, optionId } from '@/foundations/people/directory-list';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import type { DirectoryRows } from '@/foundations/people/use-directory-rows';
import { compareByName, localMatcher } from '@/foundations/people/search-text';
import { UserCard } from '@/foundations/people/user-card';
import type { Observation } from '@/features/supervisor/board-presence';
import { TOTAL_KEYS, totalLabelKey, type TotalKey } from '@/features/supervisor/board-totals';
import type { SavedSelection } from '@/features/supervisor/saved-selection';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import { useUc } from '@/foundations/permissions/uc-context';

export type PeopleSort = 'longest' | 'shortest' | 'name';
const SORTS: readonly { value: PeopleSort; labelKey: MessageKey }[] = [
  { value: 'longest', labelKey: 'supervisor.people.sortLongest' },
  { value: 'shortest', labelKey: 'supervisor.people.sortShortest' },
  { value: 'name', labelKey: 'supervisor.people.sortName' },
];

// Rows carry the board's freshest presence, so a badge scrolled into view starts from it.
// One copy per user and observation keeps DirectoryRow's memo effective.
const rowCopies = new WeakMap<DirectoryUser, { seen: Observation; row: DirectoryUser }>();

function rowOf(user: DirectoryUser, seen: Observation | undefined): DirectoryUser {
  if (!seen) return user;
  const known = rowCopies.get(user);
  if (known?.seen === seen) return known.row;
  const row = { ...user, presence: seen.presence, observedAt: seen.at };
  rowCopies.set(user, { seen, row });
  return row;
}

// The board's rows are all loaded: which ones are on screen asks for nothing.
const ignoreRange = (): void => undefined;

interface BoardPeopleProps {
  users: readonly DirectoryUser[];
  observe: (user: DirectoryUser) => Observation | undefined;
  filter: TotalKey | 'all';
  onFilter: (filter: TotalKey | 'all') => void;
  selection: SavedSelection;
  /** For the exported file's name. */
  scopeName: string;
  /** Pages still come in: the rows reorder every second, and the live subscription waits (DirectoryList's liveFollows) unless a search narrows them. */
  loading: boolean;
}

/**
 * The users passing the presence filter and the search, sorted; rows carry the board's presence.
 * `byName` is the scope sorted by name (sorted once per scope, not per presence change): the sort
 * by time in status is stable, so ties stay in name order, and compares numbers only.
 */
function visibleRows(
  byName: readonly DirectoryUser[],
  observe: (user: DirectoryUser) => Observation | undefined,
  filter: TotalKey | 'all',
  sort: PeopleSort,
  text: string,
): DirectoryUser[] {
  const matches = text.trim() === '' ? () => true : localMatcher(text);
  const rows: DirectoryUser[] = [];
  const since: number[] = [];
  for (const user of byName) {
    const seen = observe(user);
    const key: TotalKey = seen?.presence.key ?? 'pending';
    if ((filter !== 'all' && key !== filter) || !matches(user)) continue;
    const row = rowOf(user, seen);
    rows.push(row);
    // Unknown "since" sorts last either way.
    since.push(row.presence?.since ?? (sort === 'longest' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY));
  }
  if (sort === 'name') return rows;
  const direction = sort === 'longest' ? 1 : -1;
  const order = Array.from(rows, (_, index) => index).sort((a, b) => direction * ((since[a] as number) - (since[b] as number)) || a - b);
  return order.map((index) => rows[index] as DirectoryUser);
}

/** The shown rows as DirectoryList reads them: all loaded locally, nothing pending. */
function localRows(shown: readonly DirectoryUser[]): DirectoryRows {
  return {
    source: 'local',
    untagged: 0,
    count: shown.length,
    rowAt: (index) => shown[index],
    pending: false,
    searching: false,
    error: undefined,
    retry: () => undefined,
    unreadable: 0,
    departments: [],
  };
}

/** The sort and presence-filter choices, in the person's language. */
function useBoardOptions(): { sortOptions: readonly SelectOption<PeopleSort>[]; filterOptions: readonly SelectOption<TotalKey | 'all'>[] } {
  const { t } = useI18n();
  const sortOptions = useMemo(
    (): readonly SelectOption<PeopleSort>[] => SORTS.map(({ value, labelKey }) => ({ value, label: t(labelKey) })),
    [t],
  );
  const filterOptions = useMemo(
    (): readonly SelectOption<TotalKey | 'all'>[] => [
      { value: 'all', label: t('supervisor.people.anyPresence') },
      ...TOTAL_KEYS.map((key) => ({ value: key, label: t(totalLabelKey(key)) })),
    ],
    [t],
  );
  return { sortOptions, filterOptions };
}

/** The person opened from the list, with adding them to (or removing them from) the saved selection. */
function OpenPersonCard({ user, selection, onClose }: { user: DirectoryUser; selection: SavedSelection; onClose: () => void }) {
  const { t } = useI18n();
  const inSelection = selection.has(user.id);
  return (
    <UserCard
      user={user}
      withPresence
      onClose={onClose}
      actions={
        <button
          type="button"
          className="button button--secondary"
          disabled={!inSelection && selection.full}
          onClick={() => {
            selection.toggle(user.id);
          }}
        >
          {t(inSelection ? 'supervisor.people.removeFromSelection' : 'supervisor.people.addToSelection')}
        </button>
      }
    />
  );
}

interface BoardSearchFieldProps {
  listboxId: string;
  shown: readonly DirectoryUser[];
  activeIndex: number;
  onActiveIndex: (index: number) => void;
  onOpen: (index: number) => void;
  text: string;
  onText: (text: string) => void;
}

/** The search box, which is also the list's combobox: arrows, Home and End move through the rows, Enter opens one, Escape clears. */
function BoardSearchField({ listboxId, shown, activeIndex, onActiveIndex, onOpen, text, onText }: BoardSearchFieldProps) {
  const { t } = useI18n();
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: shown.length - 1 };
    const target = moves[event.key];
    if (target !== undefined && shown.length > 0) {
      event.preventDefault();
      onActiveIndex(Math.max(0, Math.min(shown.length - 1, target)));
    } else if (event.key === 'Enter' && shown[activeIndex]) {
      event.preventDefault();
      onOpen(activeIndex);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onText('');
    }
  };
  return (
    <div className="search-field">
      <span className="search-field__icon" aria-hidden="true" />
      <input
        className="search-field__input"
        type="text"
        role="combobox"
        aria-label={t('supervisor.people.searchLabel')}
        aria-controls={listboxId}
        aria-expanded={shown.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 && shown[activeIndex] ? optionId(listboxId, activeIndex) : undefined}
        placeholder={t('supervisor.people.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          onText(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

/** The people in scope, filterable by presence and sortable by time in status, with live badges and a CSV export. */
export function BoardPeople({ users, observe, filter, onFilter, selection, scopeName, loading }: BoardPeopleProps) {
  const { t, locale } = useI18n();
  const { sortOptions, filterOptions } = useBoardOptions();
  const listboxId = useId();
  const [sort, setSort] = useState<PeopleSort>('longest');
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);
  const [openUser, setOpenUser] = useState<DirectoryUser | null>(null);

  const byName = useMemo(() => [...users].sort(compareByName), [users]);
  const shown = useMemo(() => visibleRows(byName, observe, filter, sort, text), [byName, observe, filter, sort, text]);

  const viewKey = JSON.stringify([filter, sort, text.trim()]);
  const [shownKey, setShownKey] = useState(viewKey);
  if (shownKey !== viewKey) {
    setShownKey(viewKey);
    setActiveIndex(-1);
  }

  const rows = localRows(shown);
  const onOpen = useCallback(
    (index: number) => {
      setActiveIndex(index);
      const user = shown[index];
      if (user) setOpenUser(user);
    },
    [shown],
  );

  const uc = useUc();
  // The CSV code loads with the first export, not with the board.
  const exportCsv = () => {
    const now = Date.now();
    void import('@/features/supervisor/board-csv').then(({ exportBoardCsv }) => {
      exportBoardCsv(shown, observe, scopeName, uc.slug, { t, locale }, now);
    });
  };

  const showing =
    filter === 'all'
      ? t('supervisor.people.showing', { shown: shown.length, total: users.length })
      : t('supervisor.people.showingPresence', { shown: shown.length, total: users.length, presence: t(totalLabelKey(filter)) });
  return (
    <section className="board-people" aria-labelledby={`${listboxId}-heading`}>
      <h2 id={`${listboxId}-heading`}>{t('supervisor.people.heading')}</h2>
      <div className="board__toolbar">
        <BoardSearchField
          listboxId={listboxId}
          shown={shown}
          activeIndex={activeIndex}
          onActiveIndex={setActiveIndex}
          onOpen={onOpen}
          text={text}
          onText={setText}
        />
        <SelectField label={t('supervisor.people.presenceFilter')} value={filter} options={filterOptions} onChange={onFilter} />
        <SelectField label={t('supervisor.people.sortBy')} value={sort} options={sortOptions} onChange={setSort} />
        <button type="button" className="button button--secondary" disabled={shown.length === 0} onClick={exportCsv}>
          {t('supervisor.people.export')}
        </button>
      </div>
      <p className="board__status" aria-live="polite">
        {showing}
      </p>
      <DirectoryList
        key={viewKey}
        listboxId={listboxId}
        rows={rows}
        activeIndex={activeIndex}
        withPresence
        onOpen={onOpen}
        onRangeChange={ignoreRange}
        // A search narrows the list to the people someone looks for, in an order pages barely move: those follow live at once.
        liveFollows={!loading || text.trim() !== ''}
        // The sweep re-reads everyone within one pass: rows near the screen are not read ahead of it.
        swept
      />
      {openUser ? (
        <OpenPersonCard
          user={openUser}
          selection={selection}
          onClose={() => {
            setOpenUser(null);
          }}
        />
      ) : null}
    </section>
  );
}
