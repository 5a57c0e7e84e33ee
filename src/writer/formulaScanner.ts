/**
 * A small lexer for Excel formulas (English function names, `,` separators, no leading
 * `=`): just enough to find sheet prefixes, names, table references and function calls
 * while leaving string literals and structured references alone. Joining the tokens'
 * `text` gives back the formula exactly.
 */

/** One piece of a formula. */
export type FormulaToken =
  /** A string literal with its quotes, e.g. `"B"`. */
  | { readonly kind: "string"; readonly text: string }
  /** A sheet prefix with its `!`, e.g. `'Effekter'!` or `Indata!`; `name` is unquoted. */
  | { readonly kind: "sheet"; readonly text: string; readonly name: string }
  /**
   * A name: a function (followed by `(`), a table (followed by `[`), a defined name, a
   * cell reference such as `B4`, or TRUE/FALSE. `next` is the character after it when
   * that is `(` or `[`, otherwise "".
   */
  | { readonly kind: "name"; readonly text: string; readonly next: "(" | "[" | "" }
  /** A structured reference block with balanced brackets, e.g. `[[#This Row],[Kod]]`. */
  | { readonly kind: "structured"; readonly text: string }
  /** An error literal, e.g. `#N/A`. */
  | { readonly kind: "error"; readonly text: string }
  /** A number, e.g. `1.5E+3`. */
  | { readonly kind: "number"; readonly text: string }
  /** Anything else: operators, `$`, `,`, parentheses, spaces. */
  | { readonly kind: "other"; readonly text: string };

const NAME_START = /[\p{L}_\\]/u;
const NAME_PART = /[\p{L}\p{N}_.\\]/u;
const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;
const NUMBER = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/;

/** Reads a run quoted by `quote` (doubled inside) starting at `start`; returns the end index. */
function quotedEnd(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return formula.length;
}

/** Reads a balanced `[...]` block (with `'` escaping the next character) from `start`. */
function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'") {
      i += 2;
      continue;
    }
    if (ch === "[") depth += 1;
    if (ch === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return formula.length;
}

/**
 * Splits a formula into tokens.
 *
 * @param formula - the formula without its leading `=`.
 * @returns the tokens; their texts joined give `formula` back.
 *
 * @example
 * scanFormula("SUM('Effekter'!B4,Tbl[Kod])").map((t) => t.kind);
 * // ["name", "other", "sheet", "name", "other", "name", "structured", "other"]
 */
export function scanFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const rest = formula.slice(i);
    if (ch === '"') {
      const end = quotedEnd(formula, i, '"');
      tokens.push({ kind: "string", text: formula.slice(i, end) });
      i = end;
    } else if (ch === "'") {
      const end = quotedEnd(formula, i, "'");
      if (formula[end] === "!") {
        tokens.push({ kind: "sheet", text: formula.slice(i, end + 1), name: formula.slice(i + 1, end - 1).replace(/''/g, "'") });
        i = end + 1;
      } else {
        tokens.push({ kind: "other", text: formula.slice(i, end) });
        i = end;
      }
    } else if (ch === "[") {
      const end = bracketEnd(formula, i);
      tokens.push({ kind: "structured", text: formula.slice(i, end) });
      i = end;
    } else if (ch === "#" && ERROR.test(rest)) {
      const text = (ERROR.exec(rest) as RegExpExecArray)[0];
      tokens.push({ kind: "error", text });
      i += text.length;
    } else if (NUMBER.test(rest)) {
      const text = (NUMBER.exec(rest) as RegExpExecArray)[0];
      tokens.push({ kind: "number", text });
      i += text.length;
    } else if (NAME_START.test(ch)) {
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end += 1;
      const text = formula.slice(i, end);
      const after = formula[end];
      if (after === "!") {
        tokens.push({ kind: "sheet", text: `${text}!`, name: text });
        i = end + 1;
      } else {
        tokens.push({ kind: "name", text, next: after === "(" || after === "[" ? after : "" });
        i = end;
      }
    } else {
      tokens.push({ kind: "other", text: ch });
      i += 1;
    }
  }
  return tokens;
}
