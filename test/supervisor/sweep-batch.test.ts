import { expect, test } from 'vitest';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { nextBatch } from '@/features/supervisor/use-presence-sweep';

const people = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `u${index}` }) as DirectoryUser);

test('the sweep takes the next 100 people in turn and wraps around', () => {
  const users = people(250);
  const first = nextBatch(users, 0, () => 0, 1_000);
  expect(first.batch.map((user) => user.id)).toEqual(users.slice(0, 100).map((user) => user.id));
  const third = nextBatch(users, 200, () => 0, 1_000);
  expect(third.batch.map((user) => user.id)).toEqual([...users.slice(200), ...users.slice(0, 50)].map((user) => user.id));
  expect(third.cursor).toBe(50);
});

test('people read within the last half sweep (a search page just brought them) wait for the next lap', () => {
  const users = people(300);
  // The first 150 came with a page a moment ago; the others were read long ago or never.
  const readAt = (user: DirectoryUser) => (Number(user.id.slice(1)) < 150 ? 5_000 : Number(user.id.slice(1)) < 200 ? 10 : undefined);
  const { batch, cursor } = nextBatch(users, 0, readAt, 1_000);
  expect(batch.map((user) => user.id)).toEqual(users.slice(150, 250).map((user) => user.id));
  expect(cursor).toBe(250);
  // Everyone fresh: nothing to read, after one lap at most.
  expect(nextBatch(users, 120, () => 5_000, 1_000).batch).toEqual([]);
});
