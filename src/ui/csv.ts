// CSV for spreadsheets (RFC 4180: CRLF line ends, fields with the separator, a quote
// or a line break in double quotes, quotes doubled), with the separator the person's
// spreadsheet expects and times as the screen shows them.

/** `;` where the locale writes decimals with a comma (Excel in de, fr, es, pt-BR splits on `;`), `,` elsewhere. */
export type CsvSeparator = ',' | ';';

export function csvSeparator(locale: string): CsvSeparator {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.1).find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}

// A spreadsheet runs a cell starting with = + - @ tab or CR as a formula, so such a cell gets a leading ' (OWASP),
// unless it is a sign and digits only (+14155550123, +1 919 2708, -3): no reference, function or operator to run.
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_DIGITS = /^[+-]\d[\d ]*$/;

export function csvCell(value: string, separator: CsvSeparator = ','): string {
  const safe = FORMULA_START.test(value) && !SIGNED_DIGITS.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/**
 * Writes instants as "2026-12-06 13:05:00 +01:00": the wall time the screen shows (the browser's time zone
 * unless one is given) with its offset, so a reader in another zone or after a DST change is not misled.
 */
export function csvTimes(timeZone?: string): (epochMs: number) => string {
  // One formatter per export: building one per cell is slow for an org-wide file.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  return (epochMs) => {
    const parts = Object.fromEntries(format.formatToParts(epochMs).map((part) => [part.type, part.value]));
    // longOffset reads "GMT+01:00", and just "GMT" at offset zero.
    const offset = (parts.timeZoneName ?? 'GMT').replace(/^GMT/, '') || '+00:00';
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} ${offset}`;
  };
}

/** Hands the file to the browser (in Genesys Cloud the client app's sandbox needs allow-downloads). */
export function downloadCsv(csv: string, fileName: string): void {
  // The byte order mark makes Excel read UTF-8 (names with accents) instead of the system code page.
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
