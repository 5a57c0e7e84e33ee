import { parseFund, parseFundText } from "../../src/fund/file/parseFundText";

const valid = {
  format: "sinv-fund/1",
  name: "Örebro",
  allocations: { "2013": 65000000, "2016": 22000000 },
  maxNewPerYear: 3,
  investments: ["a.json", { file: "b.json", status: "evaluated", decisionYear: 2014 }]
};

const errors = (value: unknown): { path: string; sv: string; en: string }[] => {
  const r = parseFund(value);
  if (r.ok) throw new Error("expected errors");
  return r.errors as { path: string; sv: string; en: string }[];
};

describe("the fund file sinv-fund/1", () => {
  test("a valid file: a bare path becomes { file }, an object keeps its status and decision year", () => {
    const r = parseFundText(JSON.stringify(valid));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.investments).toEqual([{ file: "a.json" }, { file: "b.json", status: "evaluated", decisionYear: 2014 }]);
    expect(r.value.allocations).toEqual({ "2013": 65000000, "2016": 22000000 });
  });

  test("each message names the field path, what was expected and what was found, in Swedish and English", () => {
    const e = errors({ ...valid, format: "sinv-fund/2", allocations: { "2013": -5 }, maxNewPerYear: 3.5, investments: [{ file: "b.json", status: "granded", decisionYear: 1800 }] });
    const by = (path: string) => e.find((x) => x.path === path)!;
    expect(by("format").en).toBe('format: format version – expected the text "sinv-fund/1", found the text "sinv-fund/2". Did you mean "sinv-fund/1"?');
    expect(by("allocations.2013").en).toBe("allocations.2013: allocations per year 2013 – expected an amount in kronor, a number ≥ 0 and at most 1 000 000 000 000, found the number -5.");
    expect(by("allocations.2013").sv).toContain("tilldelning per år 2013 – förväntade ett belopp i kronor");
    expect(by("maxNewPerYear").en).toBe("maxNewPerYear: most new investments per year – expected a whole number 0–100, found the number 3.5.");
    expect(by("investments[1].status").en).toBe(
      'investments[1].status: status – expected one of "applied", "granted", "running", "ended", "evaluated", found the text "granded". Did you mean "granted"?'
    );
    expect(by("investments[1].decisionYear").sv).toBe("investments[1].decisionYear: beslutsår – förväntade ett helt årtal 1900–2200, fick talet 1800.");
  });

  test("an item that is neither a path nor an object, a misspelt field, a missing list", () => {
    const e = errors({ ...valid, investments: [42, { fil: "x.json" }] });
    expect(e.map((x) => x.path)).toEqual(["investments[1]", "investments[2].file", "investments[2].fil"]);
    expect(e[0]!.en).toBe(
      'investments[1]: investment no. 1 – expected a path to a scenario file (text) or an object { "file": …, "status": …, "decisionYear": … }, found the number 42.'
    );
    expect(e[2]!.en).toContain('unknown field "fil" in an investment (investments). Did you mean "file"?');
    const missing = errors({ format: "sinv-fund/1", name: "X", allocations: {}, investment: [] });
    expect(missing.map((x) => x.en)).toEqual([
      "investments: investments is missing; expected a list of investments (empty only when the fund has an allocation).",
      'investment: unknown field "investment" in the fund file. Did you mean "investments"? Expected one of the fields format, name, allocations, maxNewPerYear, investments, notes.'
    ]);
    expect(errors({ ...valid, allocations: {}, investments: [] })[0]!.en).toBe("investments: investments – expected a list of investments (empty only when the fund has an allocation), found an empty list.");
    expect(parseFund({ ...valid, investments: [] }).ok).toBe(true); // a fund with an allocation and no investments yet
    expect(errors([])[0]!.en).toBe("The fund file – expected an object { … }, found an empty list.");
  });

  test("a year key that is no year, empty text", () => {
    const e = errors({ ...valid, name: " ", allocations: { "20x3": 1 } });
    expect(e.map((x) => x.path)).toEqual(["name", 'allocations["20x3"]']);
    expect(e[1]!.en).toContain('expected a year 1900–2200 as the key, e.g. "2017", found the text "20x3"');
  });

  test("text rules as for scenario files: BOM once, invalid JSON with line and column, duplicate keys, __proto__", () => {
    expect(parseFundText(`\uFEFF${JSON.stringify(valid)}`).ok).toBe(true);
    const twoBoms = parseFundText(`\uFEFF\uFEFF${JSON.stringify(valid)}`);
    expect(!twoBoms.ok && twoBoms.errors[0]!.en).toContain("two byte-order marks");
    const comma = parseFundText('{\n  "format": "sinv-fund/1",\n}');
    expect(!comma.ok && [comma.errors[0]!.line, comma.errors[0]!.column]).toEqual([3, 1]);
    const twice = parseFundText('{"format": "sinv-fund/1",\n "name": "A",\n "name": "B", "allocations": {}, "investments": ["a.json"]}');
    expect(!twice.ok && twice.errors[0]).toEqual(expect.objectContaining({ path: "name", line: 3 }));
    expect(!twice.ok && twice.errors[0]!.en).toContain("given twice in one object (line 2 and line 3)");
    const proto = parseFundText('{"format": "sinv-fund/1", "name": "A", "allocations": {"__proto__": 5}, "investments": ["a.json"]}');
    expect(!proto.ok && proto.errors[0]!.path).toBe("allocations.__proto__");
    expect(parseFundText(42 as unknown as string).ok).toBe(false);
  });
});
