/** Rows PageUp / PageDown move the active row by. */
export const PAGE_STEP = 10;

/**
 * Where a navigation key moves the active row of a combobox's listbox (clamped to the rows),
 * or undefined when the key is not a navigation key. With no rows it stays where it is.
 */
export function navigatedIndex(key: string, activeIndex: number, count: number): number | undefined {
  const last = count - 1;
  let target: number;
  switch (key) {
    case 'ArrowDown':
      target = activeIndex + 1;
      break;
    case 'ArrowUp':
      target = activeIndex - 1;
      break;
    case 'PageDown':
      target = activeIndex + PAGE_STEP;
      break;
    case 'PageUp':
      target = activeIndex - PAGE_STEP;
      break;
    case 'Home':
      target = 0;
      break;
    case 'End':
      target = last;
      break;
    default:
      return undefined;
  }
  return last < 0 ? activeIndex : Math.max(0, Math.min(last, target));
}
