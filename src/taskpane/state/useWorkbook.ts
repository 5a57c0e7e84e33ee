/**
 * The pane's link to the workbook: reads the inputs at the start and again after edits
 * (change events, debounced), loads the named scenarios stored in the workbook, and
 * generates the application workbook (as a new workbook or into this one) with its
 * progress and errors. Components never call Office.js: they use this over the gateway.
 */
import type { Dispatch, RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import { isDomainError } from "../../engine";
import type { InsertReport, WorkbookGateway } from "../../sheetModel/gateway";
import { writeXlsxLazily } from "../../sheetModel/lazyXlsx";
import { parseScenario } from "../../scenario/parseScenario";
import type { ScenarioIssue } from "../../scenario/issue";
import type { Template } from "../../workbook/template";
import type { GenerateStep, PaneLanguage } from "../i18n";
import type { PaneAction } from "./actions";
import { debounce } from "./debounce";
import type { PaneState } from "./paneState";
import { readInputs } from "./readInputs";
import { toScenario } from "./settings";

/** How long the pane waits after the last change event before reading again. */
export const REREAD_DELAY_MS = 300;

/** Where generating the workbook stands. */
export type GenerationState =
  | { readonly step: "idle" }
  | { readonly step: GenerateStep; readonly mode: GenerateMode }
  | { readonly step: "done"; readonly mode: GenerateMode; readonly report?: InsertReport }
  | { readonly step: "invalid"; readonly issues: readonly ScenarioIssue[] }
  | { readonly step: "failed"; readonly error: unknown };

/** A new workbook, or sheets added to this one. */
export type GenerateMode = "new" | "insert";

/** What the hook gives the components. */
export interface WorkbookApi {
  /** Reads the inputs now. */
  reread(): Promise<void>;
  readonly generation: GenerationState;
  generate(mode: GenerateMode): Promise<void>;
  /** An error loading the stored scenarios, shown by the scenario panel. */
  readonly scenariosLoadError: unknown;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Connects the pane to a workbook.
 *
 * @param gateway - the workbook (Office.js in Excel, memory in the preview and tests).
 * @param template - labels and layout of the application workbook.
 * @param lang - the language the workbook is generated in.
 * @param stateRef - the latest state (generation uses the inputs at the moment of the click).
 * @param dispatch - the store's dispatch.
 *
 * @example
 * const workbook = useWorkbook(gateway, template, "sv", stateRef, dispatch);
 * <Button onClick={() => void workbook.generate("new")}>Skapa arbetsbok</Button>
 */
export function useWorkbook(
  gateway: WorkbookGateway,
  template: Template,
  lang: PaneLanguage,
  stateRef: RefObject<PaneState>,
  dispatch: Dispatch<PaneAction>
): WorkbookApi {
  const sequence = useRef(0);
  const [generation, setGeneration] = useState<GenerationState>({ step: "idle" });
  const [scenariosLoadError, setScenariosLoadError] = useState<unknown>(undefined);

  const reread = useCallback(async () => {
    const n = ++sequence.current;
    dispatch({ type: "readStarted" });
    try {
      const outcome = await readInputs(gateway, template);
      if (n === sequence.current) dispatch({ type: "readDone", outcome });
    } catch (error) {
      console.error("SINV: reading the workbook failed", error);
      if (n === sequence.current) dispatch({ type: "readFailed", error });
    }
  }, [gateway, template, dispatch]);

  useEffect(() => {
    let cancelled = false;
    let stop: (() => Promise<void>) | undefined;
    const later = debounce(() => void reread(), REREAD_DELAY_MS);
    void reread();
    gateway.loadScenarios().then(
      (list) => {
        if (!cancelled) dispatch({ type: "scenarios", list });
      },
      (error: unknown) => {
        console.error("SINV: loading the scenarios failed", error);
        if (!cancelled) setScenariosLoadError(error);
      }
    );
    gateway.onTablesChanged(later.call).then(
      (unsubscribe) => {
        if (cancelled) unsubscribe().catch((error: unknown) => console.error("SINV: removing the change handler failed", error));
        else stop = unsubscribe;
      },
      (error: unknown) => {
        console.error("SINV: the pane cannot follow changes", error);
        if (!cancelled) dispatch({ type: "eventsFailed", error });
      }
    );
    return () => {
      cancelled = true;
      later.cancel();
      stop?.().catch((error: unknown) => console.error("SINV: removing the change handler failed", error));
    };
  }, [gateway, reread, dispatch]);

  const generate = useCallback(
    async (mode: GenerateMode) => {
      const state = stateRef.current;
      if (!state) return;
      if (Object.keys(state.fieldErrors).length > 0) {
        setGeneration({ step: "invalid", issues: [] });
        return;
      }
      setGeneration({ step: "validating", mode });
      const parsed = parseScenario({ ...state.draft, scenario: toScenario(state.settings), actuals: state.actuals });
      if (!parsed.ok) {
        setGeneration({ step: "invalid", issues: parsed.errors });
        return;
      }
      try {
        setGeneration({ step: "building", mode });
        await nextFrame();
        // The generator and the writer load on first use, in their own chunk.
        const { buildWorkbook } = await import(/* webpackChunkName: "workbook-builder" */ "../../workbook/buildWorkbook");
        const plan = buildWorkbook(parsed.value, { template, lang, formulas: "native" });
        if (isDomainError(plan)) {
          setGeneration({ step: "failed", error: plan });
          return;
        }
        setGeneration({ step: "writing", mode });
        const bytes = await writeXlsxLazily(plan);
        setGeneration({ step: "sending", mode });
        if (mode === "new") {
          await gateway.openAsNewWorkbook(bytes);
          setGeneration({ step: "done", mode });
        } else {
          const report = await gateway.insertIntoCurrent(bytes, plan);
          setGeneration({ step: "done", mode, report });
        }
      } catch (error) {
        console.error("SINV: generating the workbook failed", error);
        setGeneration({ step: "failed", error });
      }
    },
    [gateway, template, lang, stateRef]
  );

  return { reread, generation, generate, scenariosLoadError };
}
