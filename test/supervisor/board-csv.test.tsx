import { screen, waitFor } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, expect, test, vi } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { loadCatalog } from '@/i18n/catalogs';
import { createTranslator } from '@/i18n/translator';
import { csvTimes } from '@/ui/csv';
import { withPeople } from '../directory/directory-org';
import { catchDownloads } from '../support/downloads';
import { boardUsers, expectedTotals, findFreshness, renderBoard } from './board-support';

const HOSTILE = '7e570000-0000-4000-8000-00000000dead';
// "2026-12-06 13:05:00 +01:00": local wall time and its offset.
const LOCAL_TIME = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) ([+-]\d\d:\d\d)$/;

afterEach(() => {
  vi.unstubAllEnvs();
});

const hostileOrg = () =>
  withPeople(generateOrg({ size: 60, seed: 8 }), [
    {
      id: HOSTILE,
      name: '=HYPERLINK("http://evil.example","Click")',
      number: '+14155550999',
      department: '@Treasury',
      title: '-cmd|calc',
      presence: 'AVAILABLE',
    },
  ]);

/** Reads the download as a spreadsheet splits it (RFC 4180, the given separator), BOM checked and dropped. */
async function readDownload(blob: Blob | undefined, delimiter: string): Promise<string[][]> {
  expect(blob?.type).toBe('text/csv;charset=utf-8');
  const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
  // The UTF-8 byte order mark Excel needs to read accents.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  // CRLF after the last line reads as one empty row.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

/** A CSV time back to the instant it names; the offset makes it unambiguous. */
function instantOf(cell: string): number {
  const match = LOCAL_TIME.exec(cell);
  if (!match) throw new Error(`not a local time with offset: ${cell}`);
  return Date.parse(`${match[1]}T${match[2]}${match[3]}`);
}

test('Export CSV saves the people of the current view: numbers as written, formula cells neutralised, local times', async () => {
  vi.stubEnv('TZ', 'Europe/Berlin');
  const downloads = catchDownloads();
  const { user, emulator } = renderBoard({ org: hostileOrg() });
  await findFreshness();
  const available = expectedTotals(emulator, boardUsers(emulator)).Available ?? 0;
  await user.click(screen.getByRole('button', { name: /^Available \d+/ }));
  expect(screen.getByRole('button', { name: /^Available \d+/ })).toHaveAttribute('aria-pressed', 'true');
  await waitFor(() => {
    expect(screen.getByText(`Showing ${available} Available people of ${boardUsers(emulator).length}`)).toBeInTheDocument();
  });

  const before = Date.now();
  await user.click(screen.getByRole('button', { name: 'Export CSV' }));
  await downloads.saved();
  expect(downloads.names).toEqual([expect.stringMatching(/^8x8-presence-all-\d{8}-\d{4}\.csv$/)]);
  const [header, ...rows] = await readDownload(downloads.blobs[0], ',');
  expect(header).toEqual([
    'Name',
    'Department',
    'Division',
    'Title',
    '8×8 number',
    'Presence',
    'In status since',
    'Minutes in status',
    'Status message',
    'Read at',
  ]);
  expect(rows).toHaveLength(available);
  expect(rows.every((row) => row.length === 10 && row[5] === 'Available')).toBe(true);
  // Every number comes back exactly as dialled (E.164), never with a stray apostrophe.
  expect(rows.every((row) => /^\+\d{8,15}$/.test(row[4] ?? ''))).toBe(true);

  const hostile = rows.find((row) => row[0]?.includes('HYPERLINK'));
  expect(hostile?.slice(0, 6)).toEqual([
    `'=HYPERLINK("http://evil.example","Click")`,
    `'@Treasury`,
    expect.any(String),
    `'-cmd|calc`,
    '+14155550999',
    'Available',
  ]);

  // Times in Berlin's wall time with Berlin's offset, naming the right instants.
  const berlinOffset = csvTimes('Europe/Berlin')(before).slice(-6);
  for (const row of rows) {
    expect(row[6]).toMatch(LOCAL_TIME);
    expect(row[6]?.endsWith(berlinOffset)).toBe(true);
    expect(row[9]?.endsWith(berlinOffset)).toBe(true);
    expect(instantOf(row[6] ?? '')).toBeLessThanOrEqual(instantOf(row[9] ?? ''));
    expect(Math.abs(instantOf(row[9] ?? '') - before)).toBeLessThan(5 * 60_000);
  }
});

test('in German the export is split by semicolons, with New York times where the browser is in New York', async () => {
  vi.stubEnv('TZ', 'America/New_York');
  const translator = createTranslator('de', await loadCatalog('de'));
  const downloads = catchDownloads();
  const { user } = renderBoard({ org: hostileOrg(), translator });
  await screen.findByText(/^Alle .+ aktualisiert · älteste: /);

  const before = Date.now();
  await user.click(screen.getByRole('button', { name: 'CSV exportieren' }));
  await downloads.saved();
  const text = (await downloads.lastText()).split('\r\n');
  expect(text[0]).toBe('Name;Abteilung;Division;Position;8×8-Nummer;Präsenz;Im Status seit;Minuten im Status;Statusnachricht;Gelesen am');
  const [header, ...rows] = await readDownload(downloads.blobs[0], ';');
  expect(header).toHaveLength(10);
  const hostile = rows.find((row) => row[0]?.includes('HYPERLINK'));
  // The comma inside the name no longer needs quotes; its quotes still do.
  expect(text.find((line) => line.includes('HYPERLINK'))).toMatch(
    /^"'=HYPERLINK\(""http:\/\/evil\.example"",""Click""\)";'@Treasury;[^;]*;'-cmd\|calc;\+14155550999;Verfügbar;/,
  );
  expect(hostile?.[4]).toBe('+14155550999');

  const newYorkOffset = csvTimes('America/New_York')(before).slice(-6);
  expect(newYorkOffset).toMatch(/^-0[45]:00$/);
  const readAt = rows.map((row) => row[9] ?? '');
  expect(readAt.every((cell) => cell.endsWith(newYorkOffset))).toBe(true);
  expect(readAt.every((cell) => Math.abs(instantOf(cell) - before) < 5 * 60_000)).toBe(true);
});
