// Totals for a scope too large to read in seconds. The board reads the scope's search
// pages in a random order (after page 1, which says how many there are), so the pages
// read so far are a simple random sample of pages: a cluster sample. Until every page
// is read, the totals are estimated from those pages with a 95% margin, and the
// estimate narrows page by page until the exact counts replace it.
//
//   share of a presence   p̂ = Σ yᵢ / Σ mᵢ              (yᵢ people with it on page i, mᵢ UC users on page i)
//   its variance          v = (1 − n/P) / (n m̄²) · Σ (yᵢ − p̂ mᵢ)² / (n − 1)   (ratio estimator, P pages to choose from)
//   margin (95%)          t(n − 1) · √v, at least 3 / Σ mᵢ when nobody or everybody in the sample has it
//   people in scope       N̂ = search total × Σ mᵢ / Σ hᵢ  (hᵢ results on page i, UC or not)
import type { DirectoryUser } from '@/foundations/people/directory-user';
import type { Observation } from '@/features/supervisor/board-presence';
import { TOTAL_KEYS, type TotalKey } from '@/features/supervisor/board-totals';

/** Fewer random pages than this give too wide a margin to be worth showing. */
export const MIN_ESTIMATE_PAGES = 5;

/** One page read at random: its UC users and how many results it carried in all. */
export interface SamplePage {
  users: readonly DirectoryUser[];
  results: number;
}

export interface EstimateInput {
  /** The random pages read so far (page 1 is not one of them: it is always read first). */
  pages: readonly SamplePage[];
  /** Pages the random pages are drawn from (the result set's pages but the first). */
  population: number;
  /** Results of the whole search, UC or not (the search's total). */
  total: number;
}

export interface ShareEstimate {
  /** 0…1 */
  share: number;
  /** Half the 95% interval, 0…1 (a share of everyone, not of the share). */
  margin: number;
  /** Estimated people with it: share × people. */
  count: number;
}

export interface TotalsEstimate {
  /** Estimated UC users in scope. */
  people: number;
  /** UC users in the random pages. */
  sampled: number;
  /** Random pages read. */
  pages: number;
  /** Pages to read in all (the random ones and page 1). */
  pageCount: number;
  byKey: ReadonlyMap<TotalKey, ShareEstimate>;
  /** Keys the sample found, in TOTAL_KEYS order. */
  keys: TotalKey[];
}

/** Student's t at 97.5% for 1…30 degrees of freedom; 1.96 beyond. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const tQuantile = (degrees: number): number => T_975[degrees - 1] ?? (degrees <= 60 ? 2.0 : degrees <= 120 ? 1.98 : 1.96);

/** The estimate, or null while the sample is too small (or empty of UC users). */
export function estimateTotals(
  input: EstimateInput,
  observe: (user: DirectoryUser) => Observation | undefined,
  minPages = MIN_ESTIMATE_PAGES,
): TotalsEstimate | null {
  const { pages, population, total } = input;
  const n = pages.length;
  if (n < minPages || n > population) return null;
  const perPage = pages.map((page) => {
    const counts = new Map<TotalKey, number>();
    for (const user of page.users) {
      const key: TotalKey = observe(user)?.presence.key ?? 'pending';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return { size: page.users.length, counts };
  });
  const sampled = perPage.reduce((sum, page) => sum + page.size, 0);
  const results = pages.reduce((sum, page) => sum + page.results, 0);
  if (sampled === 0 || results === 0) return null;
  const people = Math.round((total * sampled) / results);
  const meanSize = sampled / n;
  const finite = 1 - n / population;
  const byKey = new Map<TotalKey, ShareEstimate>();
  for (const key of TOTAL_KEYS) {
    const found = perPage.reduce((sum, page) => sum + (page.counts.get(key) ?? 0), 0);
    if (found === 0) continue;
    const share = found / sampled;
    const squares = perPage.reduce((sum, page) => sum + ((page.counts.get(key) ?? 0) - share * page.size) ** 2, 0);
    const variance = (finite / (n * meanSize * meanSize)) * (squares / (n - 1));
    const floor = finite > 0 && (found === sampled || squares === 0) ? 3 / sampled : 0;
    const margin = Math.min(1, Math.max(tQuantile(n - 1) * Math.sqrt(Math.max(0, variance)), floor));
    byKey.set(key, { share, margin, count: share * people });
  }
  return { people, sampled, pages: n, pageCount: population + 1, byKey, keys: TOTAL_KEYS.filter((key) => byKey.has(key)) };
}

/**
 * An estimated count rounded to what its margin allows: 24,137 ± 1,400 → 24,100; 243 ± 30 → 240.
 * Never rounded to more than the margin.
 */
export function roundedEstimate(count: number, countMargin: number): number {
  if (countMargin < 20) return Math.round(count);
  const step = 10 ** Math.floor(Math.log10(countMargin / 2));
  return Math.round(count / step) * step;
}
