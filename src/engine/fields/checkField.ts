import type { DomainError } from "../errors";
import { domainError } from "../errors";
import { isValidKey } from "../key";
import type { NumberSpec, TextSpec } from "./fieldSpec";
import type { NumberFieldName, TextFieldName } from "./fieldTable";
import { FIELDS } from "./fieldTable";
import { firstBadCharacter } from "./textCharacters";

/**
 * The engine's checks of one value against its field in the table: the one place a bound
 * is compared. They return a domain error naming the argument, or undefined when the value
 * is valid. Bounds are exactly representable doubles, so a JavaScript number orders
 * against them exactly as the decimal it stands for.
 */

function describeGot(value: unknown): string | number {
  if (typeof value === "number") return value;
  // JSON's quoting escapes C0 controls and lone surrogates; DEL, C1 controls and U+FFFE/U+FFFF too, so nothing invisible reaches a message.
  if (typeof value === "string") return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value).replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return value === null ? "null" : typeof value;
}

/**
 * A value against a numeric spec: finite, whole where asked, within its bounds.
 *
 * @example
 * checkNumber(FIELDS.share, 1.5, "share")?.en;      // "share must be at most 1; got 1.5."
 * checkNumber(FIELDS.deadweight, 1, "deadweight")?.key; // "notBelow"
 * checkNumber(FIELDS.endYear, 2019, "endYear");     // undefined
 */
export function checkNumber(spec: NumberSpec, value: unknown, arg: string): DomainError | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return domainError("notNumber", { arg, got: describeGot(value) });
  if (spec.kind === "year") {
    return Number.isInteger(value) && value >= spec.min && value <= spec.max ? undefined : domainError("yearRange", { arg, got: value, min: spec.min, max: spec.max });
  }
  if (spec.whole && !Number.isInteger(value)) return domainError("notWhole", { arg, got: value });
  if (spec.minExclusive ? value <= spec.min : value < spec.min) return domainError(spec.minExclusive ? "notAbove" : "belowMin", { arg, min: spec.min, got: value });
  if (spec.maxExclusive ? value >= spec.max : value > spec.max) return domainError(spec.maxExclusive ? "notBelow" : "aboveMax", { arg, max: spec.max, got: value });
  return undefined;
}

/**
 * A value against a text spec: text, not longer than allowed, every character one a cell
 * can hold ({@link firstBadCharacter}); a key also by the key rule.
 * Whether a name is filled in is the file's rule, not the engine's (the pane evaluates a
 * draft whose names are not typed yet): the schema requires it, the engine does not.
 *
 * @example
 * checkText(FIELDS.id, "SKOLA_*", "effects[1].id")?.key; // "badKey"
 * checkText(FIELDS.text, "Bryggan", "name");             // undefined
 * checkText(FIELDS.text, "", "name");                    // undefined (a draft's empty name)
 * checkText(FIELDS.text, "Rad 1\nRad 2", "name");         // undefined (line breaks are allowed)
 * checkText(FIELDS.text, "A\u0007", "name")?.en;
 * // "name contains the control character U+0007 at position 2; a cell cannot hold it. Remove it (tabs and line breaks are fine)."
 */
export function checkText(spec: TextSpec, value: unknown, arg: string): DomainError | undefined {
  if (typeof value !== "string") return domainError("notText", { arg, got: describeGot(value) });
  if (spec.kind === "key") return isValidKey(value) ? undefined : domainError("badKey", { arg, got: describeGot(value) });
  if (value.length > spec.maxLength) return domainError("tooLong", { arg, max: spec.maxLength, got: value.length });
  const bad = firstBadCharacter(value);
  return bad ? domainError(bad.kind === "control" ? "controlCharacter" : bad.kind, { arg, char: bad.code, pos: bad.position }) : undefined;
}

/**
 * A value against a numeric field of the table, by name.
 *
 * @example
 * checkField("months", 13, "costLines[1].staff.months.2017")?.key; // "aboveMax"
 */
export function checkField(name: NumberFieldName, value: unknown, arg: string): DomainError | undefined {
  return checkNumber(FIELDS[name], value, arg);
}

/**
 * A value against a text field of the table, by name.
 *
 * @example
 * checkTextField("code", " skola ", "unitCosts[1].code"); // undefined
 */
export function checkTextField(name: TextFieldName, value: unknown, arg: string): DomainError | undefined {
  return checkText(FIELDS[name], value, arg);
}

/**
 * A year written as the key of a record: four digits, a year of the table.
 *
 * @example
 * checkYearKey("2017", "volumes (2017)");            // undefined
 * checkYearKey("20x7", "volumes (20x7)")?.key;       // "yearRange"
 */
export function checkYearKey(key: string, arg: string): DomainError | undefined {
  const { min, max } = FIELDS.years;
  return /^\d{4}$/.test(key) ? checkField("years", Number(key), arg) : domainError("yearRange", { arg, got: JSON.stringify(key), min, max });
}

/**
 * Every value of a record keyed by year against a numeric field; the first problem, with
 * the year in the argument (`volumes.2017`), or undefined. Keys must be years.
 *
 * @example
 * checkYearValues("volumes", { "2017": -1 }, "targetGroups[1].volumes")?.params.arg; // "targetGroups[1].volumes.2017"
 */
export function checkYearValues(name: NumberFieldName, values: Readonly<Record<string, unknown>> | undefined, arg: string): DomainError | undefined {
  if (values === undefined) return undefined;
  for (const [key, v] of Object.entries(values)) {
    const bad = checkYearKey(key, `${arg} (${key})`) ?? checkField(name, v, `${arg}.${key}`);
    if (bad) return bad;
  }
  return undefined;
}
