// Without an active 8×8 integration the transfer view says so, as the directory does,
// rather than showing a bare list of numbers with no presence and no word about why.
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../support/render-app';
import { callCard, searchBox, targetOptions, transferOrg } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

for (const { state, org } of [
  { state: 'not installed', org: () => ({ ...transferOrg(), ucIntegrations: [] }) },
  {
    state: 'inactive',
    org: () => {
      const base = transferOrg();
      return { ...base, ucIntegrations: base.ucIntegrations.map((entry) => ({ ...entry, active: false })) };
    },
  },
]) {
  test(`an 8×8 integration ${state}: /transfer explains it, lists people without presence, and asks for none`, async () => {
    const { emulator } = renderApp({ org: org(), persona: 'agent', path: '/transfer' });
    const notice = await screen.findByRole('status', { name: 'The 8×8 integration is not active' });
    expect(notice).toHaveTextContent('no 8×8 presence is shown here');
    expect(notice).toHaveTextContent('Admin > Integrations');
    await callCard();
    await searchBox();
    await waitFor(() => {
      expect(targetOptions().length).toBeGreaterThan(0);
    });
    expect(screen.queryAllByRole('img', { name: /^Presence/ })).toEqual([]);
    expect(
      emulator.requestLog.filter((entry) => entry.search.includes('integrationPresenceSource') || entry.path.includes('/presences/')),
    ).toEqual([]);
  });
}
