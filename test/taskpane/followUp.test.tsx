/** @jest-environment jsdom */
/**
 * The evaluator's journey on the worked example: actual shares and volumes against the
 * plan per effect, department and year, the variance, and the repayment under the
 * risk-sharing rule.
 */
import { fireEvent, screen } from "@testing-library/react";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { installBrowserStubs, plain, renderPane, textOf } from "./support";

installBrowserStubs();

const typeInto = (testId: string, value: string): void => {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
};

describe("the follow-up journey on the worked example", () => {
  it("starts from the outcome tables (blank: as planned): repayment 12 810 000 kr, no variance", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    // The generated workbook holds no actuals: every field is blank and counts as the plan.
    expect((screen.getByTestId("actual-share-placement") as HTMLInputElement).value).toBe("");
    expect(textOf("actual-repayment-fsk")).toBe("12 810 000 kr");
    expect(textOf("followup-dept-fsk-variance")).toBe("0 kr");
  });

  it("repays 5 400 000 kr when the actual share is 10 % (risk sharing: no more than the effects gave)", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    typeInto("actual-share-placement", "10");
    expect(textOf("actual-repayment-fsk")).toBe("5 400 000 kr");
    expect(textOf("followup-effect-placement-actual")).toBe("5 400 000 kr");
    expect(textOf("followup-effect-placement-variance")).toBe("−10 800 000 kr");
    expect(textOf("followup-dept-fsk-variance")).toBe("−10 800 000 kr");
    expect(textOf("followup-year-2020-actual")).toBe("2 700 000 kr");
    expect(plain(screen.getByTestId("followup-chart").querySelector('svg[role="img"]')?.getAttribute("aria-label") ?? "")).toContain("faktisk 8 100 000 kr totalt");
  });

  it("never repays less than 30 % of the cost", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    typeInto("actual-share-placement", "1");
    expect(textOf("actual-repayment-fsk")).toBe("3 660 000 kr");
  });

  it("follows actual volumes, and an emptied field counts as planned", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway, { journey: "followUp" });
    typeInto("actual-share-placement", "");
    typeInto("actual-volume-pupils-2017", "0");
    typeInto("actual-volume-pupils-2018", "0");
    typeInto("actual-volume-pupils-2019", "0");
    expect(textOf("actual-repayment-fsk")).toBe("3 660 000 kr");
    typeInto("actual-volume-pupils-2018", "-1");
    expect(screen.getByText("Får inte vara negativt.")).toBeTruthy();
    fireEvent.click(screen.getByTestId("actuals-reset"));
    expect(textOf("actual-repayment-fsk")).toBe("12 810 000 kr");
  });
});
