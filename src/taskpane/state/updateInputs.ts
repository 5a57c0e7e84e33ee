/**
 * Carries out "Uppdatera denna arbetsbok" through the gateway: reads the input tables,
 * finds the workbook's language from their headers, refuses (writing nothing) when a table
 * is missing or its rows are not the investment's (an item added or removed in the pane
 * has no row to write into), then writes every cell as one all-or-nothing write — the
 * Osäkerhet sheet's ranges and grades too when the workbook has it (uncertaintyWrites.ts),
 * and says in its report when it has not.
 */
import type { Investment } from "../../engine";
import { cellKey, matchKey } from "../../engine/key";
import type { TableData, WorkbookGateway } from "../../sheetModel/gateway";
import type { WriteTableCellsReport } from "../../sheetModel/tableCellWrites";
import type { TableSpec } from "../../sheetModel/tables/tableSpec";
import { WorkbookError } from "../../sheetModel/workbookError";
import type { Template } from "../../workbook/template";
import { SV_WORK } from "../i18n/svWork";
import { EN_WORK } from "../i18n/enWork";
import type { WorkbookLanguage } from "./inputWrites";
import { UPDATED_TABLES, inputWrites } from "./inputWrites";
import type { UncertaintyWriteReport } from "./uncertaintyWrites";
import { UNCERTAINTY_WRITE_TABLES, uncertaintyWrites } from "./uncertaintyWrites";

/** The investment's rows and a table's rows differ: nothing was written. */
export class InputRowsMismatch extends Error {
  readonly sv: string;
  readonly en: string;
  constructor(readonly table: string, readonly missing: readonly string[], readonly extra: readonly string[]) {
    const sv = SV_WORK.update.mismatch(table, missing, extra);
    const en = EN_WORK.update.mismatch(table, missing, extra);
    super(`${sv} / ${en}`);
    this.name = "InputRowsMismatch";
    this.sv = sv;
    this.en = en;
  }
}

/**
 * The workbook's language, from a table's headers: English when they hold the English
 * label of a column whose labels differ and not the Swedish one.
 *
 * @example
 * workbookLanguage(["id", "Effect", "Target group"], template, EFFECTS_TABLE); // "en"
 */
export function workbookLanguage(headers: readonly unknown[], template: Template, spec: TableSpec): WorkbookLanguage {
  const seen = new Set(headers.map(cellKey));
  for (const c of spec.columns) {
    const { sv, en } = template.labels[c.header];
    if (cellKey(sv) === cellKey(en)) continue;
    if (seen.has(cellKey(en)) && !seen.has(cellKey(sv))) return "en";
    if (seen.has(cellKey(sv))) return "sv";
  }
  return "sv";
}

function keysOf(data: TableData, keyColumn: number): string[] {
  return data.rows.map((r) => String(r[keyColumn - 1] ?? "").trim()).filter((k) => k !== "");
}

/**
 * Writes the investment into the workbook's input tables, all or nothing.
 *
 * @returns the cells written, sheet-qualified, and what was done with the uncertainty.
 *
 * @example
 * await updateInputs(gateway, inv, [2017, 2018, 2019], template); // { cells: ["Effekter!F5", …], uncertainty: { sheet: false, notWritten: [] } }
 */
export async function updateInputs(
  gateway: WorkbookGateway,
  inv: Investment,
  years: readonly number[],
  template: Template
): Promise<WriteTableCellsReport & { readonly uncertainty: UncertaintyWriteReport }> {
  const read = await gateway.readTables([...UPDATED_TABLES.map((x) => x.spec.name), ...UNCERTAINTY_WRITE_TABLES]);
  let lang: WorkbookLanguage | undefined;
  for (const { spec, key, ids } of UPDATED_TABLES) {
    const data = read[spec.name];
    if (data === undefined) throw new WorkbookError("tableMissing", { table: spec.name });
    lang ??= workbookLanguage(data.headers, template, spec);
    const own = ids(inv);
    const theirs = keysOf(data, spec.columns.findIndex((c) => c.key === key) + 1);
    const ownKeys = new Set(own.map(matchKey));
    const theirKeys = new Set(theirs.map(matchKey));
    const missing = own.filter((k) => !theirKeys.has(matchKey(k)));
    const extra = theirs.filter((k) => !ownKeys.has(matchKey(k)));
    if (missing.length > 0 || extra.length > 0) throw new InputRowsMismatch(spec.name, missing, extra);
  }
  const uncertainty = uncertaintyWrites(inv, read, template, lang ?? "sv");
  const report = await gateway.writeTablesCells([...inputWrites(inv, years, template, lang ?? "sv"), ...uncertainty.writes]);
  return { ...report, uncertainty: uncertainty.report };
}
