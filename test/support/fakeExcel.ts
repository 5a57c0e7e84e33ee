/**
 * A fake Excel for the Office gateway tests, built on office-addin-mock's
 * OfficeMockObject: properties read before `load()` + `context.sync()` give the mock's
 * "Error, property was not loaded" text, as in the real API they throw. Behind it is a
 * small workbook state. Like Office.js, mutations are queued and run at
 * `context.sync()`, and a failing operation rejects that sync.
 *
 * Adaptations to the mock (documented office-addin-mock limits): it models `items` as a
 * plain array value, so a collection's `load("items/name")` is recorded here and turned
 * into the mock's own `load("items")` at sync time with fresh items; objects returned
 * by methods (tables, ranges) are separate mocks that this fake syncs along with the
 * context; `isNullObject` throws when read before the sync.
 *
 * Charts added through the API are modelled in test/support/fakeExcelCharts.ts; like Excel
 * on the web, `insertWorksheetsFromBase64` refuses a file that has charts.
 *
 * office-addin-mock needs only the `OfficeApp` enum of office-addin-manifest, whose
 * dependencies are ES modules Jest cannot load as CommonJS; the enum is supplied here.
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" }
}));

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { OfficeMockObject } from "office-addin-mock";
import { parseCell, tableRange, cellAddress } from "../../src/sheetModel/a1";
import type { MemoryName, MemoryWorkbookInit } from "../../src/preview/memoryGateway";
import type { OfficeHost } from "../../src/excel/officeHost";
import { onSheet as sheetRef } from "../../src/sheetModel/a1";
import { fakeRange, linkOutside, usedRange, type LinkOutside } from "./fakeExcelRanges";
import { fakeCharts, type FakeChart } from "./fakeExcelCharts";
import { renameInFormula } from "../../src/sheetModel/renameInFormula";

/** A sheet of the fake workbook; `formulas` holds formula cells read from inserted files. */
export interface FakeSheet {
  readonly id: string;
  name: string;
  readonly formulas: Map<string, string>;
  /** "Visible" unless set (a rebuild hides its old sheets before deleting them). */
  visibility?: string;
}

/** A table of the fake workbook. */
export interface FakeTable {
  readonly name: string;
  readonly sheet: string;
  /** Stays with the table through renames, as Excel's table id. */
  readonly id?: string;
  readonly range: string;
  readonly headers: unknown[];
  readonly rows: unknown[][];
}

/** The fake workbook's state, for assertions. */
export interface FakeState {
  readonly sheets: FakeSheet[];
  tables: FakeTable[];
  names: MemoryName[];
  /** Base64 files passed to Excel.createWorkbook. */
  readonly created: string[];
  /** Base64 files passed to insertWorksheetsFromBase64. */
  readonly inserted: string[];
  /** Charts added through the API (worksheet.charts.add), on their sheets. */
  charts: FakeChart[];
  active?: string;
}

/** How the fake misbehaves. */
export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake supports; "1.17" by default. */
  readonly apiVersion?: string;
  /** "insert": the insert fails; "insertPartly": it fails after adding its first sheet; "names.add": adding a name fails; "charts.add": adding a chart fails. */
  readonly failOn?: "insert" | "insertPartly" | "names.add" | "charts.add";
  /** Make any use of a null object's methods fail the sync (as some hosts might). */
  readonly nullObjectChainThrows?: boolean;
  /** The n-th context.sync (1-based) rejects before running its batch; read at each sync, so a test may set it later. */
  failAtSync?: number;
  /** The n-th context.sync runs its batch, then rejects (the answer is lost). */
  failAfterSync?: number;
  /** Excel on the web's office-js#5911/#2809: inserted table and sheet references become links (see fakeExcelRanges). */
  readonly linkOutside?: LinkOutside;
  /** Runs after the n-th sync: the user changing the workbook between two round trips. */
  readonly afterSync?: (n: number, state: FakeState) => void;
}

/** The fake and what the tests look at. */
export interface FakeExcel {
  readonly host: OfficeHost;
  readonly state: FakeState;
  /** Number of context.sync() calls so far. */
  readonly syncs: number;
  readonly context: OfficeMockObject;
}

