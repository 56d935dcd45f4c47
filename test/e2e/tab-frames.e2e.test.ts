// One Genesys tab, one session: the production build's directory, presence board and two interaction widgets
// framed in one page (the demo workspace, one emulator for the tab) share one notifications channel and one
// request budget; a presence change reaches every frame; when the leading frame goes, another leads within 2 s
// and no badge stays stale.
import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchBrowserForFile, openApp } from './harness';

const browser = launchBrowserForFile();
const FRAMES = ['directory', 'supervisor', 'transfer-1', 'transfer-2'] as const;
/** The scheduler's budget (240 a minute) over a window, plus its burst of 10. */
const WINDOW_S = 10;
const MOST_IN_WINDOW = 10 + (240 * WINDOW_S) / 60;

function frameNamed(page: Page, name: string): Frame {
  const frame = page.frame({ name });
  if (!frame)
    throw new Error(
      `The workspace has no frame named ${name}: ${page
        .frames()
        .map((f) => `${f.name()} ${f.url()}`)
        .join(', ')}`,
    );
  return frame;
}

async function openWorkspace(size: number): Promise<Page> {
  const page = await openApp(
    browser(),
    '/workspace',
    { demo: 'agent', demoSize: size, demoSeed: 1, demoChurn: 0 },
    { viewport: { width: 2100, height: 900 } },
  );
  // A frame has its name once its first page commits.
  await expect.poll(() => FRAMES.every((name) => page.frame({ name }) !== null), { timeout: 20_000 }).toBe(true);
  for (const name of FRAMES) {
    await frameNamed(page, name)
      .locator('[data-user-id] [data-presence]:not([data-presence="pending"])')
      .first()
      .waitFor({ timeout: 30_000 });
  }
  return page;
}

const roleOf = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.tabRole ?? '');

/** A person on screen in the frame and the presence their badge shows. */
interface Shown {
  id: string;
  name: string;
  presence: string;
}

async function someoneShown(frame: Frame): Promise<Shown> {
  // Until someone is on screen with a badge: on a loaded machine the board may still be reading the pages of the
  // rows it shows (their badges wait).
  const deadline = Date.now() + 15_000;
  for (;;) {
    // The board's people list is below its totals and chart: bring it on screen.
    // In one step in the page: the board re-sorts its rows every second, so a row held from outside can be gone.
    await frame.evaluate(() => document.querySelector('[data-user-id]')?.scrollIntoView({ block: 'nearest' }));
    await frame.waitForTimeout(600);
    const row = await frame.evaluate(() => {
      for (const option of document.querySelectorAll('[data-user-id]')) {
        const box = option.getBoundingClientRect();
        const presence = option.querySelector('[data-presence]')?.getAttribute('data-presence');
        const id = option.getAttribute('data-user-id');
        const name = option.querySelector('.directory-row__name')?.textContent.trim() ?? '';
        if (box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && id && presence && presence !== 'pending')
          return { id, name, presence };
      }
      return null;
    });
    if (row) return row;
    if (Date.now() > deadline) throw new Error(`Nobody with a badge on screen in ${frame.name()}`);
  }
}

/**
 * The person's badge in the frame. The board keeps its people sorted by time in status, so a change moves
 * them out of sight: there, as a supervisor would, find them with the board's search first.
 */
async function expectBadge(frame: Frame, person: Shown, presence: string): Promise<void> {
  if (frame.name() === 'supervisor') await frame.getByRole('combobox', { name: 'Find people on the board' }).fill(person.name);
  const badge = frame.locator(`[data-user-id="${person.id}"] [data-presence]`).first();
  await expect
    .poll(() => badge.getAttribute('data-presence', { timeout: 1_000 }).catch(() => null), {
      timeout: 10_000,
      message: `${person.name}'s badge in ${frame.name()}`,
    })
    .toBe(presence);
}

/**
 * The board narrowed to the person by its search, and time for their topic to reach the tab's channel (this frame
 * to the leading one, the debounced PUT, the platform's answer): nothing in the page says when it has.
 */
async function findOnBoard(frame: Frame, person: Shown): Promise<void> {
  await frame.getByRole('combobox', { name: 'Find people on the board' }).fill(person.name);
  await frame.locator(`[data-user-id="${person.id}"] [data-presence]`).first().waitFor();
  await frame.waitForTimeout(2_000);
}

/** Sets a presence other than the one shown; returns the badge value it should become. */
async function changePresence(page: Page, person: Shown): Promise<string> {
  const next = person.presence === 'away' ? 'BUSY' : 'AWAY';
  await page.evaluate(([id, presence]) => window.gc8x8Demo?.setIntegrationPresence(id, presence), [person.id, next] as const);
  return next.toLowerCase();
}

const socketStats = (page: Page) =>
  page.evaluate(() => {
    const stats = window.gc8x8Demo?.stats();
    return { channels: stats?.channels, sockets: stats?.sockets };
  });

