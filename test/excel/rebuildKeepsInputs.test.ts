/**
 * A rebuild keeps what only the workbook holds: the Osäkerhet sheet's ranges, grades, seed
 * and draws, and the evaluator's actual volumes, shares and costs — read back from the old
 * sheets and written into the new ones — while the pane's added effect arrives.
 */
import { exampleGateway, workedExampleWithRanges } from "../../src/preview/exampleWorkbook";
import type { Investment } from "../../src/engine";
import { appraise, isDomainError } from "../../src/engine";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { proposeRebuild, rebuildWorkbook } from "../../src/taskpane/state/rebuildWorkbook";
import { readWorkbookInputs } from "../../src/workbook/readBack/readFromGateway";

const template = paneTemplate();

function richFile(): ScenarioFile {
  const file = workedExampleWithRanges();
  return { ...file, actuals: { volumes: { pupils: { "2017": 8 } }, costs: { staff: { "2017": 3100000 } } } };
}

function withNewEffect(inv: Investment): Investment {
  const first = inv.effects[0] as Investment["effects"][number];
  return { ...inv, effects: [...inv.effects, { ...first, id: "fewer", name: "Färre placeringar", uncertainty: undefined }] };
}

describe("rebuild in place keeps the workbook's own inputs", () => {
  it.each(["sv", "en"] as const)("%s: ranges, grades, seed, draws and actuals survive an added effect", async (lang) => {
    const file = richFile();
    const gateway = await exampleGateway(lang, {}, file);
    const before = await readWorkbookInputs(gateway, template);
    expect(before.problems).toEqual([]);
    expect(before.file?.actuals?.costs).toEqual({ staff: { "2017": 3100000 } });
    expect(before.file?.investment.effects[0]?.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 } });

    const inv = withNewEffect(file.investment);
    const proposal = await proposeRebuild(gateway, inv, template);
    expect(proposal.changes.map((c) => c.added)).toEqual([["Färre placeringar"]]);
    await rebuildWorkbook(gateway, inv, template);

    const after = await readWorkbookInputs(gateway, template);
    expect(after.problems).toEqual([]);
    expect(after.file?.investment.effects.map((e) => e.id)).toEqual([...file.investment.effects.map((e) => e.id), "fewer"]);
    expect(after.file?.actuals).toEqual(before.file?.actuals);
    expect(after.file?.uncertainty).toEqual(before.file?.uncertainty);
    expect(after.file?.investment.effects[0]?.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 } });
    expect(after.file?.investment.unitCosts[0]?.uncertainty).toEqual(before.file?.investment.unitCosts[0]?.uncertainty);

    const expected = appraise({ ...file, investment: inv });
    if (isDomainError(expected)) throw expected;
    const named = await gateway.readNamedValues(["SINV_Savings10Y", "SINV_PApproved"]);
    expect(named.SINV_Savings10Y?.[0]?.[0]).toBeCloseTo(expected.summary.windowSavings, 2);
    expect(typeof named.SINV_PApproved?.[0]?.[0]).toBe("number");
  });
});
