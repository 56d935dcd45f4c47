// The row window of the directory list (src/ui/use-row-window.ts): its arithmetic against a row-by-row reference
// (which rows are drawn, where keyboard navigation scrolls), then the hook in the DOM: one render per frame at most and
// only when the rows change, no layout read while scrolling but scrollTop, the count changing under a scrolled list.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler, useEffect } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { rowRange, scrollTopToReveal, useRowWindow } from '@/ui/use-row-window';
import type { RowGeometry, RowRange } from '@/ui/use-row-window';

const geometry = (scrollTop: number, count = 50_000, viewportHeight = 640, rowHeight = 64): RowGeometry => ({
  count,
  rowHeight,
  viewportHeight,
  scrollTop,
});

test('the rows drawn are those on screen and 6 more each side, clamped to the list', () => {
  // 640 px of 64 px rows: rows 0 to 9, then 6 rows below (none above the first).
  expect(rowRange(geometry(0), 6)).toEqual({ first: 0, last: 15 });
  // 100 px down: rows 1 (partly) to 11 (partly) are on screen.
  expect(rowRange(geometry(100), 6)).toEqual({ first: 0, last: 17 });
  // Row 2,500 at the top edge exactly: row 2,499 ends there (off screen), row 2,510 starts at the bottom edge (off).
  expect(rowRange(geometry(64 * 2500), 6)).toEqual({ first: 2494, last: 2515 });
  expect(rowRange(geometry(64 * 2500 + 1), 6)).toEqual({ first: 2494, last: 2516 });
  // The end of the list: no row past the last.
  expect(rowRange(geometry(64 * 100 - 640, 100), 6)).toEqual({ first: 84, last: 99 });
  // A list shorter than the screen: all of it.
  expect(rowRange(geometry(0, 3), 6)).toEqual({ first: 0, last: 2 });
  // The dense list's 40 px rows in a fitted viewport of 5 rows.
  expect(rowRange(geometry(0, 12, 200, 40), 6)).toEqual({ first: 0, last: 10 });
  expect(rowRange(geometry(0, 0), 6)).toBeNull();
});

test('a scrollTop past either end (a list just shortened, a bounce) draws what the clamped position shows', () => {
  // 50,000 rows scrolled to row 2,500, then a search leaves 100: the browser clamps scrollTop a moment later.
  expect(rowRange(geometry(64 * 2500, 100), 6)).toEqual(rowRange(geometry(64 * 100 - 640, 100), 6));
  expect(rowRange(geometry(64 * 2500, 100), 6)).toEqual({ first: 84, last: 99 });
  expect(rowRange(geometry(-30), 6)).toEqual(rowRange(geometry(0), 6));
  // A list that fits draws all of it wherever scrollTop says it is.
  expect(rowRange(geometry(500, 4), 6)).toEqual({ first: 0, last: 3 });
});

/** A small deterministic generator (the same cases every run). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Row by row: the rows with any pixel inside the viewport at the clamped scrollTop, widened by the overscan. */
function referenceRange({ count, rowHeight, viewportHeight, scrollTop }: RowGeometry, overscan: number): RowRange | null {
  const top = Math.min(Math.max(scrollTop, 0), Math.max(count * rowHeight - viewportHeight, 0));
  const onScreen: number[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index * rowHeight < top + viewportHeight && (index + 1) * rowHeight > top) onScreen.push(index);
  }
  const first = onScreen[0];
  const last = onScreen.at(-1);
  if (first === undefined || last === undefined) return null;
  return { first: Math.max(first - overscan, 0), last: Math.min(last + overscan, count - 1) };
}

test('the arithmetic draws the rows a row-by-row scan of the viewport finds, for 5,000 random geometries', () => {
  const random = numbers(16);
  for (let run = 0; run < 5000; run += 1) {
    const rowHeight = random() < 0.5 ? 64 : 40;
    const count = Math.floor(random() * 400);
    const viewportHeight = 1 + Math.floor(random() * 1000);
    // Whole pixels mostly, a fraction at times (zoom), past either end at times.
    const scrollTop = Math.round((random() * 1.2 - 0.1) * count * rowHeight * 4) / 4;
    const overscan = Math.floor(random() * 8);
    const case_ = { count, rowHeight, viewportHeight, scrollTop };
    expect(rowRange(case_, overscan), JSON.stringify(case_)).toEqual(referenceRange(case_, overscan));
  }
});

