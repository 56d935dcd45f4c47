import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { csvCell, csvSeparator, csvTimes, toCsv } from '@/ui/csv';

/** Reads the file back as a spreadsheet would split it: RFC 4180 quoting, the given separator. */
function readBack(csv: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  // The file ends with CRLF, which Papa reads as one last empty row.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

test('phone numbers and signed digits come back as written, without an apostrophe', () => {
  const cells = ['+12149878237', '+1 919 2708', '-3', '12149878237', '0131 4585578'];
  expect(readBack(toCsv([cells]), ',')).toEqual([cells]);
});

test('cells a spreadsheet would run as a formula are neutralised with a leading apostrophe', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example","Click")',
    '@SUM(1)',
    "+cmd|' /C calc'!A0",
    '-2+3',
    '+1-415-555-0123',
    '=1+1',
    '\tTab',
    '\r=1',
    '-cmd|calc',
    // A sign then words is read as a formula too (Excel shows #NAME? or runs what follows), so it is kept as text.
    '+14155550177 is also the 8×8 number of =HYPERLINK("http://evil.example")',
  ];
  const [row] = readBack(toCsv([hostile]), ',');
  expect(row).toEqual(hostile.map((cell) => `'${cell}`));
});

test('prose is never prefixed, whatever it starts with', () => {
  const prose = ['3 numbers share +14155550177', 'Assign the 8×8 number in the 8×8 admin console', 'Back at 2 pm', ''];
  expect(readBack(toCsv([prose]), ',')).toEqual([prose]);
});

test('quotes, separators and line breaks round-trip, quoted per RFC 4180 with CRLF line ends', () => {
  const rows = [
    ['a', 'b,c', 'd;e'],
    ['say "hi"', 'two\nlines', 'three\r\nlines'],
  ];
  const comma = toCsv(rows, ',');
  expect(comma).toBe('a,"b,c",d;e\r\n"say ""hi""","two\nlines","three\r\nlines"\r\n');
  expect(readBack(comma, ',')).toEqual(rows);
  const semicolon = toCsv(rows, ';');
  expect(semicolon).toBe('a;b,c;"d;e"\r\n"say ""hi""";"two\nlines";"three\r\nlines"\r\n');
  expect(readBack(semicolon, ';')).toEqual(rows);
  expect(csvCell('Plain')).toBe('Plain');
});

test('the separator follows the locale: a comma where decimals take a point, a semicolon where they take a comma', () => {
  expect(csvSeparator('en')).toBe(',');
  expect(csvSeparator('ja')).toBe(',');
  expect(csvSeparator('de')).toBe(';');
  expect(csvSeparator('fr')).toBe(';');
  expect(csvSeparator('es')).toBe(';');
  expect(csvSeparator('pt-BR')).toBe(';');
});

test('times are local wall time with the offset, in winter and in summer and in any zone', () => {
  const winter = Date.UTC(2026, 11, 6, 12, 5, 0);
  const summer = Date.UTC(2026, 6, 1, 23, 30, 15);
  const berlin = csvTimes('Europe/Berlin');
  expect(berlin(winter)).toBe('2026-12-06 13:05:00 +01:00');
  expect(berlin(summer)).toBe('2026-07-02 01:30:15 +02:00');
  const newYork = csvTimes('America/New_York');
  expect(newYork(winter)).toBe('2026-12-06 07:05:00 -05:00');
  expect(csvTimes('Asia/Kolkata')(winter)).toBe('2026-12-06 17:35:00 +05:30');
  expect(csvTimes('UTC')(winter)).toBe('2026-12-06 12:05:00 +00:00');
  // Midnight is 00, not 24.
  expect(csvTimes('UTC')(Date.UTC(2026, 0, 1))).toBe('2026-01-01 00:00:00 +00:00');
});

test('without a zone, times follow the browser’s own time zone (as the screen does)', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const at = Date.UTC(2026, 11, 6, 12, 5, 0);
  expect(csvTimes()(at)).toBe(csvTimes(zone)(at));
  const local = new Date(at);
  const minutes = -local.getTimezoneOffset();
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  expect(csvTimes()(at)).toMatch(new RegExp(`^2026-12-0\\d \\d\\d:\\d\\d:00 \\${offset}$`));
  expect(csvTimes()(at).slice(11, 13)).toBe(String(local.getHours()).padStart(2, '0'));
});
