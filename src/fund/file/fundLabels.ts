/**
 * What the fund file's fields are called in messages, and the expectations that are the
 * fund file's own (the others are the field table's, engine/fields).
 */
import type { FieldLabel } from "../../scenario/fieldLabels";
import { FIELD_LABELS } from "../../scenario/fieldLabels";
import type { PathSegment } from "../../scenario/issuePath";
import { FUND_STATUSES } from "../../engine";
import { FUND_FORMAT } from "./fundFile";

/** The fund file's own field names, in both languages. */
export const FUND_FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  format: { sv: "formatversion", en: "format version" },
  name: { sv: "fondens namn", en: "the fund's name" },
  allocations: { sv: "tilldelning per år", en: "allocations per year" },
  maxNewPerYear: FIELD_LABELS.maxNewPerYear as FieldLabel,
  investments: { sv: "satsningar", en: "investments" },
  file: { sv: "scenariofil", en: "scenario file" },
  status: { sv: "status", en: "status" },
  decisionYear: { sv: "beslutsår", en: "decision year" },
  notes: { sv: "anteckningar", en: "notes" }
};

const ONE_INVESTMENT: FieldLabel = { sv: "satsning", en: "investment" };

/** The fund file's objects, with their names in messages and their fields. */
export const FUND_OBJECTS = {
  fund: { sv: "fondfilen", en: "the fund file", keys: ["format", "name", "allocations", "maxNewPerYear", "investments", "notes"] },
  item: { sv: "en satsning (investments)", en: "an investment (investments)", keys: ["file", "status", "decisionYear"] }
} as const;

const statuses = FUND_STATUSES.map((s) => JSON.stringify(s.status)).join(", ");

/** Expectations of the fund file that are not a field of the table. */
export const FUND_EXPECTATIONS = {
  fundFormat: { sv: `texten "${FUND_FORMAT}"`, en: `the text "${FUND_FORMAT}"` },
  status: { sv: `ett av ${statuses}`, en: `one of ${statuses}` },
  item: {
    sv: 'en sökväg till en scenariofil (text) eller ett objekt { "file": …, "status": …, "decisionYear": … }',
    en: 'a path to a scenario file (text) or an object { "file": …, "status": …, "decisionYear": … }'
  },
  investments: { sv: "en lista med satsningar (tom bara när fonden har en tilldelning)", en: "a list of investments (empty only when the fund has an allocation)" }
} as const;

/**
 * The label of the field a path points at: the last known field name, then the keys after
 * it (a year) or list positions.
 *
 * @example
 * fundLabelOfPath(["allocations", "2013"]).en;          // "allocations per year 2013"
 * fundLabelOfPath(["investments", 1, "status"]).sv;     // "status"
 * fundLabelOfPath(["investments", 1]).en;               // "investment no. 2"
 * fundLabelOfPath([]).en;                               // "the fund file"
 */
export function fundLabelOfPath(segments: readonly PathSegment[]): FieldLabel {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (typeof s !== "string" || !Object.prototype.hasOwnProperty.call(FUND_FIELD_LABELS, s)) continue;
    const tail = segments.slice(i + 1);
    // "investment no. 2", not "investments no. 2".
    const base = s === "investments" && typeof tail[0] === "number" ? ONE_INVESTMENT : (FUND_FIELD_LABELS[s] as FieldLabel);
    if (tail.length === 0) return base;
    return {
      sv: `${base.sv} ${tail.map((t) => (typeof t === "number" ? `nr ${t + 1}` : t)).join(" ")}`,
      en: `${base.en} ${tail.map((t) => (typeof t === "number" ? `no. ${t + 1}` : t)).join(" ")}`
    };
  }
  const last = segments[segments.length - 1];
  if (last === undefined) return { sv: FUND_OBJECTS.fund.sv, en: FUND_OBJECTS.fund.en };
  return typeof last === "number" ? { sv: `satsning nr ${last + 1}`, en: `investment no. ${last + 1}` } : { sv: last, en: last };
}
