/**
 * Helpers for the add-in shell tests (manifest.test.ts, build.test.ts): parse the
 * manifest strictly, list the files webpack.config.js makes the build emit, read PNG
 * sizes, and derive the custom functions' parameter table from the TypeScript source.
 */
import { createRequire } from "node:module";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

/** Repository root. */
export const ROOT = join(__dirname, "..", "..");

/** The one origin every manifest URL must use (webpack dev server). */
export const DEV_ORIGIN = "https://localhost:3000";

/** Microsoft's office.js URL, the only external script the page may load. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** XML namespaces of the add-in only manifest. */
export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance"
} as const;

/**
 * Parses XML; any warning, error or fatal error of the parser throws.
 *
 * @param source - the XML text.
 * @param name - file name for the error message.
 * @returns the document.
 */
export function parseXmlStrict(source: string, name: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${name}: XML ${level}: ${message}`);
    }
  });
  return parser.parseFromString(source, "text/xml");
}

/**
 * Elements with a namespace and local name under a node, in document order.
 *
 * @param node - document or element to search under.
 * @param ns - namespace URI.
 * @param localName - local name of the elements.
 * @returns the matching elements.
 */
export function elements(node: Document | Element, ns: string, localName: string): Element[] {
  const list = node.getElementsByTagNameNS(ns, localName);
  const found: Element[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const item = list.item(i);
    if (item !== null) found.push(item);
  }
  return found;
}

/**
 * Child elements (not deeper descendants) with a namespace and local name.
 *
 * @param parent - the element whose children are searched.
 * @param ns - namespace URI.
 * @param localName - local name of the children.
 * @returns the matching children.
 */
export function children(parent: Element, ns: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    const el = node as Element;
    if (node.nodeType === 1 && el.namespaceURI === ns && el.localName === localName) found.push(el);
  }
  return found;
}

/** Every element of a document, in document order. */
export function allElements(doc: Document): Element[] {
  return elements(doc, "*", "*");
}

/** A URL found in the manifest and where it was found. */
export interface ManifestUrl {
  readonly url: string;
  /** e.g. `bt:Url#Taskpane.Url@DefaultValue` or `IconUrl@DefaultValue`. */
  readonly where: string;
}

/**
 * Every http(s) URL in the manifest: attribute values (DefaultValue, Value, …) and element
 * text. Namespace declarations (xmlns) are names, not URLs, and are left out.
 *
 * @param doc - the parsed manifest.
 * @returns the URLs with their places.
 */
export function manifestUrls(doc: Document): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  for (const el of allElements(doc)) {
    const label = el.tagName + (el.getAttribute("id") ? `#${el.getAttribute("id")}` : "");
    for (let i = 0; i < el.attributes.length; i += 1) {
      const attr = el.attributes.item(i);
      if (attr === null || attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue;
      if (/^\s*https?:/i.test(attr.value)) urls.push({ url: attr.value.trim(), where: `${label}@${attr.name}` });
    }
    for (let node = el.firstChild; node !== null; node = node.nextSibling) {
      const text = node.nodeType === 3 ? (node.nodeValue ?? "").trim() : "";
      if (/^https?:/i.test(text)) urls.push({ url: text, where: `${label} text` });
    }
  }
  return urls;
}

/** The shape of webpack.config.js that the tests read. */
interface WebpackConfigShape {
  entry: Record<string, string>;
  output: { filename: string };
  optimization?: { runtimeChunk?: unknown };
  plugins: Array<{
    constructor: { name: string };
    options?: { output?: string };
    userOptions?: { filename?: string; chunks?: string[] };
    patterns?: Array<{ from: string; to: string }>;
  }>;
}

/**
 * Loads webpack.config.js as the build does (production mode).
 *
 * @returns the configuration object.
 */
