/**
 * The fund at scale: a fund of 100 investments over 30 years (the six Örebro examples,
 * moved in time and renamed: made-up funds, never shipped as data), generated as
 * `npm run fund` does — in-process by part (load, engine, plan, xlsx) and as a whole
 * process — and recalculated once by LibreOffice Calc (headless), checking every formula
 * cell against the engine's figure. Target: generation under 3 s.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { YearValues } from "../src/engine";
import { fundPortfolio, isDomainError } from "../src/engine";
import { loadFund } from "../src/fund/file/loadFund";
import { buildFundWorkbook } from "../src/fund/workbook/buildFundWorkbook";
import type { WorkbookPlan } from "../src/sheetModel/plan";
import type { ScenarioFile } from "../src/scenario/scenarioFile";
import { parseTemplate } from "../src/workbook/template";
import { readXlsxValues } from "../src/writer/readXlsxValues";
import { writeXlsx } from "../src/writer/xlsxWriter";

/** What the fund benchmark measured. */
export interface FundBenchFigures {
  readonly investments: number;
  readonly years: number;
  readonly cells: number;
  readonly formulaCells: number;
  readonly bytes: number;
  /** In-process milliseconds (median of the rounds): read and check the files, the engine, the plan, the .xlsx bytes. */
  readonly loadMs: number;
  readonly engineMs: number;
  readonly planMs: number;
  readonly writeMs: number;
  readonly totalMs: number;
  /** `node scripts/fund.mjs <fund> --out … --force` from spawn to exit (median). */
  readonly processMs: number;
  /** One LibreOffice recalculation: seconds, and formula cells that disagree with the engine (0.01 kr); null without soffice. */
  readonly libreOffice: { readonly seconds: number; readonly disagreements: number } | null;
}

const EXAMPLES = [
  "orebro-samverkan-for-teckensprakiga.json",
  "orebro-np-resurs-och-samverkan.json",
  "orebro-specialpedagogisk-kompetensutveckling.json",
  "orebro-team-oxhagen.json",
  "orebro-skolfam.json",
  "orebro-bryggan.json"
];

const shifted = (v: YearValues | undefined, by: number): YearValues | undefined =>
  v === undefined ? undefined : Object.fromEntries(Object.entries(v).map(([y, x]) => [String(Number(y) + by), x]));

/** An example moved `by` years and renamed; from 2020 under Örebro's rules without repayment. */
function moved(file: ScenarioFile, by: number, name: string): ScenarioFile {
  const inv = file.investment;
  const start = inv.startYear + by;
  return {
    ...file,
    rules: { preset: start >= 2020 ? "orebro-2020" : file.rules.preset },
    investment: {
      ...inv,
      name,
      startYear: start,
      endYear: inv.endYear + by,
      costLines: inv.costLines.map((c) => ({ ...c, ...(c.amounts ? { amounts: shifted(c.amounts, by)! } : {}) })),
      targetGroups: inv.targetGroups.map((g) => ({ ...g, volumes: shifted(g.volumes, by)! })),
      unitCosts: inv.unitCosts.map((u) => ({ ...u, priceYear: u.priceYear + by }))
    }
  };
}

/** Writes the fund file and its 100 scenario files into `dir`; returns the fund file's path. */
function writeLargeFund(root: string, dir: string, count: number): string {
  mkdirSync(join(dir, "satsningar"), { recursive: true });
  const items = Array.from({ length: count }, (_, i) => {
    const base = JSON.parse(readFileSync(join(root, "assets", "examples", EXAMPLES[i % EXAMPLES.length]!), "utf8")) as ScenarioFile;
    const file = `satsningar/s${i + 1}.json`;
    writeFileSync(join(dir, file), JSON.stringify(moved(base, (i * 5) % 14, `Satsning ${i + 1} (syntetisk)`)));
    return i % 10 === 9 ? { file, status: "applied" } : i % 7 === 6 ? { file, status: "evaluated" } : file;
  });
  const fund = join(dir, "fond.json");
  writeFileSync(fund, JSON.stringify({ format: "sinv-fund/1", name: "Syntetisk fond (benchmark)", allocations: { "2013": 300000000, "2020": 200000000 }, maxNewPerYear: 3, investments: items }));
  return fund;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

const median = (xs: number[]): number => Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1));

