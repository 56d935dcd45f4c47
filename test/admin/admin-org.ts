// Orgs for the admin tests: a clean generated org plus hand-made people with one of each defect.
import { screen, within } from '@testing-library/react';
import { generateOrg } from '@/emulator/generate-org';
import { type Organization, type OrgPhone, type OrgUser } from '@/emulator/org-model';
import { ucProfile } from '@/genesys/uc-table';

const UC_8X8 = ucProfile('8x8');

const id = (n: number): string => `ad000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEFECTIVE = {
  noNumber: id(1),
  emptyNumber: id(2),
  malformed: id(3),
  duplicateA: id(4),
  duplicateB: id(5),
  notPrimary: id(6),
  inactive: id(7),
  deleted: id(8),
  hybridWorkPrimary: id(9),
  formula: id(10),
} as const;

const uc = (number: string, primary = true): OrgPhone => ({
  number,
  type: 'OTHER',
  integration: UC_8X8.numberTag,
  primary,
});

/** A clean generated org (below 20 users no defects are seeded) plus one person per defect. */
export function defectOrg(options: { presenceAgeMs?: number } = {}): Organization {
  const org = generateOrg({ size: 10, seed: 3 });
  const divisionId = org.divisions.find((division) => division.home)?.id ?? '';
  const person = (n: keyof typeof DEFECTIVE, name: string, extra: Partial<OrgUser>): OrgUser => ({
    id: DEFECTIVE[n],
    name,
    email: `${n.toLowerCase()}@defects.example`,
    username: `${n.toLowerCase()}@defects.example`,
    kind: 'uc-only',
    state: 'active',
    department: 'Finance',
    divisionId,
    groupIds: [],
    phones: [],
    grants: [],
    ...extra,
  });
  const people: OrgUser[] = [
    person('noNumber', 'Nora Nonumber', { phones: [{ number: '+14155550101', type: 'MOBILE', primary: true }] }),
    person('emptyNumber', 'Emil Empty', { phones: [uc('')] }),
    person('malformed', 'Mal Formed', { phones: [uc('+1 919 2708')] }),
    person('duplicateA', 'Dana Dupont', { phones: [uc('+14155550177')] }),
    person('duplicateB', 'Dario Dupont', { phones: [uc('+14155550177')] }),
    person('notPrimary', 'Petra Primary', {
      phones: [{ number: '+14155550102', type: 'WORK', primary: true }, uc('+14155550103', false)],
    }),
    person('inactive', 'Ines Inactive', { state: 'inactive', phones: [uc('+14155550104')] }),
    person('deleted', 'Dieter Deleted', { state: 'deleted', phones: [uc('+14155550105')] }),
    person('hybridWorkPrimary', 'Hugo Hybrid', {
      kind: 'hybrid',
      phones: [{ number: '+14155550106', type: 'WORK', primary: true }, uc('+14155550107', false)],
    }),
    person('formula', '=HYPERLINK("http://evil.example","x")', { phones: [uc('0131 4585578')] }),
  ];
  const available = org.presenceDefinitions.find((definition) => definition.systemPresence === 'AVAILABLE')?.id ?? '';
  const age = options.presenceAgeMs ?? 5 * 60_000;
  // Every 8×8 presence changed `age` ago (the newest one too).
  const integrationPresences = Object.fromEntries(
    [...Object.keys(org.integrationPresences), ...people.map((user) => user.id)].map((userId) => [
      userId,
      { definitionId: available, modifiedDate: new Date(Date.now() - age).toISOString() },
    ]),
  );
  return { ...org, users: [...org.users, ...people], integrationPresences };
}

/**
 * The findings as [person, finding] pairs: one group per kind, named by the kind's title, in the
 * region `region` (its name in the language shown).
 */
export function findingPairs(region = 'Findings'): [string, string][] {
  return within(screen.getByRole('region', { name: region }))
    .queryAllByRole('region')
    .flatMap((group) => {
      const kind = group.getAttribute('aria-label') ?? '';
      return within(within(group).getByRole('table', { name: kind }))
        .getAllByRole('row')
        .slice(1)
        .map((row): [string, string] => [within(row).getAllByRole('cell')[0]?.textContent ?? '', kind]);
    });
}

export async function runAuditToEnd(user: { click: (element: Element) => Promise<void> }): Promise<void> {
  // The view's chunk loads first: a generous wait when the whole suite runs in parallel.
  await user.click(await screen.findByRole('button', { name: 'Run audit' }, { timeout: 10_000 }));
  await screen.findByRole('heading', { name: /(findings?|No findings) over .* users$/ }, { timeout: 10_000 });
}
