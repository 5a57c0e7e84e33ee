/**
 * A fake Excel for the task pane's gateway operations (parameters, selection, change
 * events, a table on a new sheet, document settings), built on office-addin-mock's
 * OfficeMockObject like test/support/fakeExcel.ts: values read before `load()` and
 * `context.sync()` give the mock's "not loaded" text, writes and other mutations are
 * queued and run at `context.sync()`, `isNullObject` throws when read before a sync.
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" }
}));

import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseCell } from "../../src/sheetModel/a1";
import type { OfficeHost, OfficeSettings } from "../../src/excel/officeHost";
import { parseSheetAddress } from "../../src/sheetModel/sheetAddress";
import { onSheet as sheetRef } from "../../src/sheetModel/a1";

/** The workbook the fake starts with: sheets of cells, names and tables. */
export interface PaneWorkbookInit {
  readonly sheets: readonly { readonly name: string; readonly cells?: Readonly<Record<string, string | number | boolean>> }[];
  /** Workbook names, e.g. { name: "SINV_Parametrar", formula: "=Parametrar!$A$4:$B$6" }. */
  readonly names?: readonly { readonly name: string; readonly formula: string }[];
  readonly tables?: readonly { readonly name: string; readonly sheet: string; readonly range: string }[];
}

/** Failures the fake can simulate. */
export interface PaneFakeOptions {
  /** Highest ExcelApi version supported; "1.17" by default. */
  readonly apiVersion?: string;
  readonly failOn?: "tables.add" | "saveAsync" | "write";
}

interface Sheet {
  name: string;
  readonly cells: Map<string, unknown>;
}

