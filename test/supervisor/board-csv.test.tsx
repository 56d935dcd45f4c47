import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { csvCell, toCsv } from '@/ui/csv';
import { withPeople } from '../directory/directory-org';
import { catchDownloads } from '../support/downloads';
import { boardUsers, expectedTotals, findFreshness, renderBoard } from './board-support';

const HOSTILE = '7e570000-0000-4000-8000-00000000dead';

test('RFC 4180 quoting: commas, quotes and line breaks are quoted, quotes doubled, CRLF line ends', () => {
  expect(
    toCsv([
      ['a', 'b,c'],
      ['say "hi"', 'two\nlines'],
    ]),
  ).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  expect(csvCell('=1+1')).toBe("'=1+1");
  expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(csvCell('-2')).toBe("'-2");
  expect(csvCell('+14155550123')).toBe("'+14155550123");
  expect(csvCell('Plain')).toBe('Plain');
});

test('Export CSV saves the people of the current view, formula cells neutralised', async () => {
  const org = withPeople(generateOrg({ size: 60, seed: 8 }), [
    {
      id: HOSTILE,
      name: '=HYPERLINK("http://evil.example","Click")',
      number: '+14155550999',
      department: '@Treasury',
      title: '-cmd|calc',
      presence: 'AVAILABLE',
    },
  ]);
  const downloads = catchDownloads();
  const { user, emulator } = renderBoard({ org });
  await findFreshness();
  const available = expectedTotals(emulator, boardUsers(emulator)).Available ?? 0;
  await user.click(screen.getByRole('button', { name: /^Available \d+/ }));
  expect(screen.getByRole('button', { name: /^Available \d+/ })).toHaveAttribute('aria-pressed', 'true');
  await waitFor(() => {
    expect(screen.getByText(`Showing ${available} Available people of ${boardUsers(emulator).length}`)).toBeInTheDocument();
  });

  await user.click(screen.getByRole('button', { name: 'Export CSV' }));
  expect(downloads.names).toEqual([expect.stringMatching(/^8x8-presence-all-\d{8}-\d{4}\.csv$/)]);
  const blob = downloads.blobs[0];
  expect(blob?.type).toBe('text/csv;charset=utf-8');
  const text = (await blob?.text())?.replace(/^\uFEFF/, '') ?? '';
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Name,Department,Division,Title,8×8 number,Presence,In status since,Minutes in status,Status message,Read at');
  expect(lines.at(-1)).toBe('');
  expect(lines).toHaveLength(available + 2);
  expect(lines.slice(1, -1).every((line) => line.includes(',Available,'))).toBe(true);
  const hostile = lines.find((line) => line.includes('HYPERLINK'));
  expect(hostile).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""Click""\)",'@Treasury,[^,]*,'-cmd\|calc,'\+14155550999,Available,/);
});
