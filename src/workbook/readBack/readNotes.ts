/**
 * The scenario file's notes and sources as the overview sheet shows them (column A,
 * under the headings "Anmärkningar" and "Källor" in the workbook's language, one text a
 * row until an empty row): the input tables do not hold them, and a rebuild must not lose
 * them. Decided here: a source is read back as its text (title and address as printed),
 * which the overview prints again unchanged.
 */
import type { ScenarioFile } from "../../scenario/scenarioFile";
import type { SheetSnapshot } from "../../sheetModel/rebuildTypes";
import type { Template } from "../template";

function column(sheet: SheetSnapshot, heading: string): string[] | undefined {
  const rowOf = (ref: string): number | undefined => {
    const m = /^A(\d+)$/.exec(ref);
    return m ? Number(m[1]) : undefined;
  };
  const start = Object.entries(sheet.cells).find(([ref, v]) => rowOf(ref) !== undefined && typeof v === "string" && v.trim() === heading.trim());
  if (!start) return undefined;
  const out: string[] = [];
  for (let row = (rowOf(start[0]) as number) + 1; ; row += 1) {
    const v = sheet.cells[`A${row}`];
    if (typeof v !== "string" || v.trim() === "") return out;
    out.push(v);
  }
}

/**
 * The notes and sources on the overview sheet, as file fields (absent when the sheet has none).
 *
 * @example
 * readNotes(overview, template, "sv"); // { notes: ["Räkneexemplet i SINV:s …"], sources: [{ title: "Örebro kommun – https://…" }] }
 */
export function readNotes(overview: SheetSnapshot | undefined, template: Template, lang: "sv" | "en"): Pick<ScenarioFile, "notes" | "sources"> {
  if (!overview) return {};
  const notes = column(overview, template.labels.examplesNotes[lang]);
  const sources = column(overview, template.labels.sources[lang]);
  return { ...(notes && notes.length > 0 ? { notes } : {}), ...(sources && sources.length > 0 ? { sources: sources.map((title) => ({ title })) } : {}) };
}
