/**
 * The workbook template the pane generates from and reads labels with
 * (assets/templates/orebro.json). It is bundled with the pane and checked when the project
 * is built and tested (test/taskpane/paneTemplate.test.ts: the template's own parse accepts
 * it and gives it back unchanged), not each time the pane opens: the check cost 127 ms of
 * zod at every start of the preview (issue 10, Speed).
 */
import orebro from "../../../assets/templates/orebro.json";
import type { Template } from "../../workbook/template";

/** The bundled template as the parse gives it back (the test holds the two equal). */
const BUNDLED = orebro as unknown as Template;

/**
 * The Örebro template.
 *
 * @example
 * paneTemplate().sheets.parameters.sv; // "Parametrar"
 */
export function paneTemplate(): Template {
  return BUNDLED;
}
