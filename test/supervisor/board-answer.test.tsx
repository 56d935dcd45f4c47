// The board answers a supervisor's question in their words: the scope's answer at the top, freshness in
// plain language (partial totals marked as such), a tile that brings its people into view, and the
// directory and the board agreeing on how many people there are (or the directory saying why not).
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { renderApp } from '../support/render-app';
import { boardUsers, expectedTotals, findFreshness, renderBoard } from './board-support';

const org = () => generateOrg({ size: 90, seed: 11 });
const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

test('after choosing a department, its answer is one sentence above the tiles, matching the emulator', async () => {
  const { user, emulator } = renderBoard({ org: org() });
  await findFreshness();
  const department = boardUsers(emulator)[0]?.department ?? '';
  await user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'A department');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), department);
  const inDepartment = boardUsers(emulator).filter((person) => person.department === department);
  const available = expectedTotals(emulator, inDepartment).Available ?? 0;
  const answer = await screen.findByText(
    `${department}: ${available} of ${inDepartment.length} available (${share(available, inDepartment.length)})`,
  );
  expect(answer).toHaveAttribute('data-complete', 'true');
  // First on screen after the scope: before the freshness line and the tiles.
  const tiles = screen.getByRole('list', { name: 'Totals by presence' });
  expect(answer.compareDocumentPosition(tiles) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(answer.compareDocumentPosition(await findFreshness()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test('a tile filters the people list, brings it into view and the live status says what it shows', async () => {
  // jsdom does not scroll: record what the board asks to bring into view.
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
  try {
    const { user, emulator } = renderBoard({ org: org() });
    await findFreshness();
    const users = boardUsers(emulator);
    const available = expectedTotals(emulator, users).Available ?? 0;
    await user.click(screen.getByRole('button', { name: /^Available / }));
    const people = screen.getByRole('region', { name: 'People' });
    await waitFor(() => {
      expect(scrolled.some((element) => element.contains(people))).toBe(true);
    });
    const status = within(people).getByText(`Showing ${available} Available people of ${users.length}`);
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(within(people).getAllByRole('option')[0]).toHaveTextContent(/.+/);
    for (const badge of within(people).getAllByRole('img', { name: /^Presence: / }))
      expect(badge).toHaveAttribute('data-presence', 'available');

    // The same tile again shows everyone, without moving the page.
    const before = scrolled.length;
    await user.click(screen.getByRole('button', { name: /^Available / }));
    expect(await within(people).findByText(`Showing ${users.length} people of ${users.length}`)).toBeInTheDocument();
    expect(scrolled).toHaveLength(before);
  } finally {
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  }
});

test('while pages load the answer says "about" and the freshness line says partial, without the green dot, until every page is read', async () => {
  const { emulator } = renderBoard({ org: generateOrg({ size: 2_000, seed: 5 }), scheduler: { requestsPerMinute: 300, burst: 2 } });
  const partial = await screen.findByText(/^Partial totals, still counting · oldest \d+ s$/, undefined, { timeout: 8_000 });
  expect(partial).toHaveAttribute('data-partial', 'true');
  expect(screen.getByText(/^All 8×8 users(?: so far)?: /)).toHaveAttribute('data-complete', 'false');
  await screen.findByText(/^All 8×8 users: about [\d,]+ of about [\d,]+ available \(\d+%\)$/, undefined, { timeout: 8_000 });

  const users = boardUsers(emulator);
  const available = expectedTotals(emulator, users).Available ?? 0;
  const exact = `All 8×8 users: ${available.toLocaleString('en-US')} of ${users.length.toLocaleString('en-US')} available (${share(available, users.length)})`;
  expect(await screen.findByText(exact, undefined, { timeout: 20_000 })).toHaveAttribute('data-complete', 'true');
  expect(await findFreshness()).toHaveAttribute('data-partial', 'false');
}, 40_000);

test('the directory says its total is an estimate until every page is read, then counts the people the board counts', async () => {
  const { user, emulator } = renderApp({ persona: 'supervisor', path: '/directory', org: generateOrg({ size: 2_500, seed: 1 }) });
  const users = boardUsers(emulator);
  await screen.findByText(/^The total is estimated from the pages read so far, since Genesys Cloud also counts users without/, undefined, {
    timeout: 8_000,
  });
  // A presence filter reads every page: the total is then exact, the board's count.
  await user.selectOptions(screen.getByRole('combobox', { name: 'Presence' }), 'Busy');
  await waitFor(
    () => {
      expect(screen.getByText(new RegExp(`^Showing [\\d,]+ of ${users.length.toLocaleString('en-US')} 8×8 users$`))).toBeInTheDocument();
    },
    { timeout: 15_000 },
  );
  expect(screen.queryByText(/^The total is estimated/)).not.toBeInTheDocument();
}, 30_000);

test('with storage blocked the board still opens, and keeps the chosen scope for the rest of the page', async () => {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  const view = renderBoard({ org: org() });
  await findFreshness();
  const department = boardUsers(view.emulator)[1]?.department ?? '';
  await view.user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'A department');
  await view.user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), department);
  await screen.findByText(new RegExp(`^${department}: \\d+ of \\d+ available`));
  view.unmount();

  renderBoard({ org: org() });
  expect(await screen.findByRole('combobox', { name: 'Department' })).toHaveValue(department);
  expect(await screen.findByText(new RegExp(`^${department}: \\d+ of \\d+ available`))).toBeInTheDocument();
});
