/**
 * manifest.xml: well-formed, one shared runtime for the task pane and the custom functions,
 * the SINV namespace, the right requirements and permission, a ribbon button without
 * TaskpaneId, every URL on https://localhost:3000 pointing at a file the build emits, and
 * icons that are real PNGs of the declared size. Offline.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Document, Element } from "@xmldom/xmldom";
import {
  DEV_ORIGIN,
  NS,
  ROOT,
  children,
  elements,
  emittedFiles,
  hasDist,
  loadWebpackConfig,
  manifestUrls,
  parseXmlStrict,
  pngSize,
  readRepoText
} from "./support/addinShell";

const MANIFEST = join(ROOT, "manifest.xml");
const source = readRepoText("manifest.xml");
const doc: Document = parseXmlStrict(source, "manifest.xml");
const root = doc.documentElement as Element;

function one(node: Document | Element, ns: string, localName: string): Element {
  const found = elements(node, ns, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

/** The Resources entry (bt:Image, bt:Url or bt:String) with an id. */
function resource(id: string): Element {
  const resources = one(doc, NS.ov, "Resources");
  const matches = ["Image", "Url", "String"].flatMap((name) => elements(resources, NS.bt, name)).filter((el) => el.getAttribute("id") === id);
  if (matches.length !== 1) throw new Error(`resid "${id}" is defined ${matches.length} times in <Resources>`);
  return matches[0];
}

function resourceValue(id: string): string {
  return resource(id).getAttribute("DefaultValue") ?? "";
}

function customFunctionsPoint(): Element {
  const points = elements(doc, NS.ov, "ExtensionPoint").filter((el) => xsiType(el) === "CustomFunctions");
  expect(points).toHaveLength(1);
  return points[0];
}

function sourceLocationResid(parent: Element): string | null {
  const locations = children(parent, NS.ov, "SourceLocation");
  expect(locations).toHaveLength(1);
  return locations[0].getAttribute("resid");
}

