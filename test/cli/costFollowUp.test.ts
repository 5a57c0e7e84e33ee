/**
 * The CLI's --json gives `results.costFollowUp` (budget, actual, variance and isActual per
 * cost line and year, with totals) when the scenario file gives actual costs, and prints
 * what it did before when it gives none.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/scenarioFiles";

const example = join(ROOT, "assets", "examples", "raekneexempel-skolnarvaro.json");
let dir: string;

function generateJson(file: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), file, "--json"], { encoding: "utf8", cwd: dir });
  if (r.status !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { results: Record<string, unknown> }).results;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinv-cli-costs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("--json: results.costFollowUp per line and year when the file gives actual costs; no key without them", () => {
  expect(generateJson(example)).not.toHaveProperty("costFollowUp");
  const json = JSON.parse(readFileSync(example, "utf8")) as Record<string, unknown>;
  const withCosts = join(dir, "costs.json");
  writeFileSync(withCosts, JSON.stringify({ ...json, actuals: { costs: { staff: { "2017": 3100000 } } } }));
  const f = generateJson(withCosts).costFollowUp as {
    lines: { id: string; years: { year: number; budget: number; actual: number; variance: number; isActual: boolean }[] }[];
    years: { year: number; isActual: boolean }[];
    total: { budget: number; actual: number; variance: number };
  };
  expect(f.lines.find((l) => l.id === "staff")?.years[0]).toEqual({ year: 2017, budget: 3000000, actual: 3100000, variance: 100000, isActual: true });
  expect(f.years.map((y) => [y.year, y.isActual])).toEqual([[2017, true], [2018, false], [2019, false]]);
  expect(f.total).toEqual({ budget: 12700000, actual: 12800000, variance: 100000 });
}, 120_000);
