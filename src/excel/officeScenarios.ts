/**
 * Named scenarios in the document's settings (saved in the file) on Office.js, all or
 * nothing: a list the loader would refuse is never stored, and when `saveAsync` fails the
 * setting gets the text it had before, so the pane and the file agree.
 */
import type { NamedScenario } from "../sheetModel/namedScenarios";
import { parseScenarios, SCENARIOS_SETTING, serializeScenarios } from "../sheetModel/namedScenarios";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import type { OfficeSettings } from "./officeHost";

const saved = (settings: OfficeSettings): Promise<void> =>
  new Promise<void>((resolve, reject) =>
    settings.saveAsync((result) => (String(result.status) === "succeeded" ? resolve() : reject(new Error(result.error?.message ?? String(result.status)))))
  );

/**
 * Stores the list under {@link SCENARIOS_SETTING} and saves the settings; on failure the
 * previous text (or no setting at all) is put back and a {@link WorkbookError}
 * "settingsFailed" is thrown ("settingsRollbackFailed" when putting back fails too).
 *
 * @example
 * await saveScenarioSettings(Office.context.document.settings, [{ name: "Hälften", scenario: { shareFactor: 0.5 } }]);
 * // a failed save: throws "Scenarierna kunde inte sparas … De tidigare sparade scenarierna gäller."
 */
export async function saveScenarioSettings(settings: OfficeSettings, list: readonly NamedScenario[]): Promise<void> {
  const text = serializeScenarios(list);
  let previous: unknown;
  try {
    // What the loader refuses is never stored (it would make the whole list unreadable).
    parseScenarios(text);
    previous = settings.get(SCENARIOS_SETTING);
  } catch (error) {
    throw new WorkbookError("settingsFailed", { reason: reasonOf(error) }, error);
  }
  try {
    settings.set(SCENARIOS_SETTING, text);
    await saved(settings);
  } catch (error) {
    try {
      if (previous === null || previous === undefined) settings.remove(SCENARIOS_SETTING);
      else settings.set(SCENARIOS_SETTING, previous);
    } catch (undoError) {
      throw new WorkbookError("settingsRollbackFailed", { reason: reasonOf(error), rollback: reasonOf(undoError) }, error);
    }
    throw new WorkbookError("settingsFailed", { reason: reasonOf(error) }, error);
  }
}
