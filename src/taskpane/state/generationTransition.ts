/**
 * Generating the application workbook, step by step, as transitions: the inputs checked
 * (the same parse as a scenario file), the plan built, the bytes written, the workbook
 * sent to Excel. Each step's effect is carried out by the runner, whose report moves the
 * generation on; a report that does not fit the current step is ignored.
 */
import { parseScenario } from "../../scenario/parseScenario";
import type { PaneLanguage } from "../i18n";
import type { PaneAction } from "./actions";
import type { PaneEffect } from "./effects";
import type { GenerationState, PaneState } from "./paneState";
import { withActualCosts } from "./actualCostsOfFile";

type GenerationAction = Extract<PaneAction, { type: "generate" | "workbookBuilt" | "xlsxWritten" | "workbookSent" | "generationFailed" }>;

const BUSY: readonly GenerationState["step"][] = ["validating", "building", "writing", "sending"];

function at(state: PaneState, generation: GenerationState, effects: readonly PaneEffect[] = []): { state: PaneState; effects: readonly PaneEffect[] } {
  return { state: { ...state, generation }, effects };
}

/**
 * The generation's next step.
 *
 * @example
 * // A valid draft: building, and the effect that builds the plan.
 * generationTransition(state, { type: "generate", mode: "new" }, "sv").effects[0].type; // "buildWorkbook"
 * // A field with an error: nothing is built.
 * generationTransition(withFieldError, { type: "generate", mode: "new" }, "sv").state.generation; // { step: "invalid", issues: [] }
 */
export function generationTransition(state: PaneState, action: GenerationAction, lang: PaneLanguage): { state: PaneState; effects: readonly PaneEffect[] } {
  const gen = state.generation;
  switch (action.type) {
    case "generate": {
      if (BUSY.includes(gen.step)) return at(state, gen);
      if (Object.keys(state.fieldErrors).length > 0) return at(state, { step: "invalid", issues: [] });
      const parsed = parseScenario({ ...state.draft, scenario: state.scenario, actuals: withActualCosts(state.actuals, state.actualCosts) });
      if (!parsed.ok) return at(state, { step: "invalid", issues: parsed.errors });
      return at(state, { step: "building", mode: action.mode }, [{ type: "buildWorkbook", mode: action.mode, file: parsed.value, lang }]);
    }
    case "workbookBuilt":
      if (gen.step !== "building") return at(state, gen);
      return at(state, { step: "writing", mode: action.mode }, [{ type: "writeXlsx", mode: action.mode, plan: action.plan }]);
    case "xlsxWritten":
      if (gen.step !== "writing") return at(state, gen);
      return at(state, { step: "sending", mode: action.mode }, [{ type: "sendWorkbook", mode: action.mode, plan: action.plan, bytes: action.bytes }]);
    case "workbookSent":
      if (gen.step !== "sending") return at(state, gen);
      return at(state, { step: "done", mode: action.mode, ...(action.report ? { report: action.report } : {}) });
    case "generationFailed":
      return at(state, { step: "failed", error: action.error });
  }
}
