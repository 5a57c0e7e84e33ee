/** The workbook template the pane generates from and reads labels with (assets/templates/orebro.json). */
import orebro from "../../../assets/templates/orebro.json";
import type { Template } from "../../workbook/template";
import { parseTemplate } from "../../workbook/template";

let parsed: Template | undefined;

/**
 * The Örebro template, checked once; a broken template throws with every problem listed.
 *
 * @example
 * paneTemplate().sheets.parameters.sv; // "Parametrar"
 */
export function paneTemplate(): Template {
  if (parsed) return parsed;
  const result = parseTemplate(orebro);
  if (!result.ok) {
    const list = result.issues.map((i) => `${i.path}: ${i.sv} / ${i.en}`).join("; ");
    throw new Error(`assets/templates/orebro.json: ${list}`);
  }
  parsed = result.value;
  return parsed;
}