test('four frames of one tab: one channel and one socket, at most 240 requests a minute while all are busy, and each presence change reaching every frame', async () => {
  const page = await openWorkspace(10_000);
  const roles = await Promise.all(FRAMES.map((name) => roleOf(frameNamed(page, name))));
  expect(roles.filter((role) => role === 'leader')).toHaveLength(1);
  expect(roles.filter((role) => role === 'follower')).toHaveLength(FRAMES.length - 1);
  await expect.poll(() => socketStats(page), { timeout: 10_000 }).toEqual({ channels: 1, sockets: 1 });

  // Busy: the board reads 10,000 people and sweeps them; the directory scrolls; presence keeps changing.
  await page.evaluate(() => window.gc8x8Demo?.setChurnPerMinute(600));
  const from = await page.evaluate(() => Date.now());
  await frameNamed(page, 'directory').evaluate(async (seconds) => {
    const list = document.querySelector('[data-list-viewport]');
    if (!list) throw new Error('The directory has no list');
    const end = Date.now() + seconds * 1000;
    let direction = 1;
    while (Date.now() < end) {
      list.scrollTop += direction * 120;
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1 || list.scrollTop <= 0) direction = -direction;
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  }, WINDOW_S * 1.5);
  await page.evaluate(() => window.gc8x8Demo?.setChurnPerMinute(0));
  const log = await page.evaluate(
    (start) => (window.gc8x8Demo?.requests() ?? []).filter((entry) => entry.timestamp >= start && entry.path.startsWith('/api/')),
    from,
  );
  const times = log.map((entry) => entry.timestamp).sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= WINDOW_S * 1000) j += 1;
    busiest = Math.max(busiest, i - j + 1);
  }
  // The tab was busy (the board alone would take the whole budget on a quiet machine; on a loaded one its
  // rendering slows it), yet it stayed within the budget.
  expect(busiest, `requests in the busiest ${WINDOW_S} s`).toBeGreaterThanOrEqual(8);
  expect(busiest, `requests in the busiest ${WINDOW_S} s`).toBeLessThanOrEqual(MOST_IN_WINDOW);
  expect(log.filter((entry) => entry.status === 429)).toEqual([]);
  expect(await socketStats(page)).toEqual({ channels: 1, sockets: 1 });

  // A change for someone on screen in each frame reaches that frame over the one socket. On the board the
  // supervisor finds the person first: while its pages still come in, the board's live subscription waits (the
  // rows reorder every second) unless a search narrows them, and a row that is only on screen is read again once
  // its presence is 30 s old (PUSH_STALE_MS), which a loaded machine's slower board load made this test meet.
  for (const name of FRAMES) {
    const frame = frameNamed(page, name);
    const person = await someoneShown(frame);
    if (name === 'supervisor') await findOnBoard(frame, person);
    await expectBadge(frame, person, await changePresence(page, person));
  }
});

test('closing the leading frame: another frame leads within 2 s on a channel of its own, and a change made meanwhile shows in every frame', async () => {
  const page = await openWorkspace(2_000);
  await expect.poll(() => socketStats(page), { timeout: 10_000 }).toEqual({ channels: 1, sockets: 1 });
  const roles = await Promise.all(FRAMES.map(async (name) => ({ name, role: await roleOf(frameNamed(page, name)) })));
  const leader = roles.find((entry) => entry.role === 'leader')?.name;
  if (!leader) throw new Error(`No frame leads: ${JSON.stringify(roles)}`);
  const staying = FRAMES.filter((name) => name !== leader);
  const people = await Promise.all(staying.map((name) => someoneShown(frameNamed(page, name))));

  const closedAt = Date.now();
  await page.evaluate((name) => document.querySelector(`iframe[data-frame="${name}"]`)?.remove(), leader);
  // Changed while no channel is open: only the resync after the handover can bring these.
  const expected = await Promise.all(people.map((person) => changePresence(page, person)));

  let ledAt = 0;
  await expect
    .poll(
      async () => {
        const now = await Promise.all(staying.map((name) => roleOf(frameNamed(page, name))));
        if (now.includes('leader') && ledAt === 0) ledAt = Date.now();
        return now.filter((role) => role === 'leader').length;
      },
      { timeout: 5_000, interval: 50 },
    )
    .toBe(1);
  expect(ledAt - closedAt, 'ms until another frame leads').toBeLessThanOrEqual(2_000);
  await expect.poll(() => page.evaluate(() => window.gc8x8Demo?.stats().sockets), { timeout: 10_000 }).toBe(1);
  for (const [index, name] of staying.entries()) {
    const person = people[index];
    if (person) await expectBadge(frameNamed(page, name), person, expected[index] ?? '');
  }
  // And the new channel carries changes again.
  const frame = frameNamed(page, staying.find((name) => name !== 'supervisor') ?? 'directory');
  const person = await someoneShown(frame);
  await expectBadge(frame, person, await changePresence(page, person));
});
