/**
 * `npm run bench`: SINV's speed, each figure measured side by side with its baseline in
 * alternating passes, reported as a ratio with its spread across rounds. Prints figures;
 * asserts nothing.
 *   (a) the custom functions against a plain floating-point loop doing the same;
 *   (b) SINV.SAVINGS10Y as a HyperFormula function against native SUMPRODUCT, same engine;
 *   (c) `npm run generate` on the worked example as a whole process;
 *   plus in-process generation growth, the pane's figures and the fund at scale
 *   (100 investments × 30 years, target < 3 s, recalculated once by LibreOffice).
 * `npm run bench -- --json` prints one JSON object; `--only=functions,hyperformula,cli,
 * generation,pane,uncertainty,fund` runs some sections.
 */
import { cpus, loadavg } from "node:os";
import { cliBench } from "./cliBench";
import type { Pair, Spread } from "./fair";
import { showSpread } from "./fair";
import { benchSink, functionsBench } from "./functionsBench";
import { fundBench } from "./fundBench";
import { generationBench } from "./generation";
import { hyperFormulaBench } from "./hyperFormulaBench";
import type { ChangeStats, RangeChangeStats } from "./pane";
import { paneBench } from "./pane";
import { YEARS, makeRows } from "./workload";
import { uncertaintyBench } from "./uncertaintyBench";

const ROWS = 10000;
const ROUNDS = 15;
const CLI_ROUNDS = 7;

/** The checkout being measured: run.mjs starts the bundle there. */
const root = process.cwd();
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const wants = (section: string): boolean => !only || only.includes(section);

function line(label: string, p: Pair, target: string): string {
  return `${label.padEnd(34)} ${showSpread(p.ratio)}  [SINV ${((p.sinvMs * 1000) / ROWS).toFixed(3)} µs/row, baseline ${((p.baselineMs * 1000) / ROWS).toFixed(3)} µs/row] ${target}`;
}

function ms(s: Spread): string {
  return showSpread(s, " ms");
}

function changeLine(s: ChangeStats): string {
  return `median ${s.median} ms, p95 ${s.p95} ms (IQR ${s.q1}–${s.q3}, min–max ${s.min}–${s.max}, ${s.samples} changes)`;
}

