import { expect, test } from 'vitest';
import { nearestFirst, owedNearScreen, READ_AHEAD_USERS } from '@/foundations/presence/read-ahead';

const rows = (count: number) => Array.from({ length: count }, (_, index) => `u${String(index)}`);

test('rows are taken from the screen outward: the focus rows, then below and above by distance', () => {
  const ids = rows(8);
  expect(nearestFirst(ids, ['u3', 'u4']).map((index) => ids[index])).toEqual(['u3', 'u4', 'u5', 'u2', 'u6', 'u1', 'u7', 'u0']);
  // No focus (a short list): in list order.
  expect(nearestFirst(ids, undefined)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});

test('only rows that just came back live with presence read before then (less the grace) are owed, nearest first, within the limit', () => {
  const ids = rows(500);
  const askedAt = 100_000;
  const liveSince = new Map(ids.slice(0, 400).map((id) => [id, askedAt]));
  // Rows 0–399 came back; each has what its page brought at 50 s, but row 305's badge read it again since
  // and the view does not know when row 306's was read.
  const readAt = ids.map((_, index) => (index === 306 ? undefined : 50_000));
  const owed = owedNearScreen(
    [{ userIds: ids, readAt, focusUserIds: ids.slice(300, 310) }],
    liveSince,
    (userId, known) => (userId === 'u305' ? askedAt + 1 : known),
    2_000,
  );
  expect(owed).toHaveLength(READ_AHEAD_USERS);
  expect(owed.slice(0, 8)).toEqual(['u300', 'u301', 'u302', 'u303', 'u304', 'u307', 'u308', 'u309']);
  // Rows beyond 399 never left: owed nothing, so the limit fills from above the screen.
  expect(owed.every((id) => Number(id.slice(1)) < 400)).toBe(true);
  // 8 of 300–309, then 90 below and 90 above in turn, then 12 more above: down to row 198.
  expect(owed.at(-1)).toBe('u198');
  // Read within the grace of coming back: current.
  expect(owedNearScreen([{ userIds: ids, readAt: ids.map(() => askedAt - 1_000) }], liveSince, (_, known) => known, 2_000)).toEqual([]);
});
