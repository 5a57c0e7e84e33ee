/**
 * A file's bytes as text, and which encoding they were read in. Decided here (issue 8):
 * - UTF-8, with or without one byte-order mark (BOM), is read;
 * - UTF-16 little- or big-endian with its BOM (what Notepad calls "Unicode") is read, and
 *   the caller says so;
 * - two BOMs, UTF-32, UTF-16 without a BOM and bytes that are not valid UTF-8 (a file
 *   saved as Latin-1 or Windows-1252, where "Örebro" is the byte D6) are refused with a
 *   message saying what was found and how to save the file. Guessing Latin-1 would read
 *   some files right and others as nonsense without a word; refusing is safer.
 */

/** The encodings a file is read in. */
export type TextEncodingName = "UTF-8" | "UTF-16 LE" | "UTF-16 BE";

/** A decoded file, or why it was not decoded (in Swedish and English). */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName; readonly bom: boolean }
  | { readonly ok: false; readonly sv: string; readonly en: string };

const SAVE_AS = { sv: "Spara filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).", en: "Save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)." };

function refused(sv: string, en: string): DecodedText {
  return { ok: false, sv: `${sv} ${SAVE_AS.sv}`, en: `${en} ${SAVE_AS.en}` };
}

/** Bytes of a UTF-8 sequence led by `b`, or 0 when `b` cannot lead one. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF), or -1 when all of it is valid.
 *
 * @example
 * firstInvalidUtf8(new Uint8Array([0x4f, 0xc3, 0x96])); // -1 ("OÖ")
 * firstInvalidUtf8(new Uint8Array([0x4f, 0xd6, 0x72])); // 1 (Latin-1 "Ör")
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const n = sequenceLength(b);
    if (n === 0 || i + n > bytes.length) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] as number;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += n;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte offset in UTF-8 bytes valid before it. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: before.length - lastBreak };
}

const hex = (b: number): string => b.toString(16).toUpperCase().padStart(2, "0");

function decodeUtf16(bytes: Uint8Array, encoding: "UTF-16 LE" | "UTF-16 BE"): DecodedText {
  if (bytes.length % 2 !== 0) return refused(`Filen börjar som ${encoding} men har ett udda antal byte.`, `The file begins as ${encoding} but has an odd number of bytes.`);
  try {
    const text = new TextDecoder(encoding === "UTF-16 LE" ? "utf-16le" : "utf-16be", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    return text.startsWith("\uFEFF") ? twoBoms() : { ok: true, text, encoding, bom: true };
  } catch {
    return refused(`Filen börjar som ${encoding} men innehåller ogiltiga teckenpar.`, `The file begins as ${encoding} but holds invalid character pairs.`);
  }
}

function twoBoms(): DecodedText {
  return refused(
    "Filen börjar med två byteordningsmärken (BOM, U+FEFF); en editor har lagt till ett andra. Ta bort det första tecknet.",
    "The file begins with two byte-order marks (BOM, U+FEFF); an editor added a second one. Delete the first character."
  );
}

/**
 * Decodes a file's bytes by the rules above.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])); // { ok: true, text: "{}", encoding: "UTF-8", bom: true }
 * decodeText(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])); // { ok: true, text: "{}", encoding: "UTF-16 LE", bom: true }
 * (decodeText(new Uint8Array([0x22, 0xd6, 0x22])) as { en: string }).en;
 * // 'The file is not UTF-8: the byte D6 at line 1, column 2 … Save the file as UTF-8 …'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return refused("Filen är kodad som UTF-32, som inte läses.", "The file is encoded as UTF-32, which is not read.");
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, "UTF-16 LE");
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, "UTF-16 BE");
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.length >= 2 && (body[0] === 0 || body[1] === 0)) {
    return refused("Filen ser ut att vara UTF-16 utan byteordningsmärke (varannan byte är 0).", "The file looks like UTF-16 without a byte-order mark (every other byte is 0).");
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const at = lineAndColumn(body, bad);
    return refused(
      `Filen är inte UTF-8: byten ${hex(body[bad] as number)} på rad ${at.line}, kolumn ${at.column} hör inte till något UTF-8-tecken (filen är kanske sparad som Latin-1 eller Windows-1252, där Ö är byten D6).`,
      `The file is not UTF-8: the byte ${hex(body[bad] as number)} at line ${at.line}, column ${at.column} is not part of any UTF-8 character (perhaps the file was saved as Latin-1 or Windows-1252, where Ö is the byte D6).`
    );
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  return text.startsWith("\uFEFF") ? twoBoms() : { ok: true, text, encoding: "UTF-8", bom };
}
