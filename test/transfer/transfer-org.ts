// The fixture org (the agent persona on a live call with Customer Carl) plus people
// the transfer tests can name, in every presence that matters to a transfer.
import { screen, within } from '@testing-library/react';
import type { Emulator } from '@/emulator/create-emulator';
import type { Organization } from '@/emulator/org-model';
import { preferencesKey } from '@/features/transfer/transfer-preferences';
import { withPeople, type Person } from '../directory/directory-org';
import { FIXTURE_CALL_ID, fixtureOrg, USERS } from '../support/fixture-org';

const id = (n: number): string => `7a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const AVA = id(1);
export const OSCAR = id(2);
export const MAL = id(3);
export const BEA = id(4);

export const TRANSFER_PEOPLE: readonly Person[] = [
  { id: AVA, name: 'Ava Available', number: '+1 415-555-0111', department: 'Billing', presence: 'AVAILABLE' },
  { id: OSCAR, name: 'Oscar Offline', number: '+14155550112', department: 'Billing', presence: 'OFFLINE' },
  // Typed as dialled at home: no country code.
  { id: MAL, name: 'Mal Formed', number: '(415) 555-0113', department: 'Billing', presence: 'AVAILABLE' },
  { id: BEA, name: 'Bea Busy', number: '+14155550114', department: 'Billing', presence: 'BUSY' },
];

export const CALL_ID = FIXTURE_CALL_ID;
export const AGENT = USERS.agent;

export function transferOrg(): Organization {
  return withPeople(fixtureOrg(), TRANSFER_PEOPLE);
}

// The first render of a test file warms up the SDK and the emulator: the first find waits longer.
const FIRST_LOAD = { timeout: 5000 };
export const searchBox = (): Promise<HTMLElement> =>
  screen.findByRole('combobox', { name: 'Search 8×8 people to transfer to' }, FIRST_LOAD);
export const targetList = (): HTMLElement => screen.getByRole('listbox', { name: 'People to transfer to' });
export const targetOptions = (): HTMLElement[] => within(targetList()).queryAllByRole('option');
export const callCard = (): Promise<HTMLElement> => screen.findByRole('region', { name: 'Call being transferred' }, FIRST_LOAD);

/** Participants of the emulator's call, for asserting what Genesys would have done. */
export function participantsOf(emulator: { state: { calls: ReadonlyMap<string, { participants: readonly object[] }> } }) {
  return emulator.state.calls.get(CALL_ID)?.participants ?? [];
}

/** The customer's participant on the fixture call: the one every transfer request names. */
export const customerParticipantId = (emulator: Pick<Emulator, 'state'>): string =>
  emulator.state.calls.get(CALL_ID)?.participants.find((participant) => participant.purpose === 'customer')?.id ?? '';

/** The path of every POST on a call participant (blind transfers, consults) the emulator answered, oldest first. */
export const participantPosts = (log: readonly { method: string; path: string }[]): string[] =>
  log.filter((entry) => entry.method === 'POST' && entry.path.includes('/participants/')).map((entry) => entry.path);

export const transferRequests = (log: readonly { method: string; path: string }[]): number =>
  log.filter((entry) => entry.method === 'POST' && /\/participants\/[^/]+\/(replace|transfer|voice\/consult|consult)$/.test(entry.path))
    .length;

export const storedPreferences = (): string | null => localStorage.getItem(preferencesKey(AGENT));

/** `org` with one more live call, of `userId` with `customerName`. */
export function withCall(org: Organization, userId: string, callId: string, customerName: string, number: string): Organization {
  return {
    ...org,
    calls: [
      ...org.calls,
      {
        id: callId,
        agentUserId: userId,
        customer: { name: customerName, address: `tel:${number}` },
        startedDate: new Date(Date.now() - 90_000).toISOString(),
      },
    ],
  };
}
