// CSV of the board's current view, one line per person as the list shows them.
// Headers, presence names and the separator follow the person's language; times are local with
// their offset (as the screen shows them) and minutes plain digits.
import type { DirectoryUser } from '@/foundations/people/directory-user';
import type { Observation } from '@/features/supervisor/board-presence';
import { totalLabelKey } from '@/features/supervisor/board-totals';
import type { MessageKey } from '@/i18n/catalog-types';
import type { Translator } from '@/i18n/translator';
import { csvSeparator, csvTimes, toCsv } from '@/ui/csv';

const HEADER: readonly MessageKey[] = [
  'supervisor.csv.name',
  'supervisor.csv.department',
  'supervisor.csv.division',
  'supervisor.csv.title',
  'supervisor.csv.number',
  'supervisor.csv.presence',
  'supervisor.csv.since',
  'supervisor.csv.minutes',
  'supervisor.csv.message',
  'supervisor.csv.readAt',
];

/** One line per person as the list shows them (filtered and sorted). */
export function boardCsv(
  users: readonly DirectoryUser[],
  observe: (user: DirectoryUser) => Observation | undefined,
  now: number,
  { t, locale }: Pick<Translator, 't' | 'locale'>,
  timeZone?: string,
): string {
  const local = csvTimes(timeZone);
  const time = (ms: number | undefined) => (ms === undefined ? '' : local(ms));
  return toCsv(
    [
      HEADER.map((key) => t(key)),
      ...users.map((user) => {
        const seen = observe(user);
        const since = seen?.presence.since;
        return [
          user.name,
          user.department ?? '',
          user.division ?? '',
          user.title ?? '',
          // The number as dialled (E.164): what a spreadsheet or another system can use.
          user.ucAddress,
          t(totalLabelKey(seen?.presence.key ?? 'pending')),
          time(since),
          since === undefined ? '' : String(Math.max(0, Math.floor((now - since) / 60_000))),
          seen?.presence.message ?? '',
          time(seen?.at),
        ];
      }),
    ],
    csvSeparator(locale),
  );
}
