import { QueryClient } from '@tanstack/react-query';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { MAX_USER_IDS, userNamesQuery } from '@/features/admin/user-names';
import { startEmulator } from '../support/emulator-server';

test('names for 250 ids take three GET /users requests of at most 100 ids; unknown ids are left out', async () => {
  const org = generateOrg({ size: 300, seed: 5 });
  const { apisFor, emulator } = startEmulator({ org });
  const known = org.users.slice(0, 250);
  const unknown = ['00000000-0000-4000-8000-0000000000aa', '00000000-0000-4000-8000-0000000000bb'];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Duplicates cost nothing: each id is asked for once.
  const names = await client.query(userNamesQuery(apisFor('admin'), [...known.map((user) => user.id), ...unknown, known[0]?.id ?? '']));

  expect(names.size).toBe(250);
  for (const user of known) expect(names.get(user.id)).toBe(user.name);
  for (const id of unknown) expect(names.has(id)).toBe(false);
  const batches = emulator.requestLog
    .filter((entry) => entry.path === '/api/v2/users')
    .map((entry) => new URLSearchParams(entry.search).getAll('id').flatMap((value) => value.split(',')));
  expect(batches.map((ids) => ids.length).sort((a, b) => b - a)).toEqual([MAX_USER_IDS, MAX_USER_IDS, 52]);
  expect(new Set(batches.flat()).size).toBe(252);
});
