// The org the org check runs against: a generated org, whose admin may list presence
// sources (presence:source:view, which GET /presence/sources needs) unless told otherwise.
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import type { Organization } from '@/emulator/org-model';
import { renderApp, type RenderAppOptions } from '../support/render-app';

export const SOURCES_PERMISSION = 'presence:source:view';

export function checkOrg({ sourceView = true }: { sourceView?: boolean } = {}): Organization {
  const org = generateOrg({ size: 150, seed: 13 });
  if (sourceView) return org;
  return {
    ...org,
    roles: org.roles.map((role) =>
      role.name === 'Admin' ? { ...role, permissions: role.permissions.filter((permission) => permission !== SOURCES_PERMISSION) } : role,
    ),
  };
}

/** Opens /check as the admin, runs the check and waits for its table; `sent` is what the run sent. */
export async function runCheck(options: RenderAppOptions = {}) {
  const view = renderApp({ org: checkOrg(), persona: 'admin', path: '/check', ...options });
  const start = await screen.findByRole('button', { name: 'Run the check' });
  expect(screen.getByText(/at most 15 requests/)).toBeInTheDocument();
  // What the shell asked for before (the admin's permissions, the integration) is not the check's.
  await waitFor(() => {
    expect(view.emulator.requestLog.filter((entry) => entry.status === 0)).toEqual([]);
  });
  const before = view.emulator.requestLog.length;
  await view.user.click(start);
  const table = await screen.findByRole('table', { name: 'What the check found' }, { timeout: 5000 });
  const sent = view.emulator.requestLog.slice(before);
  return { ...view, table, sent };
}

/** A probe's row in the table, by the probe's name. */
export function probeRow(name: string): HTMLElement {
  return screen.getByRole('row', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

/** The status a row shows (OK, Warning, Info, Not checked). */
export function statusOf(row: HTMLElement): string {
  return within(row).getByText(/^(OK|Warning|Info|Not checked)$/).textContent;
}