export function loadWebpackConfig(): WebpackConfigShape {
  const load = createRequire(__filename);
  const factory = load(join(ROOT, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => WebpackConfigShape;
  return factory({}, { mode: "production" });
}

function expandCopySource(from: string): string[] {
  const absolute = from.startsWith("/") || /^[A-Za-z]:[\\/]/.test(from);
  if (!from.includes("*")) return [absolute ? from : join(ROOT, from)];
  const match = /^(.*)\/\*(\.[A-Za-z0-9]+)?$/.exec(from);
  if (match === null) throw new Error(`addinShell: cannot expand the copy pattern "${from}"; extend expandCopySource`);
  const dir = absolute ? match[1] : join(ROOT, match[1]);
  const ext = match[2] ?? "";
  return readdirSync(dir)
    .filter((file) => file.endsWith(ext))
    .map((file) => join(dir, file));
}

function copyTarget(source: string, to: string): string {
  const base = posix.basename(source.replace(/\\/g, "/"));
  const dot = base.lastIndexOf(".");
  const name = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot) : "";
  return to.replace(/\[name\]/g, name).replace(/\[ext\]/g, ext);
}

/**
 * Files the production build emits, derived from webpack.config.js: the HTML page, the
 * functions metadata, one bundle per entry, the runtime chunk, and the copied files.
 * Source maps and license files are left out.
 *
 * @param config - the loaded configuration.
 * @returns output-relative paths with "/" separators.
 */
export function emittedFiles(config: WebpackConfigShape): Set<string> {
  const files = new Set<string>();
  const bundleName = (name: string): string => config.output.filename.replace("[name]", name);
  for (const entry of Object.keys(config.entry)) files.add(bundleName(entry));
  if (config.optimization?.runtimeChunk === "single") files.add(bundleName("runtime"));
  for (const plugin of config.plugins) {
    if (plugin.userOptions?.filename !== undefined) files.add(plugin.userOptions.filename);
    if (plugin.constructor.name === "CustomFunctionsMetadataPlugin" && plugin.options?.output !== undefined) {
      files.add(plugin.options.output);
    }
    for (const pattern of plugin.patterns ?? []) {
      for (const source of expandCopySource(pattern.from)) files.add(copyTarget(source, pattern.to));
    }
  }
  return files;
}

/** Width and height of a PNG, read from its IHDR chunk. */
export interface PngSize {
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads a PNG's pixel size; throws when the bytes are not a PNG.
 *
 * @param bytes - the file's contents.
 * @param name - file name for the error message.
 * @returns width and height in pixels.
 */
export function pngSize(bytes: Buffer, name: string): PngSize {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${name} is not a PNG file`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${name}: the first chunk is not IHDR`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** One parameter as functions.json should describe it. */
export interface ExpectedParameter {
  readonly name: string;
  readonly type: "number" | "string" | "boolean" | "any";
  readonly dimensionality: "scalar" | "matrix";
  readonly optional: boolean;
}

/** One custom function as read from the TypeScript source. */
export interface ExpectedFunction {
  readonly id: string;
  readonly functionName: string;
  readonly parameters: readonly ExpectedParameter[];
}

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if ("<[({".includes(ch)) depth += 1;
    if (">])}".includes(ch)) depth -= 1;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

const SCALAR_TYPES = new Set(["number", "string", "boolean", "any"]);

function expectedParameter(declaration: string, where: string): ExpectedParameter | null {
  const match = /^(\w+)(\?)?\s*:\s*([\s\S]+)$/.exec(declaration);
  if (match === null) throw new Error(`${where}: cannot read the parameter "${declaration}"`);
  const [, name, question, rawType] = match;
  const type = rawType.replace(/\s+/g, "");
  // The invocation parameter is not part of the metadata.
  if (/^CustomFunctions\.(Streaming|Cancelable)?Invocation/.test(type)) return null;
  const matrix = /^(\w+)\[\]\[\]$/.exec(type);
  const base = matrix !== null ? matrix[1] : type;
  if (!SCALAR_TYPES.has(base)) throw new Error(`${where}: parameter ${name} has the type ${rawType}, which this test does not map; extend addinShell`);
  return {
    name,
    type: base as ExpectedParameter["type"],
    dimensionality: matrix !== null ? "matrix" : "scalar",
    optional: question === "?"
  };
}

/**
 * The custom functions of a source file: each exported function whose JSDoc has
 * `@customfunction`, with the id from the tag (or the upper-cased function name) and its
 * parameters (`name?:` is optional, `T[][]` is a matrix).
 *
 * @param source - the TypeScript text of src/functions/functions.ts.
 * @returns the functions in source order.
 */
export function functionsFromSource(source: string): ExpectedFunction[] {
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)\s*\(([^)]*)\)/g;
  const found: ExpectedFunction[] = [];
  for (const match of source.matchAll(pattern)) {
    const [, jsdoc, functionName, parameterList] = match;
    const tag = /@customfunction\b[ \t]*([A-Za-z0-9_.]*)/.exec(jsdoc);
    if (tag === null) continue;
    const id = tag[1] !== "" ? tag[1] : functionName.toUpperCase();
    const parameters = splitTopLevel(parameterList)
      .map((declaration) => expectedParameter(declaration, `${functionName}()`))
      .filter((parameter): parameter is ExpectedParameter => parameter !== null);
    found.push({ id, functionName, parameters });
  }
  return found;
}

/**
 * Reads a file from the repository.
 *
 * @param relative - path relative to the repository root.
 * @returns its text.
 */
export function readRepoText(relative: string): string {
  return readFileSync(join(ROOT, relative), "utf8");
}

/**
 * Whether the repository has a built dist/ folder.
 *
 * @returns true when dist/ exists.
 */
export function hasDist(): boolean {
  return existsSync(join(ROOT, "dist"));
}
