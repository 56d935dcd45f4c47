// Steps the transfer journeys share: the agent persona is on a live call in the demo org.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { escapeRegExp, type Integration } from './harness';

/** A small org, always the same (seed), and no random presence changes under the assertions. */
export const TRANSFER_DEMO = { demo: 'agent', demoSize: 200, demoSeed: 1, demoChurn: 0 } as const;

interface Row {
  id: string;
  name: string;
  presence: string | null;
  /** The row's note ("Favorite", "Number cannot be dialled"), if any. */
  tag: string | null;
}

/** Row notes of people who cannot take a transfer (the demo org seeds such numbers). */
const ineligibleTags = (uc: Integration) => [`No ${uc.name} number`, 'Number cannot be dialled', 'Shared number', 'Inactive'];

/**
 * Searches the `uc` people to transfer to for `query` by typing, as an agent does, then moves down
 * the results with the arrow keys to the first one shown as Available (and able to take a transfer)
 * and picks them with Enter.
 */
export async function chooseAvailablePerson(page: Page, uc: Integration, query = 'Billing'): Promise<{ id: string; name: string }> {
  const search = page.getByRole('combobox', { name: `Search ${uc.name} people to transfer to` });
  await search.focus();
  await page.keyboard.type(query);
  const list = page.getByRole('listbox', { name: 'People to transfer to' });
  const rowsNow = () =>
    list.evaluate((listbox): Row[] =>
      [...listbox.querySelectorAll('[role="option"]')].map((option) => ({
        id: option.id,
        name: option.querySelector('.directory-row__name')?.textContent ?? '',
        presence: option.querySelector('[data-presence]')?.getAttribute('data-presence') ?? null,
        tag: option.querySelector('.directory-row__tag')?.textContent ?? null,
      })),
    );
  // The server search has answered (every row matches) and every row's presence is known.
  await expect
    .poll(async () => {
      const texts = await list.getByRole('option').allTextContents();
      const rows = await rowsNow();
      return (
        texts.length > 0 &&
        texts.every((text) => text.includes(query)) &&
        rows.every((row) => row.presence !== null && row.presence !== 'pending')
      );
    })
    .toBe(true);
  const rows = await rowsNow();
  const ineligible = ineligibleTags(uc);
  const index = rows.findIndex((row) => row.presence === 'available' && !ineligible.some((tag) => row.tag?.includes(tag)));
  const row = rows[index];
  if (!row) throw new Error(`Nobody Available among the ${rows.length} people found for "${query}"`);
  for (let step = 0; step <= index; step += 1) await page.keyboard.press('ArrowDown');
  expect(await search.getAttribute('aria-activedescendant')).toBe(row.id);
  await page.keyboard.press('Enter');
  return { id: row.id, name: row.name };
}

/** The chosen person's panel shows their number in `uc`: "Microsoft Teams +1 646 896 6594". */
export async function expectUcNumber(panel: Locator, uc: Integration): Promise<void> {
  expect(await panel.textContent()).toMatch(new RegExp(`${escapeRegExp(uc.name)}\\s*\\+\\d[\\d ]+`));
}
