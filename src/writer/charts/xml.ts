/** Escaping text for XML parts the chart writer makes. */

/**
 * Text as XML character data or an attribute value: `&`, `<`, `>`, `"` and `'` escaped,
 * and characters XML 1.0 cannot hold (control characters other than tab, line feed and
 * carriage return) left out.
 *
 * @example
 * escapeXml(`Kalle's "år" & <mer>`); // "Kalle&apos;s &quot;år&quot; &amp; &lt;mer&gt;"
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The text of XML character data or an attribute value: the five predefined entities and
 * numeric character references decoded.
 *
 * @example
 * unescapeXml("&apos;Översikt&apos; &amp; &#65;"); // "'Översikt' & A"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[entity] as string;
  });
}
