/** The eligibility reasons read as sentences: a count takes the singular for 1 (issue 10, item 11). */
import { OREBRO_2013_2019 } from "../../src/engine";
import { checkEligibility } from "../../src/engine/eligibility";
import { workedExample } from "../fixtures/workedExample";

describe("eligibility reasons in words", () => {
  it("says '1 ny satsning startar' and '1 nämnd från 1 område', never 'nya satsningar' or 'nämnd(er)' for one", () => {
    const one = { ...workedExample, departments: [workedExample.departments[0]!], partners: [] };
    const { checks } = checkEligibility(one, OREBRO_2013_2019, 0);
    const texts = checks.map((c) => c.sv).join(" ");
    expect(texts).toContain("1 ny satsning startar 2017");
    expect(texts).toContain("nu: 1 nämnd från 1 område, 0 civilsamhällesaktörer.");
    expect(texts).not.toMatch(/\(er\)|\(n\)/);
    expect(checks.map((c) => c.en).join(" ")).toContain("now: 1 committee from 1 area, 0 civil-society actors.");
  });
});
