import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { presenceReadsOf } from '../presence/render-live-presence';
import { boardUsers, expectedTotals, findFreshness, lastReadText, renderBoard, tableTotals } from './board-support';

const org = () => generateOrg({ size: 90, seed: 11 });

test('the totals per presence match the emulator for every active 8×8 user, as tiles, bars and a table', async () => {
  const { user, emulator } = renderBoard({ org: org() });
  await findFreshness();
  const users = boardUsers(emulator);
  const expected = expectedTotals(emulator, users);

  const available = expected.Available ?? 0;
  expect(
    screen.getByRole('button', { name: new RegExp(`^Available ${available} \\(${Math.round((available / users.length) * 100)}%\\)$`) }),
  ).toBeInTheDocument();
  const bars = within(screen.getByRole('list', { name: 'Presence by department' })).getAllByRole('img');
  const departments = new Set(users.map((person) => person.department ?? 'No department'));
  expect(bars).toHaveLength(departments.size);
  const first = users.filter((person) => (person.department ?? 'No department') === bars[0]?.getAttribute('aria-label')?.split(':')[0]);
  expect(bars[0]).toHaveAccessibleName(new RegExp(`: ${first.length} people, `));

  await user.click(screen.getByRole('button', { name: 'Table view' }));
  expect(screen.getByRole('button', { name: 'Table view' })).toHaveAttribute('aria-pressed', 'true');
  expect(tableTotals()).toEqual(expected);
  expect(await screen.findByText(`Showing ${users.length} people of ${users.length}`, {}, { timeout: 5000 })).toBeInTheDocument();
});

test('a presence change moves the counts after the next sweep of presence reads', async () => {
  const { user, emulator } = renderBoard({ org: org() });
  await findFreshness();
  await user.click(screen.getByRole('button', { name: 'Table view' }));
  const users = boardUsers(emulator);
  expect(tableTotals()).toEqual(expectedTotals(emulator, users));

  const changedAt = Date.now();
  const available = users.filter((person) => expectedTotals(emulator, [person]).Available === 1).slice(0, 4);
  for (const person of available) emulator.setIntegrationPresence(person.id, 'OFFLINE');
  emulator.churn(10);
  const expected = expectedTotals(emulator, users);
  await waitFor(
    () => {
      expect(tableTotals()).toEqual(expected);
    },
    { timeout: 5_000 },
  );
  const sweeps = presenceReadsOf(emulator.requestLog).filter((entry) => entry.timestamp >= changedAt);
  expect(sweeps.length).toBeGreaterThan(0);
  // Batches of at most 100 ids, the documented reader's limit.
  for (const entry of sweeps) expect(new URLSearchParams(entry.search).getAll('id').length).toBeLessThanOrEqual(100);
  expect(emulator.requestLog.filter((entry) => entry.path.endsWith('/bulk'))).toEqual([]);
});

test('the freshness line says how often and how old in plain words, the arithmetic folded away, and moves on as sweeps land', async () => {
  const { emulator } = renderBoard({ org: org() });
  const line = await findFreshness();
  const users = boardUsers(emulator).length;
  // FAST_BOARD sweeps every half second: shown as whole seconds.
  expect(line).toHaveTextContent(/^Updated every 1 s · oldest [0-2] s$/);
  expect(line).toHaveAttribute('data-partial', 'false');
  expect(line).toHaveAttribute('data-users', String(users));
  expect(screen.getByText('How the board updates')).toBeInTheDocument();
  expect(
    screen.getByText(new RegExp(`^${users} people re-read in ${Math.ceil(users / 100)} requests? of 100, a full pass about every `)),
  ).toBeInTheDocument();
  const first = lastReadText();
  await waitFor(
    () => {
      expect(lastReadText()).not.toBe(first);
    },
    { timeout: 4_000 },
  );
  expect((await findFreshness()).textContent).toMatch(/oldest [0-2] s$/);
});

test('a user without the badge permission sees the reason instead of the board, and no presence is asked for', async () => {
  const { emulator } = renderBoard({ org: org(), persona: 'no-badges' });
  const notice = await screen.findByRole('status', { name: 'The presence board is not available to you' });
  expect(notice).toHaveTextContent('integration:unifiedCommunications:view');
  expect(screen.queryByRole('list', { name: 'Totals by presence' })).not.toBeInTheDocument();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(
    emulator.requestLog.filter(
      (entry) =>
        entry.path.includes('/presences/') || entry.path === '/api/v2/users/search' || entry.search.includes('integrationPresenceSource'),
    ),
  ).toEqual([]);
});
