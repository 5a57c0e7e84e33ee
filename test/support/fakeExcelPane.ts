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
import { fakeCells, isFormula } from "./fakeCells";
import { officeError, same, versionAtMost, type PaneFake, type PaneFakeOptions, type PaneWorkbookInit, type Sheet } from "./fakeExcelPaneTypes";

export type { PaneFake, PaneFakeOptions, PaneWorkbookInit } from "./fakeExcelPaneTypes";

/**
 * The fake over a workbook.
 *
 * @example
 * const fake = paneFake({ sheets: [{ name: "Parametrar", cells: { A4: "Startår", B4: 2017 } }] });
 * await new OfficeGateway(fake.host).selectCell("Parametrar", "B4"); // fake.selected() = { sheet: "Parametrar", address: "B4" }
 */
export function paneFake(initial: PaneWorkbookInit, options: PaneFakeOptions = {}): PaneFake {
  let ids = 0;
  const newId = (): string => `{pane-sheet-${(ids += 1)}}`;

  const sheets: Sheet[] = initial.sheets.map((s) => {
    const entries = Object.entries(s.cells ?? {}).map(([ref, v]) => [cellAddress(parseCell(ref)), v] as const);
    return {
      id: newId(),
      name: s.name,
      cells: new Map(entries.map(([ref, v]) => [ref, isFormula(v) ? "" : v])),
      formulas: new Map(entries.filter((e): e is readonly [string, string] => isFormula(e[1])))
    };
  });
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
  const cells = fakeCells(options, queue);
  const { write, writer, formulaAt } = cells;
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
        getItem: (key: string) => ({
          delete: () =>
            void queue.push(() => {
              const index = sheets.findIndex((s) => s.id === key || same(s.name, key));
              if (index < 0) throw officeError("ItemNotFound", `No sheet ${key}.`);
              sheets.splice(index, 1);
              for (let i = tables.length - 1; i >= 0; i -= 1) if (!sheetNamed(tables[i]?.sheet ?? "")) tables.splice(i, 1);
            })
        }),
        add: (name: string) => {
          const id = newId();
          let added = false;
          queue.push(() => {
            if (sheetNamed(name)) throw officeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
            sheets.push({ id, name, cells: new Map(), formulas: new Map() });
            added = true;
          });
          const sheet = () => sheets.find((s) => s.id === id) as Sheet;
          let loaded = false;
          const result = {
            load: () => {
              afterSync.push(() => (loaded = added));
              return result;
            },
            get id(): string {
              if (!loaded) throw new Error("Error, property was not loaded");
              return id;
            },
            set name(value: string) {
              queue.push(() => {
                if (sheets.some((s) => s.id !== id && same(s.name, value))) throw officeError("ItemAlreadyExists", `A sheet named ${value} exists.`);
                sheet().name = value;
              });
            },
            getRange: (address: string) => writer(sheet, parseCell(address.split(":")[0] as string)),
            tables: {
              add: (range: string) => {
                const table = { name: `Table${tables.length + 1}`, sheet: name, range };
                queue.push(() => {
                  if (options.failOn === "tables.add") throw officeError("InvalidArgument", "The table could not be added.");
                  table.sheet = sheet().name;
                  tables.push(table);
                });
                return {
                  set name(value: string) {
                    queue.push(() => void (table.name = value));
                  }
                };
              }
            },
            activate: () => void queue.push(() => void (active = sheet().name))
          };
          return result;
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
          // Each call reads the cells as they are when it is queued (a later call sees the user's edits meanwhile).
          const dataBody = (): OfficeMockObject => {
            const body: unknown[][] = [];
            for (let r = (where?.first.row ?? 1) + 1; r <= (where?.last.row ?? 0); r += 1) body.push(rowValues(r));
            const bodyCols = where ? where.last.col - where.first.col + 1 : 0;
            return mock({
              values: body,
              formulas: body.map((row, r) => row.map((_, c) => formulaAt(sheet, cellAddress({ row: (where?.first.row ?? 1) + 1 + r, col: (where?.first.col ?? 1) + c })))),
              getCell: (r: number, c: number) => {
                if (r < 0 || c < 0 || r >= body.length || c >= bodyCols) throw officeError("InvalidArgument", `Cell (${r}, ${c}) is outside the table.`);
                return writer(() => sheet as Sheet, { row: (where?.first.row ?? 1) + 1 + r, col: (where?.first.col ?? 1) + c });
              }
            });
          };
          const header = mock({ values: where ? [rowValues(where.first.row)] : [] });
          const whole = mock({ address: table && where ? sheetRef(table.sheet, table.range) : "" });
          return nullable({ getHeaderRowRange: () => header, getDataBodyRange: dataBody, getRange: () => whole }, () => table !== undefined);
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
          const formulas: unknown[][] = [];
          if (where && sheet) {
            for (let r = where.first.row; r <= where.last.row; r += 1) {
              const row: unknown[] = [];
              for (let c = where.first.col; c <= where.last.col; c += 1) row.push(sheet.cells.get(cellAddress({ row: r, col: c })) ?? "");
              matrix.push(row);
              formulas.push(row.map((_, c) => formulaAt(sheet, cellAddress({ row: r, col: where.first.col + c }))));
            }
          }
          const range = mock({
            values: matrix,
            formulas,
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
  collections.set(workbook.worksheets as OfficeMockObject, () => sheets.map((s) => ({ id: s.id, name: s.name })));
  collections.set(workbook.tables as OfficeMockObject, () => tables.map((t) => ({ name: t.name })));
  collections.set(workbook.names as OfficeMockObject, () => names.map((n) => ({ name: n.name })));

  context.sync = async (): Promise<void> => {
    syncs += 1;
    const n = syncs;
    const ops = queue.splice(0);
    const after = afterSync.splice(0);
    const proxies = created.splice(0);
    const toLoad = [...loads];
    loads.clear();
    if (n === options.failAtSync) throw officeError("GeneralException", `Sync ${n} failed before running.`);
    let failure: unknown;
    // Like Excel, a batch stops at its first failing operation; what ran before it stays.
    for (const op of ops) {
      try {
        op();
      } catch (error) {
        failure = error;
        break;
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
    if (n === options.failAfterSync) throw officeError("GeneralException", `The answer to sync ${n} was lost.`);
    options.afterSync?.(n, fake);
  };

  const documentSettings: OfficeSettings = {
    get: (name) => (settings.has(name) ? settings.get(name) : null),
    set: (name, value) => void settings.set(name, value),
    remove: (name) => void settings.delete(name),
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

  const fake: PaneFake = {
    host,
    sheets,
    tables,
    settings,
    saved: () => saved,
    syncs: () => syncs,
    writes: cells.writes,
    selected: () => selected,
    active: () => active,
    handlers: () => handlers.filter((h) => !h.removed).map((h) => ({ source: h.source })),
    edit: async (sheet, ref, value) => {
      write(sheetNamed(sheet) as Sheet, ref, value);
      for (const h of handlers.filter((x) => !x.removed)) await h.handler();
    },
    cell: (sheet, ref) => sheetNamed(sheet)?.cells.get(cellAddress(parseCell(ref))),
    formula: (sheet, ref) => sheetNamed(sheet)?.formulas.get(cellAddress(parseCell(ref)))
  };
  return fake;
}