test('scrollToIndex moves only for a row not fully visible, to the nearest edge', () => {
  // On screen: rows 0 to 9 at scrollTop 0; rows 10 to 19 at 640.
  expect(scrollTopToReveal(0, geometry(0))).toBeUndefined();
  expect(scrollTopToReveal(9, geometry(0))).toBeUndefined();
  // Row 10 is below: it ends at the bottom edge (one row of scrolling, as an arrow key).
  expect(scrollTopToReveal(10, geometry(0))).toBe(64);
  // Row 3 is above the screen at 640: it starts at the top edge.
  expect(scrollTopToReveal(3, geometry(640))).toBe(192);
  // Half visible at either edge: moved the little that shows all of it.
  expect(scrollTopToReveal(10, geometry(30))).toBe(64);
  expect(scrollTopToReveal(1, geometry(100))).toBe(64);
  expect(scrollTopToReveal(10, geometry(100))).toBeUndefined();
  // End on 50,000 rows: the last row at the bottom edge, the end of the scroll range.
  expect(scrollTopToReveal(49_999, geometry(0))).toBe(50_000 * 64 - 640);
  // Home: back to the top.
  expect(scrollTopToReveal(0, geometry(50_000 * 64 - 640))).toBe(0);
  // An index past the end (the count has just shrunk) means the last row; no rows, nowhere to go.
  expect(scrollTopToReveal(500, geometry(0, 20))).toBe(20 * 64 - 640);
  expect(scrollTopToReveal(3, geometry(0, 0))).toBeUndefined();
  // A row taller than the viewport: its end shows, as for a row below.
  expect(scrollTopToReveal(2, geometry(0, 10, 50))).toBe(3 * 64 - 50);
});

test('the position scrollToIndex chooses shows the row whole and is the nearest one that does', () => {
  const random = numbers(17);
  for (let run = 0; run < 5000; run += 1) {
    const rowHeight = random() < 0.5 ? 64 : 40;
    const count = 1 + Math.floor(random() * 400);
    const viewportHeight = rowHeight + Math.floor(random() * 1000);
    const maxTop = Math.max(count * rowHeight - viewportHeight, 0);
    const scrollTop = Math.round(random() * maxTop);
    const index = Math.floor(random() * count);
    const case_ = { count, rowHeight, viewportHeight, scrollTop };
    const target = scrollTopToReveal(index, case_) ?? scrollTop;
    const start = index * rowHeight;
    const shown = start >= target && start + rowHeight <= target + viewportHeight;
    expect(shown, JSON.stringify({ ...case_, index, target })).toBe(true);
    expect(target).toBeGreaterThanOrEqual(0);
    expect(target).toBeLessThanOrEqual(maxTop);
    // The positions that show the row whole are [start + rowHeight - viewportHeight, start]: the nearest to scrollTop.
    const nearest = Math.min(Math.max(scrollTop, start + rowHeight - viewportHeight), start);
    expect(target, JSON.stringify({ ...case_, index })).toBe(Math.min(Math.max(nearest, 0), maxTop));
  }
});

