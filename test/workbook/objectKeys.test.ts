import type { Appraisal } from "../../src/engine/appraise";
import { appraise } from "../../src/engine/appraise";
import { isDomainError } from "../../src/engine/errors";
import { parseScenarioText } from "../../src/scenario/parseScenarioText";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { readInvestment } from "../../src/workbook/readBack/readInvestment";
import { richScenario } from "../fixtures/richScenario";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { buildPlan, parametersOf, tablesOf } from "../support/planEdits";
import { PROTO_NAMES, RICH_AS_PROTO, renameIds } from "../support/protoIds";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

/**
 * Issue 8, object keys: ids named after Object.prototype's members (`constructor`,
 * `toString`, `hasOwnProperty`, …) give the same figures as ordinary ids everywhere an id
 * is looked up: the scenario checks, the engine, the follow-up, the generated workbook
 * recalculated by HyperFormula, and the read-back; `__proto__` (not a valid id) is
 * refused wherever it stands as a key.
 */

const proto = renameIds(richScenario, RICH_AS_PROTO);

function appraised(file: ScenarioFile): Appraisal {
  const parsed = parseScenarioText(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join("\n"));
  const a = appraise(parsed.value);
  if (isDomainError(a)) throw new Error(a.en);
  return a;
}

/** A summary's figures without its keys (the ids differ; the figures must not). */
function figures(a: Appraisal): unknown {
  const s = a.summary;
  return { ...s, breakEvenShares: Object.values(s.breakEvenShares), repaymentByDepartment: Object.values(s.repaymentByDepartment), actualRepayment: a.actualRepayment };
}

describe("ids named like Object.prototype's members", () => {
  test("the renamed file uses every one of the names, in every kind of list", () => {
    const inv = proto.investment;
    const ids = [...inv.departments.map((d) => d.id), ...inv.costLines.map((c) => c.id), ...inv.targetGroups.map((g) => g.id), ...inv.unitCosts.map((u) => u.code), ...inv.effects.map((e) => e.id)];
    expect(new Set(ids)).toEqual(new Set(PROTO_NAMES));
    expect(Object.keys(proto.actuals?.shares ?? {})).toEqual(["constructor", "toString"]);
  });

  test("the scenario checks, the engine and the follow-up give the ordinary ids' figures", () => {
    const plain = appraised(richScenario);
    const named = appraised(proto);
    expect(figures(named)).toEqual(figures(plain));
    expect(Object.keys(named.summary.repaymentByDepartment)).toEqual(["constructor", "toString", "hasOwnProperty"]);
    expect(isDomainError(named.followUp) || isDomainError(plain.followUp)).toBe(false);
    if (isDomainError(named.followUp) || isDomainError(plain.followUp)) return;
    expect([...named.followUp.varianceByDepartment.values()].map(String)).toEqual([...plain.followUp.varianceByDepartment.values()].map(String));
    expect(String(named.followUp.actualRepayment)).toBe(String(plain.followUp.actualRepayment));
  });

  test("an actual share missing for the effect `constructor` takes the planned share (the share-factor check does not find a function)", () => {
    const file = renameIds(workedExampleFile, { placement: "constructor", pupils: "toString", fsk: "valueOf" });
    const withFactor: ScenarioFile = { ...file, scenario: { shareFactor: 2 }, actuals: { volumes: { toString: { 2017: 8 } }, shares: {} } };
    const plain: ScenarioFile = { ...workedExampleFile, scenario: { shareFactor: 2 }, actuals: { volumes: { pupils: { 2017: 8 } }, shares: {} } };
    expect(figures(appraised(withFactor))).toEqual(figures(appraised(plain)));
  });

  test("the generated workbook recalculates to the same figures (HyperFormula), and reads back as the same investment", () => {
    const plan = buildPlan(proto, "sv");
    const computed = evaluatePlan(plan);
    expect(mismatches(plan, computed)).toEqual([]);
    const plainComputed = evaluatePlan(buildPlan(richScenario, "sv"));
    for (const name of ["SINV_TotalCost", "SINV_Savings10Y", "SINV_Ratio", "SINV_BreakEven", "SINV_Repayment", "SINV_ActualRepayment", "SINV_Payback"]) {
      expect({ name, value: computed.get(name) }).toEqual({ name, value: plainComputed.get(name) });
    }
    const back = readInvestment(tablesOf(plan), parametersOf(plan), orebroTemplate(), proto.investment.name);
    expect(back.problems).toEqual([]);
    expect(back.file?.actuals?.shares).toEqual(proto.actuals?.shares);
    expect(back.file?.actuals?.volumes).toEqual(proto.actuals?.volumes);
    expect(figures(appraised({ ...back.file!, scenario: proto.scenario }))).toEqual(figures(appraised(proto)));
  });
});

describe("__proto__ as a key is refused with its path, never dropped", () => {
  const text = (json: string): string[] => {
    const r = parseScenarioText(json);
    return r.ok ? [] : r.errors.map((e) => e.en);
  };
  const file = JSON.stringify({ ...workedExampleFile, actuals: { volumes: { pupils: { 2017: 8 } }, shares: { placement: 0.2 } } });

  test.each([
    ["actuals.volumes", file.replace('"volumes":{"pupils"', '"volumes":{"__proto__"'), "actuals.volumes.__proto__"],
    ["actuals.shares", file.replace('"shares":{"placement"', '"shares":{"__proto__"'), "actuals.shares.__proto__"],
    ["a year record", file.replace('"amounts":{"2017"', '"amounts":{"__proto__"'), "investment.costLines[1].amounts.__proto__"],
    ["the file itself", file.replace('{"format"', '{"__proto__":{},"format"'), "__proto__"]
  ])("under %s", (_where, json, path) => {
    expect(json).toContain("__proto__");
    expect(text(json)).toEqual([expect.stringMatching(new RegExp(`^${path.replace(/[.[\]]/g, "\\$&")}: the key "__proto__" is not allowed`))]);
  });
});
