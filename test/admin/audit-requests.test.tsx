// What the provisioning audit costs in requests: one per page of 500 users and one per 100 sampled
// users' 8×8 presence, nothing else; and on the admin page it is not slowed by the page's own reads.
import { screen } from '@testing-library/react';
import { http } from 'msw';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { AUDIT_PAGE_SIZE, PRESENCE_SAMPLE_SIZE, runAudit } from '@/features/admin/audit/run-audit';
import { MAX_PRESENCE_IDS } from '@/foundations/presence/presence-reader';
import { startEmulator } from '../support/emulator-server';
import { renderApp } from '../support/render-app';
import { ucProfile } from '@/genesys/uc-table';

type LoggedRequest = { method: string; path: string; search: string };

/** A page of GET /api/v2/users?state=any (reads by ?id=, such as role holders' names, are not pages). */
const isAuditPage = (entry: LoggedRequest): boolean => {
  const query = new URLSearchParams(entry.search);
  return entry.method === 'GET' && entry.path === '/api/v2/users' && query.get('state') === 'any' && !query.has('id');
};
const isPresenceRead = (entry: LoggedRequest): boolean =>
  entry.path === '/api/v2/users' && new URLSearchParams(entry.search).get('integrationPresenceSource') === 'EightByEight';
const isRoleHolders = (entry: LoggedRequest): boolean => /^\/api\/v2\/authorization\/roles\/[^/]+\/users$/.test(entry.path);

test('an org of 5,000 generated users costs one request per page of 500 and one per 100 sampled presences', async () => {
  const org = generateOrg({ size: 5000, seed: 4 });
  const { apisFor, emulator } = startEmulator({ org });
  const outcome = await runAudit(apisFor('admin'), {
    presenceSourceId: org.ucIntegrations[0]?.id ?? null,
    who: { rule: 'tagged', uc: ucProfile('8x8') },
  });

  expect(outcome.status).toBe('complete');
  const pages = Math.ceil(org.users.length / AUDIT_PAGE_SIZE);
  const presenceReads = PRESENCE_SAMPLE_SIZE / MAX_PRESENCE_IDS;
  expect(outcome.progress).toMatchObject({ pagesRead: pages, usersRead: org.users.length, presenceBatchesRead: presenceReads });
  expect(outcome.progress.requests).toBe(pages + presenceReads);
  // The log agrees: every request was a page or a presence read, and no page was read twice.
  const log = emulator.requestLog;
  expect(log).toHaveLength(pages + presenceReads);
  const pageNumbers = log.filter(isAuditPage).map((entry) => Number(new URLSearchParams(entry.search).get('pageNumber')));
  expect(pageNumbers.sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  expect(log.filter(isPresenceRead)).toHaveLength(presenceReads);
});

test('the audit goes before the role holders still being read: they do not share its budget', async () => {
  // Everyone holds the employee role: its holders take several pages of 500, read while the audit runs.
  const org = generateOrg({ size: 2000, seed: 4 });
  let release: () => void = () => undefined;
  const auditStarted = new Promise<void>((resolve) => {
    release = resolve;
  });
  // 10 requests a second, one at a time: the budget is what the audit and the role holders compete for.
  const { user, server, emulator, url } = renderApp({
    org,
    persona: 'admin',
    path: '/admin',
    scheduler: { requestsPerMinute: 600, burst: 1 },
  });
  server.use(
    http.get(url('/api/v2/authorization/roles/:roleId/users'), async ({ request }) => {
      // Role holders beyond page 1 wait until the audit has started, so that both are queued at once.
      if (Number(new URL(request.url).searchParams.get('pageNumber')) >= 2) await auditStarted;
      return undefined;
    }),
    http.get(url('/api/v2/users'), ({ request }) => {
      const query = new URL(request.url).searchParams;
      if (query.get('state') === 'any' && !query.has('id')) release();
      return undefined;
    }),
  );
  await user.click(await screen.findByRole('button', { name: 'Run audit' }, { timeout: 10_000 }));
  await screen.findByRole('heading', { name: /findings? over [\d,]+ users$/ }, { timeout: 20_000 });

  const log = emulator.requestLog;
  const first = log.findIndex(isAuditPage);
  const last = log.findLastIndex((entry) => isAuditPage(entry) || isPresenceRead(entry));
  const auditRequests = log.slice(first, last + 1).filter((entry) => isAuditPage(entry) || isPresenceRead(entry));
  expect(auditRequests).toHaveLength(Math.ceil(org.users.length / AUDIT_PAGE_SIZE) + PRESENCE_SAMPLE_SIZE / MAX_PRESENCE_IDS);
  // Only role-holder requests already let through when the audit started may land in between.
  const rolesBetween = log.slice(first, last + 1).filter(isRoleHolders);
  expect(rolesBetween.length).toBeLessThanOrEqual(2);
  // They are read afterwards, not dropped.
  expect(log.slice(last + 1).filter(isRoleHolders).length).toBeGreaterThan(0);
}, 30_000);
