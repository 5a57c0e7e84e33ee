import type { Payer, UnitCost } from "../engine/model";
import { checkField } from "../engine/fields/checkField";
import { FIELDS } from "../engine/fields/fieldTable";
import { cellText, numberOfCell } from "./cellValues";
import { parseCsv } from "./csv";
import { describeValue } from "./describeValue";
import type { UnitCostColumn } from "./unitCostHeaders";
import { REQUIRED_UNIT_COST_COLUMNS, UNIT_COST_COLUMNS, columnOfHeader } from "./unitCostHeaders";

/**
 * A unit-cost table (enhetskostnader) read from a sheet's values or a CSV file into the
 * engine's {@link UnitCost}s. Headers are matched by name in Swedish or English, in any order;
 * unknown columns are kept per row; blank rows are skipped; every bad row is reported with
 * its 1-based row number (the header is row 1) and the reason in both languages.
 */

/** One good row of the table. */
export interface UnitCostRow {
  /** 1-based row number in the sheet (the header row is 1). */
  readonly row: number;
  readonly unitCost: UnitCost;
  readonly area?: string;
  readonly note?: string;
  readonly sourceTitle?: string;
  readonly sourceUrl?: string;
  /** Columns the table does not know, by their header, with the cell value as it was. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** A problem with a row (or with the header row, row 1). Rows with errors are left out. */
export interface UnitCostProblem {
  readonly row: number;
  /** The header of the column concerned, as written in the sheet. */
  readonly column?: string;
  readonly severity: "error" | "warning";
  readonly sv: string;
  readonly en: string;
}

/** The rows read and the problems found. */
export interface UnitCostTable {
  readonly rows: readonly UnitCostRow[];
  readonly problems: readonly UnitCostProblem[];
}

const PAYERS: readonly Payer[] = ["kommun", "region", "staten"];

/**
 * A unit cost's source as one text: the title and the address, or whichever there is.
 *
 * @example
 * unitCostSource("SCB: Kostnader för utbildningsväsendet", "https://www.scb.se/x"); // "SCB: Kostnader för utbildningsväsendet, https://www.scb.se/x"
 * unitCostSource("", "https://www.scb.se/x"); // "https://www.scb.se/x"
 */
export function unitCostSource(title: string, url: string): string {
  return [title.trim(), url.trim()].filter((s) => s !== "").join(", ");
}

type Columns = Partial<Record<UnitCostColumn, number>>;

function headerProblems(headers: readonly unknown[]): { columns: Columns; extras: Map<number, string>; problems: UnitCostProblem[] } {
  const columns: Columns = {};
  const extras = new Map<number, string>();
  const problems: UnitCostProblem[] = [];
  headers.forEach((h, i) => {
    const text = cellText(h);
    if (text === "") return;
    const column = columnOfHeader(text);
    if (column === undefined) extras.set(i, text);
    else if (columns[column] === undefined) columns[column] = i;
    else {
      extras.set(i, text);
      const first = cellText(headers[columns[column] as number]);
      problems.push({
        row: 1,
        column: text,
        severity: "warning",
        sv: `Rad 1: kolumnen ${JSON.stringify(text)} betyder också ${UNIT_COST_COLUMNS[column].sv}; kolumnen ${JSON.stringify(first)} används och ${JSON.stringify(text)} behålls som extra kolumn.`,
        en: `Row 1: the column ${JSON.stringify(text)} also means ${UNIT_COST_COLUMNS[column].en}; ${JSON.stringify(first)} is used and ${JSON.stringify(text)} is kept as an extra column.`
      });
    }
  });
  return { columns, extras, problems };
}

function missingColumnsProblem(missing: readonly UnitCostColumn[]): UnitCostProblem {
  const sv = missing.map((c) => `${UNIT_COST_COLUMNS[c].sv} (${UNIT_COST_COLUMNS[c].names.join(", ")})`).join("; ");
  const en = missing.map((c) => `${UNIT_COST_COLUMNS[c].en} (${UNIT_COST_COLUMNS[c].names.join(", ")})`).join("; ");
  return {
    row: 1,
    severity: "error",
    sv: `Rad 1: obligatoriska kolumner saknas: ${sv}. Rubrikerna i rad 1 matchas utan hänsyn till versaler, accenter och understreck.`,
    en: `Row 1: required columns are missing: ${en}. The headers in row 1 are matched ignoring case, accents and underscores.`
  };
}

function shown(value: unknown): { readonly sv: string; readonly en: string } {
  return cellText(value) === "" ? { sv: "en tom cell", en: "an empty cell" } : describeValue(value);
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((v) => cellText(v) === "");
}

/**
 * Reads a unit-cost table from a sheet's 2-D values (as Excel's `range.values` gives them),
 * the first row being the headers. Required columns: code/kod, description/beskrivning
 * (also description_sv), unit/enhet, cost/kostnad (also cost_sek, belopp), price year/prisår
 * (price_year), payer/betalare; optional: source/källa (source_title), source_url, area/område,
 * note/anmärkning. Errors (the row is left out): missing code, cost not a number, cost or
 * price year outside its field in the field table (engine/fields), payer not kommun/region/staten, duplicate code
 * (ignoring case), missing unit. Warnings (the row is kept): no source ("källa saknas"), no
 * description (the code is used).
 *
 * @example
 * const t = readUnitCostRows([
 *   ["Kod", "Beskrivning", "Enhet", "Kostnad (kr)", "Prisår", "Betalare", "Källa", "Ansvarig"],
 *   ["GR_ELEV", "Grundskola per elev", "kr per elev och år", 98912, 2019, "kommun", "Örebro kommun", "Ekonomi"],
 *   [],
 *   ["GR_ELEV", "Dubblett", "kr", "-5", "2019,5", "Kommunen", "", ""]
 * ]);
 * t.rows[0].unitCost.cost;   // 98912
 * t.rows[0].extra;           // { Ansvarig: "Ekonomi" }
 * t.problems.map((p) => p.row); // [4, 4, 4, 4, 4]: negative cost, bad price year, bad payer, duplicate code, no source
 */
export function readUnitCostRows(values: unknown[][]): UnitCostTable {
  if (!Array.isArray(values) || values.length === 0 || !Array.isArray(values[0])) {
    return { rows: [], problems: [{ row: 1, severity: "error", sv: "Tabellen är tom: rad 1 ska innehålla rubriker.", en: "The table is empty: row 1 must hold the headers." }] };
  }
  const { columns, extras, problems } = headerProblems(values[0]);
  const missing = REQUIRED_UNIT_COST_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length > 0) return { rows: [], problems: [...problems, missingColumnsProblem(missing)] };
  const hasSource = columns.sourceTitle !== undefined || columns.sourceUrl !== undefined;
  if (!hasSource) {
    problems.push({
      row: 1,
      severity: "warning",
      sv: "Rad 1: källa saknas – tabellen har ingen källkolumn (källa/source, source_url), så ingen enhetskostnad har en källa.",
      en: "Row 1: source missing – the table has no source column (källa/source, source_url), so no unit cost has a source."
    });
  }
  const header = (c: UnitCostColumn): string => cellText(values[0]?.[columns[c] as number]);
  const rows: UnitCostRow[] = [];
  const firstRowOfCode = new Map<string, number>();

