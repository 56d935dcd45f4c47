import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { loadCatalog } from '@/i18n/catalogs';
import { createTranslator } from '@/i18n/translator';
import { catchDownloads } from '../support/downloads';
import { boardUsers, expectedTotals, FAST_BOARD, renderBoard, tableTotals } from './board-support';

const org = () => generateOrg({ size: 90, seed: 11 });
// Intl's spaces: German writes "13 %" with a no-break space.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

test('in German the board speaks German, with German percentages, times of day and ages', async () => {
  const translator = createTranslator('de', await loadCatalog('de'));
  // A sweep every 0.1 s: 1,200 requests a minute, to show the group separator.
  const { user, emulator } = renderBoard({ org: org(), translator, tuning: { ...FAST_BOARD, minSweepSeconds: 0.1 } });
  const freshness = await screen.findByText(/^Alle 1 Sek\. aktualisiert · älteste: \d+ Sek\.$/, undefined, { timeout: 5_000 });
  expect(freshness).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: '8×8-Präsenzübersicht' })).toBeInTheDocument();
  const users = boardUsers(emulator);
  expect(
    screen.getByText(
      `${users.length} Personen werden in 1 Anfrage zu je 100 neu gelesen, ein vollständiger Durchlauf etwa alle 0 Sek. (600 Anfragen/Min.); Personen auf dem Bildschirm werden live aktualisiert.`,
    ),
  ).toBeInTheDocument();

  const expected = expectedTotals(emulator, users, translator);
  const available = expected.Verfügbar ?? 0;
  const totals = within(screen.getByRole('list', { name: 'Summen nach Präsenz' }));
  const tile = totals.getByRole('button', { name: /^Verfügbar / });
  expect(plain(tile.textContent)).toBe(`Verfügbar ${available} (${Math.round((available / users.length) * 100)} %)`);
  // The answer at the top, in German words and numbers.
  expect(plain(screen.getByText(/^Alle 8×8-Benutzer: /).textContent)).toBe(
    `Alle 8×8-Benutzer: ${available} von ${users.length} verfügbar (${Math.round((available / users.length) * 100)} %)`,
  );

  const bars = within(screen.getByRole('list', { name: 'Präsenz nach Abteilung' })).getAllByRole('img');
  expect(bars[0]).toHaveAccessibleName(/^[^:]+: \d+ Personen, Verfügbar: \d+/);

  await user.click(screen.getByRole('button', { name: 'Tabellenansicht' }));
  expect(screen.getByRole('table', { name: '8×8-Benutzer nach Abteilung und Präsenz' })).toBeInTheDocument();
  expect(tableTotals('Alle')).toEqual(expected);
  expect(screen.getByRole('columnheader', { name: 'Gesamt' })).toBeInTheDocument();
  expect(screen.getByRole('rowheader', { name: 'Alle' })).toBeInTheDocument();

  await user.click(tile);
  await waitFor(() => {
    expect(screen.getByText(`Verfügbar: ${available} von ${users.length} Personen angezeigt`)).toBeInTheDocument();
  });
  expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toHaveDisplayValue('Am längsten im Status');
});

test('in Japanese the export has Japanese headers and presence names, and a Japanese file name', async () => {
  const translator = createTranslator('ja', await loadCatalog('ja'));
  const downloads = catchDownloads();
  const { user, emulator } = renderBoard({ org: org(), translator });
  await screen.findByText(/^1秒ごとに更新 · 最も古いもの: \d+秒前$/, undefined, { timeout: 5_000 });
  const users = boardUsers(emulator);
  expect(screen.getByText(`${users.length}人中 ${users.length}人を表示`)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'CSV をエクスポート' }));
  await downloads.saved();
  expect(downloads.names).toEqual([expect.stringMatching(/^8x8-presence-すべて-\d{8}-\d{4}\.csv$/)]);
  const lines = (await downloads.lastText()).split('\r\n');
  expect(lines[0]).toBe(
    '名前,部署,ディビジョン,役職,8×8 番号,プレゼンス,ステータス開始日時,ステータス継続時間（分）,ステータスメッセージ,取得日時',
  );
  const available = expectedTotals(emulator, users, translator)['連絡可能'] ?? 0;
  expect(lines.filter((line) => line.includes(',連絡可能,'))).toHaveLength(available);
  // Japanese writes decimals with a point, so the separator stays a comma; times are local with their offset.
  expect(lines[1]).toMatch(/,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d$/);
});
