// Numbers for people: every 8×8 number is written internationally from its E.164 value, and a
// search finds it however it is typed, including the national form with its trunk prefix.
import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { renderApp } from '../support/render-app';
import { findSearchBox, options, searchBox, userIdsShown, withPeople, type Person } from './directory-org';

const id = (n: number): string => `7e570000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

// Names that sort last, so in a large org neither is on the first page (only the server can find them).
const EWAN: Person = { id: id(71), name: 'Zzewan Edinburgh', number: '+441314331890', department: 'Lothian Desk' };
const DALIA: Person = { id: id(72), name: 'Zzdalia Dallas', number: '+12149878237', department: 'Texas Desk' };

const numbersOrg = (size = 20) => withPeople(generateOrg({ size, seed: 3 }), [EWAN, DALIA]);

test('a row and the card show a UK and a US number internationally, as people write them', async () => {
  const { user } = renderApp({ org: numbersOrg(), persona: 'agent' });
  await user.type(await findSearchBox(), 'Desk');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([DALIA.id, EWAN.id]);
  });
  const ewan = screen.getByRole('option', { name: /Zzewan Edinburgh/ });
  const dalia = screen.getByRole('option', { name: /Zzdalia Dallas/ });
  await waitFor(() => {
    expect(ewan).toHaveTextContent('+44 131 433 1890');
  });
  expect(dalia).toHaveTextContent('+1 214 987 8237');
  // Neither the raw E.164 value nor Genesys' display without its country code.
  expect(ewan).not.toHaveTextContent('+441314331890');
  expect(dalia).not.toHaveTextContent('(214) 987-8237');

  await user.click(ewan);
  const card = await screen.findByRole('dialog', { name: 'Zzewan Edinburgh' });
  const number = within(card).getByText('+44 131 433 1890');
  expect(number).toHaveAttribute('dir', 'ltr');
  await user.click(within(card).getByRole('button', { name: 'Close' }));

  await user.click(dalia);
  expect(within(await screen.findByRole('dialog', { name: 'Zzdalia Dallas' })).getByText('+1 214 987 8237')).toBeInTheDocument();
});

test('a UK number typed the national way ("0131 433 1890") finds its person at once from the people already loaded', async () => {
  const { user, emulator } = renderApp({ org: numbersOrg(), persona: 'agent' });
  // Everyone is on the one page loaded, and the rows show numbers formatted: the formatter is here.
  await waitFor(() => {
    expect(options()[0]).toHaveTextContent(/\+\d{1,3} \d/);
  });
  // The server is slow: what shows first is the local match on the number's national digits.
  emulator.setFaults({ latencyMs: 300 });
  await user.type(searchBox(), '0131 433 1890');
  expect(userIdsShown()).toEqual([EWAN.id]);
  expect(screen.getByText('Searching Genesys Cloud…')).toBeInTheDocument();
  await waitFor(() => {
    expect(screen.queryByText('Searching Genesys Cloud…')).not.toBeInTheDocument();
  });
  expect(userIdsShown()).toEqual([EWAN.id]);
});

test('a national number finds a person the list has not loaded: the server search also looks without the trunk 0', async () => {
  const { user } = renderApp({ org: numbersOrg(600), persona: 'agent' });
  await waitFor(() => {
    expect(options().length).toBeGreaterThan(0);
  });
  expect(screen.queryByRole('option', { name: /Zzewan Edinburgh/ })).not.toBeInTheDocument();
  await user.type(searchBox(), '0131 433 1890');
  await waitFor(() => {
    expect(userIdsShown()).toEqual([EWAN.id]);
  });
  expect(screen.getByRole('option', { name: /Zzewan Edinburgh/ })).toHaveTextContent('+44 131 433 1890');
});
