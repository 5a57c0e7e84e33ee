/**
 * Which characters a text field may hold: the one rule, read by the engine's check, the
 * scenario schema and (through them) every face.
 *
 * Decided here (issue 8): tab (U+0009), line feed (U+000A) and carriage return (U+000D)
 * are allowed in every text field (Excel holds them in a cell: Alt+Enter; prose needs
 * them, and a name typed with one in a sheet reads back). Refused are the characters a
 * cell cannot hold or that a file cannot carry faithfully:
 * - the other control characters, U+0000–U+001F, U+007F and U+0080–U+009F (invisible; an
 *   .xlsx writer strips the first group silently, and the last is what a Latin-1 misreading
 *   of UTF-8 leaves behind);
 * - a lone surrogate (half of a character; written it becomes U+FFFD);
 * - the non-characters U+FFFE and U+FFFF (XML cannot hold them: sharedStrings.xml would not
 *   be well-formed).
 * Ids and codes are narrower still (engine/key.ts): none of these pass the key rule.
 */

/** A character a text field refuses, and where. */
export interface BadCharacter {
  /** What kind of character it is. */
  readonly kind: "control" | "loneSurrogate" | "nonCharacter";
  /** The character as `U+0007`. */
  readonly code: string;
  /** 1-based position in the text, in characters as JavaScript counts them (UTF-16 units). */
  readonly position: number;
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

/** U+0007 style, at least four hex digits. */
function codeOf(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The first character of a text that a text field refuses, or undefined when every
 * character may stand in a cell.
 *
 * @example
 * firstBadCharacter("Rad 1\nRad 2\tslut");  // undefined (line breaks and tabs are allowed)
 * firstBadCharacter("Ab\u0007c");          // { kind: "control", code: "U+0007", position: 3 }
 * firstBadCharacter("x\uD800");            // { kind: "loneSurrogate", code: "U+D800", position: 2 }
 * firstBadCharacter("\uFFFE");             // { kind: "nonCharacter", code: "U+FFFE", position: 1 }
 * firstBadCharacter("😀");                 // undefined (a pair of surrogates is one character)
 */
export function firstBadCharacter(text: string): BadCharacter | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (isControl(c)) return { kind: "control", code: codeOf(c), position: i + 1 };
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { kind: "loneSurrogate", code: codeOf(c), position: i + 1 };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { kind: "loneSurrogate", code: codeOf(c), position: i + 1 };
    if (c === 0xfffe || c === 0xffff) return { kind: "nonCharacter", code: codeOf(c), position: i + 1 };
  }
  return undefined;
}
