// The search and list of the directory (features/people), tuned for a transfer:
// favorites and recent targets first, Enter picks the target, Ctrl+Enter transfers.
import { useCallback, useId, useMemo, useState, type RefObject } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { UntaggedNumbersNotice } from '@/features/people/untagged-numbers-notice';
import { Notice } from '@/ui/notice';
import { DirectoryList, optionId } from '@/features/people/directory-list';
import type { DirectoryUser } from '@/features/people/directory-user';
import { navigatedIndex } from '@/features/people/listbox-keys';
import { SearchCombobox } from '@/features/people/search-combobox';
import { localMatcher } from '@/features/people/search-text';
import { useDebouncedValue } from '@/features/people/use-debounced-value';
import { useDirectoryRows, type DirectoryRows, type VisibleRange } from '@/features/people/use-directory-rows';

/** As in the directory: skip the keystrokes of a word being typed, still feel live. */
const SEARCH_DEBOUNCE_MS = 250;

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
}: TargetPickerProps) {
  const { t } = useI18n();
  const listboxId = useId();
  const [text, setText] = useState('');
  const settledText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 0 });
  const [activeIndex, setActiveIndex] = useState(-1);
  const directory = useDirectoryRows({ text, settledText, department: '', presence: 'all', sort: 'name' }, range, withPresence, true);

  const trimmed = text.trim();
  const shownPinned = useMemo(() => {
    if (trimmed === '') return pinned;
    const matches = localMatcher(trimmed);
    return pinned.filter((entry) => matches(entry.user));
  }, [pinned, trimmed]);
  const rows = withPinned(directory, shownPinned);

  // A new search (or a new favorite or recent, which shifts the rows) starts with no active row, as in the directory.
  const shownKey = `${trimmed}\n${shownPinned.length}`;
  const [shownFor, setShownFor] = useState(shownKey);
  if (shownFor !== shownKey) {
    setShownFor(shownKey);
    setActiveIndex(-1);
  }

  const onRangeChange = useCallback((next: VisibleRange) => {
    const offset = shownPinned.length;
    const shifted = { start: Math.max(0, next.start - offset), end: Math.max(0, next.end - offset) };
    setRange((current) => (current.start === shifted.start && current.end === shifted.end ? current : shifted));
  }, [shownPinned.length]);
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
      />
      <p className="target-picker__status" aria-live="polite">
        {rows.pending
          ? t('transfer.picker.loading')
          : rows.searching
            ? t('transfer.picker.searching')
            : t('transfer.picker.count', { count: rows.count })}
      </p>
      {rows.error !== undefined ? <ErrorNotice error={rows.error} onRetry={rows.retry} /> : null}
      {nothing && trimmed === '' && rows.untagged > 0 ? (
        <UntaggedNumbersNotice count={rows.untagged} />
      ) : nothing ? (
        <Notice tone="info" title={t(trimmed === '' ? 'transfer.picker.noneProvisioned.title' : 'transfer.picker.noMatch.title')}>
          <p>{t(trimmed === '' ? 'transfer.picker.noneProvisioned.body' : 'transfer.picker.noMatch.body')}</p>
        </Notice>
      ) : null}
      <DirectoryList
        key={trimmed}
        listboxId={listboxId}
        label={t('transfer.picker.listLabel')}
        rows={rows}
        activeIndex={activeIndex}
        withPresence={withPresence}
        onOpen={onOpen}
        onRangeChange={onRangeChange}
        tagAt={tagAt}
        pinnedLiveUserIds={liveUserIds}
      />
    </div>
  );
}
