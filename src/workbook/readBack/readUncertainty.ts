/**
 * Reads the Osäkerhet sheet back (docs/uncertainty.md, "In the workbook"): the ranges from
 * their three tables, the confidence grades of unit costs and effects, the optimism-bias
 * table, and the seed and number of draws by their names. Only input columns are read; the
 * formula columns (planned base, corrections, corrected savings) are ignored. A workbook
 * without the sheet reads as "nothing said" (`present: false`).
 */
import type { Range } from "../../engine/uncertainty/model";
import { matchKey } from "../../engine/key";
import type { ColumnKey, TableSpec } from "../../sheetModel/tables/tableSpec";
import {
  EFFECT_GRADES_TABLE,
  OPTIMISM_BIAS_TABLE,
  RANGE_TABLES,
  UNCERTAINTY_SETTING_NAMES,
  UNCERTAINTY_TABLES,
  UNIT_COST_GRADES_TABLE
} from "../../sheetModel/tables/uncertaintyTables";
import type { BothLabels, ReadProblem, TableData } from "./tableReader";
import { readTable } from "./tableReader";

/** What the sheet says, by the engine's match key of each item's id (a unit cost's code). */
export interface UncertaintyRead {
  /** Whether the workbook has the sheet (any of its tables or names). */
  readonly present: boolean;
  readonly shareRanges: ReadonlyMap<string, Range>;
  readonly volumeRanges: ReadonlyMap<string, Range>;
  readonly unitCostRanges: ReadonlyMap<string, Range>;
  readonly effectGrades: ReadonlyMap<string, number>;
  readonly unitCostGrades: ReadonlyMap<string, number>;
  /** The corrections of grades 1–6, when the table holds all six. */
  readonly optimismBias: readonly number[] | undefined;
  readonly draws: number | undefined;
  readonly seed: number | undefined;
  readonly problems: readonly ReadProblem[];
}

/** The names of the tables and workbook names the read needs. */
export const UNCERTAINTY_READ = { tables: Object.values(UNCERTAINTY_TABLES), names: Object.values(UNCERTAINTY_SETTING_NAMES) } as const;

/** A spec with only the columns the read takes (the key and the inputs): formula columns are not read. */
function only<S extends TableSpec>(spec: S, keys: readonly ColumnKey<S>[]): TableSpec {
  return { name: spec.name, columns: spec.columns.filter((c) => (keys as readonly string[]).includes(c.key)) };
}

const firstNumber = (v: unknown[][] | undefined): number | undefined => {
  const x = v?.[0]?.[0];
  return typeof x === "number" && Number.isFinite(x) ? x : undefined;
};

/**
 * Reads the sheet's inputs.
 *
 * @example
 * // The worked example with share (0.1, 0.3, 0.5), seed 7, 2 000 draws:
 * const r = readUncertainty(tablesOf(plan), { SINV_Seed: [[7]], SINV_Draws: [[2000]] }, both);
 * r.shareRanges.get("PLACEMENT"); // { low: 0.1, high: 0.5 }
 * r.seed;                        // 7
 */
export function readUncertainty(tables: Readonly<Record<string, TableData | undefined>>, named: Readonly<Record<string, unknown[][] | undefined>>, both: BothLabels): UncertaintyRead {
  const problems: ReadProblem[] = [];
  const present = UNCERTAINTY_READ.tables.some((n) => tables[n] !== undefined) || UNCERTAINTY_READ.names.some((n) => named[n] !== undefined);
  const rows = (spec: TableSpec) => {
    if (!tables[spec.name]) return [];
    const r = readTable(spec, tables[spec.name], both);
    problems.push(...r.problems);
    return r.rows;
  };
  const ranges = (spec: (typeof RANGE_TABLES)[keyof typeof RANGE_TABLES]): Map<string, Range> =>
    new Map(rows(only(spec, ["id", "low", "high"])).map((r) => [matchKey(String(r.values.id)), { low: r.values.low as number, high: r.values.high as number }]));
  const grades = (spec: typeof EFFECT_GRADES_TABLE | typeof UNIT_COST_GRADES_TABLE, key: "id" | "code"): Map<string, number> =>
    new Map(
      rows(only(spec as TableSpec, [key, "grade"])).flatMap((r) => {
        const values = r.values as Readonly<Record<string, unknown>>;
        return typeof values.grade === "number" ? [[matchKey(String(values[key])), values.grade] as const] : [];
      })
    );

  let optimismBias: number[] | undefined;
  if (tables[OPTIMISM_BIAS_TABLE.name]) {
    const bias = rows(OPTIMISM_BIAS_TABLE);
    const byGrade = new Map(bias.map((r) => [r.values.grade as number, r.values.correction as number]));
    const six = [1, 2, 3, 4, 5, 6].map((g) => byGrade.get(g));
    if (six.every((x) => x !== undefined) && bias.length === 6) optimismBias = six as number[];
    else if (!problems.some((p) => p.table === OPTIMISM_BIAS_TABLE.name)) {
      problems.push({
        table: OPTIMISM_BIAS_TABLE.name,
        row: 1,
        sv: `Tabellen ${OPTIMISM_BIAS_TABLE.name} ska ha en rad för vart och ett av betygen 1–6.`,
        en: `The table ${OPTIMISM_BIAS_TABLE.name} must have one row for each of the grades 1–6.`
      });
    }
  }
  return {
    present,
    shareRanges: ranges(RANGE_TABLES.share),
    volumeRanges: ranges(RANGE_TABLES.volumeFactor),
    unitCostRanges: ranges(RANGE_TABLES.unitCostFactor),
    effectGrades: grades(EFFECT_GRADES_TABLE, "id"),
    unitCostGrades: grades(UNIT_COST_GRADES_TABLE, "code"),
    optimismBias,
    draws: firstNumber(named[UNCERTAINTY_SETTING_NAMES.draws]),
    seed: firstNumber(named[UNCERTAINTY_SETTING_NAMES.seed]),
    problems
  };
}
