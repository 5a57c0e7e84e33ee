/**
 * CSV text to rows of fields (RFC 4180): quoted fields may hold delimiters, line breaks and
 * doubled quotes (""). The delimiter is found from the header line: comma, semicolon (as
 * Swedish Excel writes) or tab. A leading byte-order mark is ignored.
 */

/** The rows of a CSV text, and what could not be read cleanly. */
export interface CsvParse {
  readonly rows: readonly (readonly string[])[];
  readonly delimiter: string;
  /** Problems with the text itself (an unclosed quote), in both languages. */
  readonly problems: readonly { readonly row: number; readonly sv: string; readonly en: string }[];
}

function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) as number)) best = d;
  return best;
}

/**
 * Splits CSV text into rows of fields. Lines end with CRLF, LF or CR; a final line break does
 * not make an empty row. Lenient with stray quotes inside unquoted fields (kept as text).
 *
 * @example
 * parseCsv('code,description\nA1,"Grundskola, per elev ""Örebro"""\r\n').rows;
 * // [["code", "description"], ["A1", 'Grundskola, per elev "Örebro"']]
 * parseCsv("kod;kostnad\nA1;324,50").rows; // [["kod", "kostnad"], ["A1", "324,50"]]
 */
export function parseCsv(input: string, delimiter?: string): CsvParse {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const d = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  const problems: { row: number; sv: string; en: string }[] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let quoteStartRow = 0;
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = "";
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      inQuotes = true;
      quoteStartRow = rows.length + 1;
    } else if (ch === d) endField();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (inQuotes) {
    problems.push({
      row: quoteStartRow,
      sv: `Rad ${quoteStartRow}: ett citattecken (") stängs aldrig; resten av texten lästes som ett enda fält.`,
      en: `Row ${quoteStartRow}: a quote (") is never closed; the rest of the text was read as one field.`
    });
  }
  if (field !== "" || row.length > 0 || inQuotes) endRow();
  return { rows, delimiter: d, problems };
}
