// CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields with a
// comma, quote or line break in double quotes, quotes doubled). A spreadsheet runs
// a cell that starts with = + - @ (or tab / CR) as a formula, and directory fields
// are typed by other people, so such cells get a leading ' (OWASP CSV injection
// advice). Phone numbers starting with + therefore read '+14155550123: kept as text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
