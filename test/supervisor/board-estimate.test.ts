import { describe, expect, test } from 'vitest';
import type { DirectoryUser } from '@/foundations/people/directory-user';
import { presenceKeyOf, type Presence } from '@/foundations/presence/presence-model';
import { randomPageOrder } from '@/foundations/people/page-order';
import type { Observation } from '@/features/supervisor/board-presence';
import { estimateTotals, roundedEstimate, type SamplePage } from '@/features/supervisor/board-estimate';

/** A population of pages of 100, where the share of Available people differs from page to page (a department per page). */
function population(pages: number, seed: number) {
  const presence = new Map<string, Presence>();
  const all: { users: DirectoryUser[]; results: number }[] = [];
  let available = 0;
  let people = 0;
  for (let page = 0; page < pages; page += 1) {
    // Each page has its own share between 10% and 70%; 90 of 100 results are 8×8 users.
    const noise = Math.sin(page * 12.9898 + seed) * 43_758.5453;
    const share = 0.1 + 0.6 * (noise - Math.floor(noise));
    const users: DirectoryUser[] = [];
    for (let index = 0; index < 90; index += 1) {
      const id = `u${page}-${index}`;
      const isAvailable = index / 90 < share;
      presence.set(id, { key: presenceKeyOf(isAvailable ? 'AVAILABLE' : 'BUSY') });
      users.push({ id } as DirectoryUser);
      available += isAvailable ? 1 : 0;
      people += 1;
    }
    all.push({ users, results: 100 });
  }
  const observe = (user: DirectoryUser): Observation | undefined => {
    const found = presence.get(user.id);
    return found ? { presence: found, at: 0 } : undefined;
  };
  return { pages: all, observe, share: available / people, people };
}

const sample = (pages: readonly SamplePage[], order: readonly number[], count: number): SamplePage[] =>
  order.slice(0, count).flatMap((pageNumber) => pages[pageNumber - 2] ?? []);

describe('random page order', () => {
  test('is every page but the first, once, in an order the seed fixes', () => {
    const order = randomPageOrder(500, 0.25);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 499 }, (_, index) => index + 2));
    expect(randomPageOrder(500, 0.25)).toEqual(order);
    expect(randomPageOrder(500, 0.75)).not.toEqual(order);
    expect(order.slice(0, 20)).not.toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
    expect(randomPageOrder(1, 0.5)).toEqual([]);
  });
});

describe('estimated totals', () => {
  const world = population(300, 0.1);
  const input = (count: number, seed: number) => ({
    pages: sample(world.pages, randomPageOrder(301, seed), count),
    population: 300,
    total: 300 * 100,
  });

  test('say nothing from fewer than five random pages', () => {
    expect(estimateTotals(input(4, 0.3), world.observe)).toBeNull();
    expect(estimateTotals(input(5, 0.3), world.observe)).not.toBeNull();
  });

  test('count the 8×8 users from the share of results that are 8×8 users', () => {
    const estimate = estimateTotals(input(20, 0.3), world.observe);
    expect(estimate?.people).toBe(world.people);
    expect(estimate?.sampled).toBe(20 * 90);
    expect(estimate?.pageCount).toBe(301);
  });

  test('the 95% interval holds the true share in about 95 of 100 samples, and narrows as pages come in', () => {
    let covered = 0;
    const margins: number[][] = [];
    for (let run = 0; run < 200; run += 1) {
      const seed = (run * 0.754877666) % 1;
      const estimate = estimateTotals(input(20, seed), world.observe);
      const available = estimate?.byKey.get('available');
      if (available && Math.abs(available.share - world.share) <= available.margin) covered += 1;
      margins.push([5, 20, 80, 299].map((count) => estimateTotals(input(count, seed), world.observe)?.byKey.get('available')?.margin ?? 1));
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.9);
    expect(covered / 200).toBeLessThan(1);
    const median = (column: number) => margins.map((row) => row[column] ?? 1).sort((a, b) => a - b)[100] ?? 1;
    expect(median(1)).toBeLessThan(median(0));
    expect(median(2)).toBeLessThan(median(1) * 0.6);
    // Every page but one: the finite-population correction leaves almost nothing.
    expect(median(3)).toBeLessThan(0.01);
  });

  test('a presence nobody else has keeps a margin (rule of three), not a false certainty', () => {
    const users = Array.from({ length: 5 }, (_, page) => ({
      users: Array.from({ length: 50 }, (_, index) => ({ id: `p${page}-${index}` }) as DirectoryUser),
      results: 50,
    }));
    const everyoneAway = (): Observation => ({ presence: { key: presenceKeyOf('AWAY') }, at: 0 });
    const estimate = estimateTotals({ pages: users, population: 100, total: 5_000 }, everyoneAway);
    expect(estimate?.byKey.get('away')?.share).toBe(1);
    expect(estimate?.byKey.get('away')?.margin).toBeCloseTo(3 / 250);
    expect(estimate?.keys).toEqual(['away']);
  });
});

test('estimated counts are rounded to what their margin allows', () => {
  expect(roundedEstimate(24_137, 1_400)).toBe(24_100);
  expect(roundedEstimate(243, 30)).toBe(240);
  expect(roundedEstimate(17, 4)).toBe(17);
});
