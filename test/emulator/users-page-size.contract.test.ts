// GET /api/v2/users pages hold at most 500 users (Genesys' documented-by-integrators maximum; 25 by default);
// a larger page is refused in Genesys' error shape rather than cut short, so a client cannot miscount pages.
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { rejection, startEmulator } from '../support/emulator-server';

test('GET /api/v2/users answers 500 users a page, 25 by default, and refuses 501', async () => {
  const org = generateOrg({ size: 1000, seed: 2 });
  const { apisFor } = startEmulator({ org });
  const { users } = apisFor('admin');

  const full = await users.getUsers({ pageSize: 500, pageNumber: 1, state: 'any' });
  expect(full.entities).toHaveLength(500);
  expect(full.pageCount).toBe(Math.ceil(org.users.length / 500));
  expect((await users.getUsers({ state: 'any' })).entities).toHaveLength(25);

  const refused = await rejection(users.getUsers({ pageSize: 501, pageNumber: 1, state: 'any' }));
  expect(refused.status).toBe(400);
  expect(refused.message).toMatch(/pageSize/);
});
