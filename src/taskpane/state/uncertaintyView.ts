/**
 * What the pane shows of the uncertainty analysis, pure: the probabilities in words, the
 * bins of the draws' savings with the cost and the planned repayment as marks, and the
 * tornado's bars named as the user named the inputs. Every figure is the engine's
 * (`appraise().uncertainty`, `.biasCorrected`); only the wording and the bins are made here.
 */
import { uncertaintyStrings } from "../i18n/uncertaintyTable";
import type { DomainError, Investment } from "../../engine";
import { isDomainError, matchKey } from "../../engine";
import type { UncertaintyAnalysis } from "../../engine/uncertainty/analyse";
import type { BiasCorrected } from "../../engine/uncertainty/biasCorrected";
import type { PaneStrings } from "../i18n";
import { formatNumber, formatPercent, formatResultKr } from "../i18n/format";
import type { Histogram } from "./histogram";
import { histogram } from "./histogram";

/** How many bins the distribution chart has (decided here: 24 bars of at least 11 px in a 350-pixel pane). */
export const HISTOGRAM_BINS = 24;

/** The view of an analysis. */
export interface UncertaintyView {
  /** The sentences, in order: P(approved), P(full repayment), expected repayment, P10–P90, the payback years, the draws. */
  readonly sentences: readonly { readonly key: string; readonly text: string }[];
  readonly histogram: Histogram;
  readonly totalCost: number;
  /** R = C × (1 + fee); undefined without a repayment model. */
  readonly plannedRepayment: number | undefined;
  readonly baseWindow: number;
  readonly tornado: readonly { readonly label: string; readonly atLow: number; readonly atHigh: number; readonly swing: number }[];
  /** The bias-corrected base case in words, when the investment has grades. */
  readonly biasCorrected: string | undefined;
}

function nameOf(inv: Investment, kind: "share" | "volumeFactor" | "unitCostFactor", id: string): string {
  const key = matchKey(id);
  if (kind === "share") return inv.effects.find((e) => matchKey(e.id) === key)?.name || id;
  if (kind === "volumeFactor") return inv.targetGroups.find((g) => matchKey(g.id) === key)?.name || id;
  return inv.unitCosts.find((u) => matchKey(u.code) === key)?.description || id;
}

/**
 * The view of an analysis for the pane; undefined without one (no ranges) and the domain
 * error itself when the ranges are invalid.
 *
 * @example
 * // Worked example, share (10 %, 30 %, 50 %), 2 000 draws from seed 1:
 * (uncertaintyView(a, null, 10, inv, SV) as UncertaintyView).sentences[0].text;
 * // "Sannolikheten att satsningen betalar sig inom tioårsfönstret är 80 %."
 */
export function uncertaintyView(
  analysis: UncertaintyAnalysis | DomainError | null,
  corrected: BiasCorrected | null,
  windowYears: number,
  inv: Investment,
  strings: PaneStrings
): UncertaintyView | DomainError | undefined {
  if (analysis === null) return undefined;
  if (isDomainError(analysis)) return analysis;
  const u = uncertaintyStrings(strings.lang);
  const kr = (v: number): string => formatResultKr(v, strings.kr);
  const f = analysis.figures;
  const model = analysis.model;
  const totalCost = model.totalCostNumber;
  const planned = model.repayment?.planned.toNumber();
  const sentences = [{ key: "approved", text: u.pApproved({ years: windowYears, pApproved: formatPercent(f.pApproved, 0), draws: analysis.draws }) }];
  if (f.pFullRepayment !== null) sentences.push({ key: "full", text: u.pFullRepayment(formatPercent(f.pFullRepayment, 0)) });
  if (f.expectedRepayment !== null && planned !== undefined) sentences.push({ key: "expected", text: u.expectedRepayment(kr(f.expectedRepayment), kr(planned)) });
  sentences.push({ key: "interval", text: u.interval(kr(f.savingsP10), kr(f.savingsP90), kr(f.savingsP50)) });
  const by = (p: number): number | null => f.paybackByYear.find((y) => y.probability >= p)?.year ?? null;
  sentences.push({ key: "payback", text: u.paybackYears(by(0.5), by(0.9)) });
  sentences.push({ key: "draws", text: u.drawsNote(formatNumber(analysis.draws), analysis.seed, formatPercent(f.standardError, 1)) });
  const marks = planned === undefined ? [totalCost] : [totalCost, planned];
  return {
    sentences,
    histogram: histogram(analysis.simulation.window, HISTOGRAM_BINS, marks, totalCost),
    totalCost,
    plannedRepayment: planned,
    baseWindow: model.baseWindow.toNumber(),
    tornado: analysis.tornado.map((b) => ({ label: u.inputName(b.kind, nameOf(inv, b.kind, b.id)), atLow: b.savingsAtLow, atHigh: b.savingsAtHigh, swing: b.swing })),
    biasCorrected: corrected ? u.biasCorrected(kr(corrected.windowSavings), kr(corrected.uncorrected.windowSavings), corrected.approved) : undefined
  };
}
