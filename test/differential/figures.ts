/**
 * A face's figures as one flat record, so two faces can be compared key by key: the
 * summary, the planned and actual savings per year and department, each effect's window,
 * the repayment per department, the follow-up and its risk-shared repayment. Kronor are
 * rounded to öre (as they leave the engine), shares and ratios kept as they are.
 */
import type { DomainError, Evaluation, FollowUp, Summary } from "../../src/engine";
import { appraise, isDomainError, oreNumber } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";

/** One figure: an amount, a share, a year, a yes/no, a text (an error's key) or nothing. */
export type Figure = number | boolean | string | null;

/** Every figure of one face, by a path such as `planned.savingsByYear.2019`. */
export type Figures = ReadonlyMap<string, Figure>;

/** What a face computed: its summary and follow-up, or the error it gave. */
export type FaceResult = { readonly summary: Summary; readonly planned: Evaluation; readonly followUp: FollowUp | DomainError } | DomainError;

function evaluationFigures(out: Map<string, Figure>, prefix: string, ev: Evaluation): void {
  ev.years.forEach((y, i) => {
    out.set(`${prefix}.savingsByYear.${y}`, oreNumber(ev.savingsByYear[i]!));
    out.set(`${prefix}.costByYear.${y}`, oreNumber(ev.costByYear[i]!));
  });
  out.set(`${prefix}.windowSavings`, oreNumber(ev.windowSavings));
  out.set(`${prefix}.duringSavings`, oreNumber(ev.duringSavings));
  for (const [d, v] of ev.windowByDepartment) out.set(`${prefix}.windowByDepartment.${d}`, oreNumber(v));
  for (const e of ev.effects) {
    out.set(`${prefix}.effect.${e.id}.window`, oreNumber(e.window));
    out.set(`${prefix}.effect.${e.id}.share`, e.share.toNumber());
    out.set(`${prefix}.effect.${e.id}.unitCost`, oreNumber(e.unitCost));
  }
  for (const [payer, values] of ev.societalByPayer) ev.years.forEach((y, i) => out.set(`${prefix}.societal.${payer}.${y}`, oreNumber(values[i]!)));
}

/**
 * The figures of a face's result.
 *
 * @example
 * figuresOf(appraise(workedExampleFile)).get("summary.windowSavings"); // 16200000
 */
export function figuresOf(result: FaceResult): Figures {
  const out = new Map<string, Figure>();
  if (isDomainError(result)) {
    out.set("error", result.key);
    return out;
  }
  for (const [k, v] of Object.entries(result.summary)) {
    if (typeof v === "object" && v !== null) for (const [kk, vv] of Object.entries(v as Record<string, number>)) out.set(`summary.${k}.${kk}`, vv);
    else out.set(`summary.${k}`, v as Figure);
  }
  evaluationFigures(out, "planned", result.planned);
  const fu = result.followUp;
  if (isDomainError(fu)) {
    out.set("followUp.error", fu.key);
    return out;
  }
  evaluationFigures(out, "actual", fu.actual);
  for (const [d, v] of fu.varianceByDepartment) out.set(`followUp.variance.${d}`, oreNumber(v));
  for (const [d, v] of fu.actualRepaymentByDepartment ?? []) out.set(`followUp.actualRepayment.${d}`, oreNumber(v));
  out.set("followUp.actualRepayment", fu.actualRepayment === undefined ? null : oreNumber(fu.actualRepayment));
  for (const [g, marks] of fu.completed.volumes) marks.forEach((m, i) => out.set(`followUp.volume.${g}.${fu.planned.years[i]}`, m.value));
  for (const [e, m] of fu.completed.shares) out.set(`followUp.share.${e}`, m.value);
  return out;
}

/**
 * The engine's figures: `appraise` on the file, as the CLI and the generator call it.
 *
 * @example
 * engineFigures(workedExampleFile).get("summary.plannedRepayment"); // 12810000
 */
export function engineFigures(file: ScenarioFile): Figures {
  const a = appraise(file);
  return figuresOf(isDomainError(a) ? a : { summary: a.summary, planned: a.evaluation, followUp: a.followUp });
}

/** One figure on which two faces disagree. */
export interface FigureDifference {
  readonly figure: string;
  readonly left: Figure | undefined;
  readonly right: Figure | undefined;
}

/**
 * Where two faces' figures differ: amounts by more than 0.01 kr, shares and ratios (below
 * 10 in size) by more than 10^−9, anything else at all; a figure only one face has counts.
 * The summary's differences come first, then the follow-up's, then the rest.
 *
 * @example
 * differences(engineFigures(file), paneFigures(file)); // []
 */
export function differences(left: Figures, right: Figures): FigureDifference[] {
  const out: FigureDifference[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(key);
    const b = right.get(key);
    const same =
      typeof a === "number" && typeof b === "number"
        ? Math.abs(a - b) <= (Math.abs(a) < 10 && Math.abs(b) < 10 ? 1e-9 : 0.01 + 1e-9)
        : a === b;
    if (!same) out.push({ figure: key, left: a, right: b });
  }
  const rank = (d: FigureDifference): number => (d.figure.startsWith("summary.") ? 0 : d.figure.startsWith("followUp.") ? 1 : 2);
  return out.sort((x, y) => rank(x) - rank(y));
}
