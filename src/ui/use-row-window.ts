// src/ui/use-row-window.ts: a window over a long list of rows of one fixed height: which rows to render, where each
// one goes, and scrolling a row into view. With every row the same height this is arithmetic: no measuring of rows,
// and nothing read from the layout while scrolling but the viewport's scrollTop.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/** The rows to render, both ends included: those on screen and `overscan` more each side. */
export interface RowRange {
  first: number;
  last: number;
}

export interface RowGeometry {
  count: number;
  rowHeight: number;
  /** The viewport's inner height (its clientHeight: no border, no scrollbar). */
  viewportHeight: number;
  scrollTop: number;
}

/** The highest scrollTop the list allows: its bottom at the viewport's bottom, or 0 when it fits. */
const maxScrollTop = ({ count, rowHeight, viewportHeight }: RowGeometry): number => Math.max(count * rowHeight - viewportHeight, 0);

/**
 * The rows any part of which is on screen, widened by `overscan` each side; null when there is nothing to draw.
 * A row whose bottom edge is exactly the viewport's top is off screen; one whose top is exactly its bottom too.
 */
export function rowRange(geometry: RowGeometry, overscan: number): RowRange | null {
  const { count, rowHeight, viewportHeight } = geometry;
  if (count <= 0 || rowHeight <= 0 || viewportHeight <= 0) return null;
  const lastIndex = count - 1;
  // Until the browser clamps it (the list has just become shorter, or a rubber-band bounce), scrollTop may be past
  // either end: the screen shows what the clamped position shows.
  const top = Math.min(Math.max(geometry.scrollTop, 0), maxScrollTop(geometry));
  const firstOnScreen = Math.min(Math.floor(top / rowHeight), lastIndex);
  const lastOnScreen = Math.min(Math.max(Math.ceil((top + viewportHeight) / rowHeight) - 1, firstOnScreen), lastIndex);
  return { first: Math.max(firstOnScreen - overscan, 0), last: Math.min(lastOnScreen + overscan, lastIndex) };
}

/**
 * The scrollTop that brings row `index` fully into view moving as little as possible (a row below the screen ends at
 * its bottom edge, one above starts at its top edge), or undefined when it is fully visible already (or there are
 * no rows): keyboard navigation within the screen does not scroll. An index past either end means the end row.
 */
export function scrollTopToReveal(index: number, geometry: RowGeometry): number | undefined {
  const { count, rowHeight, viewportHeight, scrollTop } = geometry;
  if (count <= 0) return undefined;
  const start = Math.min(Math.max(index, 0), count - 1) * rowHeight;
  const end = start + rowHeight;
  // The bottom edge first: a row taller than the viewport shows its end, as a row below the screen would.
  const wanted = end > scrollTop + viewportHeight ? end - viewportHeight : start < scrollTop ? start : scrollTop;
  const target = Math.min(Math.max(wanted, 0), maxScrollTop(geometry));
  return target === scrollTop ? undefined : target;
}

export interface RowWindowOptions {
  count: number;
  /** Fixed for the list's life in practice; a new one is followed exactly from the next scroll or resize. */
  rowHeight: number;
  /** Rows rendered beyond each end of the screen: they cover the frame a render lags behind the scroll. */
  overscan: number;
  /** The height assumed while the viewport measures 0 (before layout, or hidden). */
  unmeasuredHeight: number;
}

export interface RowWindow<E extends HTMLElement> {
  /** For the scrolling element. */
  viewportRef: RefObject<E | null>;
  /** Null when there are no rows. */
  range: RowRange | null;
  /** The height of all the rows: the scrolling content's height. */
  totalHeight: number;
  /** Scrolls row `index` fully into view if it is not (see scrollTopToReveal). */
  scrollToIndex: (index: number) => void;
}

/** What a render is drawn from: the viewport as it was at the last update that changed the rows. */
interface Viewport {
  top: number;
  height: number;
}

/**
 * The viewport as the browser last reported it (scroll event, resize, our own scrollTop write), the view last asked
 * of React, and the row height and count of the last render: read by the listeners and scrollToIndex, never by render.
 */
interface Live extends Viewport {
  shown: Viewport;
  rowHeight: number;
  count: number;
}

