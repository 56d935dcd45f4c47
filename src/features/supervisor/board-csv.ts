// CSV of the board's current view, one line per person as the list shows them.
// Headers, presence names and the separator follow the person's language; times are local with
// their offset (as the screen shows them) and minutes plain digits.
import type { DirectoryUser } from '@/foundations/people/directory-user';
import type { Observation } from '@/features/supervisor/board-presence';
import { totalLabelKey } from '@/features/supervisor/board-totals';
import type { MessageKey } from '@/i18n/catalog-types';
import type { Translator } from '@/i18n/translator';
import { csvSeparator, csvTimes, downloadCsv, toCsv } from '@/ui/csv';

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

/** Downloads the shown rows (as they were at `now`, the click), named after the integration, the scope and the minute (e.g. teams-presence-sales-20250101-0930.csv). */
export function exportBoardCsv(
  shown: readonly DirectoryUser[],
  observe: (user: DirectoryUser) => Observation | undefined,
  scopeName: string,
  ucSlug: string,
  translator: Pick<Translator, 't' | 'locale'>,
  now: number,
): void {
  const { t } = translator;
  // The local minute, as the file's times and the screen show it.
  const stamp = csvTimes()(now).slice(0, 16).replace(/[-:]/g, '').replace(' ', '-');
  const name =
    scopeName
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || t('supervisor.export.fileBoard');
  downloadCsv(boardCsv(shown, observe, now, translator), `${ucSlug}-presence-${name}-${stamp}.csv`);
}
