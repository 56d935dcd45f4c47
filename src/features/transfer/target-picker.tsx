// The search and list of the directory (foundations/people), tuned for a transfer: favorites and
// recent targets first, then who is available first; Enter picks the target, Ctrl+Enter transfers.
import { useCallback, useMemo, type ReactNode, type RefObject } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorNotice } from '@/ui/error-notice';
import { Notice } from '@/ui/notice';
import type { PresenceFilter } from '@/foundations/people/directory-order';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { filterProps, PeoplePicker, usePeopleSearch, type PickHow } from '@/foundations/people/people-picker';
import { localMatcher } from '@/foundations/people/search-text';
import { UntaggedNumbersNotice } from '@/foundations/people/untagged-numbers-notice';
import type { DirectoryRows, VisibleRange } from '@/foundations/people/use-directory-rows';

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
  // On a call the question is who can take it now: available people first, by default.
  const search = usePeopleSearch(
    withPresence,
    { department: '', presence: 'all', sort: 'presence' },
    { sortLimit: TRANSFER_SORT_LIMIT, demote: cannotTake },
  );
  const { filters, presence, onRangeChange } = search;
  const trimmed = search.terms.text.trim();
  const shownPinned = useShownPinned(pinned, trimmed, filters.department, presence);
  const rows = withPinned(search.rows, shownPinned);
  const pinnedCount = shownPinned.length;
  const onPinnedRangeChange = useCallback(
    (next: VisibleRange) => {
      onRangeChange(next, pinnedCount);
    },
    [onRangeChange, pinnedCount],
  );
  const onPick = (user: DirectoryUser, how: PickHow) => {
    if (how.quick) onQuickTransfer(user);
    else onSelect(user);
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

  return (
    <div className="target-picker">
      <PeoplePicker
        inputRef={searchRef}
        label={t('transfer.picker.searchLabel')}
        placeholder={t('transfer.picker.placeholder')}
        text={search.text}
        onTextChange={search.setText}
        rows={rows}
        // A new favorite or recent shifts the rows: it starts afresh too.
        questionKey={`${search.questionKey}:${String(pinnedCount)}`}
        withPresence={withPresence}
        onPick={onPick}
        onEscapeEmpty={onEscapeEmpty}
        {...filterProps(search, withPresence, 'combined', rows.departments)}
        list={{
          onRangeChange: onPinnedRangeChange,
          label: t('transfer.picker.listLabel'),
          tagAt,
          pinnedLiveUserIds: liveUserIds,
          dense: true,
        }}
      >
        <PickerStatus
          rows={rows}
          sortLimited={search.rows.sortLimited === true}
          presenceOrder={withPresence && filters.sort === 'presence'}
        >
          {statusExtra}
        </PickerStatus>
        <PickerNotices rows={rows} searched={trimmed !== ''} />
      </PeoplePicker>
    </div>
  );
}

/** Pinned people who match the search and the filters. */
function useShownPinned(
  pinned: readonly PinnedTarget[],
  text: string,
  department: string,
  presence: PresenceFilter,
): readonly PinnedTarget[] {
  return useMemo(() => {
    const matches = text === '' ? () => true : localMatcher(text);
    return pinned.filter(
      ({ user }) =>
        matches(user) && (department === '' || user.department === department) && (presence === 'all' || user.presence?.key === presence),
    );
  }, [pinned, text, department, presence]);
}

function PickerStatus({
  rows,
  sortLimited,
  presenceOrder,
  children,
}: {
  rows: DirectoryRows;
  sortLimited: boolean;
  presenceOrder: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="target-picker__status-line">
      <p className="target-picker__status" aria-live="polite">
        {rows.pending
          ? t('transfer.picker.loading')
          : rows.searching
            ? t('transfer.picker.searching')
            : [
                t('transfer.picker.count', { count: rows.count }),
                ...(presenceOrder ? [t(sortLimited ? 'transfer.picker.order.limited' : 'transfer.picker.order.presence')] : []),
              ].join(' · ')}
      </p>
      {children}
    </div>
  );
}

/** What went wrong, or why nobody is listed. */
function PickerNotices({ rows, searched }: { rows: DirectoryRows; searched: boolean }) {
  const { t } = useI18n();
  const nothing = !rows.pending && rows.count === 0 && rows.error === undefined && !rows.searching;
  return (
    <>
      {rows.error !== undefined ? <ErrorNotice error={rows.error} onRetry={rows.retry} /> : null}
      {nothing && !searched && rows.untagged > 0 ? (
        <UntaggedNumbersNotice count={rows.untagged} />
      ) : nothing ? (
        <Notice tone="info" title={t(searched ? 'transfer.picker.noMatch.title' : 'transfer.picker.noneProvisioned.title')}>
          <p>{t(searched ? 'transfer.picker.noMatch.body' : 'transfer.picker.noneProvisioned.body')}</p>
        </Notice>
      ) : null}
    </>
  );
}
