// Reading ahead: rows that come back live with presence read before (a topic that gave way to the
// channel's cap and was asked for again) are owed a read, since a change in between was never pushed.
// Read one by one as each comes on screen, a scroll through them costs a request every half second;
// read at once when their topics come back, nearest the screen first, they cost one or two.

/** A view's rows kept live, in list order, with when each one's presence was read where the view knows it. */
export interface ViewRows {
  userIds: readonly string[];
  /** When each of userIds' presence was read (epoch ms), by position; undefined: the view does not know. */
  readAt?: readonly (number | undefined)[];
  /** The rows on screen and just beyond, which come first. */
  focusUserIds?: readonly string[];
}

/** At most two reads of 100 ids when topics come back: the screen and the rows nearest it. */
export const READ_AHEAD_USERS = 200;

/** Positions of userIds, the focus rows first, then outward from them (below before above at equal distance). */
export function nearestFirst(userIds: readonly string[], focusUserIds: readonly string[] | undefined): number[] {
  const focus = new Set(focusUserIds);
  let from = userIds.findIndex((id) => focus.has(id));
  if (from < 0) from = 0;
  let to = from;
  for (let index = from; index < userIds.length; index += 1) if (focus.has(userIds[index] ?? '')) to = index;
  const order: number[] = [];
  for (let index = from; index <= to && index < userIds.length; index += 1) order.push(index);
  for (let step = 1; to + step < userIds.length || from - step >= 0; step += 1) {
    if (to + step < userIds.length) order.push(to + step);
    if (from - step >= 0) order.push(from - step);
  }
  return order;
}

/**
 * Users of these views who just became live (`liveSince`: user id → when their topic was asked for)
 * with presence read before then, less `graceMs`: nearest each view's screen first, at most `limit`.
 * `readAtOf` says when a user's presence was read, given what the view knows (a cached read may be newer).
 */
export function owedNearScreen(
  views: Iterable<ViewRows>,
  liveSince: ReadonlyMap<string, number>,
  readAtOf: (userId: string, known: number | undefined) => number | undefined,
  graceMs: number,
  limit: number = READ_AHEAD_USERS,
): string[] {
  const owed = new Set<string>();
  if (liveSince.size === 0) return [];
  for (const view of views) {
    for (const index of nearestFirst(view.userIds, view.focusUserIds)) {
      if (owed.size >= limit) return [...owed];
      const userId = view.userIds[index];
      const since = userId === undefined ? undefined : liveSince.get(userId);
      if (userId === undefined || since === undefined) continue;
      const readAt = readAtOf(userId, view.readAt?.[index]);
      if (readAt !== undefined && readAt < since - graceMs) owed.add(userId);
    }
  }
  return [...owed];
}
