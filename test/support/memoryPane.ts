/**
 * The memory gateway over a {@link PaneWorkbookInit} (the workbooks the pane contracts
 * use): its tables built from the cells they cover; a text starting with "=" is a formula.
 */
import { cellAddress, parseCell } from "../../src/sheetModel/a1";
import { MemoryGateway, type MemoryGatewayOptions } from "../../src/preview/memoryGateway";
import type { PaneWorkbookInit } from "./fakeExcelPane";

/**
 * A memory gateway holding the workbook.
 *
 * @example
 * memoryPaneGateway({ sheets: [{ name: "A", cells: { A1: 1, A2: "=A1*2" } }] }).cell("A", "A2"); // { value: null, formula: "A1*2" }
 */
export function memoryPaneGateway(initial: PaneWorkbookInit, options: Omit<MemoryGatewayOptions, "initial"> = {}): MemoryGateway {
  const cellsOf = (sheet: string): Readonly<Record<string, string | number | boolean>> => initial.sheets.find((s) => s.name === sheet)?.cells ?? {};
  const tables = (initial.tables ?? []).map((t) => {
    const [first, last] = t.range.split(":").map(parseCell);
    const at = (row: number, col: number): string | number | boolean | null => cellsOf(t.sheet)[cellAddress({ row, col })] ?? null;
    const span = (row: number): (string | number | boolean | null)[] => Array.from({ length: last.col - first.col + 1 }, (_, c) => at(row, first.col + c));
    return {
      name: t.name,
      sheet: t.sheet,
      ref: cellAddress(first),
      columns: span(first.row).map((v) => String(v ?? "")),
      rows: Array.from({ length: last.row - first.row }, (_, r) => span(first.row + 1 + r))
    };
  });
  const gateway = new MemoryGateway({ ...options, initial: { sheets: initial.sheets.map((s) => s.name), names: initial.names, tables } });
  for (const sheet of initial.sheets) {
    for (const [ref, value] of Object.entries(sheet.cells ?? {})) gateway.setCell(sheet.name, ref, typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value);
  }
  return gateway;
}
