// Orgs whose provisioning leaves the 8×8 number untagged: the transfer picker says so instead of
// "nobody", and with people=otherPhone the agent finds and transfers to them.
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../support/render-app';
import { searchBox, transferOrg } from './transfer-org';

beforeEach(() => {
  localStorage.clear();
});

test('untagged 8×8 numbers: the picker names people=otherPhone instead of "No 8×8 people are provisioned"', async () => {
  renderApp({ org: transferOrg(), persona: 'agent', path: '/transfer', variants: { numberTag: null } });
  const notice = await screen.findByRole('status', { name: 'No number is tagged for 8×8' });
  expect(within(notice).getByText('people=otherPhone')).toBeInTheDocument();
  expect(screen.queryByText('No 8×8 people are provisioned')).not.toBeInTheDocument();
});

test('with people=otherPhone the untagged people are there to transfer to', async () => {
  const { user } = renderApp({
    org: transferOrg(),
    persona: 'agent',
    path: '/transfer',
    variants: { numberTag: null },
    people: 'otherPhone',
  });
  await user.type(await searchBox(), 'a');
  expect((await screen.findAllByRole('option')).length).toBeGreaterThan(0);
  expect(screen.queryByRole('status', { name: 'No number is tagged for 8×8' })).not.toBeInTheDocument();
});
