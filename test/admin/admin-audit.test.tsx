import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { catchDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';
import { DEFECTIVE, defectOrg, findingPairs, runAuditToEnd } from './admin-org';
import { ucProfile } from '@/genesys/uc-table';

const UC_8X8 = ucProfile('8x8');

type LoggedRequest = { method: string; path: string; search: string };

/** The audit's page reads of GET /api/v2/users (reads by ?id=, such as role holders' names, are not pages). */
const auditPages = (log: readonly LoggedRequest[]): LoggedRequest[] =>
  log.filter((entry) => entry.method === 'GET' && entry.path === '/api/v2/users' && !new URLSearchParams(entry.search).has('id'));

const usersPages = (log: readonly LoggedRequest[]): string[] =>
  auditPages(log).map((entry) => new URLSearchParams(entry.search).get('pageNumber') ?? '');

test('the audit finds each kind of defect in a hand-made org, and not the hybrid user whose work phone is primary', async () => {
  const { user } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  const pairs = findingPairs();
  expect(pairs).toEqual(
    expect.arrayContaining([
      ['Nora Nonumber', 'UC-only user without a number for 8×8'],
      ['Emil Empty', 'UC-only user without a number for 8×8'],
      ['Mal Formed', '8×8 number is not valid E.164'],
      ['Dana Dupont', 'Same 8×8 number on two people'],
      ['Dario Dupont', 'Same 8×8 number on two people'],
      ['Petra Primary', '8×8 number is not the primary phone'],
      ['Ines Inactive', 'Inactive user still holds a number for 8×8'],
      ['Dieter Deleted', 'Deleted user still holds a number for 8×8'],
    ]),
  );
  expect(pairs.filter(([name]) => name === 'Hugo Hybrid')).toEqual([]);
  // The generated part of the org is clean (below 20 users nothing is seeded) and the personas sign in.
  expect(pairs).toHaveLength(9);
  expect(screen.getByRole('heading', { name: '9 findings over 31 users' })).toBeInTheDocument();
});

test('the audit finds every defect the generator seeds', async () => {
  const org = generateOrg({ size: 300, seed: 7 });
  const { user } = renderApp({ org, persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  const pairs = findingPairs();
  const ucOnly = org.users.filter((candidate) => candidate.kind === 'uc-only');
  const other = (u: (typeof ucOnly)[number]) => u.phones.find((phone) => phone.type === 'OTHER' && phone.integration === UC_8X8.numberTag);
  const expectFinding = (name: string, title: string) => {
    expect(pairs).toContainEqual([name, title]);
  };
  const noNumber = ucOnly.filter((u) => u.state === 'active' && !other(u));
  const malformed = ucOnly.filter((u) => u.state === 'active' && /[^+\d]/.test(other(u)?.number ?? ''));
  const notPrimary = ucOnly.filter((u) => u.state === 'active' && other(u) && !other(u)?.primary);
  const inactive = ucOnly.filter((u) => u.state === 'inactive');
  const deleted = ucOnly.filter((u) => u.state === 'deleted');
  const counts = new Map<string, number>();
  for (const u of ucOnly) {
    const number = other(u)?.number;
    if (number && u.state !== 'deleted' && u.state !== 'inactive') counts.set(number, (counts.get(number) ?? 0) + 1);
  }
  const duplicated = ucOnly.filter((u) => (counts.get(other(u)?.number ?? '') ?? 0) > 1);
  for (const [people, title] of [
    [noNumber, 'UC-only user without a number for 8×8'],
    [malformed, '8×8 number is not valid E.164'],
    [notPrimary, '8×8 number is not the primary phone'],
    [inactive, 'Inactive user still holds a number for 8×8'],
    [deleted, 'Deleted user still holds a number for 8×8'],
    [duplicated, 'Same 8×8 number on two people'],
  ] as const) {
    expect(people.length, title).toBeGreaterThan(0);
    for (const person of people) expectFinding(person.name, title);
  }
});

test('cancel keeps the pages read, resume reads only the rest, no page twice', async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const org = generateOrg({ size: 2000, seed: 4 });
  const { user, server, emulator, url } = renderApp({ org, persona: 'admin', path: '/admin' });
  // Pages from 3 on wait until the test has clicked Cancel (then fall through to the emulator).
  server.use(
    http.get(url('/api/v2/users'), async ({ request }) => {
      if (Number(new URL(request.url).searchParams.get('pageNumber')) >= 3) await gate;
      return undefined;
    }),
  );
  await user.click(await screen.findByRole('button', { name: 'Run audit' }));
  await screen.findByText(/\(2 of 5 pages\)/);
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  release();
  const cancelled = await screen.findByRole('status', { name: 'Audit cancelled' });
  // Pages 3 and 4 were in flight when Cancel was clicked: they are kept, page 5 was never asked for.
  expect(cancelled).toHaveTextContent('4 of 5 pages read. Resume continues from page 5');
  expect(screen.getByRole('heading', { name: /read so far$/ })).toBeInTheDocument();
  expect(usersPages(emulator.requestLog).sort()).toEqual(['1', '2', '3', '4']);

  await user.click(screen.getByRole('button', { name: 'Resume' }));
  await screen.findByRole('heading', { name: /findings over 2,2\d\d users$/ }, { timeout: 10_000 });
  expect(usersPages(emulator.requestLog).sort()).toEqual(['1', '2', '3', '4', '5']);
  expect(screen.getByRole('progressbar', { name: 'Audit progress' })).toHaveValue(100);
});

test('after a network error the audit keeps its pages and Resume reads only the missing one', async () => {
  let failOnce = true;
  const org = generateOrg({ size: 2000, seed: 4 });
  const { user, server, emulator, url } = renderApp({ org, persona: 'admin', path: '/admin' });
  server.use(
    http.get(url('/api/v2/users'), ({ request }) => {
      if (new URL(request.url).searchParams.get('pageNumber') === '2' && failOnce) {
        failOnce = false;
        return Response.error();
      }
      return undefined;
    }),
  );
  await user.click(await screen.findByRole('button', { name: 'Run audit' }));
  expect(await screen.findByRole('status', { name: 'Audit interrupted' })).toHaveTextContent('Resume continues where it stopped');
  const before = usersPages(emulator.requestLog);
  await user.click(screen.getByRole('button', { name: 'Resume' }));
  await screen.findByRole('heading', { name: /findings over/ }, { timeout: 10_000 });
  const after = usersPages(emulator.requestLog).slice(before.length);
  // Only page 2 (failed, never read) and whatever had not started yet; nothing read before is read again.
  expect(after).toContain('2');
  for (const page of after) expect(before).not.toContain(page);
});

test('a 429 storm stops the audit, which resumes by itself when requests are allowed again', async () => {
  const { user, emulator } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin' });
  await screen.findByRole('button', { name: 'Run audit' });
  emulator.setFaults({ rateLimitStorm: true, stormRetryAfterSec: 0 });
  await user.click(screen.getByRole('button', { name: 'Run audit' }));
  expect(await screen.findByRole('status', { name: 'Audit interrupted' })).toHaveTextContent('resuming by itself');
  emulator.clearFaults();
  await screen.findByRole('heading', { name: '9 findings over 31 users' }, { timeout: 10_000 });
});

test('the CSV lists every finding, quoted per RFC 4180, numbers as stored and formulas neutralised', async () => {
  const { user } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  const downloads = catchDownloads();
  await user.click(screen.getByRole('button', { name: 'Export CSV' }));
  expect(downloads.names).toEqual(['8x8-provisioning-findings.csv']);
  const csv = await downloads.lastText();
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('Finding,Person,User ID,Email,State,8×8 number,Problem,How to fix');
  // The header, nine findings and the empty string after the last CRLF.
  expect(lines).toHaveLength(1 + 9 + 1);
  // A name that a spreadsheet would run: prefixed with ' and quoted because of its quotes and comma.
  expect(csv).toContain(`8×8 number is not valid E.164,"'=HYPERLINK(""http://evil.example"",""x"")",${DEFECTIVE.formula},`);

  // Read back as a spreadsheet splits it: a number that is a sign and digits comes back without an apostrophe.
  const parsed = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const row = (id: string) => parsed.data.find((cells) => cells[2] === id);
  expect(row(DEFECTIVE.malformed)?.slice(0, 6)).toEqual([
    '8×8 number is not valid E.164',
    'Mal Formed',
    DEFECTIVE.malformed,
    'malformed@defects.example',
    'active',
    '+1 919 2708',
  ]);
  expect(row(DEFECTIVE.formula)?.slice(1, 2)).toEqual([`'=HYPERLINK("http://evil.example","x")`]);
  expect(row(DEFECTIVE.formula)?.[5]).toBe('0131 4585578');
  expect(parsed.data.flat().filter((cell) => /^'\+\d/.test(cell))).toEqual(
    // Only prose that opens with a number gets the apostrophe, as a spreadsheet would read it as a formula.
    parsed.data.flat().filter((cell) => /^'\+\d+ \D/.test(cell)),
  );
});

test('a finding links to the person: details here, the Genesys profile when embedded', async () => {
  const { user } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  await user.click(screen.getByRole('button', { name: 'Petra Primary' }));
  const dialog = screen.getByRole('dialog', { name: 'Petra Primary' });
  // Numbers written for people on screen (the CSV keeps them as stored).
  await waitFor(() => {
    expect(dialog).toHaveTextContent('8×8 number+1 415 555 0103');
  });
  expect(dialog).toHaveTextContent('Primary phone+1 415 555 0102');
  expect(dialog).toHaveTextContent('Signed in to Genesys CloudNever');
});

test('the profile opens in Genesys Cloud when the app is embedded', async () => {
  const shown: string[] = [];
  const clientApp = {
    embedded: true,
    bootstrapped: () => undefined,
    toast: () => undefined,
    showUser: (userId: string) => {
      shown.push(userId);
      return true;
    },
    onStop: () => () => undefined,
  };
  const { user } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin', clientApp });
  await runAuditToEnd(user);
  await user.click(screen.getByRole('button', { name: 'Petra Primary' }));
  expect(shown).toEqual([DEFECTIVE.notPrimary]);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('presence sync is flagged when no 8×8 presence changed within the threshold, and not below it', async () => {
  const { user } = renderApp({ org: defectOrg({ presenceAgeMs: 2 * 60 * 60_000 }), persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  const alert = screen.getByRole('alert', { name: '8×8 presence is not syncing' });
  expect(alert).toHaveTextContent('more than 30 minutes');
  expect(alert).toHaveTextContent('presence OAuth client on the 8×8 side');
  const threshold = screen.getByRole('spinbutton', { name: 'Presence is stale after (minutes)' });
  await user.clear(threshold);
  await user.type(threshold, '180');
  expect(screen.queryByRole('alert', { name: '8×8 presence is not syncing' })).not.toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: 'Presence sync' })).getByText(/newest change 2 h ago/)).toBeInTheDocument();
});

test('fresh 8×8 presence is not flagged', async () => {
  const { user } = renderApp({ org: defectOrg({ presenceAgeMs: 60_000 }), persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  expect(screen.getByRole('region', { name: 'Presence sync' })).toHaveTextContent('newest change 1 min ago');
  expect(screen.queryByRole('alert', { name: '8×8 presence is not syncing' })).not.toBeInTheDocument();
});

test('a missing or inactive 8×8 integration is a finding, in the page and in the CSV', async () => {
  const org = defectOrg();
  const integration = org.ucIntegrations[0];
  if (integration) integration.active = false;
  const { user } = renderApp({ org, persona: 'admin', path: '/admin' });
  expect(await screen.findByRole('alert', { name: 'The 8×8 integration is missing or inactive' })).toHaveTextContent('set it to Active');
  await runAuditToEnd(user);
  const downloads = catchDownloads();
  await user.click(screen.getByRole('button', { name: 'Export CSV' }));
  const csv = await downloads.lastText();
  expect(csv).toContain('The 8×8 integration is missing or inactive,,,,,,');
  expect(screen.queryByRole('region', { name: 'Presence sync' })).not.toBeInTheDocument();
});

test('the audit reads users 500 a page, inactive and deleted included, then one presence request by user id', async () => {
  const { user, emulator } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  const pages = auditPages(emulator.requestLog);
  expect(pages).toHaveLength(1);
  const query = new URLSearchParams(pages[0]?.search);
  expect(query.get('pageSize')).toBe('500');
  expect(query.get('state')).toBe('any');
  expect(query.getAll('expand')).toEqual(['dateLastLogin']);
  // The documented reader: GET /users?id=…&expand=presence&integrationPresenceSource=EightByEight, never the bulk endpoint.
  await waitFor(() => {
    const presence = emulator.requestLog.filter(
      (entry) => entry.path === '/api/v2/users' && new URLSearchParams(entry.search).get('integrationPresenceSource') === 'EightByEight',
    );
    expect(presence).toHaveLength(1);
  });
  expect(emulator.requestLog.filter((entry) => entry.path.endsWith('/bulk'))).toEqual([]);
});

test('findings are grouped by kind with their counts, each kind’s fix said once, and a filter shows one kind', async () => {
  const { user } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin' });
  await runAuditToEnd(user);
  const findings = screen.getByRole('region', { name: 'Findings' });
  const duplicates = within(findings).getByRole('region', { name: 'Same 8×8 number on two people' });
  expect(within(duplicates).getByRole('heading', { level: 4 })).toHaveTextContent('Same 8×8 number on two people (2 people)');
  expect(within(duplicates).getAllByText(/Give each person their own number in the 8×8 directory/)).toHaveLength(1);
  expect(within(duplicates).getAllByRole('row')).toHaveLength(1 + 2);
  // The rows carry person and problem only: the fix is the group's.
  expect(
    within(duplicates)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Person', 'Problem']);

  const filter = within(findings).getByRole('combobox', { name: 'Show' });
  expect(
    within(filter)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual([
    'Every kind (9)',
    'UC-only user without a number for 8×8 (2)',
    '8×8 number is not valid E.164 (2)',
    'Same 8×8 number on two people (2)',
    '8×8 number is not the primary phone (1)',
    'Inactive user still holds a number for 8×8 (1)',
    'Deleted user still holds a number for 8×8 (1)',
  ]);
  await user.selectOptions(filter, 'Same 8×8 number on two people (2)');
  expect(within(findings).getAllByRole('table')).toHaveLength(1);
  expect(findingPairs().map(([name]) => name)).toEqual(['Dana Dupont', 'Dario Dupont']);
  await user.selectOptions(filter, 'Every kind (9)');
  expect(findingPairs()).toHaveLength(9);
});
