// The fault matrix (docs/testing.md, "Fault matrix"): every scenario of fault-scenarios
// must keep the page working or say what is wrong, recover by itself once the
// fault is lifted, and then show no badge that differs from the emulator's
// truth. The table is written to test-results/fault-matrix.md and printed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { markdownTable, SCENARIOS, type FaultResult } from './fault-scenarios';

const results: FaultResult[] = [];

for (const scenario of SCENARIOS) {
  test(
    scenario.fault,
    async () => {
      const result = await scenario.run();
      results.push(result);
      expect(result.hits, `the fault never bit: ${result.effect}`).toBeGreaterThan(0);
      expect(result.keptWorkingOrSaidSo, `while the fault lasted: ${result.whileOn}`).toBe(true);
      expect(result.recovered).toBe(true);
      expect(result.staleBadgesAfterRecovery).toBe(0);
      for (const [check, held] of Object.entries(result.checks)) expect(held, check).toBe(true);
    },
    40_000,
  );
}

afterAll(() => {
  if (results.length === 0) return;
  const order = new Map(SCENARIOS.map((scenario, index) => [scenario.fault, index]));
  const sorted = [...results].sort((a, b) => (order.get(a.fault) ?? 0) - (order.get(b.fault) ?? 0));
  const table = markdownTable(sorted);
  const file = path.resolve('test-results/fault-matrix.md');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, table);
  process.stdout.write(`\nFault matrix (${file}):\n\n${table}\n`);
});
