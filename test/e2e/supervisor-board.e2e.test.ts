// Journey c: a supervisor scopes the presence board to one department and watches a presence
// change there (on 8×8, or Microsoft Teams) move the totals, the chart's text alternative and its table.
import type { Page, Request } from 'playwright-core';
import { expect, test } from 'vitest';
import { badgeNames, expectServes, expectTabReachesEveryControl, launchBrowserForFile, openApp, RUNS, saveScreenshot } from './harness';

const browser = launchBrowserForFile();
const DEPARTMENT = 'Billing';

/** The totals as the board shows them: "Available 3 (25%)" → { Available: 3 }. */
async function totalsOf(page: Page): Promise<Record<string, number>> {
  const texts = await page.getByRole('list', { name: 'Totals by presence' }).getByRole('button').allTextContents();
  return Object.fromEntries(
    texts.map((text) => {
      const match = /^(.+?)\s+([\d,]+)\s+\(/.exec(text.trim());
      if (!match?.[1] || !match[2]) throw new Error(`A total reads "${text}"`);
      return [match[1], Number(match[2].replace(/,/g, ''))];
    }),
  );
}

const LABELS: Record<string, string> = { available: 'Available', busy: 'Busy', away: 'Away', meeting: 'Meeting', offline: 'Offline' };

for (const { look, uc, title, suffix, params } of RUNS) {
  test(`a supervisor scopes the board to a department and sees a presence change move the counts ${title}`, async () => {
    const page = await openApp(
      browser(),
      '/supervisor',
      { demo: 'supervisor', demoSize: 200, demoSeed: 1, demoChurn: 0, ...params },
      look.options,
    );
    // Live topics the board subscribes to, to know when a person's changes reach it over the socket.
    const subscriptions: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && new URL(request.url()).pathname.endsWith('/subscriptions')) subscriptions.push(request);
    });
    await page.getByRole('list', { name: 'Totals by presence' }).getByRole('button').first().waitFor();
    await expectServes(page, uc);
    const scope = page.getByRole('combobox', { name: 'Scope' });
    expect(await scope.evaluate((select) => (select instanceof HTMLSelectElement ? select.selectedOptions[0]?.textContent : null))).toBe(
      `All ${uc.name} users`,
    );
    await look.check(page, `board, all ${uc.name} users`);
    await expectTabReachesEveryControl(page, `board, all ${uc.name} users`);

    await scope.selectOption({ label: 'A department' });
    await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: DEPARTMENT });
    const people = page.getByRole('region', { name: 'People' });
    const rows = people.getByRole('listbox', { name: `${uc.name} users` }).getByRole('option');
    await expect
      .poll(async () => {
        const texts = await rows.allTextContents();
        return texts.length > 0 && texts.every((text) => text.includes(DEPARTMENT));
      })
      .toBe(true);
    const bars = page.getByRole('list', { name: 'Presence by department' }).getByRole('img');
    await expect.poll(() => bars.count()).toBe(1);
    // Every presence in scope is read ("Not read yet" is a total of its own until then).
    await expect.poll(async () => Object.keys(await totalsOf(page))).not.toContain('Not read yet');
    const before = await totalsOf(page);
    const total = Object.values(before).reduce((sum, count) => sum + count, 0);
    expect(await rows.count()).toBe(total);
    // The chart's text alternative says what the bar shows.
    expect(await bars.first().getAttribute('aria-label')).toMatch(new RegExp(`^${DEPARTMENT}: ${total} people, `));
    const badges = await badgeNames(page);
    expect(badges).toHaveLength(total);
    for (const badge of badges) expect(badge.name).toContain(badge.label);
    await look.check(page, `board scoped to ${DEPARTMENT}`);

    // Someone Available in the department goes Busy on the integration, once the board listens to them.
    const person = await rows.evaluateAll((options) =>
      options
        .map((option) => ({
          id: option.getAttribute('data-user-id') ?? '',
          presence: option.querySelector('[data-presence]')?.getAttribute('data-presence'),
        }))
        .find((row) => row.presence === 'available'),
    );
    if (!person) throw new Error(`Nobody Available in ${DEPARTMENT}`);
    await expect
      .poll(async () => {
        for (const request of subscriptions) {
          if (!(request.postData() ?? '').includes(`v2.users.${person.id}.integrationpresence`)) continue;
          const response = await request.response();
          if (response?.ok()) return true;
        }
        return false;
      })
      .toBe(true);
    await page.evaluate((userId) => {
      window.gc8x8Demo?.setIntegrationPresence(userId, 'BUSY');
    }, person.id);

    const busyNow = (before.Busy ?? 0) + 1;
    const expected: Record<string, number> = { ...before, Available: (before.Available ?? 0) - 1, Busy: busyNow };
    await expect.poll(() => totalsOf(page)).toEqual(expected);
    await expect.poll(() => bars.first().getAttribute('aria-label')).toContain(`${busyNow} Busy`);
    expect(await people.locator(`[data-user-id="${person.id}"] [data-presence]`).getAttribute('data-presence')).toBe('busy');

    // The same numbers as a real table.
    const tableView = page.getByRole('button', { name: 'Table view' });
    await tableView.focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: `${uc.name} users by department and presence` });
    const headers = (await table.getByRole('columnheader').allTextContents()).map((text) => text.trim());
    const billing = (
      await table
        .getByRole('row', { name: new RegExp(`^${DEPARTMENT}`) })
        .getByRole('cell')
        .allTextContents()
    ).map(Number);
    for (const [key, label] of Object.entries(LABELS)) {
      const column = headers.indexOf(label);
      if (column > 0) expect(billing[column - 1], `${label} in the table`).toBe(expected[label] ?? 0);
      else expect(expected[label] ?? 0, `${key} has no column`).toBe(0);
    }
    expect(billing.at(-1)).toBe(total);
    await look.check(page, `board scoped to ${DEPARTMENT}, table view`);
    await saveScreenshot(page, `supervisor-board${suffix}`);
  });
}
