import fc from "fast-check";
import { checkTextField } from "../../src/engine/fields/checkField";
import { firstBadCharacter } from "../../src/engine/fields/textCharacters";
import { findDuplicateKey } from "../../src/scenario/duplicateKeys";
import { parseScenarioText } from "../../src/scenario/parseScenarioText";
import { BAD_CHARACTERS } from "../support/fieldBounds";
import { workedExampleFile } from "./support";

/**
 * Issue 8, text: characters no cell can hold, a second byte-order mark and keys given
 * twice are refused with a message naming the field, in Swedish and English. (Every text
 * place of the field table is covered by test/engine/fieldTable.test.ts; these are the
 * messages and the JSON level.)
 */

function errors(text: string): { path: string; sv: string; en: string; line?: number }[] {
  const r = parseScenarioText(text);
  return r.ok ? [] : r.errors.map((e) => ({ path: e.path, sv: e.sv, en: e.en, ...(e.line === undefined ? {} : { line: e.line }) }));
}

const withName = (name: string): string => JSON.stringify({ ...workedExampleFile(), investment: { ...(workedExampleFile().investment as object), name } });

describe("characters a cell cannot hold", () => {
  test.each([
    ["a bell (U+0007)", "Bryggan\u0007", "U+0007 at position 8"],
    ["a NUL", "\u0000Bryggan", "U+0000 at position 1"],
    ["DEL", "Bryg\u007fgan", "U+007F at position 5"],
    ["a C1 control (U+0085, what Latin-1 misreading leaves)", "Ã\u0085rebro", "U+0085 at position 2"],
    ["a lone high surrogate", "Bryggan \uD83D", "U+D83D at position 9"],
    ["a lone low surrogate", "\uDE00 Bryggan", "U+DE00 at position 1"],
    ["U+FFFE", "Bryggan\uFFFE", "U+FFFE at position 8"],
    ["U+FFFF", "\uFFFFBryggan", "U+FFFF at position 1"]
  ])("%s in investment.name: refused, naming the field and the character", (_what, name, where) => {
    const [e, ...rest] = errors(withName(name));
    expect(rest).toEqual([]);
    expect(e?.path).toBe("investment.name");
    expect(e?.en).toContain(where);
    expect(e?.en).toContain("without control characters (tabs and line breaks are fine)");
    expect(e?.sv).toContain(where.replace("at position", "på plats"));
    expect(e?.sv).toContain("utan styrtecken");
  });

  test("tabs, line breaks (LF and CR LF) and characters beyond the basic plane are prose: read as written", () => {
    const name = "Bryggan\tRad 2\nRad 3\r\nÖrebro 😀";
    const r = parseScenarioText(withName(name));
    expect(r.ok && r.value.investment.name).toBe(name);
  });

  test("the engine refuses alike (the pane's and the read-back's face), with its own message", () => {
    expect(checkTextField("text", "A\uFFFE", "name")?.en).toBe("name contains U+FFFE at position 2, which is not a character and cannot be saved in a workbook. Remove it.");
    expect(checkTextField("text", "A\uD800", "name")?.key).toBe("loneSurrogate");
    // An id's message shows what was found with the invisible characters escaped.
    expect(checkTextField("id", "A\uFFFE\u0085", "effects[1].id")?.en).toMatch(/^effects\[1\]\.id: "A\\ufffe\\u0085" cannot be used as an id/);
    expect(checkTextField("freeText", "\u001b[31m", "notes[1]")?.sv).toBe("notes[1] innehåller styrtecknet U+001B på plats 1; det kan inte stå i en cell. Ta bort det (tabb och radbrytning går bra).");
  });

  test("firstBadCharacter finds exactly the characters XML 1.0 cannot hold, plus DEL and the C1 controls", () => {
    const xmlChar = (c: number): boolean => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const refused = firstBadCharacter(String.fromCharCode(c)) !== undefined;
      if (refused !== (!xmlChar(c) || (c >= 0x7f && c <= 0x9f))) disagree.push(c);
    }
    expect(disagree).toEqual([]);
    for (const c of BAD_CHARACTERS) expect(firstBadCharacter(`ok ${c}`)?.position).toBe(4);
    // Whole graphemes (paired surrogates): refused exactly when one of their units is refused on its own.
    const unitRefused = (s: string): boolean => [...s].some((ch) => ch.length === 1 && firstBadCharacter(ch) !== undefined);
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => (firstBadCharacter(s) !== undefined) === unitRefused(s)), { numRuns: 500, seed: 8 });
  });
});

describe("byte-order marks", () => {
  const text = JSON.stringify(workedExampleFile());
  test("one is ignored", () => {
    expect(parseScenarioText(`\uFEFF${text}`).ok).toBe(true);
  });
  test("two are refused, saying so", () => {
    expect(errors(`\uFEFF\uFEFF${text}`)).toEqual([
      {
        path: "",
        line: 1,
        sv: "Scenariofilen börjar med två byteordningsmärken (BOM, U+FEFF); en editor har lagt till ett andra. Ta bort det första tecknet.",
        en: "The scenario file begins with two byte-order marks (BOM, U+FEFF); an editor added a second one. Delete the first character."
      }
    ]);
  });
});

describe("a key given twice in one object", () => {
  test("refused with the path of the duplicate and both lines, not the last taken silently", () => {
    const json = JSON.stringify(workedExampleFile(), null, 2).replace('"share": 0.3,', '"share": 0.3,\n        "share": 0.9,');
    const first = json.split("\n").findIndex((l) => l.includes('"share": 0.3')) + 1;
    expect(first).toBeGreaterThan(10);
    expect(errors(json)).toEqual([
      {
        path: "investment.effects[1].share",
        line: first + 1,
        sv: `investment.effects[1].share: fältet "share" står två gånger i samma objekt (rad ${first} och rad ${first + 1}); JSON skulle tyst ta det sista. Ta bort det ena.`,
        en: `investment.effects[1].share: the field "share" is given twice in one object (line ${first} and line ${first + 1}); JSON would silently take the last. Remove one of them.`
      }
    ]);
  });

  test.each([
    ['{"a": 1, "a": 1}', ["a"]],
    ['{"a": {"2017": 1, "2018": 2, "2017": 3}}', ["a", "2017"]],
    ['[{"x": 1}, {"y": [{"z": 1, "\\u007a": 2}]}]', [1, "y", 0, "z"]],
    ['{"s": "\\"}, \\"s\\": 1", "s": 2}', ["s"]]
  ])("%s", (json, path) => {
    expect(findDuplicateKey(json)?.path).toEqual(path);
  });

  test("no duplicate in any JSON that JSON.stringify writes, nor in the same key in different objects", () => {
    fc.assert(fc.property(fc.json(), (text) => findDuplicateKey(text) === undefined), { numRuns: 500, seed: 8 });
    expect(findDuplicateKey('[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}]')).toBeUndefined();
  });

  test("deeply nested text does not exhaust the stack", () => {
    const deep = `${"[".repeat(100000)}{"a": 1, "a": 2}${"]".repeat(100000)}`;
    expect(findDuplicateKey(deep)?.path.length).toBe(100001);
  });
});