function rangeLine(label: string, r: RangeChangeStats, target: string): string {
  const cpu = r.cpuMs === null ? "" : `; main-thread CPU per change ${changeLine(r.cpuMs)}`;
  return `    ${label}, ${r.ranges} range${r.ranges === 1 ? "" : "s"}, ${r.draws} draws: first ${changeLine(r.firstMs)}; new figures ${changeLine(r.settledMs)}${cpu}${target ? ` (${target})` : ""}`;
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const rows = makeRows(ROWS);
  const figures: Record<string, unknown> = { rows: ROWS, yearsPerRow: YEARS.length, rounds: ROUNDS, node: process.version };
  const out: string[] = [`SINV benchmark: ${ROWS} rows × ${YEARS.length} years, SINV and baseline alternating, ${ROUNDS} rounds (${process.version})`];

  if (wants("functions")) {
    const f = functionsBench(rows, ROUNDS);
    figures.functions = f;
    out.push("(a) SINV ÷ plain float loop (target ≤ 10×):");
    out.push(line("  SAVINGS10Y whole kronor", f.savings10yWhole, ""));
    out.push(line("  SAVINGS10Y öre", f.savings10yOre, ""));
    out.push(line("  SAVINGS10Y discounted 3.5 %", f.savings10yDiscounted, ""));
    out.push(line("  COHORTSAVINGS plain", f.cohortPlain, ""));
    out.push(line("  COHORTSAVINGS drop-off", f.cohortDropOff, ""));
  }
  if (wants("hyperformula")) {
    const h = hyperFormulaBench(rows, ROUNDS);
    figures.hyperFormula = h;
    const faster = { ...h.pair.ratio, median: Number((1 / h.pair.ratio.median).toPrecision(3)), min: Number((1 / h.pair.ratio.max).toPrecision(3)), max: Number((1 / h.pair.ratio.min).toPrecision(3)), q1: Number((1 / h.pair.ratio.q3).toPrecision(3)), q3: Number((1 / h.pair.ratio.q1).toPrecision(3)) };
    out.push(`(b) HyperFormula recalculation after an end-year change, ${ROWS} formulas (target: SINV ≥ 2× faster):`);
    out.push(`  SUMPRODUCT time ÷ SINV.SAVINGS10Y time: ${showSpread(faster)}  [SINV ${h.pair.sinvMs.toFixed(1)} ms, SUMPRODUCT ${h.pair.baselineMs.toFixed(1)} ms; same answers: ${h.agree}]`);
  }
  if (wants("cli")) {
    const c = cliBench(root, CLI_ROUNDS);
    figures.cli = c;
    out.push(`(c) npm run generate, worked example, whole process (target ≤ 800 ms): ${ms(c.npmRunGenerateMs)}`);
    out.push(`    node scripts/generate.mjs (what npm starts): ${ms(c.nodeScriptMs)}`);
    out.push(`    node -e "" (Node's start-up): ${ms(c.nodeEmptyMs)}`);
  }
  if (wants("generation")) {
    const g = await generationBench(root);
    figures.generation = g;
    const w = g.workedExample;
    out.push(`GENERATE in-process, worked example: plan ${w.planMs} ms + xlsx ${w.writeMs} ms = ${w.totalMs} ms, ${w.bytes} bytes, ${w.formulaCells} formulas`);
    for (const x of g.growth) {
      out.push(`  ${x.effects} effects × ${x.departments} departments × ${x.years} years: ${x.totalMs} ms (plan ${x.planMs} + xlsx ${x.writeMs}), ${x.bytes} bytes, ${x.formulaCells} formulas`);
    }
    out.push(`  growth: ${g.msPerThousandFormulasSmall} ms per 1 000 formulas (small) → ${g.msPerThousandFormulasLarge} ms (large); equal figures mean linear`);
  }
  if (wants("pane")) {
    const loadBefore = loadavg().map((x) => x.toFixed(1)).join(" ");
    const p = await paneBench(root);
    figures.pane = p;
    out.push(`PANE initial JS of preview.html ${p.initialJsGzipKB} KB gzip (target ≤ 350): ${p.initial.map((x) => `${x.file} ${x.gzipKB}`).join(", ")}`);
    out.push(`  taskpane.html (what Excel loads, with the custom functions): ${p.taskpaneInitialJsGzipKB} KB gzip: ${p.taskpaneInitial.map((x) => `${x.file} ${x.gzipKB}`).join(", ")}`);
    out.push(`  loaded later: ${p.lazy.map((x) => `${x.file} ${x.gzipKB}`).join(", ")}; workbook writer lazy: ${p.writerLazy}`);
    out.push(`  navigation → results shown in headless Chromium: ${p.navigationToInteractiveMs} ms`);
    out.push(`  scenario change (input event → updated savings): ${changeLine(p.scenarioChangeMs)} (target ≤ 16 ms)`);
    out.push(`  … with 30 effects and 20 saved scenarios, 350 px: ${changeLine(p.scenarioChangeLoadedMs)} (target p95 ≤ 16 ms)`);
    out.push(`  … the same on taskpane.html (office.js stand-in, no workbook): ${changeLine(p.taskpaneChangeLoadedMs)} (target p95 ≤ 16 ms)`);
    out.push(`    main-thread CPU per change there: ${changeLine(p.taskpaneChangeLoadedCpuMs)}`);
    out.push("  uncertainty: input event → first answer (urgent render) / → new figures shown (draws made off the critical path):");
    out.push(rangeLine("worked example, range change", p.uncertaintyRange, "target p95 ≤ 16 ms"));
    out.push(rangeLine("worked example, share factor change", p.uncertaintyScenario, "target p95 ≤ 16 ms"));
    out.push(rangeLine("preview, 30 effects, 20 scenarios, 350 px, range change", p.loadedRange, ""));
    out.push(rangeLine("taskpane.html, the same", p.taskpaneRange, ""));
    out.push(
      p.taskpaneRange10k === null
        ? "    taskpane.html, 10 000 draws: not measured (the pane has no field for the number of draws, test id uncertainty-draws-field)"
        : rangeLine("taskpane.html, the same", p.taskpaneRange10k, "target ≤ 100 ms")
    );
    for (const d of p.chromiumDraws) {
      out.push(
        `  the pane's evaluation (evaluateDraft) in Chromium, 30 effects, 70 ranges, ${d.draws} draws: after a range change ${ms(d.redrawMs)}; new seed ${ms(d.wholeMs)}; Chromium ÷ Node ${showSpread(d.chromiumOverNode)}${d.draws === 10000 ? " (target ≤ 100 ms)" : ""}`
      );
    }
    out.push(`  load average while measuring: ${loadBefore} → ${loadavg().map((x) => x.toFixed(1)).join(" ")} (1, 5, 15 min; ${cpus().length} cores)`);
  }
  if (wants("uncertainty")) {
    const u = uncertaintyBench(root, ROUNDS);
    figures.uncertainty = u;
    out.push("UNCERTAINTY in-process (target: 10 000 draws ≤ 100 ms for 30 effects):");
    for (const x of u) {
      out.push(`  ${x.name}, ${x.draws} draws: draws ${ms(x.drawsMs)}; redraw after one range changed ${ms(x.redrawMs)}; whole appraisal ${ms(x.appraiseMs)} (P(approved) ${x.pApproved})`);
    }
  }
  if (wants("fund")) {
    const f = await fundBench(root);
    figures.fund = f;
    out.push(
      `FUND ${f.investments} investments × ${f.years} years (target < 3000 ms): in-process ${f.totalMs} ms (read ${f.loadMs} + engine ${f.engineMs} + plan ${f.planMs} + xlsx ${f.writeMs}), ${f.cells} cells, ${f.formulaCells} formulas, ${f.bytes} bytes`
    );
    out.push(`  node scripts/fund.mjs as a process: ${f.processMs} ms`);
    out.push(
      f.libreOffice === null
        ? "  LibreOffice: soffice not found, not measured"
        : `  LibreOffice recalculation (once): ${f.libreOffice.seconds} s, ${f.libreOffice.disagreements} formula cells differing from the engine`
    );
  }
  console.log(json ? JSON.stringify(figures) : out.join("\n"));
  if (benchSink() === 0.5) console.log("");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
