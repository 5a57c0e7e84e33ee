/**
 * `npm run bench`: the engine's speed against a plain floating-point loop and against
 * HyperFormula recalculating the equivalent native formula. Prints figures; asserts nothing.
 * `npm run bench -- --json` prints the same figures as one JSON object.
 */
import { HyperFormula } from "hyperformula";
import { join } from "node:path";
import { generationBench } from "./generation";
import { paneBench } from "./pane";
import { cohortSavings, savings10y } from "../src/functions/functions";
import { END_YEAR, YEARS, makeRows } from "./workload";
import type { Row } from "./workload";

const ROWS = 10000;
const REPEATS = 9;

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Median over REPEATS of the time for one pass, in milliseconds. */
function time(pass: () => void): number {
  pass();
  const runs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = process.hrtime.bigint();
    pass();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(runs);
}

let sink = 0;

function floatSavings10y(savings: readonly number[], years: readonly number[], endYear: number): number {
  let total = 0;
  for (let i = 0; i < years.length; i++) {
    const y = years[i] as number;
    if (y > endYear && y <= endYear + 10) total += savings[i] as number;
  }
  return total;
}

function floatCohort(row: Row, years: readonly number[]): number[] {
  const out = new Array<number>(years.length).fill(0);
  for (let c = 0; c < years.length; c++) {
    const base = (row.volumes[c] as number) * row.share * row.unitCost;
    if (base === 0) continue;
    for (let k = 0; k < row.duration; k++) {
      const t = c + row.lag + k;
      if (t >= years.length) break;
      out[t] = (out[t] as number) + base;
    }
  }
  return out;
}

