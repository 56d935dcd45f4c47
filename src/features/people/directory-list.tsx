import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useLivePresence } from '@/features/presence/live-presence';
import { DirectoryRow, SkeletonRow } from '@/features/people/directory-row';
import type { DirectoryRows, VisibleRange } from '@/features/people/use-directory-rows';

export const ROW_HEIGHT = 64;

// Before layout, or while Genesys Cloud keeps the app in a hidden tab, the viewport measures 0×0:
// assume a screenful so the first rows (and their presence) are ready when it is shown.
const UNMEASURED_RECT = { width: 960, height: 640 };

export const optionId = (listboxId: string, index: number): string => `${listboxId}-row-${index}`;

export interface DirectoryListProps {
  listboxId: string;
  rows: DirectoryRows;
  activeIndex: number;
  withPresence: boolean;
  onOpen: (index: number) => void;
  onRangeChange: (range: VisibleRange) => void;
}

/**
 * The listbox, virtualized: only the rows in view (plus a few) are in the DOM, however many
 * thousand there are. Rows whose page has not arrived yet are skeletons.
 */
export function DirectoryList({ listboxId, rows, activeIndex, withPresence, onOpen, onRangeChange }: DirectoryListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  // The virtualizer is a mutable instance by design; this component is not left to the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.count,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: UNMEASURED_RECT,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => {
        onRect(rect.height === 0 ? UNMEASURED_RECT : rect);
      }),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // Live presence follows the rows in the DOM: the visible window plus the virtualizer's overscan as margin.
  const shownIds = items.flatMap((item) => rows.rowAt(item.index)?.id ?? []);
  const shownKey = shownIds.join(',');
  const userIds = useMemo(() => (shownKey === '' ? [] : shownKey.split(',')), [shownKey]);
  useLivePresence({ userIds, enabled: withPresence });

  useEffect(() => {
    onRangeChange({ start: first, end: last });
  }, [first, last, onRangeChange]);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  return (
    <div ref={viewport} className={rows.count === 0 ? 'directory-list__viewport directory-list__viewport--empty' : 'directory-list__viewport'}>
      <div
        role="listbox"
        id={listboxId}
        aria-label="8×8 users"
        className="directory-list"
        style={{ height: `${virtualizer.getTotalSize()}px` }}
      >
        {items.map((item) => {
          const user = rows.rowAt(item.index);
          return user ? (
            <DirectoryRow
              key={user.id}
              id={optionId(listboxId, item.index)}
              user={user}
              index={item.index}
              count={rows.count}
              active={item.index === activeIndex}
              withPresence={withPresence}
              top={item.start}
              onOpen={onOpen}
            />
          ) : (
            <SkeletonRow key={`skeleton-${item.index}`} top={item.start} />
          );
        })}
      </div>
    </div>
  );
}
