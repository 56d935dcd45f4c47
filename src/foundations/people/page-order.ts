// The order in which a whole result set's pages are read. Read in a random order (after
// page 1, which says how many there are), the pages read so far are a random sample of
// pages: the supervisor board estimates its totals from them before every page is read.

/** Pages 2…pageCount in a random order fixed by `seed` (0 ≤ seed < 1): the board's reading order. */
export function randomPageOrder(pageCount: number, seed: number): number[] {
  const order = Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => index + 2);
  // mulberry32: small, good enough to shuffle pages, and the same order for the same seed.
  let state = Math.floor(seed * 2 ** 32) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [order[index], order[other]] = [order[other] as number, order[index] as number];
  }
  return order;
}
