/**
 * Reads the workbook's inputs for the pane: the scenario file through
 * {@link readWorkbookInputs} (the same checks as everywhere), the unit-cost catalogue for
 * the picker, what each input table held, empty tables, and the cell of every problem.
 */
import type { TableData, WorkbookGateway } from "../../sheetModel/gateway";
import { nameKey } from "../../sheetModel/renameInFormula";
import { parseSheetAddress } from "../../sheetModel/sheetAddress";
import { cellText } from "../../scenario/cellValues";
import { readUnitCostRows } from "../../scenario/unitCostTable";
import { readWorkbookInputs } from "../../workbook/readBack/readFromGateway";
import type { ReadProblem } from "../../workbook/readBack/tableReader";
import { PARAMETERS_NAME, TABLES } from "../../sheetModel/tables/inputTables";
import type { Template } from "../../workbook/template";
import { TRANSLATIONS } from "../i18n";
import { locateProblem } from "./locateProblem";
import type { ReadOutcome, TableSummary } from "./paneState";

/** The tables an application cannot do without: an empty one is a problem. */
const REQUIRED_TABLES = [TABLES.unitCosts, TABLES.targetGroups, TABLES.effects] as const;

const filledRows = (data: TableData | undefined): number => (data ? data.rows.filter((row) => row.some((v) => cellText(v) !== "")).length : 0);

function emptyTable(table: string): ReadProblem {
  return { table, row: 2, sv: TRANSLATIONS.sv.tables.emptyTable(table), en: TRANSLATIONS.en.tables.emptyTable(table) };
}

/**
 * Reads everything the pane shows about the workbook, in three gateway calls (list,
 * tables, named values).
 *
 * @example
 * const outcome = await readInputs(gatewayWithWorkedExample, orebro);
 * outcome.file?.investment.name;   // "Skolnärvaro (räkneexempel som Bryggan)"
 * outcome.catalogue[0].code;       // "EXTERN_SKOLPLACERING"
 */
export async function readInputs(gateway: Pick<WorkbookGateway, "readTables" | "readNamedValues" | "listSheetsTablesNames">, template: Template): Promise<ReadOutcome> {
  const contents = await gateway.listSheetsTablesNames();
  let tables: Record<string, TableData | undefined> = {};
  const back = await readWorkbookInputs(
    {
      readTables: async (names) => (tables = await gateway.readTables(names)),
      readNamedValues: (names) => gateway.readNamedValues(names)
    },
    template
  );
  const hasInputs = contents.names.some((n) => nameKey(n) === nameKey(PARAMETERS_NAME));
  const unitTable = tables[TABLES.unitCosts];
  const unitRead = unitTable ? readUnitCostRows([unitTable.headers, ...unitTable.rows]) : undefined;

  const problems: ReadProblem[] = [];
  if (hasInputs) {
    problems.push(...back.problems);
    const mentioned = new Set(back.problems.map((p) => p.table));
    for (const table of REQUIRED_TABLES) if (tables[table] && filledRows(tables[table]) === 0 && !mentioned.has(table)) problems.push(emptyTable(table));
  } else if (unitRead) {
    for (const p of unitRead.problems) if (p.severity === "error") problems.push({ table: TABLES.unitCosts, row: p.row, ...(p.column ? { column: p.column } : {}), sv: p.sv, en: p.en });
  }
  const ctx = { tables, sheets: contents.sheets, template };
  const summaries: TableSummary[] = Object.values(TABLES).map((table) => {
    const sheet = tables[table] ? parseSheetAddress(tables[table].address)?.sheet : undefined;
    return { table, ...(sheet !== undefined ? { sheet } : {}), rows: filledRows(tables[table]) };
  });
  return {
    ...(hasInputs && back.file && problems.length === 0 ? { file: back.file } : {}),
    hasInputs,
    problems: problems.map((p) => {
      const location = locateProblem(p, ctx);
      return location ? { ...p, location } : p;
    }),
    tables: summaries,
    catalogue: unitRead?.rows.map((r) => r.unitCost) ?? [],
    hasUnitCostTable: unitTable !== undefined
  };
}