  values.forEach((raw, index) => {
    if (index === 0) return;
    const rowNumber = index + 1;
    const row: readonly unknown[] = Array.isArray(raw) ? raw : [];
    if (isBlankRow(row)) return;
    const at = (c: UnitCostColumn): unknown => (columns[c] === undefined ? undefined : row[columns[c] as number]);
    const text = (c: UnitCostColumn): string => cellText(at(c));
    const rowProblems: UnitCostProblem[] = [];
    const bad = (c: UnitCostColumn, severity: "error" | "warning", sv: string, en: string): void => {
      rowProblems.push({ row: rowNumber, column: header(c), severity, sv: `Rad ${rowNumber}, kolumn ${JSON.stringify(header(c))}: ${sv}`, en: `Row ${rowNumber}, column ${JSON.stringify(header(c))}: ${en}` });
    };

    const code = text("code");
    if (code === "") bad("code", "error", "koden saknas; varje enhetskostnad behöver en kod.", "the code is missing; every unit cost needs a code.");

    const costCell = at("cost");
    const cost = numberOfCell(costCell);
    const found = shown(costCell);
    if (cost === undefined) bad("cost", "error", `kostnaden måste vara ett tal (t.ex. 98912 eller 324,50); fick ${found.sv}.`, `the cost must be a number (e.g. 98912 or 324.50); found ${found.en}.`);
    else if (checkField("cost", cost, "cost")) bad("cost", "error", `kostnaden ska vara ${FIELDS.cost.words.sv}; fick ${cost}.`, `the cost must be ${FIELDS.cost.words.en}; found ${cost}.`);

    const yearCell = at("priceYear");
    const year = numberOfCell(yearCell);
    if (year === undefined || checkField("priceYear", year, "priceYear")) {
      const f = shown(yearCell);
      bad("priceYear", "error", `prisåret måste vara ${FIELDS.priceYear.words.sv}; fick ${f.sv}.`, `the price year must be ${FIELDS.priceYear.words.en}; found ${f.en}.`);
    }

    const payerText = text("payer").toLowerCase();
    const payer = PAYERS.find((p) => p === payerText);
    if (payer === undefined) {
      const f = shown(at("payer"));
      bad("payer", "error", `betalaren måste vara kommun, region eller staten; fick ${f.sv}.`, `the payer must be kommun, region or staten; found ${f.en}.`);
    }

    const unit = text("unit");
    if (unit === "") bad("unit", "error", "enheten saknas (t.ex. \"kr per elev och år\").", 'the unit is missing (e.g. "kr per elev och år").');

    if (code !== "") {
      const key = code.toUpperCase();
      const first = firstRowOfCode.get(key);
      if (first !== undefined) bad("code", "error", `koden ${JSON.stringify(code)} finns redan på rad ${first}; koderna måste vara unika.`, `the code ${JSON.stringify(code)} is already on row ${first}; codes must be unique.`);
      else firstRowOfCode.set(key, rowNumber);
    }

    let description = text("description");
    if (description === "") {
      bad("description", "warning", "beskrivningen saknas; koden används som beskrivning.", "the description is missing; the code is used instead.");
      description = code;
    }
    const sourceTitle = text("sourceTitle");
    const sourceUrl = text("sourceUrl");
    if (hasSource && sourceTitle === "" && sourceUrl === "") {
      const c: UnitCostColumn = columns.sourceTitle !== undefined ? "sourceTitle" : "sourceUrl";
      bad(c, "warning", "källa saknas; ange varifrån kostnaden kommer.", "source missing; say where the cost comes from.");
    }

    problems.push(...rowProblems);
    if (rowProblems.some((p) => p.severity === "error")) return;

    const extra: Record<string, unknown> = {};
    for (const [i, name] of extras) extra[name] = row[i];
    const area = text("area");
    const note = text("note");
    rows.push({
      row: rowNumber,
      unitCost: { code, description, unit, cost: cost as number, priceYear: year as number, payer: payer as Payer, source: unitCostSource(sourceTitle, sourceUrl) },
      ...(area !== "" ? { area } : {}),
      ...(note !== "" ? { note } : {}),
      ...(sourceTitle !== "" ? { sourceTitle } : {}),
      ...(sourceUrl !== "" ? { sourceUrl } : {}),
      extra
    });
  });
  return { rows, problems };
}

/**
 * Reads a unit-cost table from CSV text (comma, semicolon or tab separated; quoted fields may
 * hold commas, quotes and line breaks). Row numbers are the CSV's records, the header being
 * row 1, as a spreadsheet opening the file would number them.
 *
 * @example
 * const t = parseUnitCostCsv(readFileSync("assets/data/unit_costs.csv", "utf8"));
 * t.rows.length;                 // 43
 * t.rows[0].unitCost.code;       // "SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO"
 * t.rows[0].unitCost.cost;       // 98912
 * t.problems.length;             // 0
 */
export function parseUnitCostCsv(text: string): UnitCostTable {
  if (typeof text !== "string") return readUnitCostRows([]);
  const csv = parseCsv(text);
  const table = readUnitCostRows(csv.rows.map((r) => [...r]));
  const csvProblems: UnitCostProblem[] = csv.problems.map((p) => ({ row: p.row, severity: "error", sv: p.sv, en: p.en }));
  return { rows: table.rows, problems: [...csvProblems, ...table.problems] };
}
