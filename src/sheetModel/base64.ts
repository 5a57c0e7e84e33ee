/**
 * Base64 for Office.js calls that take a file as text (createWorkbook,
 * insertWorksheetsFromBase64), in the browser and in Node without Buffer.
 */

/**
 * Encodes bytes as base64.
 *
 * @example
 * toBase64(new Uint8Array([80, 75, 3, 4])); // "UEsDBA=="
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * The length of the base64 text of `byteLength` bytes, without encoding them.
 *
 * @example
 * base64Length(4); // 8
 */
export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}