function hyperFormulaRecalc(rows: readonly Row[]): { buildMs: number; recalcMs: number; checked: boolean } {
  const n = YEARS.length;
  const lastCol = String.fromCharCode(64 + n);
  const endCell = `$${String.fromCharCode(65 + n + 1)}$1`;
  const sheet: (number | string)[][] = [[...YEARS, "", END_YEAR]];
  rows.forEach((row, r) => {
    const line: (number | string)[] = [...row.savings];
    line.push(`=SUMPRODUCT(A${r + 2}:${lastCol}${r + 2},($A$1:$${lastCol}$1>${endCell})*($A$1:$${lastCol}$1<=${endCell}+10))`);
    sheet.push(line);
  });
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const runs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t1 = process.hrtime.bigint();
    hf.setCellContents({ sheet: 0, col: n + 1, row: 0 }, [[END_YEAR + (i % 2 === 0 ? 1 : 0)]]);
    runs.push(Number(process.hrtime.bigint() - t1) / 1e6);
  }
  hf.setCellContents({ sheet: 0, col: n + 1, row: 0 }, [[END_YEAR]]);
  const first = rows[0] as Row;
  const checked = hf.getCellValue({ sheet: 0, col: n, row: 1 }) === floatSavings10y(first.savings, YEARS, END_YEAR);
  hf.destroy();
  return { buildMs, recalcMs: median(runs), checked };
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const rows = makeRows(ROWS);
  const years2d = [YEARS.slice()];
  const cells = rows.map((r) => ({ savings: [r.savings], volumes: [r.volumes] }));

  const sinvS10 = time(() => {
    for (const c of cells) sink += savings10y(c.savings, years2d, END_YEAR);
  });
  const floatS10 = time(() => {
    for (const r of rows) sink += floatSavings10y(r.savings, YEARS, END_YEAR);
  });
  const sinvCohort = time(() => {
    rows.forEach((r, i) => {
      sink += (cohortSavings((cells[i] as { volumes: number[][] }).volumes, years2d, r.share, r.unitCost, r.duration, r.lag)[0] as number[]).length;
    });
  });
  const floatCohortMs = time(() => {
    for (const r of rows) sink += floatCohort(r, YEARS).length;
  });
  const hf = hyperFormulaRecalc(rows);

  const perCall = (ms: number): number => (ms * 1000) / ROWS;
  const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
  const figures = {
    rows: ROWS,
    yearsPerRow: YEARS.length,
    savings10y: {
      sinvMicrosecondsPerCall: round(perCall(sinvS10)),
      floatMicrosecondsPerCall: round(perCall(floatS10)),
      hyperFormulaRecalcMicrosecondsPerRow: round(perCall(hf.recalcMs)),
      hyperFormulaRecalcMsTotal: round(hf.recalcMs, 1),
      hyperFormulaBuildMs: round(hf.buildMs, 1),
      hyperFormulaAgrees: hf.checked,
      ratioSinvToFloat: round(sinvS10 / floatS10, 2),
      ratioSinvToHyperFormula: round(sinvS10 / hf.recalcMs, 3),
      hyperFormulaSlowerBy: round(hf.recalcMs / sinvS10, 2)
    },
    cohortSavings: {
      sinvMicrosecondsPerCall: round(perCall(sinvCohort)),
      floatMicrosecondsPerCall: round(perCall(floatCohortMs)),
      ratioSinvToFloat: round(sinvCohort / floatCohortMs, 2)
    },
    generation: await generationBench(join(__dirname, "..", "..", ".."), process.env.SINV_CLI),
    pane: await paneBench(join(__dirname, "..", "..", "..")),
    targets: { sinvToFloatAtMost: 10, hyperFormulaSlowerByAtLeast: 4, workedExampleCliProcessMsAtMost: 1000, paneInitialJsGzipKBAtMost: 350, scenarioChangeMsAtMost: 16 },
    node: process.version
  };
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  const s = figures.savings10y;
  const c = figures.cohortSavings;
  console.log(`SINV benchmark: ${ROWS} rows × ${YEARS.length} years, median of ${REPEATS} passes (${process.version})`);
  console.log(`SAVINGS10Y     SINV ${s.sinvMicrosecondsPerCall} µs/call | float loop ${s.floatMicrosecondsPerCall} µs/call | SINV/float ${s.ratioSinvToFloat}× (target ≤ 10×)`);
  console.log(
    `               HyperFormula recalculation after an end-year change: ${s.hyperFormulaRecalcMsTotal} ms for ${ROWS} formulas = ${s.hyperFormulaRecalcMicrosecondsPerRow} µs/row (agrees: ${s.hyperFormulaAgrees})`
  );
  console.log(`               SINV/HyperFormula ${s.ratioSinvToHyperFormula} → HyperFormula ${s.hyperFormulaSlowerBy}× slower (target ≥ 4×)`);
  console.log(`COHORTSAVINGS  SINV ${c.sinvMicrosecondsPerCall} µs/call | float loop ${c.floatMicrosecondsPerCall} µs/call | SINV/float ${c.ratioSinvToFloat}× (target ≤ 10×)`);
  const g = figures.generation;
  const w = g.workedExample;
  console.log(
    `GENERATE       worked example: plan ${w.planMs} ms + xlsx ${w.writeMs} ms = ${w.totalMs} ms in-process, ${w.bytes} bytes, ${w.formulaCells} formulas; whole CLI process ${g.cliProcessMs ?? "–"} ms (target < 1000 ms)`
  );
  for (const x of g.growth) {
    console.log(`               ${x.effects} effects × ${x.departments} departments × ${x.years} years: ${x.totalMs} ms (plan ${x.planMs} + xlsx ${x.writeMs}), ${x.bytes} bytes, ${x.formulaCells} formulas`);
  }
  console.log(`               growth: ${g.msPerThousandFormulasSmall} ms per 1 000 formulas (small) → ${g.msPerThousandFormulasLarge} ms (large); equal figures mean linear`);
  const p = figures.pane;
  console.log(`PANE           initial JS of preview.html ${p.initialJsGzipKB} KB gzip (target ≤ 350): ${p.initial.map((x) => `${x.file} ${x.gzipKB}`).join(", ")}`);
  console.log(`               loaded later: ${p.lazy.map((x) => `${x.file} ${x.gzipKB}`).join(", ")}; workbook writer lazy: ${p.writerLazy}`);
  console.log(`               navigation → results shown in headless Chromium: ${p.navigationToInteractiveMs} ms`);
  console.log(`               scenario change (input event → updated savings): median ${p.scenarioChangeMs.median} ms, max ${p.scenarioChangeMs.max} ms over ${p.scenarioChangeMs.samples} changes (target ≤ 16 ms)`);
  if (sink === 0.5) console.log("");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
