/**
 * What the Office gateway needs from Office.js, behind an interface so tests can hand in
 * a mock: running a batch (also again in an earlier batch's context), checking a
 * requirement set, opening a workbook, and the document's settings.
 */
import { WorkbookError } from "../sheetModel/workbookError";
import type { OfficeFileSource } from "./officePdf";

/** The part of `Office.context.document.settings` the gateway uses (stored in the file). */
export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { readonly status: unknown; readonly error?: { readonly message?: string } }) => void): void;
}

/** Office.js as the gateway uses it. */
export interface OfficeHost {
  /** `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`; false outside Office. */
  isSetSupported(name: string, minVersion: string): boolean;
  /** `Excel.createWorkbook` (ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
  /** `Excel.run(context, batch)`: a batch in an earlier batch's context (to remove an event handler). */
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.document.settings`. */
  settings(): OfficeSettings;
  /** `Office.context.document`, for `getFileAsync` (absent in hosts and tests without it). */
  fileSource?(): OfficeFileSource;
}

interface OfficeGlobals {
  Excel?: { run?: (...args: unknown[]) => Promise<unknown>; createWorkbook?: (base64: string) => Promise<void> };
  Office?: {
    context?: {
      requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean };
      document?: { settings?: OfficeSettings; getFileAsync?: unknown };
    };
  };
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
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => excel().run(batch) as Promise<T>,
    runIn: <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => excel().run(context, batch) as Promise<T>,
    isSetSupported: (name, minVersion) => {
      const requirements = (globalThis as OfficeGlobals).Office?.context?.requirements;
      return typeof requirements?.isSetSupported === "function" ? requirements.isSetSupported(name, minVersion) : false;
    },
    createWorkbook: (base64) => excel().createWorkbook(base64),
    fileSource: () => {
      const document = (globalThis as OfficeGlobals).Office?.context?.document;
      if (!document || typeof document.getFileAsync !== "function") throw new WorkbookError("pdfUnsupported");
      return document as unknown as OfficeFileSource;
    },
    settings: () => {
      const settings = (globalThis as OfficeGlobals).Office?.context?.document?.settings;
      if (!settings) throw new WorkbookError("notInExcel");
      return settings;
    }
  };
}
