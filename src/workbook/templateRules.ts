/**
 * Every rule a template must meet beyond its shape (src/workbook/template.ts checks the
 * shape): what Excel requires of the sheet names, table column names and number formats it
 * gives, and what the formulas and the read-back require of the labels they use as text or
 * find things by (token words, parameter labels).
 * The template influences no defined name: the workbook and table names are fixed
 * (SINV_…), and a test checks them against {@link definedNameProblem}.
 */
import { INPUT_TABLE_SPECS } from "../sheetModel/tables/inputTables";
import { UNCERTAINTY_TABLE_SPECS } from "../sheetModel/tables/uncertaintyTables";
import type { ColumnDef } from "../sheetModel/tables/tableSpec";
import { cellTextProblem, columnHeaderProblem, excelNameKey, formulaStartProblem, sheetNameProblem } from "./excelNames";
import type { NameProblem } from "./excelNames";
import { numberFormatProblem } from "./numberFormat";
import { PARAM_LABELS } from "./parameterLabels";
import { printRuleIssues } from "./printRules";
// Types only: template.ts calls this file, so it takes the keys from the template itself.
import type { LabelKey, SheetKey, Template, TemplateIssue } from "./template";

/** Labels the sheets write into formulas as text constants ("Ja", "Återbetalas inte", …). */
const FORMULA_LITERALS: readonly LabelKey[] = [
  "yes", "no", "notPaidBack", "notReachable", "markActual", "markForecast", "shareAbove", "noRepaymentModel", "planEven",
  // the staff block's line when the staff table is empty
  "noStaffLines",
  // the checks: the plan kinds the range check accepts, the overview's status line and scenario banner
  "planFollowSavings", "checksStatusOk", "checksStatusFailed", "scenarioBanner"
];

/**
 * Labels that stand for a token value in a table column: written into cells, read back, and
 * compared in formulas with TRIM(cell)="word" (all of them, also the ones no formula compares
 * today, such as "kohort").
 */
export const TOKEN_LABELS: readonly LabelKey[] = [
  ...new Set(INPUT_TABLE_SPECS.flatMap((s) => s.columns.flatMap((c) => (c.tokens ?? []).flatMap((t) => (t.label ? [t.label] : [])))))
];

/**
 * Every label written into a formula as text. Decided: a `"` in any of them is refused,
 * not escaped — one rule instead of escaping at every formula, and HyperFormula (which the
 * tests recalculate every formula with) does not read `""` inside a text.
 */
export const FORMULA_TEXT_LABELS: readonly LabelKey[] = [...new Set([...FORMULA_LITERALS, ...TOKEN_LABELS])];

/** Excel's longest text constant in a formula. */
export const MAX_FORMULA_TEXT = 255;

/** Label pairs that must read differently (case-insensitive, in either language): formulas or the read-back tell them apart. */
const DISTINCT_PAIRS: readonly (readonly [LabelKey, LabelKey])[] = [
  ["yes", "no"],
  ["markActual", "markForecast"],
  ["planEven", "planFollowSavings"]
];

type Lang = "sv" | "en";
const LANGS: readonly Lang[] = ["sv", "en"];

/** A value as a message shows it: quoted, escapes visible, long ones cut. */
function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** How the read-back and TRIM compare words: trimmed, runs of spaces as one, any case. */
function wordKey(s: string): string {
  return excelNameKey(s.trim().replace(/\s+/g, " "));
}

/** What the field is, for the message: Swedish, then English (may be empty). */
type What = readonly [sv: string, en: string];

function issue(path: string, what: What, p: NameProblem): TemplateIssue {
  const sv = [`Mallen: ${path}`, what[0], p.sv].filter((x) => x !== "").join(" ");
  const en = [`Template: ${path}`, what[1], p.en].filter((x) => x !== "").join(" ");
  return { path, sv: `${sv}.`, en: `${en}.` };
}

