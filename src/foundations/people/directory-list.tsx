// src/foundations/people: the UC people: who they are (directory-user), how they are searched and paged,
// filtered and ordered, and the list, row and card every view draws them with.
import { useEffect, useMemo } from 'react';
import { SUBSCRIBE_GRACE_MS, useLivePresence } from '@/foundations/presence/live-presence';
import { useI18n } from '@/i18n/i18n-context';
import { DirectoryRow, SkeletonRow } from '@/foundations/people/directory-row';
import type { DirectoryRows, VisibleRange } from '@/foundations/people/use-directory-rows';
import { useRowWindow } from '@/ui/use-row-window';

export const ROW_HEIGHT = 64;
/** A dense row (Spark's dense list): one line of name and presence, one of details. */
export const DENSE_ROW_HEIGHT = 40;
/**
 * Rows kept live beyond each end of the screen: with the rows on screen, most of a channel's topics
 * (MAX_LIVE_USERS), so scrolling back and forth seldom moves the subscription (each move is a PUT).
 */
const LIVE_WINDOW = 380;
/** Rows beyond each end of the screen that must be live: once one is not, the subscription moves. */
const LIVE_FOCUS = 60;

/**
 * Rows drawn beyond each end of the screen: a render follows the scroll a frame late (see useRowWindow), and 6 rows
 * cover a frame of fast scrolling.
 */
const OVERSCAN = 6;
// Before layout, or while Genesys Cloud keeps the app in a hidden tab, the viewport measures 0×0:
// assume a screenful (960×640) so the first rows (and their presence) are ready when it is shown.
const UNMEASURED_HEIGHT = 640;

/** The viewport's height for `rows` rows and its border. */
const fittedHeight = (rows: number, dense: boolean) => ({
  flex: 'none',
  minHeight: 0,
  height: `${String(rows * (dense ? DENSE_ROW_HEIGHT : ROW_HEIGHT) + 2)}px`,
});

export const optionId = (listboxId: string, index: number): string => `${listboxId}-row-${index}`;

export interface DirectoryListProps {
  listboxId: string;
  /** `source: 'server'`: rows arrive page by page from the users search (the live subscription covers them as they come). */
  rows: Pick<DirectoryRows, 'count' | 'rowAt'> & Partial<Pick<DirectoryRows, 'source'>>;
  activeIndex: number;
  withPresence: boolean;
  onOpen: (index: number) => void;
  onRangeChange: (range: VisibleRange) => void;
  /** The listbox's accessible name (default "UC users"). */
  label?: string;
  /** A short note shown on a row ("Favorite"), part of its accessible name. */
  tagAt?: (index: number) => string | undefined;
  /** Users whose presence stays live whatever is on screen (people being watched). */
  pinnedLiveUserIds?: readonly string[];
  /** 40 px rows without the number column: the transfer widget, where the number is in the chosen person's panel. */
  dense?: boolean;
  /** A short list (a handful of results): as tall as its rows, up to this many, instead of filling the view. */
  fitRows?: number;
  /**
   * False holds the live subscription where it is (once made): the board while its pages still come in and
   * reorder the rows every second, whose presence came with those pages moments ago.
   */
  liveFollows?: boolean;
  /**
   * True: the view re-reads every row itself on a schedule (the board's sweep), so rows owed a read since
   * they became live are read when drawn, not ahead of the scroll (see read-ahead.ts).
   */
  swept?: boolean;
}

/**
 * The listbox, virtualized: only the rows in view (plus a few) are in the DOM, however many
 * thousand there are. Rows whose page has not arrived yet are skeletons.
 */