/** The fake and what tests look at. */
export interface PaneFake {
  readonly host: OfficeHost;
  readonly sheets: Sheet[];
  readonly tables: { name: string; sheet: string; range: string }[];
  readonly settings: Map<string, unknown>;
  /** Times the settings were saved. */
  readonly saved: () => number;
  readonly syncs: () => number;
  readonly selected: () => { sheet: string; address: string } | undefined;
  readonly active: () => string | undefined;
  /** Handlers registered now, by source. */
  readonly handlers: () => { source: "sheets" | "tables" }[];
  /** A user edit: sets the cell and fires the change handlers as Excel would. */
  edit(sheet: string, ref: string, value: unknown): Promise<void>;
  cell(sheet: string, ref: string): unknown;
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [a1, a2] = wanted.split(".").map(Number);
  const [b1, b2] = supported.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

function officeError(code: string, message: string): Error {
  const error = new Error(message) as Error & { code: string };
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}

const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/**
 * The fake over a workbook.
 *
 * @example
 * const fake = paneFake({ sheets: [{ name: "Parametrar", cells: { A4: "Startår", B4: 2017 } }] });
 * await new OfficeGateway(fake.host).selectCell("Parametrar", "B4"); // fake.selected() = { sheet: "Parametrar", address: "B4" }
 */
export function paneFake(initial: PaneWorkbookInit, options: PaneFakeOptions = {}): PaneFake {
  const sheets: Sheet[] = initial.sheets.map((s) => ({ name: s.name, cells: new Map(Object.entries(s.cells ?? {}).map(([ref, v]) => [cellAddress(parseCell(ref)), v])) }));
  const names = [...(initial.names ?? [])];
  const tables = [...(initial.tables ?? [])].map((t) => ({ ...t }));
  const settings = new Map<string, unknown>();
  const handlers: { source: "sheets" | "tables"; handler: () => Promise<unknown>; removed: boolean }[] = [];
  let saved = 0;
  let syncs = 0;
  let selected: { sheet: string; address: string } | undefined;
  let active: string | undefined;
  const queue: (() => void)[] = [];
  const afterSync: (() => void)[] = [];
  const created: OfficeMockObject[] = [];
  const collections = new Map<OfficeMockObject, () => unknown[]>();
  const loads = new Set<OfficeMockObject>();

  const sheetNamed = (name: string): Sheet | undefined => sheets.find((s) => same(s.name, name));
  const mock = (seed: Record<string, unknown>): OfficeMockObject => {
    const made = new OfficeMockObject(seed);
    created.push(made);
    return made;
  };
  const nullable = <T extends object>(target: T, exists: () => boolean): T => {
    let synced = false;
    afterSync.push(() => (synced = true));
    Object.defineProperty(target, "isNullObject", {
      get: () => {
        if (!synced) throw new Error("isNullObject read before context.sync()");
        return !exists();
      }
    });
    return target;
  };
  const write = (sheet: Sheet, ref: string, value: unknown): void => {
    if (options.failOn === "write") throw officeError("GeneralException", "The write failed.");
    sheet.cells.set(cellAddress(parseCell(ref)), value);
  };
  const writer = (sheet: () => Sheet, origin: { row: number; col: number }) => ({
    set values(matrix: unknown[][]) {
      queue.push(() => matrix.forEach((row, r) => row.forEach((v, c) => write(sheet(), cellAddress({ row: origin.row + r, col: origin.col + c }), v))));
    }
  });
  const registration = (source: "sheets" | "tables", handler: () => Promise<unknown>) => {
    const entry = { source, handler, removed: false };
    queue.push(() => void handlers.push(entry));
    return { context, remove: () => void queue.push(() => void (entry.removed = true)) };
  };

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: [],
        load: collectionLoad,
        onChanged: { add: (handler: () => Promise<unknown>) => registration("sheets", handler) },
        getItemOrNullObject: (name: string) =>
          nullable(
            {
              activate: () => void queue.push(() => void (active = sheetNamed(name)?.name)),
              delete: () => void queue.push(() => void sheets.splice(sheets.indexOf(sheetNamed(name) as Sheet), 1)),
              getRange: (address: string) => ({ select: () => void queue.push(() => void (selected = { sheet: (sheetNamed(name) as Sheet).name, address })) })
            },
            () => sheetNamed(name) !== undefined
          ),
        add: (name: string) => {
          queue.push(() => {
            if (sheetNamed(name)) throw officeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
            sheets.push({ name, cells: new Map() });
          });
          const sheet = () => sheetNamed(name) as Sheet;
          return {
            getRange: (address: string) => writer(sheet, parseCell(address.split(":")[0] as string)),
            tables: {
              add: (range: string) => {
                const table = { name: `Table${tables.length + 1}`, sheet: name, range };
                queue.push(() => {
                  if (options.failOn === "tables.add") throw officeError("InvalidArgument", "The table could not be added.");
                  tables.push(table);
                });
                return {
                  set name(value: string) {
                    queue.push(() => void (table.name = value));
                  }
                };
              }
            },
            activate: () => void queue.push(() => void (active = name))
          };
        }
      },
      tables: {
        items: [],
        load: collectionLoad,
        onChanged: { add: (handler: () => Promise<unknown>) => registration("tables", handler) },
        getItemOrNullObject: (name: string) => {
          const table = tables.find((t) => same(t.name, name));
          const sheet = table ? sheetNamed(table.sheet) : undefined;
          const where = table ? parseSheetAddress(sheetRef(table.sheet, table.range)) : undefined;
          const rowValues = (r: number): unknown[] => {
            const row: unknown[] = [];
            for (let c = where?.first.col ?? 1; c <= (where?.last.col ?? 0); c += 1) row.push(sheet?.cells.get(cellAddress({ row: r, col: c })) ?? "");
            return row;
          };
          const body: unknown[][] = [];
          for (let r = (where?.first.row ?? 1) + 1; r <= (where?.last.row ?? 0); r += 1) body.push(rowValues(r));
          const bodyRows = body.length;
          const bodyCols = where ? where.last.col - where.first.col + 1 : 0;
          const header = mock({ values: where ? [rowValues(where.first.row)] : [] });
          const dataBody = mock({
            values: body,
            getCell: (r: number, c: number) => {
              if (r < 0 || c < 0 || r >= bodyRows || c >= bodyCols) throw officeError("InvalidArgument", `Cell (${r}, ${c}) is outside the table.`);
              return writer(() => sheet as Sheet, { row: (where?.first.row ?? 1) + 1 + r, col: (where?.first.col ?? 1) + c });
            }
          });
          const whole = mock({ address: table && where ? sheetRef(table.sheet, table.range) : "" });
          return nullable({ getHeaderRowRange: () => header, getDataBodyRange: () => dataBody, getRange: () => whole }, () => table !== undefined);
        }
      },
      names: {
        items: [],
        load: collectionLoad,
        getItemOrNullObject: (name: string) => {
          const named = names.find((n) => same(n.name, name));
          const where = named ? parseSheetAddress(named.formula.replace(/\$/g, "")) : undefined;
          const sheet = where ? sheetNamed(where.sheet) : undefined;
          const matrix: unknown[][] = [];
          if (where && sheet) {
            for (let r = where.first.row; r <= where.last.row; r += 1) {
              const row: unknown[] = [];
              for (let c = where.first.col; c <= where.last.col; c += 1) row.push(sheet.cells.get(cellAddress({ row: r, col: c })) ?? "");
              matrix.push(row);
            }
          }
          const range = mock({
            values: matrix,
            address: where && sheet ? sheetRef(sheet.name, `${cellAddress(where.first)}:${cellAddress(where.last)}`) : "",
            getCell: (r: number, c: number) => writer(() => sheet as Sheet, { row: (where?.first.row ?? 1) + r, col: (where?.first.col ?? 1) + c })
          });
          nullable(range, () => sheet !== undefined);
          return nullable({ getRangeOrNullObject: () => range }, () => named !== undefined);
        }
      }
    }
  });

  function collectionLoad(this: OfficeMockObject): OfficeMockObject {
    loads.add(this);
    return this;
  }
  const workbook = context.workbook as OfficeMockObject;
  collections.set(workbook.worksheets as OfficeMockObject, () => sheets.map((s) => ({ name: s.name })));
  collections.set(workbook.tables as OfficeMockObject, () => tables.map((t) => ({ name: t.name })));
  collections.set(workbook.names as OfficeMockObject, () => names.map((n) => ({ name: n.name })));

  context.sync = async (): Promise<void> => {
    syncs += 1;
    const ops = queue.splice(0);
    const after = afterSync.splice(0);
    const proxies = created.splice(0);
    const toLoad = [...loads];
    loads.clear();
    let failure: unknown;
    for (const op of ops) {
      try {
        op();
      } catch (error) {
        failure ??= error;
      }
    }
    for (const collection of toLoad) {
      (collection["setValue"] as (name: string, value: unknown) => void).call(collection, "items", (collections.get(collection) as () => unknown[])());
      OfficeMockObject.prototype.load.call(collection, "items");
    }
    await OfficeMockObject.prototype.sync.call(context);
    for (const proxy of proxies) await proxy.sync();
    for (const done of after) done();
    if (failure) throw failure;
  };

  const documentSettings: OfficeSettings = {
    get: (name) => (settings.has(name) ? settings.get(name) : null),
    set: (name, value) => void settings.set(name, value),
    saveAsync: (callback) => {
      if (options.failOn === "saveAsync") callback({ status: "failed", error: { message: "The file is read-only." } });
      else {
        saved += 1;
        callback({ status: "succeeded" });
      }
    }
  };

  const host: OfficeHost = {
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    runIn: (_earlier, batch) => batch(context as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => name === "ExcelApi" && versionAtMost(version, options.apiVersion ?? "1.17"),
    createWorkbook: async () => undefined,
    settings: () => documentSettings
  };

  return {
    host,
    sheets,
    tables,
    settings,
    saved: () => saved,
    syncs: () => syncs,
    selected: () => selected,
    active: () => active,
    handlers: () => handlers.filter((h) => !h.removed).map((h) => ({ source: h.source })),
    edit: async (sheet, ref, value) => {
      write(sheetNamed(sheet) as Sheet, ref, value);
      for (const h of handlers.filter((x) => !x.removed)) await h.handler();
    },
    cell: (sheet, ref) => sheetNamed(sheet)?.cells.get(cellAddress(parseCell(ref)))
  };
}
