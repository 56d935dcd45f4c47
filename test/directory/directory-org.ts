// Orgs for the directory tests: a generated org plus hand-made people the tests can name.
import { screen, within } from '@testing-library/react';
import { generateOrg } from '@/emulator/generate-org';
import { type Organization, type OrgUser, type SystemPresence } from '@/emulator/org-model';
import { ucProfile } from '@/genesys/uc-table';

const UC_8X8 = ucProfile('8x8');

export interface Person {
  id: string;
  name: string;
  number: string;
  department?: string;
  title?: string;
  email?: string;
  presence?: SystemPresence;
  message?: string;
  managerId?: string;
  /** ISO date of the last presence change. */
  since?: string;
}

const id = (n: number): string => `7e570000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ADA = id(1);
export const BRUNO = id(2);
export const CHLOE = id(3);

/** Three people with distinctive fields, for searching by each field. */
export const PEOPLE: readonly Person[] = [
  {
    id: ADA,
    name: 'Zadie Quenneville',
    number: '+14155550123',
    department: 'Treasury',
    title: 'Cash Forecasting Lead',
    email: 'zq@quenneville.example',
    presence: 'BUSY',
    message: 'In a board meeting',
  },
  {
    id: BRUNO,
    name: 'Bruno Xylander',
    number: '+442071838750',
    department: 'Treasury',
    title: 'Payments Analyst',
    email: 'bruno.x@example.com',
    presence: 'AVAILABLE',
    managerId: ADA,
  },
  {
    id: CHLOE,
    name: 'Chloé Wanderley',
    number: '+33142685300',
    department: 'Facilities',
    title: 'Office Coordinator',
    email: 'chloe.w@example.com',
    presence: 'OFFLINE',
  },
];

/** `org` with `people` added as active UC-only 8×8 users with the given 8×8 presence. */
export function withPeople(org: Organization, people: readonly Person[]): Organization {
  const divisionId = org.divisions.find((division) => division.home)?.id ?? org.divisions[0]?.id ?? '';
  const definitionOf = (presence: SystemPresence): string =>
    org.presenceDefinitions.find((definition) => definition.systemPresence === presence)?.id ?? '';
  const users: OrgUser[] = people.map((person) => ({
    id: person.id,
    name: person.name,
    email: person.email ?? `${person.id}@example.com`,
    username: person.email ?? `${person.id}@example.com`,
    kind: 'uc-only',
    state: 'active',
    ...(person.department === undefined ? {} : { department: person.department }),
    ...(person.title === undefined ? {} : { title: person.title }),
    ...(person.managerId === undefined ? {} : { managerId: person.managerId }),
    divisionId,
    groupIds: [],
    phones: [{ number: person.number, type: 'OTHER', integration: UC_8X8.numberTag, primary: true }],
    grants: [],
  }));
  const presences = Object.fromEntries(
    people.map((person) => [
      person.id,
      {
        definitionId: definitionOf(person.presence ?? 'AVAILABLE'),
        modifiedDate: person.since ?? new Date(Date.now() - 12 * 60_000).toISOString(),
        ...(person.message === undefined ? {} : { message: person.message }),
      },
    ]),
  );
  return {
    ...org,
    users: [...org.users, ...users],
    integrationPresences: { ...org.integrationPresences, ...presences },
  };
}

/** A small generated org plus PEOPLE. */
export function directoryOrg(size = 60, seed = 5): Organization {
  return withPeople(generateOrg({ size, seed }), PEOPLE);
}

/** Active users with a number for 8×8, in the server's name order: who the directory lists. */
export function listedUsers(org: Organization): OrgUser[] {
  return org.users
    .filter(
      (user) => user.state === 'active' && user.phones.some((phone) => phone.type === 'OTHER' && phone.integration === UC_8X8.numberTag),
    )
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id));
}

export const listbox = (): HTMLElement => screen.getByRole('listbox', { name: '8×8 users' });
export const searchBox = (): HTMLElement => screen.getByRole('combobox', { name: 'Search 8×8 users' });
export const findSearchBox = (): Promise<HTMLElement> => screen.findByRole('combobox', { name: 'Search 8×8 users' });
export const options = (): HTMLElement[] => within(listbox()).queryAllByRole('option');
export const userIdsShown = (): string[] => options().map((option) => option.dataset.userId ?? '');
export const searchRequests = (log: readonly { method: string; path: string }[]): number =>
  log.filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/users/search').length;
