import { screen, waitFor, within } from '@testing-library/react';
import { expect, onTestFinished, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { boardUsers, expectedTotals, renderBoard } from './board-support';

// 2,000 people: about 20 search pages, read at 5 requests a second, so the board shows an
// estimate for a few seconds before every page is in.
const org = () => generateOrg({ size: 2_000, seed: 5 });
const paced = { requestsPerMinute: 300, burst: 2 };

test('a large scope shows estimated totals from pages read at random, then the exact counts once every page is read', async () => {
  // Every state the totals take, in order, from the first draw: "exact" may only come last.
  const states: string[] = [];
  const observer = new MutationObserver(() => {
    const state = screen.queryByRole('list', { name: 'Totals by presence' })?.getAttribute('data-totals');
    if (state && states.at(-1) !== state) states.push(state);
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-totals'] });
  onTestFinished(() => {
    observer.disconnect();
  });
  const { emulator } = renderBoard({ org: org(), scheduler: paced });
  const totals = await screen.findByRole('list', { name: 'Totals by presence' }, { timeout: 5_000 });

  const note = await screen.findByText(
    /^Estimated from [\d,]+ people on \d+ pages chosen at random, of about [\d,]+ people; exact counts once all \d+ pages are read\.$/,
    undefined,
    {
      timeout: 8_000,
    },
  );
  expect(totals).toHaveAttribute('data-totals', 'estimate');
  const tiles = within(totals).getAllByRole('button');
  for (const tile of tiles) expect(tile).toHaveAccessibleName(/^\S.* ≈ [\d,]+ \(\d+% ± \d+%\)$/);
  expect(screen.getByRole('status')).toHaveTextContent(/^Loading 8×8 users… \d+ of \d+ pages/);
  // The bars count only the people read so far, and say so.
  expect(screen.getByText(/^The [\d,]+ people read so far\.$/)).toBeInTheDocument();
  expect(note).toBeInTheDocument();

  // Once every page is in, the tiles count everyone exactly and the note is gone.
  await waitFor(
    () => {
      expect(totals).toHaveAttribute('data-totals', 'exact');
    },
    { timeout: 20_000 },
  );
  // Never "exact" before every page was in (not even the totals of nobody while the first page is drawn).
  expect(states.slice(0, -1)).not.toContain('exact');
  expect(states.at(-1)).toBe('exact');
  expect(screen.queryByText(/chosen at random/)).not.toBeInTheDocument();
  expect(screen.queryByText(/read so far/)).not.toBeInTheDocument();
  const users = boardUsers(emulator);
  const available = expectedTotals(emulator, users).Available ?? 0;
  expect(
    within(totals).getByRole('button', { name: new RegExp(`^Available ${available.toLocaleString('en-US')} \\(`) }),
  ).toBeInTheDocument();
}, 40_000);