function sheetIssues(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  for (const lang of LANGS) {
    const seen = new Map<string, string>();
    for (const key of Object.keys(t.sheets) as SheetKey[]) {
      const name = t.sheets[key][lang];
      const path = `sheets.${key}.${lang}`;
      const bad = sheetNameProblem(name);
      if (bad) out.push(issue(path, [`(bladnamnet ${shown(name)})`, `(the sheet name ${shown(name)})`], bad));
      const other = seen.get(excelNameKey(name));
      if (other) out.push(issue(path, [`(bladnamnet ${shown(name)})`, `(the sheet name ${shown(name)})`], { sv: `är samma som ${other} (Excel skiljer inte på stora och små bokstäver)`, en: `is the same as ${other} (Excel ignores case)` }));
      else seen.set(excelNameKey(name), `sheets.${key}.${lang}`);
    }
  }
  return out;
}

function headerIssues(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const reported = new Set<string>();
  // A label heading several tables (e.g. "id") is reported once per problem.
  const once = (path: string, what: What, p: NameProblem): void => {
    if (!reported.has(path + p.en)) out.push(issue(path, what, p));
    reported.add(path + p.en);
  };
  for (const spec of [...INPUT_TABLE_SPECS, ...UNCERTAINTY_TABLE_SPECS]) {
    // Both languages at once: the read-back accepts a Swedish or an English header for each column.
    const seen = new Map<string, { path: string; column: string }>();
    for (const column of spec.columns) {
      for (const lang of LANGS) {
        const text = t.labels[column.header][lang];
        const path = `labels.${column.header}.${lang}`;
        const what: What = [`(rubrik i tabellen ${spec.name}, ${shown(text)})`, `(a header of the table ${spec.name}, ${shown(text)})`];
        const bad = columnHeaderProblem(text);
        if (bad) once(path, what, bad);
        if (spec.years && /^\s*\d+\s*$/.test(text)) once(path, what, { sv: "är ett tal och kan krocka med årskolumnerna (2017, 2018, …)", en: "is a number and may collide with the year columns (2017, 2018, …)" });
        const other = seen.get(wordKey(text));
        if (other && other.column !== column.key) {
          once(path, what, { sv: `är samma kolumnnamn som ${other.path} (Excel skiljer inte på stora och små bokstäver)`, en: `is the same column name as ${other.path} (Excel ignores case)` });
        } else if (!other) seen.set(wordKey(text), { path, column: column.key });
      }
    }
  }
  return out;
}

function formulaTextIssues(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  for (const key of FORMULA_TEXT_LABELS) {
    for (const lang of LANGS) {
      const text = t.labels[key][lang];
      const path = `labels.${key}.${lang}`;
      const what: What = ["(text i formler)", "(text in formulas)"];
      if (text.includes('"')) out.push(issue(path, what, { sv: 'innehåller " (citattecken); ta bort det eller använd ” eller »', en: 'holds " (a quotation mark); remove it or use ” or »' }));
      if (text.length > MAX_FORMULA_TEXT) out.push(issue(path, what, { sv: `är ${text.length} tecken; en text i en formel får ha högst ${MAX_FORMULA_TEXT}`, en: `is ${text.length} characters; a text in a formula has at most ${MAX_FORMULA_TEXT}` }));
      if (/[\r\n\t]/.test(text)) out.push(issue(path, what, { sv: "innehåller en radbrytning eller tabb", en: "holds a line break or tab" }));
    }
  }
  for (const key of TOKEN_LABELS) {
    for (const lang of LANGS) {
      const text = t.labels[key][lang];
      const start = formulaStartProblem(text);
      if (start) out.push(issue(`labels.${key}.${lang}`, ["(ett ord i en tabellkolumn)", "(a word in a table column)"], start));
      if (text !== text.trim() || / {2}/.test(text)) {
        const path = `labels.${key}.${lang}`;
        out.push(issue(path, ["(ett ord i en tabellkolumn)", "(a word in a table column)"], { sv: "börjar eller slutar med blanksteg eller har två i rad (TRIM tar bort dem, så ordet känns aldrig igen)", en: "begins or ends with a space or has two in a row (TRIM removes them, so the word is never recognised)" }));
      }
    }
  }
  return out;
}

