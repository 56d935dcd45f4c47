// The search and list of the directory (foundations/people), tuned for a transfer: favorites and
// recent targets first, then who is available first; Enter picks the target, Ctrl+Enter transfers.
import { useCallback, useId, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { UntaggedNumbersNotice } from '@/foundations/people/untagged-numbers-notice';
import { Notice } from '@/ui/notice';
import { DirectoryList, optionId } from '@/foundations/people/directory-list';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { navigatedIndex } from '@/foundations/people/listbox-keys';
import { SearchCombobox } from '@/foundations/people/search-combobox';
import { localMatcher } from '@/foundations/people/search-text';
import { useDebouncedValue } from '@/foundations/people/use-debounced-value';
import { AVAILABLE_ONLY_SHORTCUT, availableShortcut, PeopleFilters, type PeopleFilterValues } from '@/foundations/people/people-filters';
import { useSearchTerms } from '@/foundations/people/search-terms';
import { useDirectoryRows, type DirectoryRows, type VisibleRange } from '@/foundations/people/use-directory-rows';

/** As in the directory: skip the keystrokes of a word being typed, still feel live. */
const SEARCH_DEBOUNCE_MS = 250;

/**
 * "Available first" reads every page of what is listed: up to 10 pages (1,000 people) for a
 * search or a department, a few seconds of the rate budget at most. A larger set stays in name
 * order and says so, rather than reading the whole directory when the widget opens.
 */
export const TRANSFER_SORT_LIMIT = 1_000;

export interface PinnedTarget {
  user: DirectoryUser;
  tag: 'favorite' | 'recent';
}

export interface TargetPickerProps {
  searchRef: RefObject<HTMLInputElement | null>;
  withPresence: boolean;
  pinned: readonly PinnedTarget[];
  /** Kept live whatever is on screen (the selected and watched people). */
  liveUserIds: readonly string[];
  onSelect: (user: DirectoryUser) => void;
  /** The keyboard shortcut (Ctrl+Enter): select and transfer at once. */
  onQuickTransfer: (user: DirectoryUser) => void;
  onEscapeEmpty: () => void;
  /** Why a person cannot take a transfer, as a short note for their row; undefined when they can. */
  ineligibleTag: (user: DirectoryUser) => string | undefined;
  /** Those who cannot take a transfer are listed after the others (stable identity: the list re-sorts when it changes). */
  cannotTake: (user: DirectoryUser) => boolean;
  /** Beside the status line: the help button. */
  statusExtra?: ReactNode;
}

/**
 * Pinned people (those matching the text) ahead of the directory's rows, and not again among
 * them: each person once, so the count is the number of people. Only loaded rows can be
 * recognised; a pinned person on a page not read yet drops out of the order once it arrives.
 */
function withPinned(rows: DirectoryRows, pinned: readonly PinnedTarget[]): DirectoryRows {
  if (pinned.length === 0) return rows;
  const pinnedIds = new Set(pinned.map((entry) => entry.user.id));
  const hidden: number[] = [];
  for (let index = 0; index < rows.count && hidden.length < pinnedIds.size; index += 1) {
    const id = rows.rowAt(index)?.id;
    if (id !== undefined && pinnedIds.has(id)) hidden.push(index);
  }
  /** The directory's row shown at `position` (after the pinned ones): skips the hidden rows, in ascending order. */
  const directoryIndexOf = (position: number): number => {
    let index = position;
    for (const skipped of hidden) if (skipped <= index) index += 1;
    return index;
  };
  return {
    ...rows,
    count: pinned.length + rows.count - hidden.length,
    rowAt: (index) => (index < pinned.length ? pinned[index]?.user : rows.rowAt(directoryIndexOf(index - pinned.length))),
    pending: false,
  };
}

export function TargetPicker({
  searchRef,
  withPresence,
  pinned,
  liveUserIds,
  onSelect,
  onQuickTransfer,
  onEscapeEmpty,
  ineligibleTag,
  cannotTake,
  statusExtra,
}: TargetPickerProps) {
  const { t } = useI18n();
  const listboxId = useId();
  const [text, setText] = useState('');
  const settledText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 0 });
  const [activeIndex, setActiveIndex] = useState(-1);
  // On a call the question is who can take it now: available people first, by default.
  const [filters, setFilters] = useState<PeopleFilterValues>({ department: '', presence: 'all', sort: 'presence' });
  const { terms, settledTerms } = useSearchTerms(text, settledText, withPresence);
  const presence = withPresence ? (terms.presence ?? filters.presence) : 'all';
  const directory = useDirectoryRows(
    {
      text: terms.text,
      settledText: settledTerms.text,
      department: filters.department,
      presence,
      sort: withPresence ? filters.sort : 'name',
    },
    range,
    withPresence,
    true,
    { sortLimit: TRANSFER_SORT_LIMIT, demote: cannotTake },
  );

  const trimmed = terms.text.trim();
  const { department } = filters;
  const shownPinned = useMemo(() => {
    const matches = trimmed === '' ? () => true : localMatcher(trimmed);
    return pinned.filter(
      ({ user }) =>
        matches(user) && (department === '' || user.department === department) && (presence === 'all' || user.presence?.key === presence),
    );
  }, [pinned, trimmed, department, presence]);
  const rows = withPinned(directory, shownPinned);

  // A new search or filter (or a new favorite or recent, which shifts the rows) starts with no active row, as in the directory.
  const shownKey = JSON.stringify([text.trim(), department, presence, filters.sort, shownPinned.length]);
  const [shownFor, setShownFor] = useState(shownKey);
  if (shownFor !== shownKey) {
    setShownFor(shownKey);
    setActiveIndex(-1);
  }

  const onRangeChange = useCallback(
    (next: VisibleRange) => {
      const offset = shownPinned.length;
      const shifted = { start: Math.max(0, next.start - offset), end: Math.max(0, next.end - offset) };
      setRange((current) => (current.start === shifted.start && current.end === shifted.end ? current : shifted));
    },
    [shownPinned.length],
  );
  const onOpen = (index: number) => {
    setActiveIndex(index);
    const user = rows.rowAt(index);
    if (user) onSelect(user);
  };
  // Not memoised: the rows (and so what each index holds) are new on every render anyway.
  const tagAt = (index: number) => {
    const pinnedTag = shownPinned[index]?.tag;
    const user = rows.rowAt(index);
    // The reason someone cannot take the call is part of the row's name, so it is read out with it.
    const tags = [
      pinnedTag === undefined ? undefined : t(pinnedTag === 'favorite' ? 'transfer.picker.tag.favorite' : 'transfer.picker.tag.recent'),
      user ? ineligibleTag(user) : undefined,
    ].filter((tag): tag is string => tag !== undefined);
    return tags.length === 0 ? undefined : tags.join(' · ');
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const moved = navigatedIndex(event.key, activeIndex, rows.count);
    if (moved !== undefined) {
      event.preventDefault();
      setActiveIndex(moved);
      return;
    }
    const toggled = withPresence ? availableShortcut(event, filters.presence) : undefined;
    if (toggled !== undefined) {
      setFilters((current) => ({ ...current, presence: toggled }));
      return;
    }
    if (event.key === 'Enter') {
      const user = activeIndex >= 0 ? rows.rowAt(activeIndex) : undefined;
      if (!user) return;
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) onQuickTransfer(user);
      else onSelect(user);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (text === '') onEscapeEmpty();
      setText('');
    }
  };

  const activeLoaded = activeIndex >= 0 && rows.rowAt(activeIndex) !== undefined;
  const nothing = !rows.pending && rows.count === 0 && rows.error === undefined && !rows.searching;
  return (
    <div className="target-picker">
      <SearchCombobox
        inputRef={searchRef}
        label={t('transfer.picker.searchLabel')}
        listboxId={listboxId}
        value={text}
        expanded={rows.count > 0}
        activeDescendant={activeLoaded ? optionId(listboxId, activeIndex) : undefined}
        placeholder={t('transfer.picker.placeholder')}
        onChange={setText}
        onKeyDown={onKeyDown}
        onClear={() => {
          setText('');
        }}
        {...(withPresence ? { keyShortcuts: AVAILABLE_ONLY_SHORTCUT } : {})}
      />
      <PeopleFilters
        values={filters}
        onChange={setFilters}
        departments={rows.departments}
        withPresence={withPresence}
        presenceControl="combined"
        presenceFromSearch={terms.presence}
      />
      <div className="target-picker__status-line">
        <p className="target-picker__status" aria-live="polite">
          {rows.pending
            ? t('transfer.picker.loading')
            : rows.searching
              ? t('transfer.picker.searching')
              : [
                  t('transfer.picker.count', { count: rows.count }),
                  ...(withPresence && filters.sort === 'presence'
                    ? [t(directory.sortLimited === true ? 'transfer.picker.order.limited' : 'transfer.picker.order.presence')]
                    : []),
                ].join(' · ')}
        </p>
        {statusExtra}
      </div>
      {rows.error !== undefined ? <ErrorNotice error={rows.error} onRetry={rows.retry} /> : null}
      {nothing && trimmed === '' && rows.untagged > 0 ? (
        <UntaggedNumbersNotice count={rows.untagged} />
      ) : nothing ? (
        <Notice tone="info" title={t(trimmed === '' ? 'transfer.picker.noneProvisioned.title' : 'transfer.picker.noMatch.title')}>
          <p>{t(trimmed === '' ? 'transfer.picker.noneProvisioned.body' : 'transfer.picker.noMatch.body')}</p>
        </Notice>
      ) : null}
      <DirectoryList
        key={shownKey}
        listboxId={listboxId}
        label={t('transfer.picker.listLabel')}
        rows={rows}
        activeIndex={activeIndex}
        withPresence={withPresence}
        onOpen={onOpen}
        onRangeChange={onRangeChange}
        tagAt={tagAt}
        pinnedLiveUserIds={liveUserIds}
        dense
      />
    </div>
  );
}