/**
 * Whether two viewports draw the same rows whatever the row count: the same row at the top edge and the same row at
 * the bottom edge, before clamping to the list's ends. Clamping is monotone in scrollTop, so it maps every position
 * between two with equal keys to the same rows: a render drawn from the position of the last update (updates that
 * would draw the same rows are skipped) draws what the true position would, even once the count has changed.
 */
const sameRows = (a: Viewport, b: Viewport, rowHeight: number): boolean =>
  // A new height also moves the end the position is clamped to: a resize is rare, it re-renders.
  a.height === b.height &&
  Math.floor(a.top / rowHeight) === Math.floor(b.top / rowHeight) &&
  Math.ceil((a.top + a.height) / rowHeight) === Math.ceil((b.top + b.height) / rowHeight);

/**
 * A window over `count` rows of `rowHeight` pixels in the scrolling element given `viewportRef`. The scroll listener
 * is passive and reads scrollTop only; the viewport's height comes from a ResizeObserver. It re-renders at most once
 * an animation frame, and only when the rows on screen change: scrolling within a row costs no render.
 */
export function useRowWindow<E extends HTMLElement = HTMLDivElement>(options: RowWindowOptions): RowWindow<E> {
  const { count, rowHeight, overscan, unmeasuredHeight } = options;
  const viewportRef = useRef<E>(null);
  const [view, setView] = useState<Viewport>(() => ({ top: 0, height: unmeasuredHeight }));
  const live = useRef<Live>({ top: 0, height: unmeasuredHeight, shown: view, rowHeight, count });
  useEffect(() => {
    live.current.rowHeight = rowHeight;
    live.current.count = count;
  }, [rowHeight, count]);

  // Asks for a render when the rows on screen differ from those last asked for.
  const update = useCallback(() => {
    const state = live.current;
    const next = { top: state.top, height: state.height };
    if (sameRows(next, state.shown, state.rowHeight)) return;
    state.shown = next;
    setView(next);
  }, []);

  useEffect(() => {
    const element = viewportRef.current;
    return element === null ? undefined : followViewport(element, live.current, update, unmeasuredHeight);
  }, [update, unmeasuredHeight]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = viewportRef.current;
      const state = live.current;
      if (element === null) return;
      const geometry = { count: state.count, rowHeight: state.rowHeight, viewportHeight: state.height, scrollTop: state.top };
      const target = scrollTopToReveal(index, geometry);
      if (target === undefined) return;
      element.scrollTop = target;
      // The row is drawn in this render, not after the scroll event of the next frame (End, Page Down): the active
      // row's option must exist for aria-activedescendant. The scroll event then confirms the position.
      state.top = target;
      update();
    },
    [update],
  );

  return {
    viewportRef,
    range: rowRange({ count, rowHeight, viewportHeight: view.height, scrollTop: view.top }, overscan),
    totalHeight: count * rowHeight,
    scrollToIndex,
  };
}

/**
 * Follows the viewport into `live`, calling `update` after each change; returns the cleanup. Its scrollTop in a
 * passive scroll listener (the only layout read while scrolling; the update waits for the next animation frame, so
 * a frame's scroll events make at most one render, in a task of its own), and its height through a ResizeObserver
 * (whose callback runs after layout, so reading clientHeight there forces none).
 */
function followViewport(element: HTMLElement, live: Live, update: () => void, unmeasuredHeight: number): () => void {
  // Before layout, or while hidden, the viewport measures 0: the rows for unmeasuredHeight are ready when it shows.
  const measure = () => {
    live.height = element.clientHeight || unmeasuredHeight;
    update();
  };
  let frame = 0;
  const onFrame = () => {
    frame = 0;
    update();
  };
  const onScroll = () => {
    live.top = element.scrollTop;
    // Without animation frames (a test DOM), at once.
    if (typeof requestAnimationFrame === 'undefined') update();
    else if (frame === 0) frame = requestAnimationFrame(onFrame);
  };
  element.addEventListener('scroll', onScroll, { passive: true });
  // The observer reports the first size itself, after the first layout; without one (a test DOM), measure now.
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
  if (observer) observer.observe(element);
  else measure();
  return () => {
    element.removeEventListener('scroll', onScroll);
    observer?.disconnect();
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}