function findSoffice(): string | undefined {
  for (const d of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      try {
        accessSync(join(d, name), constants.X_OK);
        return join(d, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

async function libreOffice(plan: WorkbookPlan, bytes: Uint8Array, dir: string): Promise<FundBenchFigures["libreOffice"]> {
  const soffice = findSoffice();
  if (!soffice) return null;
  const input = join(dir, "fond.xlsx");
  writeFileSync(input, bytes);
  const t0 = now();
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, "lo-profile")).href}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", join(dir, "lo"), input], { stdio: "ignore", timeout: 600_000 });
  const seconds = Number(((now() - t0) / 1000).toFixed(1));
  const values = await readXlsxValues(new Uint8Array(readFileSync(join(dir, "lo", "fond.xlsx"))));
  let disagreements = 0;
  for (const sheet of plan.sheets) {
    for (const c of sheet.cells) {
      if (c.formula === undefined || c.expect === undefined) continue;
      const got = values.get(`${sheet.name}!${c.ref}`);
      const same = typeof c.expect === "number" ? typeof got === "number" && Math.abs(got - c.expect) <= 0.01 + 1e-9 : got === c.expect;
      if (!same) disagreements++;
    }
  }
  return { seconds, disagreements };
}

/**
 * Generates a fund of `count` investments (default 100) over 30 years, in-process and as a
 * process, and recalculates it once in LibreOffice.
 *
 * @example
 * (await fundBench(root)).totalMs; // e.g. 1400 (target < 3000)
 */
export async function fundBench(root: string, count = 100, rounds = 3): Promise<FundBenchFigures> {
  const dir = mkdtempSync(join(tmpdir(), "sinv-fund-bench-"));
  try {
    const fundPath = writeLargeFund(root, dir, count);
    const parsed = parseTemplate(JSON.parse(readFileSync(join(root, "assets", "templates", "orebro.json"), "utf8")));
    if (!parsed.ok) throw new Error("template");
    const runs: { load: number; engine: number; plan: number; write: number }[] = [];
    let last: { plan: WorkbookPlan; bytes: Uint8Array; years: number } | undefined;
    for (let i = 0; i <= rounds; i++) {
      const t0 = now();
      const loaded = loadFund(fundPath, (p) => readFileSync(p));
      if (!loaded.ok) throw new Error(loaded.errors[0]!.en);
      const t1 = now();
      const p = fundPortfolio(loaded.value.fund);
      if (isDomainError(p)) throw new Error(p.en);
      const t2 = now();
      const plan = buildFundWorkbook(p, { template: parsed.value, lang: "sv" });
      const t3 = now();
      const bytes = await writeXlsx(plan);
      const t4 = now();
      if (i > 0) runs.push({ load: t1 - t0, engine: t2 - t1, plan: t3 - t2, write: t4 - t3 }); // the first run warms up
      last = { plan, bytes, years: p.years.length };
    }
    const processRuns: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = now();
      const r = spawnSync(process.execPath, [join(root, "scripts", "fund.mjs"), fundPath, "--out", join(dir, "cli.xlsx"), "--force"], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`npm run fund failed: ${r.stderr}`);
      processRuns.push(now() - t0);
    }
    const { plan, bytes, years } = last!;
    const cells = plan.sheets.reduce((s, x) => s + x.cells.length + x.tables.reduce((t, tb) => t + tb.rows.length * tb.columns.length, 0), 0);
    const formulaCells = plan.sheets.reduce((s, x) => s + x.cells.filter((c) => c.formula !== undefined).length, 0);
    const pick = (k: "load" | "engine" | "plan" | "write"): number => median(runs.map((r) => r[k]));
    return {
      investments: count,
      years,
      cells,
      formulaCells,
      bytes: bytes.length,
      loadMs: pick("load"),
      engineMs: pick("engine"),
      planMs: pick("plan"),
      writeMs: pick("write"),
      totalMs: median(runs.map((r) => r.load + r.engine + r.plan + r.write)),
      processMs: median(processRuns),
      libreOffice: await libreOffice(plan, bytes, dir)
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
