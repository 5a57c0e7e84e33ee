/**
 * Where a JSON text first goes wrong, and why, in both languages. JSON.parse does not
 * always say where (Node 20: `Unexpected token '}', "{"a":}" is not valid JSON`), so this
 * scans the text by the JSON grammar (RFC 8259) and stops at the first error.
 */

/** The first syntax error of a JSON text. */
export interface JsonSyntaxError {
  /** 0-based offset in the text (UTF-16 code units). */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What was expected and what was found, in Swedish. */
  readonly sv: string;
  /** The same in English. */
  readonly en: string;
}

type Words = { readonly sv: string; readonly en: string };

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: Words,
    readonly hint: Words = { sv: "", en: "" }
  ) {}
}

const VALUE: Words = { sv: "ett värde (objekt, lista, text, tal, true, false eller null)", en: "a value (object, list, text, number, true, false or null)" };
const KEY: Words = { sv: "ett fältnamn inom dubbla citattecken", en: "a field name in double quotes" };

function foundAt(text: string, offset: number): Words {
  if (offset >= text.length) return { sv: "slutet av texten", en: "the end of the text" };
  const c = text.codePointAt(offset) as number;
  const ch = String.fromCodePoint(c);
  const shown = c < 0x20 ? `U+${c.toString(16).toUpperCase().padStart(4, "0")}` : JSON.stringify(ch);
  return { sv: `tecknet ${shown}`, en: `the character ${shown}` };
}

function hintFor(text: string, offset: number, expected: Words): Words {
  const c = text[offset];
  const before = text.slice(0, offset).trimEnd();
  if (c === "'") return { sv: " JSON kräver dubbla citattecken (\").", en: ' JSON needs double quotes (").' };
  if (c === "/" && (text[offset + 1] === "/" || text[offset + 1] === "*")) return { sv: " Kommentarer är inte tillåtna i JSON.", en: " Comments are not allowed in JSON." };
  if ((c === "}" || c === "]") && before.endsWith(",")) return { sv: " Ta bort kommatecknet före (inget avslutande kommatecken i JSON).", en: " Remove the comma before it (JSON has no trailing commas)." };
  if (c !== undefined && /\d/.test(c) && /\d\s*,$/.test(before) && expected === KEY) {
    return { sv: " Decimaltal skrivs med punkt i JSON (0.3, inte 0,3).", en: " Decimals are written with a point in JSON (0.3, not 0,3)." };
  }
  return { sv: "", en: "" };
}

class Scanner {
  private i = 0;
  constructor(private readonly t: string) {}

  run(): void {
    this.value();
    this.ws();
    if (this.i < this.t.length) throw new Stop(this.i, { sv: "slutet av texten efter JSON-värdet", en: "the end of the text after the JSON value" });
  }

  private ws(): void {
    while (this.i < this.t.length && " \t\n\r".includes(this.t[this.i] as string)) this.i++;
  }

  private expect(ch: string, expected: Words): void {
    if (this.t[this.i] !== ch) throw new Stop(this.i, expected);
    this.i++;
  }

  private value(): void {
    this.ws();
    const c = this.t[this.i];
    if (c === "{") this.object();
    else if (c === "[") this.array();
    else if (c === '"') this.string();
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) this.number();
    else if (c === "t") this.literal("true");
    else if (c === "f") this.literal("false");
    else if (c === "n") this.literal("null");
    else throw new Stop(this.i, VALUE);
  }

  private object(): void {
    this.i++;
    this.ws();
    if (this.t[this.i] === "}") {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.t[this.i] !== '"') throw new Stop(this.i, KEY);
      this.string();
      this.ws();
      this.expect(":", { sv: 'ett kolon ":" efter fältnamnet', en: 'a colon ":" after the field name' });
      this.value();
      this.ws();
      const c = this.t[this.i];
      if (c === ",") this.i++;
      else if (c === "}") {
        this.i++;
        return;
      } else throw new Stop(this.i, { sv: 'ett kommatecken "," eller "}"', en: 'a comma "," or "}"' });
    }
  }

  private array(): void {
    this.i++;
    this.ws();
    if (this.t[this.i] === "]") {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.ws();
      const c = this.t[this.i];
      if (c === ",") this.i++;
      else if (c === "]") {
        this.i++;
        return;
      } else throw new Stop(this.i, { sv: 'ett kommatecken "," eller "]"', en: 'a comma "," or "]"' });
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      if (this.i >= this.t.length) throw new Stop(this.i, { sv: 'ett avslutande citattecken "', en: 'a closing double quote "' });
      const c = this.t.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (c < 0x20) throw new Stop(this.i, { sv: "text utan radbrytningar och styrtecken (skriv \\n)", en: "text without line breaks or control characters (write \\n)" });
      if (c === 0x5c) {
        const e = this.t[this.i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.t.slice(this.i + 2, this.i + 6))) throw new Stop(this.i, { sv: "\\u följt av fyra hexadecimala siffror", en: "\\u followed by four hex digits" });
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new Stop(this.i, { sv: 'en giltig escape-sekvens (\\", \\\\, \\n …)', en: 'a valid escape sequence (\\", \\\\, \\n …)' });
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  private digits(expected: Words): void {
    const start = this.i;
    while (this.i < this.t.length && (this.t[this.i] as string) >= "0" && (this.t[this.i] as string) <= "9") this.i++;
    if (this.i === start) throw new Stop(this.i, expected);
  }

  private number(): void {
    const digit: Words = { sv: "en siffra", en: "a digit" };
    if (this.t[this.i] === "-") this.i++;
    if (this.t[this.i] === "0") this.i++;
    else this.digits(digit);
    if (this.t[this.i] === ".") {
      this.i++;
      this.digits(digit);
    }
    if (this.t[this.i] === "e" || this.t[this.i] === "E") {
      this.i++;
      if (this.t[this.i] === "+" || this.t[this.i] === "-") this.i++;
      this.digits(digit);
    }
  }

  private literal(word: string): void {
    for (const ch of word) {
      if (this.t[this.i] !== ch) throw new Stop(this.i, { sv: word, en: word });
      this.i++;
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The first syntax error of a JSON text, or undefined when the text is valid JSON.
 *
 * @example
 * const e = locateJsonError('{\n  "share": 0,3\n}')!;
 * [e.line, e.column]; // [2, 14]
 * e.en; // 'expected a field name in double quotes, found the character "3". Decimals are written with a point in JSON (0.3, not 0,3).'
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).run();
    return undefined;
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    const found = foundAt(text, stop.offset);
    const hint = hintFor(text, stop.offset, stop.expected);
    return {
      offset: stop.offset,
      ...lineAndColumn(text, stop.offset),
      sv: `förväntade ${stop.expected.sv}, fick ${found.sv}.${hint.sv}`,
      en: `expected ${stop.expected.en}, found ${found.en}.${hint.en}`
    };
  }
}
