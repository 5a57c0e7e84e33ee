/**
 * The pane's bundled template is checked here, when the project is tested, instead of at
 * every start of the pane: the template's own parse must accept it and give it back
 * unchanged, so the pane may use the bundled JSON as it is.
 */
import orebro from "../../assets/templates/orebro.json";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { parseTemplate } from "../../src/workbook/template";

test("the bundled template is valid and is what the pane uses, unchanged", () => {
  const parsed = parseTemplate(orebro);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.en}`).join("; "));
  expect(paneTemplate()).toEqual(parsed.value);
  expect(paneTemplate().labels.effect.sv).toBe("Effekt");
});

test("a broken template would be refused by that check (it can fail)", () => {
  const broken = { ...orebro, labels: { ...orebro.labels, effect: { sv: "", en: "Effect" } } };
  expect(parseTemplate(broken).ok).toBe(false);
});
