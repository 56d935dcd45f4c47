import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { directoryOrg, findSearchBox } from '../directory/directory-org';
import { renderApp } from '../support/render-app';

const VIEW_NAMES = ['Directory', 'Transfer', 'Supervisor', 'Admin', 'Check'];

test('inside Genesys Cloud each path is the whole app: no navigation to the other views', async () => {
  renderApp({ org: directoryOrg(), persona: 'admin', launchMode: 'genesys' });
  // The view itself is there, signed in and working...
  expect(await findSearchBox()).toBeInTheDocument();
  expect(screen.getByText('8×8 Presence')).toBeInTheDocument();
  // ...but nothing leads to Supervisor or Admin from an agent's call widget, and no demo badge.
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  expect(screen.queryAllByRole('link')).toEqual([]);
  expect(screen.queryByRole('button', { name: /^View:/ })).not.toBeInTheDocument();
  expect(screen.queryByText(/^Demo ·/)).not.toBeInTheDocument();
});

test('in demo mode the views are one step away: tabs, and a View button that lists them for narrow screens', async () => {
  const { user } = renderApp({ org: directoryOrg(), persona: 'admin' });
  await findSearchBox();
  const nav = screen.getByRole('navigation', { name: 'Views' });
  // The wide layout's tabs (CSS shows either the tabs or the button; jsdom draws both).
  expect(
    within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(VIEW_NAMES);
  expect(screen.getByText('Demo · admin')).toBeInTheDocument();

  const button = within(nav).getByRole('button', { name: 'View: Directory' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = within(nav).getByRole('list');
  expect(
    within(menu)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(VIEW_NAMES);
  expect(within(menu).getByRole('link', { name: 'Directory' })).toHaveAttribute('aria-current', 'page');

  // Escape closes the list and gives focus back to the button.
  await user.keyboard('{Escape}');
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(button).toHaveFocus();

  // Keyboard only: Enter opens, Tab reaches the links, Enter follows one; the list closes behind it.
  await user.keyboard('{Enter}');
  expect(button).toHaveAttribute('aria-expanded', 'true');
  await user.tab();
  await user.tab();
  await user.tab();
  expect(within(within(nav).getByRole('list')).getByRole('link', { name: 'Supervisor' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { name: '8×8 presence board', level: 1 })).toBeInTheDocument();
  const after = within(nav).getByRole('button', { name: 'View: Supervisor' });
  expect(after).toHaveAttribute('aria-expanded', 'false');
  expect(after).toHaveFocus();
  expect(within(nav).queryByRole('list')).not.toBeInTheDocument();
});
