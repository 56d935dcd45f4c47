// An org whose names, titles, departments, messages and badge icons are
// attacks (test/faults/hostile-org.ts): every view shows them as text, injects
// no markup, runs nothing, shows the SVG icons only as images, and stays usable.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { DemoPersona } from '@/emulator/org-model';
import { renderApp } from '../support/render-app';
import { BIDI_OVERRIDES, HOSTILE_NAMES, hostileOrg, PWNED, shownAs } from '../faults/hostile-org';

afterEach(() => {
  Reflect.deleteProperty(window, PWNED);
});

/** A security check of the DOM, not a person's view: nothing from the file became an element or a handler. */
function expectNothingInjected(): void {
  // eslint-disable-next-line testing-library/no-node-access
  const injected = document.querySelectorAll(
    'script, iframe, object, embed, svg, foreignObject, b, a[href^="javascript"], [onload], [onerror], [onclick], [onmouseover]',
  );
  expect([...injected].map((element) => element.outerHTML.slice(0, 120))).toEqual([]);
  expect(Reflect.get(window, PWNED)).toBeUndefined();
  // Right-to-left overrides in names would reorder what is around them (a spoofed "exe.png").
  expect(document.body.textContent).not.toMatch(BIDI_OVERRIDES);
  // Badge icons arrive as SVG with scripts: only ever the src of an <img>, as a data: URL.
  for (const icon of document.querySelectorAll('[src*="svg"]')) {
    expect(icon.tagName).toBe('IMG');
    expect(icon.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  }
}

function open(view: string, persona: DemoPersona) {
  return renderApp({ org: hostileOrg(), persona, path: `/${view}` });
}

test('directory: hostile names, titles and messages are text; the card opens; search finds them', async () => {
  const { user } = open('directory', 'agent');
  const list = await screen.findByRole('listbox', { name: '8×8 users' });
  await waitFor(() => {
    expect(within(list).getByText(HOSTILE_NAMES[0] ?? '')).toBeInTheDocument();
  });
  expect(within(list).getByText(HOSTILE_NAMES[1] ?? '')).toBeInTheDocument();
  expect(await within(list).findAllByRole('img', { name: /^Presence: / })).not.toHaveLength(0);
  expectNothingInjected();

  await user.type(screen.getByRole('combobox', { name: 'Search 8×8 users' }), 'onerror');
  await waitFor(() => {
    expect(screen.queryByText('Searching Genesys Cloud…')).not.toBeInTheDocument();
  });
  // A new search is a new list.
  const results = screen.getByRole('listbox', { name: '8×8 users' });
  await user.click(await within(results).findByRole('option', { name: /Aaron <img src=x onerror="window\.pwned=11">Eve/ }));
  const card = await screen.findByRole('dialog');
  expect(within(card).getAllByText(HOSTILE_NAMES[1] ?? '').length).toBeGreaterThan(0);
  expect(within(card).getByText('<a href="javascript:window.pwned=21">Click</a>')).toBeInTheDocument();
  expectNothingInjected();
});

test('presence board: the hostile people are listed as text and can be found', async () => {
  const { user } = open('supervisor', 'supervisor');
  await screen.findByRole('listbox', { name: '8×8 users' }, { timeout: 10_000 });
  await user.type(screen.getByRole('combobox', { name: 'Find people on the board' }), 'Aaron');
  await waitFor(
    () => {
      const list = screen.getByRole('listbox', { name: '8×8 users' });
      for (const name of HOSTILE_NAMES) expect(within(list).getByText(shownAs(name))).toBeInTheDocument();
    },
    { timeout: 10_000 },
  );
  expectNothingInjected();
});

test('transfer: the hostile people can be found and picked; nothing runs', async () => {
  const { user } = open('transfer', 'agent');
  await user.type(await screen.findByRole('combobox', { name: 'Search 8×8 people to transfer to' }), 'Mallory');
  const option = await screen.findByRole('option', { name: /Aaron <script>window\.pwned=10<\/script>Mallory/ });
  await user.click(option);
  expect(await screen.findByRole('button', { name: `Transfer to ${HOSTILE_NAMES[0] ?? ''}` })).toBeInTheDocument();
  expectNothingInjected();
});

test('admin: checking a hostile person shows their name as text', async () => {
  const { user } = open('admin', 'admin');
  await user.type(await screen.findByRole('combobox', { name: 'Check a person' }, { timeout: 10_000 }), 'Trudy');
  // The list is drawn anew for each search: find the option once the answer is in, then check where it is.
  const option = await screen.findByRole('option', { name: new RegExp('Trudy') }, { timeout: 5_000 });
  expect(within(screen.getByRole('listbox', { name: 'People found' })).getByRole('option', { name: new RegExp('Trudy') })).toBe(option);
  await user.click(option);
  expect(await screen.findByRole('table', { name: `Capabilities of ${HOSTILE_NAMES[2] ?? ''}` }, { timeout: 5_000 })).toBeInTheDocument();
  expectNothingInjected();
});
