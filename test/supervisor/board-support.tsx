// Helpers for the presence board tests: the board with shrunk sweep timings, and
// the totals the emulator's org says the board should show.
import { screen, within } from '@testing-library/react';
import type { Emulator } from '@/emulator/create-emulator';
import type { OrgUser } from '@/emulator/org-model';
import { BoardTuningProvider, type BoardTuning } from '@/features/supervisor/board-tuning';
import { presenceKeyOf, presenceLabelKey } from '@/foundations/presence/presence-model';
import { englishTranslator, type Translator } from '@/i18n/translator';
import { renderApp, type RenderAppOptions } from '../support/render-app';
import { listedUsers } from '../directory/directory-org';

/** A sweep of a small org every half second, a freshness clock ticking ten times a second, totals refreshed every 50 ms. */
export const FAST_BOARD: Partial<BoardTuning> = {
  sweepRequestsPerMinute: 6_000,
  minSweepSeconds: 0.5,
  retryDelayMs: 50,
  clockTickMs: 100,
  refreshMs: 50,
};

export function renderBoard(options: RenderAppOptions & { tuning?: Partial<BoardTuning> } = {}) {
  const { tuning = FAST_BOARD, ...rest } = options;
  return renderApp({
    persona: 'supervisor',
    path: '/supervisor',
    wrap: (app) => <BoardTuningProvider value={tuning}>{app}</BoardTuningProvider>,
    ...rest,
  });
}

/** Presence label (in the translator's language) → how many of `users` the emulator has in it now (what the board must count). */
export function expectedTotals(
  emulator: Emulator,
  users: readonly OrgUser[],
  translator: Translator = englishTranslator,
): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const user of users) {
    const definitionId = emulator.state.integrationPresences.get(user.id)?.definitionId ?? '';
    const system = emulator.org.presenceDefinitions.find((definition) => definition.id === definitionId)?.systemPresence;
    const label = translator.t(presenceLabelKey(presenceKeyOf(system)));
    totals[label] = (totals[label] ?? 0) + 1;
  }
  return totals;
}

/** Active 8×8 users of the org: the board's "All 8×8 users". */
export const boardUsers = (emulator: Emulator): OrgUser[] => listedUsers(emulator.org);

/** The "All" row of the table view (`allLabel` in the board's language), by column. */
export function tableTotals(allLabel = 'All'): Record<string, number> {
  const table = screen.getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name: allLabel }));
  if (!row) throw new Error('The table has no All row');
  const cells = within(row)
    .getAllByRole('cell')
    // Digits only: the group separator is the locale's (1,234 / 1.234 / 1 234).
    .map((cell) => Number(cell.textContent.replace(/\D/g, '')));
  return Object.fromEntries(headers.slice(1, -1).map((header, index) => [header, cells[index] ?? Number.NaN]));
}

/** The freshness line once the totals are complete (partial ones read "Partial totals, …"); patient on a loaded machine. */
export const findFreshness = () => screen.findByText(/^Updated every \d+ s · oldest \d+ s/, undefined, { timeout: 5_000 });

/** The folded detail's last sentence, which moves with every presence read. The translator's clock may add AM or PM. */
export const lastReadText = () => screen.getByText(/Last presence read at \d\d:\d\d:\d\d(?:\s[AP]M)?\.$/).textContent;