function officeError(code: string, message: string): Error {
  const error = new Error(message) as Error & { code: string };
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [a1, a2] = wanted.split(".").map(Number);
  const [b1, b2] = supported.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

function tableFromSheet(worksheet: ExcelJS.Worksheet, name: string, range: string): FakeTable {
  const [first, last] = range.split(":").map(parseCell);
  const row = (r: number): unknown[] => {
    const values: unknown[] = [];
    for (let c = first.col; c <= last.col; c += 1) {
      const value = worksheet.getCell(r, c).value;
      values.push(value === null || value === undefined ? "" : value);
    }
    return values;
  };
  const rows: unknown[][] = [];
  for (let r = first.row + 1; r <= last.row; r += 1) rows.push(row(r));
  return { name, sheet: worksheet.name, range, headers: row(first.row), rows };
}

/**
 * A fake Excel with the given workbook.
 *
 * @param initial - sheets, tables and names the workbook starts with.
 * @param options - failures to simulate.
 * @returns the host to give the gateway, the state and the sync counter.
 *
 * @example
 * const excel = fakeExcel({ sheets: ["Översikt"] });
 * await new OfficeGateway(excel.host).listSheetsTablesNames(); // excel.syncs === 1
 */
export function fakeExcel(initial: MemoryWorkbookInit, options: FakeExcelOptions = {}): FakeExcel {
  let nextId = 0;
  const newId = (): string => `{sheet-${(nextId += 1)}}`;
  const state: FakeState = { sheets: [], tables: [], names: (initial.names ?? []).map((n) => ({ ...n })), created: [], inserted: [], charts: [] };
  const addSheet = (name: string): FakeSheet => {
    const sheet = { id: newId(), name, formulas: new Map<string, string>() };
    state.sheets.push(sheet);
    return sheet;
  };
  for (const name of initial.sheets ?? []) addSheet(name);
  for (const table of initial.tables ?? []) {
    if (!state.sheets.some((s) => same(s.name, table.sheet))) addSheet(table.sheet);
    const headers = [...table.columns];
    const rows = (table.rows.length > 0 ? table.rows : [table.columns.map(() => null)]).map((row) => row.map((v) => v ?? ""));
    state.tables.push({ name: table.name, sheet: table.sheet, range: tableRange(table.ref, table.columns.length, table.rows.length), headers, rows });
  }

  let syncs = 0;
  let failure: Error | undefined;
  const queue: (() => Promise<void> | void)[] = [];
  const afterSync: (() => void)[] = [];
  const loads = new Set<OfficeMockObject>();
  const created: OfficeMockObject[] = [];
  const itemSources = new Map<OfficeMockObject, () => unknown[]>();

  const removeSheet = (id: string): void => {
    const index = state.sheets.findIndex((s) => s.id === id);
    if (index < 0) throw officeError("ItemNotFound", `No sheet ${id}.`);
    const [sheet] = state.sheets.splice(index, 1);
    state.tables = state.tables.filter((t) => !same(t.sheet, sheet.name));
    state.charts = state.charts.filter((c) => c.sheetId !== sheet.id);
  };
  const removeName = (name: string): void => {
    if (!state.names.some((n) => same(n.name, name))) throw officeError("ItemNotFound", `No name ${name}.`);
    state.names = state.names.filter((n) => !same(n.name, name));
  };
  const sheetById = (key: string): FakeSheet => {
    const sheet = state.sheets.find((s) => s.id === key || same(s.name, key));
    if (!sheet) throw officeError("ItemNotFound", `No sheet ${key}.`);
    return sheet;
  };

  // Renames as Excel does them: tables and names follow a renamed sheet, formulas a renamed sheet or table.
  const renameSheet = (key: string, to: string): void => {
    const sheet = sheetById(key);
    if (state.sheets.some((s) => s !== sheet && same(s.name, to))) throw officeError("InvalidArgument", `A sheet named ${to} exists.`);
    const renames = { sheets: new Map([[sheet.name.toUpperCase(), to]]), identifiers: new Map<string, string>() };
    state.tables = state.tables.map((t) => (same(t.sheet, sheet.name) ? { ...t, sheet: to } : t));
    state.names = state.names.map((n) => ({ ...n, formula: `=${renameInFormula(n.formula.replace(/^=/, ""), renames)}` }));
    for (const s of state.sheets) for (const [ref, f] of s.formulas) s.formulas.set(ref, renameInFormula(f, renames));
    sheet.name = to;
  };
  const renameTable = (key: string, to: string): void => {
    const at = state.tables.findIndex((t) => t.id === key || same(t.name, key));
    if (at < 0) throw officeError("ItemNotFound", `No table ${key}.`);
    const table = state.tables[at] as FakeTable;
    const renames = { sheets: new Map<string, string>(), identifiers: new Map([[table.name.toUpperCase(), to]]) };
    for (const s of state.sheets) for (const [ref, f] of s.formulas) s.formulas.set(ref, renameInFormula(f, renames));
    state.tables.splice(at, 1, { ...table, id: table.id ?? table.name, name: to });
  };

  const mock = (seed: Record<string, unknown>): OfficeMockObject => {
    const made = new OfficeMockObject(seed);
    created.push(made);
    return made;
  };

  const tableProxy = (name: string, orNull: boolean): OfficeMockObject => {
    const table = state.tables.find((t) => same(t.name, name));
    if (!table && !orNull) failure ??= officeError("ItemNotFound", `No table ${name}.`);
    const onNull = (): void => {
      if (!table && options.nullObjectChainThrows) failure ??= officeError("ItemNotFound", `Table ${name} does not exist.`);
    };
    const proxy = mock({
      name,
      getHeaderRowRange: () => (onNull(), mock({ values: table ? [table.headers] : [] })),
      getDataBodyRange: () => (onNull(), mock({ values: table ? table.rows : [] })),
      getRange: () => (onNull(), mock({ address: table ? sheetRef(table.sheet, table.range) : "" }))
    });
    let synced = false;
    afterSync.push(() => (synced = true));
    Object.defineProperty(proxy, "isNullObject", {
      get: () => {
        if (!synced) throw new Error("isNullObject read before context.sync()");
        return !table;
      }
    });
    return proxy;
  };

  async function insert(base64: string): Promise<string[]> {
    state.inserted.push(base64);
    if (options.failOn === "insert") throw officeError("GeneralException", "The insert failed.");
    // As Excel on the web: a source with charts is refused.
    const parts = Object.keys((await JSZip.loadAsync(Buffer.from(base64, "base64"))).files);
    if (parts.some((p) => p.startsWith("xl/charts/"))) throw officeError("InvalidArgument", "The source workbook has charts, which insertWorksheetsFromBase64 does not support.");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, "base64") as never);
    const ids: string[] = [];
    for (const worksheet of workbook.worksheets) {
      if (state.sheets.some((s) => same(s.name, worksheet.name))) throw officeError("InvalidArgument", `A sheet named ${worksheet.name} exists.`);
      const sheet = addSheet(worksheet.name);
      ids.push(sheet.id);
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string } | null;
          if (value && typeof value === "object" && typeof value.formula === "string") {
            const formula = options.linkOutside ? linkOutside(value.formula, worksheet.name) : value.formula;
            sheet.formulas.set(cellAddress({ row: Number(cell.row), col: Number(cell.col) }), formula);
          }
        })
      );
      for (const found of worksheet.getTables() as unknown as { table: { name: string; tableRef: string } }[]) {
        if (state.tables.some((t) => same(t.name, found.table.name)) || state.names.some((n) => same(n.name, found.table.name))) {
          throw officeError("InvalidArgument", `A table or name ${found.table.name} exists.`);
        }
        state.tables.push(tableFromSheet(worksheet, found.table.name, found.table.tableRef));
      }
      if (options.failOn === "insertPartly") throw officeError("GeneralException", "The insert stopped halfway.");
    }
    // The reported Office bug: names of the inserted file arrive as #REF!.
    for (const defined of workbook.definedNames.model) {
      if (!state.names.some((n) => same(n.name, defined.name))) state.names.push({ name: defined.name, formula: "=#REF!" });
    }
    return ids;
  }

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: [],
        load: collectionLoad,
        getItem: (key: string) => ({
          set name(to: string) {
            queue.push(() => renameSheet(key, to));
          },
          set visibility(to: string) {
            queue.push(() => void (sheetById(key).visibility = to));
          },
          set position(to: number) {
            queue.push(() => {
              const sheet = sheetById(key);
              state.sheets.splice(state.sheets.indexOf(sheet), 1);
              state.sheets.splice(to, 0, sheet);
            });
          },
          getRange: (address: string) => fakeRange(() => sheetById(key), address, queue, afterSync, options.linkOutside),
          delete: () => void queue.push(() => removeSheet(sheetById(key).id)),
          activate: () => void queue.push(() => void (state.active = sheetById(key).id)),
          charts: fakeCharts({
            queue,
            place: (chart) => {
              chart.sheetId = sheetById(key).id;
              if (options.failOn === "charts.add") throw officeError("GeneralException", "The chart could not be added.");
              state.charts.push(chart);
            }
          })
        })
      },
      tables: {
        items: [],
        load: collectionLoad,
        getItemOrNullObject: (name: string) => tableProxy(name, true),
        getItem: (key: string) => {
          const byId = state.tables.find((t) => t.id === key);
          const proxy = tableProxy(byId ? byId.name : key, false);
          Object.defineProperty(proxy, "name", { set: (to: string) => void queue.push(() => renameTable(key, to)), get: () => byId?.name ?? key, configurable: true });
          return proxy;
        }
      },
      names: {
        items: [],
        load: collectionLoad,
        add: (name: string, reference: string) => {
          queue.push(() => {
            if (options.failOn === "names.add") throw officeError("GeneralException", "The name could not be added.");
            if (state.names.some((n) => same(n.name, name))) throw officeError("InvalidArgument", `The name ${name} exists.`);
            state.names.push({ name, formula: reference });
          });
          return {};
        },
        getItem: (name: string) => ({ delete: () => void queue.push(() => removeName(name)) })
      },
      insertWorksheetsFromBase64: (base64: string, insertOptions: { positionType?: string }) => {
        let ids: string[] | undefined;
        let ready = false;
        queue.push(async () => {
          if (insertOptions.positionType !== "End") throw officeError("InvalidArgument", "positionType must be End in these tests.");
          ids = await insert(base64);
        });
        afterSync.push(() => (ready = true));
        return {
          get value(): string[] {
            if (!ready || !ids) throw new Error("ClientResult.value read before context.sync()");
            return ids;
          }
        };
      }
    }
  });

  function collectionLoad(this: OfficeMockObject): OfficeMockObject {
    loads.add(this);
    return this;
  }

  const workbook = context.workbook as OfficeMockObject;
  itemSources.set(workbook.worksheets as OfficeMockObject, () =>
    state.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility ?? "Visible",
      delete: () => void queue.push(() => removeSheet(s.id)),
      getUsedRangeOrNullObject: () => usedRange(() => sheetById(s.id), queue, afterSync)
    }))
  );
  itemSources.set(workbook.tables as OfficeMockObject, () => state.tables.map((t) => ({ name: t.name, id: t.id ?? t.name, worksheet: { name: t.sheet } })));
  itemSources.set(workbook.names as OfficeMockObject, () =>
    state.names.map((n) => ({ name: n.name, formula: n.formula, delete: () => void queue.push(() => removeName(n.name)) }))
  );

  context.sync = async (): Promise<void> => {
    syncs += 1;
    const ops = queue.splice(0);
    const after = afterSync.splice(0);
    const collections = [...loads];
    loads.clear();
    const proxies = created.splice(0);
    const pending = failure ?? (syncs === options.failAtSync ? officeError("GeneralException", `Sync ${syncs} failed before running.`) : undefined);
    failure = undefined;
    if (pending) throw pending;
    for (const op of ops) await op();
    for (const collection of collections) {
      (collection["setValue"] as (name: string, value: unknown) => void).call(collection, "items", (itemSources.get(collection) as () => unknown[])());
      OfficeMockObject.prototype.load.call(collection, "items");
    }
    await OfficeMockObject.prototype.sync.call(context);
    for (const proxy of proxies) await proxy.sync();
    await new Promise((resolve) => setImmediate(resolve));
    for (const done of after) done();
    if (syncs === options.failAfterSync) throw officeError("GeneralException", `The answer to sync ${syncs} was lost.`);
    options.afterSync?.(syncs, state);
  };

  const host: OfficeHost = {
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => name === "ExcelApi" && versionAtMost(version, options.apiVersion ?? "1.17"),
    createWorkbook: async (base64) => void state.created.push(base64),
    runIn: (_earlier, batch) => batch(context as unknown as Excel.RequestContext),
    settings: () => {
      throw new Error("The fake Excel has no document settings; see test/excel/officeGatewayPane.test.ts.");
    }
  };
  return {
    host,
    state,
    context,
    get syncs() {
      return syncs;
    }
  };
}
