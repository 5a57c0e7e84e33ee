/**
 * The fund file format (`sinv-fund/1`) as a zod schema. Every object is strict (a misspelt
 * key is an error with a "did you mean"); every leaf is a field of the field table
 * (engine/fields) or one of the fund file's own expectations (fundLabels.ts), each check
 * carrying a marker the issue formatter turns into words.
 */
import { z } from "zod";
import type { FundStatus } from "../../engine";
import { FUND_STATUSES } from "../../engine";
import { numberField, textField, yearKey } from "../../scenario/fieldSchema";
import { FUND_FORMAT } from "./fundFile";
import type { FUND_EXPECTATIONS, FUND_OBJECTS } from "./fundLabels";

const OWN_MARK = "§fund:";
const KEYS_MARK = "§fundkeys:";

/** The zod message for one of the fund file's own expectations. */
function fundSays(key: keyof typeof FUND_EXPECTATIONS): { error: string } {
  return { error: `${OWN_MARK}${key}` };
}

/**
 * The fund-file expectation a zod message marks, if any.
 *
 * @example
 * fundExpectationKey("§fund:status"); // "status"
 */
export function fundExpectationKey(message: string): keyof typeof FUND_EXPECTATIONS | undefined {
  return message.startsWith(OWN_MARK) ? (message.slice(OWN_MARK.length) as keyof typeof FUND_EXPECTATIONS) : undefined;
}

/**
 * The fund-file object an unknown-key message names, if any.
 *
 * @example
 * fundObjectOfKeysMessage("§fundkeys:item"); // "item"
 */
export function fundObjectOfKeysMessage(message: string): keyof typeof FUND_OBJECTS | undefined {
  return message.startsWith(KEYS_MARK) ? (message.slice(KEYS_MARK.length) as keyof typeof FUND_OBJECTS) : undefined;
}

function strictFund<T extends z.core.$ZodLooseShape>(kind: keyof typeof FUND_OBJECTS, shape: T) {
  return z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? `${KEYS_MARK}${kind}` : undefined) });
}

const statusValues = FUND_STATUSES.map((s) => s.status) as [FundStatus, ...FundStatus[]];

const itemObject = strictFund("item", {
  file: textField("text"),
  status: z.enum(statusValues, fundSays("status")).optional(),
  decisionYear: numberField("startYear").optional()
});

/** An item: a path, or an object with the file, status and decision year. */
const item = z.union([textField("text"), itemObject], fundSays("item"));

/** The whole fund file. Parse with parseFundText, which never throws. */
export const fundFileSchema = strictFund("fund", {
  format: z.literal(FUND_FORMAT, fundSays("fundFormat")),
  name: textField("text"),
  allocations: z.record(yearKey(), numberField("amounts")),
  maxNewPerYear: numberField("maxNewPerYear").optional(),
  investments: z.array(item, fundSays("investments")),
  notes: z.array(textField("freeText")).optional()
}).check((ctx) => {
  // Decided here: a fund may have no investments yet ("tom fond", made from the pane), but
  // then it needs an allocation: without either it has no years to show.
  const f = ctx.value;
  if (f.investments.length === 0 && Object.keys(f.allocations).length === 0) {
    ctx.issues.push({ code: "custom", input: f.investments, path: ["investments"], message: fundSays("investments").error });
  }
});