function distinctWordIssues(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  // Within a token column, a word (either language, the value itself, the further words) stands for one value only.
  // A column shared by two tables (financing) is checked once.
  const columns = new Map<ColumnDef, string>();
  for (const spec of INPUT_TABLE_SPECS) for (const column of spec.columns) if (column.tokens && !columns.has(column)) columns.set(column, spec.name);
  for (const [column, table] of columns) {
    const words: { word: string; value: string; source: string }[] = [];
    for (const token of column.tokens ?? []) {
      for (const w of [token.value, ...(token.also ?? [])]) words.push({ word: w, value: token.value, source: w });
      if (token.label) for (const lang of LANGS) words.push({ word: t.labels[token.label][lang], value: token.value, source: `labels.${token.label}.${lang}` });
    }
    // Reported on the label (the fixed words never clash), once per pair of labels.
    words.forEach((w, i) => {
      if (!w.source.startsWith("labels.")) return;
      const other = words.find((o, j) => o.value !== w.value && wordKey(o.word) === wordKey(w.word) && (j < i || !o.source.startsWith("labels.")));
      if (other) {
        const what: What = [`(${shown(w.word)}, kolumnen ${column.key} i ${table})`, `(${shown(w.word)}, the column ${column.key} of ${table})`];
        out.push(issue(w.source, what, { sv: `betyder redan ${other.value} (${other.source})`, en: `already means ${other.value} (${other.source})` }));
      }
    });
  }
  for (const [a, b] of DISTINCT_PAIRS) {
    for (const la of LANGS) {
      for (const lb of LANGS) {
        if (wordKey(t.labels[a][la]) === wordKey(t.labels[b][lb])) {
          out.push(issue(`labels.${b}.${lb}`, [`(${shown(t.labels[b][lb])})`, `(${shown(t.labels[b][lb])})`], { sv: `är samma ord som labels.${a}.${la}; de måste gå att skilja åt`, en: `is the same word as labels.${a}.${la}; they must differ` }));
        }
      }
    }
  }
  return out;
}

function parameterLabelIssues(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const seen = new Map<string, string>();
  for (const key of [...new Set(Object.values(PARAM_LABELS))]) {
    for (const lang of LANGS) {
      const text = t.labels[key][lang];
      const path = `labels.${key}.${lang}`;
      const what: What = [`(en parameter, ${shown(text)})`, `(a parameter, ${shown(text)})`];
      if (text !== text.trim()) out.push(issue(path, what, { sv: "börjar eller slutar med blanksteg (parametern läses tillbaka efter sin rubrik)", en: "begins or ends with a space (the parameter is read back by its label)" }));
      const other = seen.get(wordKey(text));
      if (other && !other.startsWith(`labels.${key}.`)) out.push(issue(path, what, { sv: `är samma rubrik som ${other}; parametrarna läses tillbaka efter sina rubriker`, en: `is the same label as ${other}; the parameters are read back by their labels` }));
      else if (!other) seen.set(wordKey(text), path);
    }
  }
  return out;
}

function textIssues(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const texts: [string, string][] = [
    ["name.sv", t.name.sv],
    ["name.en", t.name.en],
    ...(Object.keys(t.labels) as LabelKey[]).flatMap((k) => LANGS.map((l): [string, string] => [`labels.${k}.${l}`, t.labels[k][l]]))
  ];
  for (const [path, text] of texts) {
    const bad = cellTextProblem(text);
    if (bad) out.push(issue(path, ["", ""], bad));
    else if (text.trim() === "") out.push(issue(path, ["", ""], { sv: "är tomt", en: "is blank" }));
  }
  return out;
}

function formatIssues(t: Template): TemplateIssue[] {
  return Object.entries(t.numberFormats).flatMap(([key, format]) => {
    const bad = numberFormatProblem(format);
    return bad ? [issue(`numberFormats.${key}`, [`(${shown(format)}) är inget giltigt talformat:`, `(${shown(format)}) is no valid number format:`], bad)] : [];
  });
}

/**
 * Every problem Excel, the formulas or the read-back would have with a template of the right
 * shape, each with its field path, in Swedish and English; empty when it may be used.
 *
 * @example
 * templateRuleIssues(orebro); // []
 * templateRuleIssues({ ...orebro, sheets: { ...orebro.sheets, effects: { sv: "History", en: "Effects" } } })[0].path;
 * // "sheets.effects.sv"
 */
export function templateRuleIssues(t: Template): TemplateIssue[] {
  return [...textIssues(t), ...sheetIssues(t), ...headerIssues(t), ...formulaTextIssues(t), ...distinctWordIssues(t), ...parameterLabelIssues(t), ...formatIssues(t), ...printRuleIssues(t, Object.keys(t.sheets) as SheetKey[])];
}

