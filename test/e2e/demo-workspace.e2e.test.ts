// The demo workspace (/workspace): one tab as Genesys Cloud fills it, the directory, the presence board
// and two interaction widgets side by side, every frame against the one emulator of the top window.
import type { Frame, Page, Request } from 'playwright-core';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { demoRequests, launchBrowserForFile, openApp, saveScreenshot } from './harness';

const browser = launchBrowserForFile();
const WORKSPACE = { demo: 'agent', demoSize: 300, demoSeed: 1, demoChurn: 0 } as const;
const FRAMES = ['directory', 'supervisor', 'transfer-1', 'transfer-2'];

function frameNamed(page: Page, name: string): Frame {
  const frame = page.frame({ name });
  if (!frame) throw new Error(`The workspace has no frame named ${name}`);
  return frame;
}

const callBody = z.object({ participants: z.array(z.object({ purpose: z.string(), name: z.string().optional() }).loose()) }).loose();

/** The caller on the call the host's emulator holds, read through the host API as a frame would. */
async function customerOf(page: Page, conversationId: string): Promise<string> {
  const body = await page.evaluate(async (id) => {
    const host = window.gc8x8TabEmulator;
    if (!host) throw new Error('window.gc8x8TabEmulator is missing');
    const answer = await host.fetch({
      method: 'GET',
      url: `https://api.${host.environment}/api/v2/conversations/calls/${id}`,
      headers: { authorization: `Bearer ${host.tokenFor('agent')}` },
      body: null,
    });
    return answer.body ?? '';
  }, conversationId);
  const customer = callBody.parse(JSON.parse(body)).participants.find((participant) => participant.purpose === 'customer');
  if (customer?.name === undefined) throw new Error(`No customer on call ${conversationId}`);
  return customer.name;
}

test('the workspace shows the agent desktop in four frames, all against the one emulator of the tab', async () => {
  const page = await openApp(browser(), '/workspace', WORKSPACE, { viewport: { width: 1920, height: 1000 } });
  // Live topics any frame subscribes to, to know when a person's changes are pushed to the tab.
  const subscriptions: Request[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.endsWith('/subscriptions')) subscriptions.push(request);
  });
  const iframes = page.locator('iframe[data-frame]');
  await expect.poll(() => iframes.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-frame')))).toEqual(FRAMES);
  const titles = await iframes.evaluateAll((elements) => elements.map((element) => element.getAttribute('title') ?? ''));
  expect(titles.every((title) => title.length > 0)).toBe(true);
  expect(new Set(titles).size).toBe(FRAMES.length);
  const widths = await iframes.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width));
  expect(widths.slice(2)).toEqual([400, 400]);
  expect(Math.min(...widths.slice(0, 2))).toBeGreaterThan(400);

  // A frame has its name once its first page commits.
  await expect.poll(() => FRAMES.every((name) => page.frame({ name }) !== null), { timeout: 20_000 }).toBe(true);

  // The directory draws its rows with badges.
  const directory = frameNamed(page, 'directory');
  const list = directory.getByRole('listbox', { name: '8×8 users' });
  await expect.poll(() => list.locator('[data-presence]').count(), { timeout: 20_000 }).toBeGreaterThan(5);

  // Each widget draws its call: the one the workspace named in its src, as the host's emulator holds it.
  const conversationIds: string[] = [];
  for (const name of ['transfer-1', 'transfer-2']) {
    const src = (await page.locator(`iframe[data-frame="${name}"]`).getAttribute('src')) ?? '';
    const conversationId = new URL(src, page.url()).searchParams.get('gcConversationId') ?? '';
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);
    conversationIds.push(conversationId);
    const card = frameNamed(page, name).getByRole('region', { name: 'Call being transferred' });
    await card.waitFor({ timeout: 20_000 });
    expect(await card.textContent()).toContain(await customerOf(page, conversationId));
  }

  // The board draws too (the agent persona may see the board or be told why not: either is the view).
  const board = frameNamed(page, 'supervisor');
  await expect.poll(async () => ((await board.locator('main').textContent()) ?? '').trim().length, { timeout: 20_000 }).toBeGreaterThan(0);

  // No frame started an emulator of its own: each one's gc8x8Demo is the top window's.
  for (const name of FRAMES) {
    expect(
      await frameNamed(page, name).evaluate(() => window.gc8x8Demo !== undefined && window.gc8x8Demo === window.top?.gc8x8Demo),
      name,
    ).toBe(true);
  }

  // The top window's request log holds every frame's requests: the directory's search and both widgets' calls.
  const requests = await demoRequests(page);
  expect(requests.some((request) => request.url.startsWith('/api/v2/users/search') || request.url.startsWith('/api/v2/users?'))).toBe(true);
  for (const conversationId of conversationIds) {
    expect(
      requests.some((request) => request.method === 'GET' && request.url.startsWith(`/api/v2/conversations/calls/${conversationId}`)),
    ).toBe(true);
  }
  // The frames' relayed notifications sockets are the emulator's sockets.
  await expect.poll(() => page.evaluate(() => window.gc8x8Demo?.stats().sockets ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);

  // A presence change made in the top window reaches the directory frame's badge over its relayed socket.
  const userId = (await list.getByRole('option').first().getAttribute('data-user-id')) ?? '';
  expect(userId).not.toBe('');
  const badge = list.locator(`[data-user-id="${userId}"] [data-presence]`);
  await expect
    .poll(
      async () => {
        for (const request of subscriptions) {
          if (!(request.postData() ?? '').includes(`v2.users.${userId}.integrationpresence`)) continue;
          if ((await request.response())?.ok()) return true;
        }
        return false;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  const before = (await badge.getAttribute('data-presence')) ?? '';
  expect(before).not.toBe('unknown');
  const next = before === 'busy' ? ('AVAILABLE' as const) : ('BUSY' as const);
  await page.evaluate(
    ({ id, presence }) => {
      window.gc8x8Demo?.setIntegrationPresence(id, presence);
    },
    { id: userId, presence: next },
  );
  await expect.poll(() => badge.getAttribute('data-presence'), { timeout: 10_000 }).toBe(next.toLowerCase());
  await saveScreenshot(page, 'demo-workspace');
});
