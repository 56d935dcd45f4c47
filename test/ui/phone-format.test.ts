// @vitest-environment node
// The formatter keeps each number's international form (every row of a long list shows one on each render):
// the cache must give each value its own form, the same as a first call, past its bound too.
import { expect, test } from 'vitest';
import { loadPhoneFormatter } from '@/ui/phone-format';

test('an E.164 value is written internationally; anything else is shown as given', async () => {
  const { international } = await loadPhoneFormatter();
  expect(international('+441314331890')).toBe('+44 131 433 1890');
  expect(international(' +44 (131) 433-1890 ')).toBe('+44 131 433 1890');
  expect(international('+12149878237')).toBe('+1 214 987 8237');
  expect(international('01314331890')).toBe('01314331890');
  expect(international('x1234')).toBe('x1234');
  expect(international('+1')).toBe('+1');
  expect(international('')).toBe('');
});

test('a cached form is the one for that exact value, not a similar one', async () => {
  const { international } = await loadPhoneFormatter();
  const values = ['+441314331890', '+441314331891', '441314331890', '+44 131 433 1890', '+12149878237'];
  const first = values.map((value) => international(value));
  expect(first).toEqual(['+44 131 433 1890', '+44 131 433 1891', '441314331890', '+44 131 433 1890', '+1 214 987 8237']);
  expect(values.map((value) => international(value))).toEqual(first);
});

test('past the cache’s bound every value still formats as on its first call', async () => {
  const { international } = await loadPhoneFormatter();
  const values = Array.from({ length: 6_000 }, (_, index) => `+4413143${String(index).padStart(5, '0')}`);
  const first = values.map((value) => international(value));
  expect(first[123]).toBe('+44 131 430 0123');
  expect(new Set(first).size).toBe(values.length);
  expect(values.map((value) => international(value))).toEqual(first);
  expect(international('+441314331890')).toBe('+44 131 433 1890');
});
