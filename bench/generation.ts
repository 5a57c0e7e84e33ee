import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDomainError } from "../src/engine";
import type { ScenarioFile } from "../src/scenario/scenarioFile";
import { buildWorkbook } from "../src/workbook/buildWorkbook";
import type { Template } from "../src/workbook/template";
import { parseTemplate } from "../src/workbook/template";
import { writeXlsx } from "../src/writer/xlsxWriter";
import { largeScenario } from "./largeScenario";

/** Figures of one generation. */
export interface GenerationFigure {
  readonly effects: number;
  readonly departments: number;
  readonly years: number;
  readonly formulaCells: number;
  readonly planMs: number;
  readonly writeMs: number;
  readonly totalMs: number;
  readonly bytes: number;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

async function measure(file: ScenarioFile, template: Template, repeats: number): Promise<Omit<GenerationFigure, "effects" | "departments" | "years">> {
  const runs: { plan: number; write: number; bytes: number; formulas: number }[] = [];
  for (let i = 0; i <= repeats; i++) {
    const t0 = now();
    const plan = buildWorkbook(file, { template, lang: "sv", formulas: "native" });
    if (isDomainError(plan)) throw new Error(plan.en);
    const t1 = now();
    const bytes = await writeXlsx(plan);
    const t2 = now();
    const formulas = plan.sheets.reduce((s, sh) => s + sh.cells.filter((c) => c.formula !== undefined).length, 0);
    if (i > 0) runs.push({ plan: t1 - t0, write: t2 - t1, bytes: bytes.length, formulas });
  }
  runs.sort((a, b) => a.plan + a.write - (b.plan + b.write));
  const m = runs[Math.floor(runs.length / 2)]!;
  const round = (x: number): number => Number(x.toFixed(1));
  return { formulaCells: m.formulas, planMs: round(m.plan), writeMs: round(m.write), totalMs: round(m.plan + m.write), bytes: m.bytes };
}

/**
 * Generation time and size (in-process) for the worked example and for growing synthetic
 * cases up to 30 effects × 10 departments × 20 years, and how time grows (per formula cell,
 * small against large). The whole CLI process is timed in cliBench.ts.
 *
 * @example
 * const g = await generationBench(root); g.workedExample.totalMs; // ~ 40
 */
export async function generationBench(root: string): Promise<{
  workedExample: GenerationFigure;
  growth: GenerationFigure[];
  msPerThousandFormulasSmall: number;
  msPerThousandFormulasLarge: number;
}> {
  const parsed = parseTemplate(JSON.parse(readFileSync(join(root, "assets", "templates", "orebro.json"), "utf8")));
  if (!parsed.ok) throw new Error("template");
  const template = parsed.value;
  const worked = JSON.parse(readFileSync(join(root, "assets", "examples", "raekneexempel-skolnarvaro.json"), "utf8")) as ScenarioFile;
  const w = await measure(worked, template, 5);
  const workedExample = { effects: worked.investment.effects.length, departments: worked.investment.departments.length, years: 13, ...w };

  await measure(largeScenario(30, 10, 20), template, 2); // warm-up, so the first case is not charged for it
  const growth: GenerationFigure[] = [];
  for (const [effects, departments, years] of [
    [3, 10, 20],
    [8, 10, 20],
    [15, 10, 20],
    [30, 10, 20]
  ] as const) {
    const m = await measure(largeScenario(effects, departments, years), template, 3);
    growth.push({ effects, departments, years, ...m });
  }
  const perK = (g: GenerationFigure): number => Number(((g.totalMs / g.formulaCells) * 1000).toFixed(2));
  return { workedExample, growth, msPerThousandFormulasSmall: perK(growth[0]!), msPerThousandFormulasLarge: perK(growth[growth.length - 1]!) };
}
