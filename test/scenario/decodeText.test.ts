import fc from "fast-check";
import { decodeText, firstInvalidUtf8 } from "../../src/scenario/decodeText";

/** Issue 8, text encodings: what a scenario or template file's bytes are read as, or why not. */

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16 = (s: string, order: "le" | "be"): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (order === "le" ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === "le" ? 1 : 0)] = c >> 8;
  }
  return out;
};
const cat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const TEXT = '{"name": "Örebro – Ängen 😀"}';

function refusal(bytes: Uint8Array): { sv: string; en: string } {
  const r = decodeText(bytes);
  if (r.ok) throw new Error(`read as ${r.encoding}: ${r.text}`);
  return r;
}

describe("decodeText: read", () => {
  test.each([
    ["UTF-8", utf8(TEXT), "UTF-8", false],
    ["UTF-8 with a BOM", cat([0xef, 0xbb, 0xbf], utf8(TEXT)), "UTF-8", true],
    ["UTF-16 LE with its BOM", cat([0xff, 0xfe], utf16(TEXT, "le")), "UTF-16 LE", true],
    ["UTF-16 BE with its BOM", cat([0xfe, 0xff], utf16(TEXT, "be")), "UTF-16 BE", true]
  ] as const)("%s: the text exactly, and the encoding named", (_name, bytes, encoding, bom) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, encoding, bom });
  });

  test("an empty file is empty UTF-8 text (the JSON reader says what is missing)", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "", encoding: "UTF-8", bom: false });
  });
});

describe("decodeText: refused, saying what was found and how to save the file", () => {
  test("Latin-1 (Windows-1252) Örebro: not UTF-8, the byte D6 at line 2, column 12", () => {
    const latin1 = Uint8Array.from([...'{\n  "name": "'].map((c) => c.charCodeAt(0)).concat([0xd6, 0x72, 0x65, 0x62, 0x72, 0x6f, 0x22, 0x7d]));
    const r = refusal(latin1);
    expect(r.en).toMatch(/^The file is not UTF-8: the byte D6 at line 2, column 12 is not part of any UTF-8 character \(perhaps the file was saved as Latin-1 or Windows-1252/);
    expect(r.en).toContain("Save the file as UTF-8");
    expect(r.sv).toMatch(/^Filen är inte UTF-8: byten D6 på rad 2, kolumn 12/);
  });

  test.each([
    ["two UTF-8 BOMs", cat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8(TEXT)), "two byte-order marks"],
    ["UTF-16 LE with two BOMs", cat([0xff, 0xfe, 0xff, 0xfe], utf16(TEXT, "le")), "two byte-order marks"],
    ["UTF-16 LE without a BOM", utf16(TEXT, "le"), "UTF-16 without a byte-order mark"],
    ["UTF-16 BE without a BOM", utf16(TEXT, "be"), "UTF-16 without a byte-order mark"],
    ["UTF-16 LE with an odd number of bytes", cat([0xff, 0xfe], utf16(TEXT, "le"), [0x20]), "odd number of bytes"],
    ["UTF-16 LE with a lone surrogate", cat([0xff, 0xfe], utf16('"\uD800"', "le")), "invalid character pairs"],
    ["UTF-32 LE", cat([0xff, 0xfe, 0, 0], [0x7b, 0, 0, 0]), "UTF-32"],
    ["UTF-32 BE", cat([0, 0, 0xfe, 0xff], [0, 0, 0, 0x7b]), "UTF-32"],
    ["Windows-1252 €", Uint8Array.from([0x22, 0x80, 0x22]), "the byte 80 at line 1, column 2"],
    ["an overlong slash", Uint8Array.from([0x22, 0xc0, 0xaf, 0x22]), "the byte C0"],
    ["an encoded surrogate", Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22]), "the byte ED"],
    ["a code point past U+10FFFF", Uint8Array.from([0x22, 0xf4, 0x90, 0x80, 0x80, 0x22]), "the byte F4"],
    ["a sequence cut short at the end", Uint8Array.from([0x22, 0xe2, 0x82]), "the byte E2"]
  ])("%s", (_name, bytes, says) => {
    const r = refusal(bytes);
    expect(r.en).toContain(says);
    expect(r.sv).not.toBe(r.en);
  });
});

describe("firstInvalidUtf8 agrees with the platform's strict UTF-8 decoder", () => {
  test("on random bytes and on random text", () => {
    const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const valid = (b: Uint8Array): boolean => {
      try {
        strict.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (b) => (firstInvalidUtf8(b) < 0) === valid(b)),
      { numRuns: 3000, seed: 8 }
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => firstInvalidUtf8(utf8(s)) === -1),
      { numRuns: 500, seed: 8 }
    );
  });

  test("the offset is the first byte that is not part of a valid sequence", () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc3, 0x96, 0xd6, 0x41]))).toBe(3);
  });
});
