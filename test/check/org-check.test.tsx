// The org check (/check) against each emulator variant it detects: it names the variant,
// says what the app will do, stays within its request budget and calls nothing a probe's
// missing permission forbids.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { VARIANT_CHOICES } from '@/emulator/variants';
import { REQUEST_BUDGET } from '@/features/check/check-model';
import { checkOrg, probeRow, runCheck, SOURCES_PERMISSION, statusOf } from './check-org';

const PROBES = [
  '8×8 integration',
  'Where 8×8 presence arrives',
  '8×8 number tags',
  'Presence sources',
  'Presence by source',
  'Live presence updates',
  'Rate limit waits',
  'Clock',
  'OAuth scopes',
];

test('a run shows every probe, states the requests it sent, and sends no more than its budget', async () => {
  const { table, sent } = await runCheck();
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(PROBES);
  expect(sent.length).toBeLessThanOrEqual(REQUEST_BUDGET);
  expect(screen.getByText(`${String(sent.length)} of at most ${String(REQUEST_BUDGET)} requests sent.`)).toBeInTheDocument();
  const requests = sent.map((entry) =>
    `${entry.method} ${entry.path}`
      .replace(/presences\/[^/]+\/bulk/, 'presences/{sourceId}/bulk')
      .replace(/channels\/[^/]+\//, 'channels/{id}/'),
  );
  expect(requests.sort()).toEqual(
    [
      'GET /api/v2/tokens/me',
      'GET /api/v2/integrations/unifiedcommunications/clientapps',
      'POST /api/v2/users/search',
      'GET /api/v2/users',
      'GET /api/v2/presence/sources',
      'GET /api/v2/users/presences/{sourceId}/bulk',
      'POST /api/v2/notifications/channels',
      'PUT /api/v2/notifications/channels/{id}/subscriptions',
    ].sort(),
  );
  expect(sent.every((entry) => entry.status === 200)).toBe(true);
  // The default org: nothing to warn about; Retry-After has not been needed yet.
  expect(screen.getByText('No warnings, every probe checked.')).toBeInTheDocument();
  expect(statusOf(probeRow('Rate limit waits'))).toBe('Info');
  expect(probeRow('Rate limit waits')).toHaveTextContent('No 429 (too many requests) seen yet in this session.');
  expect(probeRow('8×8 integration')).toHaveTextContent('It declares the 8×8 permission integration:eightByEight:view.');
  expect(probeRow('OAuth scopes')).toHaveTextContent('The token has every scope the app needs');
  expect(probeRow('Clock')).toHaveTextContent('in step with Genesys Cloud’s');
  expect(probeRow('Clock')).toHaveTextContent('expiry of a new notification channel');
});

for (const presenceField of VARIANT_CHOICES.presenceField) {
  test(`8×8 presence in \`${presenceField}\` is named as such`, async () => {
    await runCheck({ variants: { presenceField } });
    const row = probeRow('Where 8×8 presence arrives');
    expect(statusOf(row)).toBe('OK');
    const fields = within(row).getAllByText(/^(presence|integrationPresence)$/, { selector: 'code' });
    expect(new Set(fields.map((field) => field.textContent))).toEqual(new Set([presenceField]));
    expect(row).toHaveTextContent(/8×8 presence came in (presence|integrationPresence) for \d+ of \d+ sampled people/);
  });
}

for (const listIcons of VARIANT_CHOICES.listIcons) {
  test(`badge icons ${listIcons === 'listed' ? 'in' : 'missing from'} the clientapps list answer: said, with what it costs`, async () => {
    await runCheck({ variants: { listIcons } });
    const row = probeRow('8×8 integration');
    expect(statusOf(row)).toBe('OK');
    expect(row).toHaveTextContent(
      listIcons === 'listed'
        ? 'The list answer carries its badge icons (no second request).'
        : 'The list answer carries no badge icons: the app reads the entry once more for them.',
    );
  });
}

test('numbers tagged for 8×8 (the default): the tag is counted and the app lists those people', async () => {
  await runCheck();
  const row = probeRow('8×8 number tags');
  expect(statusOf(row)).toBe('OK');
  expect(row).toHaveTextContent(/Integration tags on those numbers: eightbyeight × \d+/);
  expect(row).toHaveTextContent(/Lists people whose Other Phone is tagged for 8×8: \d+ in this sample/);
});

test('untagged numbers: a warning that names people=otherPhone, and the untagged people are still sampled', async () => {
  await runCheck({ variants: { numberTag: null } });
  const row = probeRow('8×8 number tags');
  expect(statusOf(row)).toBe('Warning');
  expect(row).toHaveTextContent('No Other Phone number carries an integration tag.');
  expect(row).toHaveTextContent(/Other Phone numbers have no tag/);
  expect(within(row).getAllByText('people=otherPhone', { selector: 'code' }).length).toBeGreaterThan(0);
  expect(row).toHaveTextContent('Fix: Add people=otherPhone to the Application URL');
  // The presence probe reads the people `people=otherPhone` would list.
  expect(statusOf(probeRow('Where 8×8 presence arrives'))).toBe('OK');
});

test('untagged numbers with people=otherPhone: no warning', async () => {
  await runCheck({ variants: { numberTag: null }, people: 'otherPhone' });
  const row = probeRow('8×8 number tags');
  expect(statusOf(row)).toBe('OK');
  expect(row).toHaveTextContent(/Lists people with an untagged Other Phone too \(people=otherPhone\): \d+ in this sample/);
});

test('integration presence topics accepted: badges stay live', async () => {
  await runCheck({ variants: { topics: 'all' } });
  const row = probeRow('Live presence updates');
  expect(statusOf(row)).toBe('OK');
  expect(row).toHaveTextContent('A notification channel accepted v2.users.{id}.integrationpresence.');
  expect(row).toHaveTextContent('Keeps 8×8 badges live');
});

test('integration presence topics refused: a warning that says the app polls', async () => {
  const { sent } = await runCheck({ variants: { topics: 'noIntegrationPresence' } });
  const row = probeRow('Live presence updates');
  expect(statusOf(row)).toBe('Warning');
  expect(row).toHaveTextContent('A notification channel refused v2.users.{id}.integrationpresence.');
  expect(row).toHaveTextContent('Polls 8×8 presence instead');
  // One PUT with ignoreErrors=true, not a failed all-or-nothing request.
  const puts = sent.filter((entry) => entry.method === 'PUT');
  expect(puts.map((entry) => [entry.search, entry.status])).toEqual([['?ignoreErrors=true', 200]]);
});

test('an 8×8 presence source is listed: the bulk reader is tried with its id and answers', async () => {
  const { sent, emulator } = await runCheck({ variants: { presenceSource: 'listed' } });
  expect(probeRow('Presence sources')).toHaveTextContent(/presence sources are listed, 8×8 among them/);
  const bulk = probeRow('Presence by source');
  expect(statusOf(bulk)).toBe('Info');
  expect(bulk).toHaveTextContent(/It answered with the presence of \d+ of \d+ people/);
  // Never the UC integration entry's id.
  const integrationId = emulator.org.ucIntegrations.find((entry) => entry.integrationPresenceSource === 'EightByEight')?.id ?? '';
  expect(sent.some((entry) => entry.path.includes(integrationId))).toBe(false);
  expect(sent.filter((entry) => entry.path.endsWith('/bulk'))).toHaveLength(1);
});

test('no 8×8 presence source is listed: the bulk reader is not tried with a guessed id', async () => {
  const { sent } = await runCheck({ variants: { presenceSource: 'unlisted' } });
  expect(probeRow('Presence sources')).toHaveTextContent(/none of them 8×8/);
  const bulk = probeRow('Presence by source');
  expect(statusOf(bulk)).toBe('Not checked');
  expect(bulk).toHaveTextContent('Not tried: no 8×8 presence source is listed, and the check never guesses a source id.');
  expect(sent.some((entry) => entry.path.endsWith('/bulk'))).toBe(false);
});

test('a probe whose permission the admin lacks says so and sends nothing', async () => {
  const { sent } = await runCheck({ org: checkOrg({ sourceView: false }) });
  const row = probeRow('Presence sources');
  expect(statusOf(row)).toBe('Not checked');
  expect(row).toHaveTextContent(`Not checked: you lack ${SOURCES_PERMISSION}.`);
  // The bulk reader would need the id that list gives: it says the same, and sends nothing either.
  expect(probeRow('Presence by source')).toHaveTextContent(`Not checked: you lack ${SOURCES_PERMISSION}.`);
  expect(sent.some((entry) => entry.path === '/api/v2/presence/sources' || entry.path.endsWith('/bulk'))).toBe(false);
});

test('a token without some scopes: the missing ones are named with the fix', async ({ onTestFinished }) => {
  const { server, url, user } = await runCheck();
  server.use(
    http.get(url('/api/v2/tokens/me'), () => HttpResponse.json({ authorizedScope: ['users:readonly', 'presence', 'notifications'] })),
  );
  onTestFinished(() => {
    server.resetHandlers();
  });
  await user.click(screen.getByRole('button', { name: 'Run again' }));
  await screen.findByRole('table', { name: 'What the check found' });
  const row = probeRow('OAuth scopes');
  expect(statusOf(row)).toBe('Warning');
  const missing = within(row)
    .getAllByText(/:|^[a-z]+$/, { selector: 'code' })
    .map((code) => code.textContent);
  expect(missing).toEqual(['authorization:readonly', 'conversations', 'groups:readonly', 'integrations:readonly']);
  expect(row).toHaveTextContent('Fix: Add them to the app’s OAuth client');
});

test('a readable Date header times the clock: a computer 5 minutes slow is a warning', async ({ onTestFinished }) => {
  const { server, url, user } = await runCheck();
  server.use(
    http.get(url('/api/v2/tokens/me'), () =>
      HttpResponse.json({ authorizedScope: ['users:readonly'] }, { headers: { Date: new Date(Date.now() + 5 * 60_000).toUTCString() } }),
    ),
  );
  onTestFinished(() => {
    server.resetHandlers();
  });
  await user.click(screen.getByRole('button', { name: 'Run again' }));
  await screen.findByRole('table', { name: 'What the check found' });
  const row = probeRow('Clock');
  expect(statusOf(row)).toBe('Warning');
  expect(row).toHaveTextContent(/This computer’s clock is (4 min 5\d s|5 min( \d s)?) behind Genesys Cloud’s/);
  expect(row).toHaveTextContent('Measured with the Date header of an answer.');
});

test('without a Date header, a server clock 3 minutes behind is found from the channel’s expiry', async () => {
  await runCheck({ now: () => Date.now() - 3 * 60_000 });
  const row = probeRow('Clock');
  expect(statusOf(row)).toBe('Warning');
  expect(row).toHaveTextContent(/This computer’s clock is (2 min 5\d s|3 min( \d s)?) ahead of Genesys Cloud’s/);
  expect(row).toHaveTextContent('Fix: Let this computer set its clock automatically');
});

for (const retryAfter of VARIANT_CHOICES.retryAfter) {
  test(`a 429 whose wait is readable from the ${retryAfter}: named, no warning`, async () => {
    const { user, emulator } = await runCheck();
    // One 429 on the next request (the check's first), answered after a 1 s wait.
    emulator.setVariants({ retryAfter });
    emulator.setFaults({ rateLimitStorm: true, stormRetryAfterSec: 1 });
    const again = screen.getByRole('button', { name: 'Run again' });
    await user.click(again);
    setTimeout(() => {
      emulator.clearFaults();
    }, 200);
    // The probe reads what the scheduler saw once the other probes are done: this run's 429 included.
    await screen.findByRole('table', { name: 'What the check found' }, { timeout: 8000 });
    const row = probeRow('Rate limit waits');
    expect(statusOf(row)).toBe('OK');
    expect(row).toHaveTextContent(
      retryAfter === 'header'
        ? 'The last 429 asked for a wait of 1 s in its Retry-After header.'
        : 'The browser hides the Retry-After header; the last 429 asked for a wait of 1 s in its text.',
    );
  }, 20_000);
}

test('a 429 that states no wait the app can read: a warning that the app backed off', async ({ onTestFinished }) => {
  const { server, url, user } = await runCheck({ scheduler: { requestsPerMinute: 100_000, burst: 1000, backoffFirstMs: 200 } });
  let refused = false;
  // Once: a 429 with neither a readable Retry-After nor a wait in its body ("maximum [300] requests" is the budget).
  server.use(
    http.get(url('/api/v2/tokens/me'), () => {
      if (refused) return undefined;
      refused = true;
      return HttpResponse.json(
        { message: 'Rate limit exceeded the maximum [300] requests within [60] seconds', code: 'too.many.requests', status: 429 },
        { status: 429 },
      );
    }),
  );
  onTestFinished(() => {
    server.resetHandlers();
  });
  await user.click(screen.getByRole('button', { name: 'Run again' }));
  await screen.findByRole('table', { name: 'What the check found' });
  const row = probeRow('Rate limit waits');
  expect(statusOf(row)).toBe('Warning');
  expect(row).toHaveTextContent('The last 429 said nothing the app could read; it paused 1 s.');
  expect(row).toHaveTextContent('1 429 seen in this session.');
  expect(row).toHaveTextContent('Fix: Nothing to set in Genesys Cloud.');
  // The retried request is counted once in the budget.
  expect(statusOf(probeRow('OAuth scopes'))).toBe('OK');
});