describe("manifest.xml is well-formed", () => {
  it("parses with xmldom without any warning or error", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("makes the strict parser fail loudly on broken XML", () => {
    expect(() => parseXmlStrict(source.replace("</Permissions>", "</Permission>"), "broken.xml")).toThrow(/broken\.xml/);
  });

  const xmllint = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  const haveXmllint = xmllint.error === undefined && xmllint.status === 0;
  it(`is well-formed by ${haveXmllint ? "xmllint --noout" : "the strict parser (xmllint is not installed: apt-get install libxml2-utils)"}`, () => {
    if (!haveXmllint) {
      expect(() => parseXmlStrict(source, MANIFEST)).not.toThrow();
      return;
    }
    const result = spawnSync("xmllint", ["--noout", MANIFEST], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("one shared runtime", () => {
  it("uses the same resid for the Runtime, the custom functions Page and the FunctionFile", () => {
    const runtimes = elements(doc, NS.ov, "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtimeResid = runtimes[0].getAttribute("resid");
    expect(runtimeResid).toBeTruthy();
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");

    const page = children(customFunctionsPoint(), NS.ov, "Page");
    expect(page).toHaveLength(1);
    expect(sourceLocationResid(page[0])).toBe(runtimeResid);

    const functionFiles = elements(doc, NS.ov, "FunctionFile");
    expect(functionFiles).toHaveLength(1);
    expect(functionFiles[0].getAttribute("resid")).toBe(runtimeResid);

    expect(resourceValue(runtimeResid ?? "")).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it("declares the custom functions script, metadata and the SINV namespace", () => {
    const point = customFunctionsPoint();
    const metadata = children(point, NS.ov, "Metadata");
    expect(metadata).toHaveLength(1);
    expect(resourceValue(sourceLocationResid(metadata[0]) ?? "")).toBe(`${DEV_ORIGIN}/functions.json`);
    const script = children(point, NS.ov, "Script");
    expect(script).toHaveLength(1);
    expect(resourceValue(sourceLocationResid(script[0]) ?? "")).toBe(`${DEV_ORIGIN}/functions.js`);
    const namespace = children(point, NS.ov, "Namespace");
    expect(namespace).toHaveLength(1);
    const namespaceString = resource(namespace[0].getAttribute("resid") ?? "");
    expect(namespaceString.localName).toBe("String");
    expect(namespaceString.getAttribute("DefaultValue")).toBe("SINV");
    // The namespace is part of every formula: it must not change with the language.
    expect(elements(namespaceString, NS.bt, "Override")).toHaveLength(0);
  });

  it("requires SharedRuntime 1.1 (and CustomFunctionsRuntime 1.1 if listed)", () => {
    const sets = children(one(root, NS.app, "Requirements"), NS.app, "Sets");
    expect(sets).toHaveLength(1);
    const byName = new Map(children(sets[0], NS.app, "Set").map((set) => [set.getAttribute("Name"), set]));
    const minVersion = (set: Element | undefined): string | null =>
      set === undefined ? null : set.getAttribute("MinVersion") ?? sets[0].getAttribute("DefaultMinVersion");
    expect(minVersion(byName.get("SharedRuntime"))).toBe("1.1");
    if (byName.has("CustomFunctionsRuntime")) expect(minVersion(byName.get("CustomFunctionsRuntime"))).toBe("1.1");
  });

  it("asks for ReadWriteDocument", () => {
    expect(one(root, NS.app, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("hosts a Workbook in VersionOverrides 1.0", () => {
    expect(children(one(root, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const overrides = one(root, NS.ov, "VersionOverrides");
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    expect(elements(overrides, NS.ov, "Host").map(xsiType)).toEqual(["Workbook"]);
  });

  it("has a ribbon button that shows the task pane without TaskpaneId, in the shared runtime", () => {
    const actions = elements(doc, NS.ov, "Action").filter((el) => xsiType(el) === "ShowTaskpane");
    expect(actions.length).toBeGreaterThanOrEqual(1);
    const runtimeResid = one(doc, NS.ov, "Runtime").getAttribute("resid");
    for (const action of actions) {
      expect(elements(action, NS.ov, "TaskpaneId")).toHaveLength(0);
      expect(sourceLocationResid(action)).toBe(runtimeResid);
    }
    expect(elements(doc, NS.ov, "TaskpaneId")).toHaveLength(0);
  });

  it("defines every resid it uses", () => {
    const used = elements(doc, "*", "*")
      .map((el) => el.getAttribute("resid"))
      .filter((id): id is string => id !== null && id !== "");
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(() => resource(id)).not.toThrow();
  });
});

describe("names and languages", () => {
  it("is Swedish by default with the SINV display name", () => {
    expect(one(root, NS.app, "DefaultLocale").textContent?.trim()).toBe("sv-SE");
    expect(one(root, NS.app, "DisplayName").getAttribute("DefaultValue")).toBe("SINV – sociala investeringar");
  });

  it("overrides the display strings in en-US", () => {
    for (const name of ["DisplayName", "Description"]) {
      const overrides = children(one(root, NS.app, name), NS.app, "Override");
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
      expect(overrides[0].getAttribute("Value")).toBeTruthy();
    }
    const namespaceResid = children(customFunctionsPoint(), NS.ov, "Namespace")[0].getAttribute("resid");
    const strings = elements(one(doc, NS.ov, "Resources"), NS.bt, "String").filter((s) => s.getAttribute("id") !== namespaceResid);
    expect(strings.length).toBeGreaterThan(0);
    for (const string of strings) {
      const overrides = elements(string, NS.bt, "Override");
      expect({ id: string.getAttribute("id"), locales: overrides.map((o) => o.getAttribute("Locale")) }).toEqual({
        id: string.getAttribute("id"),
        locales: ["en-US"]
      });
    }
  });
});

describe("URLs", () => {
  const urls = manifestUrls(doc);
  const emitted = emittedFiles(loadWebpackConfig());

  it("finds the URLs", () => {
    expect(urls.length).toBeGreaterThanOrEqual(8);
  });

  it.each(urls.map((u) => [u.where, u.url]))("%s → %s is on https://localhost:3000 and emitted by the build", (_where, url) => {
    const parsed = new URL(url);
    expect(parsed.origin).toBe(DEV_ORIGIN);
    expect(parsed.search).toBe("");
    const file = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    expect(emitted).toContain(file);
    if (file.startsWith("assets/")) expect(existsSync(join(ROOT, file))).toBe(true);
    if (hasDist()) expect(existsSync(join(ROOT, "dist", file))).toBe(true);
  });

  it("expects the build to emit the page, the bundles and the metadata", () => {
    for (const file of ["taskpane.html", "functions.json", "functions.js", "taskpane.js", "runtime.js", "manifest.xml"]) {
      expect(emitted).toContain(file);
    }
  });
});

describe("icons", () => {
  const fileOf = (url: string): string => join(ROOT, new URL(url).pathname.replace(/^\//, ""));

  it("has ribbon images that are real PNGs of their declared size", () => {
    const images = elements(doc, NS.bt, "Image").filter((el) => el.getAttribute("size") !== null);
    expect(images.length).toBeGreaterThan(0);
    const sizes = new Set<number>();
    for (const image of images) {
      const size = Number(image.getAttribute("size"));
      sizes.add(size);
      const file = fileOf(resourceValue(image.getAttribute("resid") ?? ""));
      expect({ file, ...pngSize(readFileSync(file), file) }).toEqual({ file, width: size, height: size });
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  it.each([
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 128]
  ])("%s is a square PNG of %i pixels", (name, size) => {
    const file = fileOf(one(root, NS.app, name as string).getAttribute("DefaultValue") ?? "");
    expect(pngSize(readFileSync(file), file)).toEqual({ width: size, height: size });
  });

  it("keeps only real PNGs named by their size in assets/", () => {
    const pngs = readdirSync(join(ROOT, "assets")).filter((file) => file.endsWith(".png"));
    expect(pngs.sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
    for (const png of pngs) {
      const size = Number(/icon-(\d+)\.png/.exec(png)?.[1]);
      expect(pngSize(readFileSync(join(ROOT, "assets", png)), png)).toEqual({ width: size, height: size });
    }
  });

  it("rejects bytes that are not a PNG", () => {
    expect(() => pngSize(Buffer.from("GIF89a not a png at all, padded to be long enough"), "x.gif")).toThrow(/not a PNG/);
  });
});
