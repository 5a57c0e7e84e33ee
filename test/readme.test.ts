import { readFileSync } from "node:fs";
import { join } from "node:path";
import { END, START, readFunctionMetadata, renderReference, withReference } from "../scripts/functionDocs";

const root = join(__dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

describe("README", () => {
  test("says the two commands first", () => {
    const commands = readme.indexOf("npm install && npm start");
    expect(commands).toBeGreaterThan(0);
    expect(readme.indexOf("npm test")).toBeGreaterThan(0);
    expect(commands).toBeLessThan(readme.indexOf("## Rules"));
  });

  test("its function reference agrees with the functions' metadata", async () => {
    const meta = await readFunctionMetadata(join(root, "src", "functions", "functions.ts"));
    expect(meta.functions).toHaveLength(11);
    expect(withReference(readme, renderReference(meta))).toBe(readme);
  });

  test("every function of the contract is documented with its arguments", () => {
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
    for (const sig of [
      "=SINV.EFFECT(volume, share, unitCost, [quantity], [deadweight])",
      "=SINV.COHORTSAVINGS(volumes, years, share, unitCost, duration, [lag], [dropOff], [quantity], [deadweight])",
      "=SINV.SAVINGS10Y(savings, years, endYear, [discountRate], [baseYear], [includeDuring])",
      "=SINV.REPAYMENT(cost, [actualSavings], [floorShare], [feeShare])",
      "=SINV.REPAYMENTSPLIT(cost, savingsByDept, [actualByDept], [floorShare], [feeShare])",
      "=SINV.REPAYMENTPLAN(savings, years, cost, [feeShare], [startYear])",
      "=SINV.PAYBACK(savings, years, cost)",
      "=SINV.BREAKEVEN(cost, savings, [share])",
      "=SINV.STAFFCOST(monthlySalary, fte, months, payrollOverhead)",
      "=SINV.INDEXCOST(amount, fromYear, toYear, indexYears, indexRates)",
      "=SINV.UNITCOST(code, codes, costs)"
    ]) {
      expect(section).toContain(sig);
    }
  });
});
