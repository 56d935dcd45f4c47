// CSV of the board's current view, one line per person as the list shows them.
import { PRESENCE_LABELS } from '@/features/presence/presence-model';
import type { DirectoryUser } from '@/features/people/directory-user';
import type { Observation } from '@/features/supervisor/board-presence';
import { PENDING_LABEL } from '@/features/supervisor/board-totals';
import { toCsv } from '@/ui/csv';

const HEADER = ['Name', 'Department', 'Division', 'Title', '8×8 number', 'Presence', 'In status since', 'Minutes in status', 'Status message', 'Read at'];

/** One line per person as the list shows them (filtered and sorted). */
export function boardCsv(
  users: readonly DirectoryUser[],
  observe: (user: DirectoryUser) => Observation | undefined,
  now: number,
): string {
  const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());
  return toCsv([
    HEADER,
    ...users.map((user) => {
      const seen = observe(user);
      const since = seen?.presence.since;
      return [
        user.name,
        user.department ?? '',
        user.division ?? '',
        user.title ?? '',
        user.eightByEightNumber,
        seen ? PRESENCE_LABELS[seen.presence.key] : PENDING_LABEL,
        iso(since),
        since === undefined ? '' : String(Math.max(0, Math.floor((now - since) / 60_000))),
        seen?.presence.message ?? '',
        iso(seen?.at),
      ];
    }),
  ]);
}
