import { screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { createClientAppBridge } from '@/genesys/client-app';
import { renderApp } from '../support/render-app';
import { ADA, directoryOrg, findSearchBox, listedUsers, options } from './directory-org';
import { FRAMED_IE_LAUNCH } from '../support/launches';

const activeOption = (): HTMLElement | undefined => options().find((option) => option.getAttribute('aria-selected') === 'true');

test('the search box has focus on open; arrows, Home and End move the active row; Enter opens the card; Escape closes, then clears', async () => {
  const org = directoryOrg(6, 1);
  const { user } = renderApp({ org, persona: 'agent' });
  const box = await findSearchBox();
  await waitFor(() => {
    expect(box).toHaveFocus();
  });
  await waitFor(() => {
    expect(options().length).toBe(listedUsers(org).length);
  });
  expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox', { name: '8×8 users' }).id);
  expect(box).not.toHaveAttribute('aria-activedescendant');

  await user.keyboard('{ArrowDown}');
  expect(activeOption()).toBe(options()[0]);
  expect(box).toHaveAttribute('aria-activedescendant', options()[0]?.id);
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
  expect(activeOption()).toBe(options()[1]);
  await user.keyboard('{End}');
  expect(activeOption()).toBe(options()[options().length - 1]);
  await user.keyboard('{Home}');
  expect(activeOption()).toBe(options()[0]);

  await user.type(box, 'Xylander');
  await waitFor(() => {
    expect(options()).toHaveLength(1);
  });
  await user.keyboard('{ArrowDown}{Enter}');
  const card = await screen.findByRole('dialog', { name: 'Bruno Xylander' });
  expect(within(card).getByRole('button', { name: 'Close' })).toHaveFocus();

  // Escape closes the card first and gives focus back to the search box, which keeps its text.
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(box).toHaveFocus();
  expect(box).toHaveValue('Xylander');
  // A second Escape clears the search.
  await user.keyboard('{Escape}');
  expect(box).toHaveValue('');
  await waitFor(() => {
    expect(options().length).toBe(listedUsers(org).length);
  });
});

test('the user card shows the details, manager, presence with time in status and message; Tab stays inside', async () => {
  const { user } = renderApp({ org: directoryOrg(), persona: 'agent' });
  await user.type(await findSearchBox(), 'treasury');
  await user.click(await screen.findByRole('option', { name: /Bruno Xylander/ }));
  const bruno = await screen.findByRole('dialog', { name: 'Bruno Xylander' });
  expect(bruno).toHaveTextContent('Payments Analyst');
  expect(bruno).toHaveTextContent('Treasury');
  expect(bruno).toHaveTextContent('bruno.x@example.com');
  expect(bruno).toHaveTextContent('+44 20 7183 8750');
  expect(await within(bruno).findByText('Zadie Quenneville')).toBeInTheDocument();
  expect(within(bruno).getByRole('img', { name: /^Presence: Available/ })).toBeInTheDocument();
  // Not embedded in Genesys Cloud: no way to open the profile there.
  expect(within(bruno).queryByRole('button', { name: 'Open in Genesys Cloud' })).not.toBeInTheDocument();

  // The card opens on its own Close button (the agent may have a call: Transfer comes after, never first).
  expect(within(bruno).getByRole('button', { name: 'Close' })).toHaveFocus();
  await user.tab();
  // Focus stays in the card: from Close it comes round to the card's first control (the agent is on a call).
  expect(within(bruno).getByRole('button', { name: 'Transfer to Bruno Xylander' })).toHaveFocus();
  await user.click(within(bruno).getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  await user.click(screen.getByRole('option', { name: /Zadie Quenneville/ }));
  const ada = await screen.findByRole('dialog', { name: 'Zadie Quenneville' });
  expect(within(ada).getByRole('img', { name: 'Presence: Busy for 12 minutes' })).toBeInTheDocument();
  expect(ada).toHaveTextContent('In a board meeting');
  expect(ada).not.toHaveTextContent('Manager');
});

test('embedded in Genesys Cloud, the card opens the person in Genesys Cloud through the client app SDK', async () => {
  // Framed by Genesys Cloud: the SDK posts to the parent window, which the test stands in for.
  const postMessage = vi.fn<(message: unknown, targetOrigin: string) => void>();
  const host = { postMessage } as unknown as WindowProxy;
  vi.spyOn(window, 'parent', 'get').mockReturnValue(host);
  const clientApp = createClientAppBridge(FRAMED_IE_LAUNCH, true);
  const { user } = renderApp({ org: directoryOrg(), persona: 'agent', clientApp });
  await user.type(await findSearchBox(), 'Zadie');
  await user.click(await screen.findByRole('option', { name: /Zadie Quenneville/ }));
  const card = await screen.findByRole('dialog', { name: 'Zadie Quenneville' });
  postMessage.mockClear();

  await user.click(within(card).getByRole('button', { name: 'Open in Genesys Cloud' }));
  const sent = postMessage.mock.calls.map(([message, origin]) => ({ message: JSON.stringify(message), origin }));
  expect(sent).toEqual([{ message: expect.stringContaining(ADA) as unknown, origin: 'https://apps.mypurecloud.ie' }]);
  expect(sent[0]?.message).toContain('showProfile');
});
