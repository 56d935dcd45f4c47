// @vitest-environment node
// foldInitials keeps its results by name (a list of 50,000 people renders every row again on scroll):
// the cache must give each name its own initials and colour, the same as a first call, past its bound too.
import { expect, test, vi } from 'vitest';
import { foldInitials } from '@/ui/initials';

test('initials are the first and last word’s first grapheme, from the first letter or digit', () => {
  expect(foldInitials('Ava Available').initials).toBe('AA');
  expect(foldInitials('ava  van  der  berg').initials).toBe('AB');
  expect(foldInitials('Madonna').initials).toBe('M');
  expect(foldInitials('<img src=x> (Jo) Smith').initials).toBe('IS');
  expect(foldInitials('E\u0301mile Zola').initials).toBe('E\u0301Z');
  expect(foldInitials('ǆemal Ünal').initials).toBe('ǄÜ');
  expect(foldInitials('').initials).toBe('?');
  expect(foldInitials('  -- ').initials).toBe('?');
});

test('a cached result is the one for that exact name, not a similar one', () => {
  const names = ['Ava Available', 'ava available', 'Ava Availablf', 'Ava Available ', 'Bo Li', 'Bo  Li'];
  // The hue hashes the whole name, so names a character apart get their own (values of the uncached function).
  const expected = [
    { initials: 'AA', hue: 5 },
    { initials: 'AA', hue: 5 },
    { initials: 'AA', hue: 6 },
    { initials: 'AA', hue: 3 },
    { initials: 'BL', hue: 0 },
    { initials: 'BL', hue: 2 },
  ];
  expect(names.map((name) => foldInitials(name))).toEqual(expected);
  expect(names.map((name) => foldInitials(name))).toEqual(expected);
  expect([...names].reverse().map((name) => foldInitials(name))).toEqual([...expected].reverse());
});

test('past the cache’s bound every name still folds as on its first call', () => {
  const names = Array.from({ length: 6_000 }, (_, index) => `Person${index} Surname${(index * 7919) % 6_000}`);
  const first = names.map((name) => ({ ...foldInitials(name) }));
  expect(names.map((name) => ({ ...foldInitials(name) }))).toEqual(first);
  expect(first[42]).toEqual({ initials: 'PS', hue: expect.any(Number) as unknown });
  expect(new Set(first.map(({ hue }) => hue)).size).toBe(8);
});

test('no segmenter is made per call, and a caller cannot change what the next one gets', () => {
  const segmenter = vi.spyOn(Intl, 'Segmenter');
  for (let index = 0; index < 100; index += 1) foldInitials(`Segment Test${index}`);
  expect(segmenter).not.toHaveBeenCalled();
  const folded = foldInitials('Frozen Name');
  expect(() => {
    (folded as { initials: string }).initials = 'XX';
  }).toThrow(TypeError);
  expect(foldInitials('Frozen Name').initials).toBe('FN');
});
