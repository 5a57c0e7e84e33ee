/**
 * The three things the Office gateway needs from Office.js, behind an interface so
 * tests can hand in a mock: running a batch, checking a requirement set, opening a
 * workbook.
 */
import { WorkbookError } from "./workbookError";

/** Office.js as the gateway uses it. */
export interface OfficeHost {
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`; false outside Office. */
  isSetSupported(name: string, minVersion: string): boolean;
  /** `Excel.createWorkbook` (ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
}

interface OfficeGlobals {
  Excel?: { run?: OfficeHost["run"]; createWorkbook?: (base64: string) => Promise<void> };
  Office?: { context?: { requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean } } };
}

function excel(): Required<NonNullable<OfficeGlobals["Excel"]>> {
  const found = (globalThis as OfficeGlobals).Excel;
  if (!found || typeof found.run !== "function" || typeof found.createWorkbook !== "function") throw new WorkbookError("notInExcel");
  return found as Required<NonNullable<OfficeGlobals["Excel"]>>;
}

/**
 * The host backed by the globals `Excel` and `Office`, read at each call (they exist
 * only once office.js has loaded, and never outside Office).
 *
 * @returns the host; its methods throw {@link WorkbookError} "notInExcel" outside Office.
 *
 * @example
 * const gateway = new OfficeGateway(globalOfficeHost());
 */
export function globalOfficeHost(): OfficeHost {
  return {
    run: (batch) => excel().run(batch),
    isSetSupported: (name, minVersion) => {
      const requirements = (globalThis as OfficeGlobals).Office?.context?.requirements;
      return typeof requirements?.isSetSupported === "function" ? requirements.isSetSupported(name, minVersion) : false;
    },
    createWorkbook: (base64) => excel().createWorkbook(base64)
  };
}
