// How failures are reported and recovered from, beyond the matrix: one toast per
// outage (Genesys error toasts stay until closed), and the board's load of
// everyone in scope comes back by itself.
import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { parseFaults } from '@/emulator/faults';
import { generateOrg } from '@/emulator/generate-org';
import { renderApp } from '../support/render-app';
import { staleBadges } from './fault-scenarios';

const RECOVERY = { firstRetryMs: 200, maxRetryMs: 800 };

test('a presence read outage is reported once, not once per badge on screen, however often it is retried', async () => {
  const toasts: string[] = [];
  const view = renderApp({
    org: generateOrg({ size: 150, seed: 2 }),
    productionQueryDefaults: true,
    recovery: RECOVERY,
    reportError: (title, message) => toasts.push(`${title}: ${message}`),
  });
  await waitFor(() => {
    expect(screen.getAllByRole('img', { name: /^Presence: (?!loading)/ }).length).toBeGreaterThan(5);
  });
  view.emulator.setFaults(parseFaults('errors:1@users'));
  // Every badge on screen refetches at once (a reconnect does that) and keeps failing.
  await view.queryClient.invalidateQueries({ queryKey: ['presence'] });
  await waitFor(
    () => {
      const failed = view.emulator.requestLog.filter((entry) => entry.path === '/api/v2/users' && entry.status >= 500);
      expect(failed.length).toBeGreaterThanOrEqual(4);
    },
    { timeout: 8_000 },
  );
  expect(toasts).toEqual([expect.stringMatching(/^Something went wrong talking to Genesys Cloud: /)]);

  view.emulator.clearFaults();
  await waitFor(() => {
    expect(staleBadges(view.emulator)).toEqual([]);
  });
  expect(toasts).toHaveLength(1);
});

test('the presence board reads everyone in scope again by itself after a failed page', async () => {
  const view = renderApp({
    org: generateOrg({ size: 250, seed: 4 }),
    persona: 'supervisor',
    path: '/supervisor',
    productionQueryDefaults: true,
    recovery: RECOVERY,
    faults: parseFaults('errors:1@users/search'),
  });
  expect(
    await screen.findByRole('alert', { name: 'Something went wrong talking to Genesys Cloud' }, { timeout: 8_000 }),
  ).toBeInTheDocument();
  view.emulator.clearFaults();
  await waitFor(
    () => {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(within(screen.getByRole('listbox', { name: '8×8 users' })).getAllByRole('option').length).toBeGreaterThan(5);
    },
    { timeout: 8_000 },
  );
});