// The hook in the DOM. jsdom has no layout: the viewport measures 0 (so the unmeasured height is used) unless a
// test gives it a clientHeight, and animation frames and the ResizeObserver are stand-ins the test runs by hand.
let frames: FrameRequestCallback[] = [];
let resized: (() => void) | undefined;
beforeEach(() => {
  frames = [];
  resized = undefined;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames.splice(id - 1, 1, () => undefined);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function nextFrame(): void {
  const due = frames;
  frames = [];
  act(() => {
    for (const callback of due) callback(performance.now());
  });
}

function List({ count, active = -1, rowHeight = 64 }: { count: number; active?: number; rowHeight?: number }) {
  const { viewportRef, range, totalHeight, scrollToIndex } = useRowWindow({ count, rowHeight, overscan: 6, unmeasuredHeight: 640 });
  useEffect(() => {
    if (active >= 0) scrollToIndex(active);
  }, [active, scrollToIndex]);
  return (
    <div ref={viewportRef} data-testid="viewport">
      <div data-testid="rows" data-range={range === null ? '' : `${range.first}-${range.last}`} style={{ height: `${totalHeight}px` }} />
    </div>
  );
}

function mountList(count: number) {
  let commits = 0;
  const onRender = () => {
    commits += 1;
  };
  const view = render(
    <Profiler id="list" onRender={onRender}>
      <List count={count} />
    </Profiler>,
  );
  return {
    commits: () => commits,
    rerender: (props: { count: number; active?: number; rowHeight?: number }) => {
      view.rerender(
        <Profiler id="list" onRender={onRender}>
          <List {...props} />
        </Profiler>,
      );
    },
  };
}

const drawn = () => screen.getByTestId('rows').dataset.range;
const viewport = () => screen.getByTestId('viewport');
function scrollTo(top: number): void {
  viewport().scrollTop = top;
  fireEvent.scroll(viewport());
}

test('unmeasured, the viewport is taken as a screenful; the content is as tall as all the rows', () => {
  mountList(50_000);
  expect(drawn()).toBe('0-15');
  expect(screen.getByTestId('rows')).toHaveStyle({ height: `${50_000 * 64}px` });
});

test('scrolling renders once a frame at most, only when the rows change, and reads no layout but scrollTop', () => {
  const list = mountList(50_000);
  // 10 px down: row 10 shows its top pixels at the bottom edge.
  scrollTo(10);
  nextFrame();
  expect(drawn()).toBe('0-16');
  const before = list.commits();
  // No layout read in the scroll handler or the frame after it: no height, no rectangle, no scrollHeight.
  const layoutReads = [
    vi.spyOn(Element.prototype, 'clientHeight', 'get'),
    vi.spyOn(Element.prototype, 'scrollHeight', 'get'),
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get'),
    vi.spyOn(Element.prototype, 'getBoundingClientRect'),
  ];

  // 40 px further: rows 0 to 10 still, no render even after the frame.
  scrollTo(50);
  nextFrame();
  expect(list.commits()).toBe(before);
  expect(drawn()).toBe('0-16');

  // Three scroll events in a frame: one render, with the last position, after the frame.
  scrollTo(64 * 100);
  scrollTo(64 * 200);
  scrollTo(64 * 2500);
  expect(frames).toHaveLength(1);
  expect(drawn()).toBe('0-16');
  nextFrame();
  expect(list.commits()).toBe(before + 1);
  expect(drawn()).toBe('2494-2515');
  for (const read of layoutReads) expect(read).not.toHaveBeenCalled();
});

test('the scroll listener is passive', () => {
  const listen = vi.spyOn(HTMLElement.prototype, 'addEventListener');
  mountList(100);
  expect(listen).toHaveBeenCalledWith('scroll', expect.any(Function), { passive: true });
});

test('the viewport’s own height decides the rows once measured, and follows its resizes', () => {
  let height = 0;
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(() => height);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  mountList(50_000);
  // Hidden (0×0) when first observed: still a screenful.
  act(() => resized?.());
  expect(drawn()).toBe('0-15');
  height = 320;
  act(() => resized?.());
  expect(drawn()).toBe('0-10');
  height = 1280;
  act(() => resized?.());
  expect(drawn()).toBe('0-25');
});

test('a new count under a scrolled list: fewer rows clamp the window, rows arriving page by page extend it', () => {
  const list = mountList(50_000);
  scrollTo(64 * 2500);
  nextFrame();
  expect(drawn()).toBe('2494-2515');
  // A new search with 100 results, before the browser clamps scrollTop: the end of the list.
  list.rerender({ count: 100 });
  expect(drawn()).toBe('84-99');
  list.rerender({ count: 0 });
  expect(drawn()).toBe('');
  // The browser clamps to the top; pages arrive: 50 rows, then 100, drawn from the top.
  scrollTo(0);
  nextFrame();
  list.rerender({ count: 50 });
  expect(drawn()).toBe('0-15');
  list.rerender({ count: 100 });
  expect(drawn()).toBe('0-15');
  // Scrolled within the first rows while the count grows: the window is where the viewport is.
  scrollTo(64 * 40 + 10);
  nextFrame();
  list.rerender({ count: 200 });
  expect(drawn()).toBe('34-56');
});

test('the active row is drawn and scrolled into view at once, the screen stays where it is for a visible one', () => {
  const list = mountList(50_000);
  list.rerender({ count: 50_000, active: 5 });
  expect(viewport().scrollTop).toBe(0);
  // End: the last row at the bottom edge, drawn in this render (aria-activedescendant names it), before any frame.
  list.rerender({ count: 50_000, active: 49_999 });
  expect(viewport().scrollTop).toBe(50_000 * 64 - 640);
  expect(drawn()).toBe('49984-49999');
  // Up one row from the end: visible, nothing moves.
  list.rerender({ count: 50_000, active: 49_998 });
  expect(viewport().scrollTop).toBe(50_000 * 64 - 640);
  // Home: to the top.
  list.rerender({ count: 50_000, active: 0 });
  expect(viewport().scrollTop).toBe(0);
  expect(drawn()).toBe('0-15');
  // Down past the screen: one row of scrolling.
  list.rerender({ count: 50_000, active: 10 });
  expect(viewport().scrollTop).toBe(64);
  // Far down, then a search leaves 5 rows (jsdom does not clamp scrollTop, as a browser would before its scroll
  // event): the third row is revealed within the 5 rows, at the top, not where it was in the longer list.
  scrollTo(64 * 2500);
  nextFrame();
  list.rerender({ count: 5, active: 2 });
  expect(viewport().scrollTop).toBe(0);
  expect(drawn()).toBe('0-4');
});

test('unmounting stops following the viewport and cancels a frame asked for', () => {
  const remove = vi.spyOn(HTMLElement.prototype, 'removeEventListener');
  const { unmount } = render(<List count={1000} />);
  scrollTo(64 * 300);
  expect(frames).toHaveLength(1);
  unmount();
  expect(remove).toHaveBeenCalledWith('scroll', expect.any(Function));
  // The cancelled frame does nothing (a render after unmount would log an error, which fails the test).
  nextFrame();
});