export function DirectoryList({
  listboxId,
  rows,
  activeIndex,
  withPresence,
  onOpen,
  onRangeChange,
  label,
  tagAt,
  pinnedLiveUserIds,
  dense = false,
  fitRows,
  liveFollows = true,
  swept = false,
}: DirectoryListProps) {
  const { t } = useI18n();
  const rowHeight = dense ? DENSE_ROW_HEIGHT : ROW_HEIGHT;
  const { viewportRef, range, totalHeight, scrollToIndex } = useRowWindow({
    count: rows.count,
    rowHeight,
    overscan: OVERSCAN,
    unmeasuredHeight: UNMEASURED_HEIGHT,
  });
  // The rows drawn, overscan included (0 and 0 when there are none).
  const first = range?.first ?? 0;
  const last = range?.last ?? 0;

  const liveNote = useLiveRows(rows, { first, last }, withPresence, pinnedLiveUserIds, { follows: liveFollows, readAhead: !swept });

  useEffect(() => {
    onRangeChange({ start: first, end: last });
  }, [first, last, onRangeChange]);

  // Keyboard navigation: the active row is brought into view only if it is not fully visible already.
  useEffect(() => {
    if (activeIndex >= 0) scrollToIndex(activeIndex);
  }, [activeIndex, scrollToIndex]);

  return (
    <>
      {liveNote === null ? null : (
        <p className="directory-list__live" role="status">
          {liveNote}
        </p>
      )}
      <div
        ref={viewportRef}
        // Badges check it before reading old presence: only the rows a person can see owe a read.
        data-list-viewport=""
        className={rows.count === 0 ? 'directory-list__viewport directory-list__viewport--empty' : 'directory-list__viewport'}
        style={fitRows === undefined ? undefined : fittedHeight(Math.min(rows.count, fitRows), dense)}
        // A scrolling area keyboard users can reach and scroll (Safari does not make scrollers focusable by itself).
        tabIndex={0}
        role="region"
        aria-label={label ?? t('people.list.label')}
      >
        <div
          role="listbox"
          id={listboxId}
          aria-label={label ?? t('people.list.label')}
          className={dense ? 'directory-list directory-list--dense' : 'directory-list'}
          style={{ height: `${totalHeight}px` }}
        >
          {range === null
            ? null
            : drawnRows(range.first, range.last, (index) => {
                const user = rows.rowAt(index);
                const tag = tagAt?.(index);
                return user ? (
                  <DirectoryRow
                    // The row's position too: a list may show one person twice (as a favorite, then in order).
                    key={`${index}:${user.id}`}
                    {...(tag === undefined ? {} : { tag })}
                    id={optionId(listboxId, index)}
                    user={user}
                    index={index}
                    count={rows.count}
                    active={index === activeIndex}
                    withPresence={withPresence}
                    top={index * rowHeight}
                    onOpen={onOpen}
                  />
                ) : (
                  <SkeletonRow key={`skeleton-${index}`} top={index * rowHeight} />
                );
              })}
        </div>
      </div>
    </>
  );
}

/** `draw(index)` for each index from `first` to `last`, both included. */
function drawnRows<T>(first: number, last: number, draw: (index: number) => T): T[] {
  const drawn: T[] = [];
  for (let index = first; index <= last; index += 1) drawn.push(draw(index));
  return drawn;
}

/**
 * Keeps presence live for the rows on screen and LIVE_WINDOW rows each side. The subscription moves
 * only when a row within LIVE_FOCUS of the screen, or a row a search page has just brought into the
 * window (server rows only), is not covered: scrolling back and forth through
 * hundreds of rows moves it seldom (each move is a PUT of the topic set, out of the shared budget).
 * Returns how presence stays current when it is not pushed.
 */
function useLiveRows(
  rows: DirectoryListProps['rows'],
  { first, last }: { first: number; last: number },
  withPresence: boolean,
  pinnedLiveUserIds: readonly string[] | undefined,
  { follows, readAhead }: { follows: boolean; readAhead: boolean },
): string | null {
  const { t, age } = useI18n();
  // One pass over the window (this runs on every scrolled frame): its ids, and those the subscription must cover
  // now: the rows near the screen, and rows whose presence a search page brought a moment ago (covered while it is
  // current, a page arriving ahead of the scroll owes no read later).
  const ids: string[] = [];
  const readAt: (number | undefined)[] = [];
  const focus: string[] = [];
  // The clock only decides which ids the subscription must cover now; a render a moment later deciding otherwise is fine.
  // eslint-disable-next-line react-hooks/purity
  const freshSince = rows.source === 'server' ? Date.now() - SUBSCRIBE_GRACE_MS / 2 : Number.POSITIVE_INFINITY;
  for (let index = Math.max(0, first - LIVE_WINDOW); index <= Math.min(rows.count - 1, last + LIVE_WINDOW); index += 1) {
    const user = rows.rowAt(index);
    if (user === undefined) continue;
    ids.push(user.id);
    readAt.push(user.observedAt);
    if (!follows) continue;
    if ((index >= first - LIVE_FOCUS && index <= last + LIVE_FOCUS) || (user.observedAt ?? 0) > freshSince) focus.push(user.id);
  }
  const liveKey = ids.join(',');
  const focusKey = focus.join(',');
  const userIds = useMemo(() => (liveKey === '' ? [] : liveKey.split(',')), [liveKey]);
  const focusUserIds = useMemo(() => (focusKey === '' ? [] : focusKey.split(',')), [focusKey]);
  const live = useLivePresence({
    userIds,
    focusUserIds,
    ...(readAhead ? { readAt } : {}),
    enabled: withPresence,
    ...(pinnedLiveUserIds ? { pinnedUserIds: pinnedLiveUserIds } : {}),
  });
  const interval = live.pollIntervalMs === undefined ? '' : age(live.pollIntervalMs / 1000);
  // How presence stays current when it is not pushed: said once, above the rows.
  return live.polledUsers > 0
    ? t('people.live.refused', { count: live.polledUsers, interval })
    : live.mode === 'polled'
      ? t('people.live.polled', { interval })
      : null;
}
