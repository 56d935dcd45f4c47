import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { boardUsers, expectedTotals, findFreshness, renderBoard, tableTotals } from './board-support';

const org = () => generateOrg({ size: 90, seed: 11 });
const sum = (totals: Record<string, number>) => Object.values(totals).reduce((total, count) => total + count, 0);

test('a department scope counts only that department', async () => {
  const { user, emulator } = renderBoard({ org: org() });
  await findFreshness();
  const users = boardUsers(emulator);
  const department = users[0]?.department ?? '';
  await user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'A department');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), department);
  await findFreshness();
  await user.click(screen.getByRole('button', { name: 'Table view' }));
  const inDepartment = users.filter((person) => person.department === department);
  await waitFor(() => {
    expect(tableTotals()).toEqual(expectedTotals(emulator, inDepartment));
  });
  expect(
    within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent),
  ).toEqual([department, 'All']);
});

test('a group scope reads the group members and counts its active 8×8 users', async () => {
  const { user, emulator } = renderBoard({ org: org() });
  await findFreshness();
  const users = boardUsers(emulator);
  const group = [...emulator.org.groups]
    .map((candidate) => ({ ...candidate, members: users.filter((person) => person.groupIds.includes(candidate.id)) }))
    .sort((a, b) => b.members.length - a.members.length)[0];
  if (!group || group.members.length < 2) throw new Error('The org needs a group with 8×8 members');

  await user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'A group');
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Group' }), await screen.findByRole('option', { name: group.name }));
  await user.click(await screen.findByRole('button', { name: 'Table view' }));
  // Members come without presence: the first batches read them all.
  await waitFor(() => {
    expect(tableTotals()).toEqual(expectedTotals(emulator, group.members));
  });
  expect(emulator.requestLog.some((entry) => entry.path === `/api/v2/groups/${group.id}/members`)).toBe(true);
});

test('a saved selection is kept per user as ids only, and scopes the board to those people', async () => {
  localStorage.clear();
  const { user, emulator } = renderBoard({ org: org() });
  await findFreshness();
  const list = screen.getByRole('listbox', { name: '8×8 users' });
  const picked: string[] = [];
  for (const index of [0, 2]) {
    const option = within(list).getAllByRole('option')[index];
    if (!option) throw new Error('Not enough rows');
    picked.push(option.dataset.userId ?? '');
    await user.click(option);
    await user.click(await screen.findByRole('button', { name: 'Add to my selection' }));
    expect(screen.getByRole('button', { name: 'Remove from my selection' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
  }
  const supervisorId = emulator.org.personas.supervisor;
  expect(JSON.parse(localStorage.getItem(`gc8x8.supervisor.selection.${supervisorId}`) ?? '')).toEqual({ version: 1, ids: picked });

  await user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'My saved selection (2)');
  await user.click(await screen.findByRole('button', { name: 'Table view' }));
  const chosen = boardUsers(emulator).filter((person) => picked.includes(person.id));
  await waitFor(() => {
    expect(tableTotals()).toEqual(expectedTotals(emulator, chosen));
  });
  expect(sum(tableTotals())).toBe(2);
});

test('a saved selection that is not ours to read (tampered, oversized) starts empty', async () => {
  const { emulator, user } = renderBoard({ org: org() });
  const supervisorId = emulator.org.personas.supervisor;
  localStorage.setItem(`gc8x8.supervisor.selection.${supervisorId}`, JSON.stringify({ version: 1, ids: ['<img src=x onerror=alert(1)>'] }));
  await findFreshness();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'My saved selection (0)');
  expect(await screen.findByRole('status', { name: 'Your saved selection is empty' })).toBeInTheDocument();
  localStorage.clear();
});

test('the board opens on the scope the supervisor chose last time, in this browser', async () => {
  const view = renderBoard({ org: org() });
  await findFreshness();
  const department = boardUsers(view.emulator)[0]?.department ?? '';
  await view.user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'A department');
  await view.user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), department);
  await findFreshness();
  view.unmount();

  // Opened again later: the same department, counted without a choice to make.
  const utils = renderBoard({ org: org() });
  expect(await screen.findByRole('combobox', { name: 'Scope' })).toHaveValue('department');
  expect(screen.getByRole('combobox', { name: 'Department' })).toHaveValue(department);
  await findFreshness();
  await utils.user.click(screen.getByRole('button', { name: 'Table view' }));
  const inDepartment = boardUsers(utils.emulator).filter((person) => person.department === department);
  await waitFor(() => {
    expect(tableTotals()).toEqual(expectedTotals(utils.emulator, inDepartment));
  });
});
