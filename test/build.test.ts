/**
 * Production build: `npx webpack --mode production` into a temporary folder must succeed
 * and emit functions.json describing the eleven SINV functions exactly as their TypeScript
 * signatures say, a functions bundle that associates them, and a taskpane.html that loads
 * office.js from Microsoft plus the runtime chunk and both bundles, and nothing else from
 * another host. Takes about half a minute. The build ships no source maps (no .map file, no
 * `sourceMappingURL` in any .js), both pages carry the Content-Security-Policy, and the dev
 * server listens on localhost only and lets no other origin read anything but functions.json.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEV_ORIGIN,
  OFFICE_JS_URL,
  ROOT,
  emittedFiles,
  functionsFromSource,
  loadWebpackConfig,
  manifestUrls,
  parseXmlStrict,
  readRepoText,
  type ExpectedFunction
} from "./support/addinShell";

const FUNCTION_IDS = [
  "EFFECT",
  "COHORTSAVINGS",
  "SAVINGS10Y",
  "REPAYMENT",
  "REPAYMENTSPLIT",
  "REPAYMENTPLAN",
  "PAYBACK",
  "BREAKEVEN",
  "STAFFCOST",
  "INDEXCOST",
  "UNITCOST"
];

const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

interface MetadataParameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface MetadataFunction {
  id: string;
  name: string;
  parameters: MetadataParameter[];
}

let outDir = "";
let build: SpawnSyncReturns<string>;

function output(file: string): string {
  return join(outDir, file);
}

function buildLog(): string {
  const text = `${build.stdout ?? ""}\n${build.stderr ?? ""}`;
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), "sinv-build-"));
  build = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", outDir], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
    shell: process.platform === "win32",
    env: { ...process.env, NODE_ENV: "production" }
  });
}, BUILD_TIMEOUT_MS + 10_000);

afterAll(() => {
  if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
});

describe("npx webpack --mode production", () => {
  it("exits 0", () => {
    expect(build.error).toBeUndefined();
    if (build.status !== 0) throw new Error(`webpack exited with ${build.status}:\n${buildLog()}`);
    expect(build.status).toBe(0);
  });

  it("emits every file webpack.config.js promises, and every file manifest.xml points at", () => {
    const expected = emittedFiles(loadWebpackConfig());
    for (const file of expected) expect({ file, exists: existsSync(output(file)) }).toEqual({ file, exists: true });
    const manifest = parseXmlStrict(readRepoText("manifest.xml"), "manifest.xml");
    for (const { url } of manifestUrls(manifest)) {
      expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
      const file = new URL(url).pathname.replace(/^\//, "");
      expect({ url, exists: existsSync(output(file)) }).toEqual({ url, exists: true });
    }
  });
});

describe("the signature reader of the test", () => {
  it("reads ids, optional flags, matrices and skips the invocation parameter", () => {
    const sample = [
      "/**",
      " * Sample.",
      " * @customfunction SAMPLE.ONE",
      " * @param a A.",
      " */",
      "export function one(a: number, rows: any[][], label?: string, flag?: boolean, invocation?: CustomFunctions.Invocation): number {",
      "  return 0;",
      "}",
      "/** Not a custom function. */",
      "export function helper(x: number): number {",
      "  return x;",
      "}",
      "/**",
      " * @customfunction",
      " */",
      "export function two(): number {",
      "  return 2;",
      "}"
    ].join("\n");
    expect(functionsFromSource(sample)).toEqual([
      {
        id: "SAMPLE.ONE",
        functionName: "one",
        parameters: [
          { name: "a", type: "number", dimensionality: "scalar", optional: false },
          { name: "rows", type: "any", dimensionality: "matrix", optional: false },
          { name: "label", type: "string", dimensionality: "scalar", optional: true },
          { name: "flag", type: "boolean", dimensionality: "scalar", optional: true }
        ]
      },
      { id: "TWO", functionName: "two", parameters: [] }
    ]);
  });
});

describe("functions.json", () => {
  const expectedFunctions: ExpectedFunction[] = functionsFromSource(readRepoText("src/functions/functions.ts"));

  function metadata(): MetadataFunction[] {
    const parsed = JSON.parse(readFileSync(output("functions.json"), "utf8")) as { functions: MetadataFunction[] };
    return parsed.functions;
  }

  it("src/functions/functions.ts declares the eleven functions", () => {
    expect(expectedFunctions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("lists the eleven functions, each once", () => {
    expect(metadata().map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it.each(FUNCTION_IDS)("%s has the parameters of its TypeScript signature", (id) => {
    const expected = expectedFunctions.find((f) => f.id === id);
    const actual = metadata().find((f) => f.id === id);
    expect(expected).toBeDefined();
    expect(actual).toBeDefined();
    const fromMetadata = (actual?.parameters ?? []).map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      dimensionality: p.dimensionality ?? "scalar",
      optional: p.optional ?? false
    }));
    expect(fromMetadata).toEqual(expected?.parameters);
  });

  it("marks range parameters as matrices and trailing `name?:` parameters as optional", () => {
    const all = metadata().flatMap((f) => f.parameters);
    expect(all.some((p) => p.dimensionality === "matrix")).toBe(true);
    expect(all.some((p) => p.optional === true)).toBe(true);
  });
});

describe("bundles and page", () => {
  function html(): string {
    return readFileSync(output("taskpane.html"), "utf8");
  }

  /** Values of src= and href= attributes, quoted or not (the page is minified). */
  function references(tag: string, attribute: string): string[] {
    const pattern = new RegExp(`<${tag}\\b[^>]*?\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "gi");
    return [...html().matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]);
  }

  it("associates every function in functions.js", () => {
    const bundle = readFileSync(output("functions.js"), "utf8");
    expect(bundle).toContain('CustomFunctions.associate("EFFECT"');
    for (const id of FUNCTION_IDS) expect(bundle).toMatch(new RegExp(`CustomFunctions\\.associate\\(\\s*["'\`]${id}["'\`]`));
  });

  it("loads office.js first, then the runtime chunk, then both bundles", () => {
    const scripts = references("script", "src");
    expect(scripts[0]).toBe(OFFICE_JS_URL);
    const local = scripts.slice(1).map((src) => src.replace(/^\.?\//, "").replace(/\?.*$/, ""));
    expect(local[0]).toBe("runtime.js");
    expect([...local].sort()).toEqual(["functions.js", "runtime.js", "taskpane.js"]);
    for (const file of local) expect(existsSync(output(file))).toBe(true);
  });

  it("references no external host but Microsoft's office.js", () => {
    const all = [...html().matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const external = all.filter((value) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value));
    expect(external).toEqual([OFFICE_JS_URL]);
  });
});

/** Every file under `dir`, as paths relative to it with "/" separators. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
  });
}

describe("no source maps in the production build", () => {
  it("emits no .map file", () => {
    const all = filesUnder(outDir);
    expect(all.filter((f) => f.endsWith(".js")).length).toBeGreaterThanOrEqual(5);
    expect(all.filter((f) => f.endsWith(".map"))).toEqual([]);
  });

  it("names no source map in any shipped .js (0 sourceMappingURL comments)", () => {
    const withMaps = filesUnder(outDir)
      .filter((f) => f.endsWith(".js"))
      .filter((f) => /[#@]\s*sourceMappingURL=/.test(readFileSync(output(f), "utf8")));
    expect(withMaps).toEqual([]);
  });
});

describe("Content-Security-Policy of the pages", () => {
  const OFFICE_ORIGIN = new URL(OFFICE_JS_URL).origin;

  /** The content of the page's CSP `<meta http-equiv>` (minified or not), or undefined. */
  function policyOf(page: string): string | undefined {
    const html = readFileSync(output(page), "utf8");
    const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]);
    const tag = metas.find((m) => /http-equiv=["']?Content-Security-Policy/i.test(m));
    return tag === undefined ? undefined : /content="([^"]*)"/i.exec(tag)?.[1];
  }

  /** The policy as directive → sources. */
  function directives(policy: string): Record<string, string[]> {
    return Object.fromEntries(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0] !== "")
        .map(([name, ...sources]) => [name, sources])
    );
  }

  it.each(["taskpane.html", "preview.html"])("%s allows scripts only from itself and office.js's origin, never inline or eval", (page) => {
    const policy = policyOf(page);
    expect(policy).toBeDefined();
    const d = directives(policy ?? "");
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["script-src"]).toEqual(["'self'", OFFICE_ORIGIN]);
    expect(d["connect-src"]).toEqual(["'self'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|\*/);
  });

  it("taskpane.html loads office.js from the origin its policy allows", () => {
    const html = readFileSync(output("taskpane.html"), "utf8");
    expect(html).toContain(OFFICE_JS_URL);
    expect(OFFICE_JS_URL.startsWith(`${OFFICE_ORIGIN}/`)).toBe(true);
  });
});

describe("the dev server (webpack.config.js devServer)", () => {
  interface DevServerShape {
    host?: string;
    headers?: unknown;
  }
  const load = createRequire(__filename);
  const factory = load(join(ROOT, "webpack.config.js")) as ((env: unknown, argv: { mode: string }) => { devServer: DevServerShape }) & {
    contentSecurityPolicy: (mode: string) => string;
  };
  const devServer = factory({}, { mode: "development" }).devServer;

  it("listens on localhost only, not on every interface", () => {
    expect(devServer.host).toBe("localhost");
  });

  it("lets another origin read functions.json (Excel on the web fetches it) and nothing else", () => {
    expect(typeof devServer.headers).toBe("function");
    const headers = devServer.headers as (req: { path?: string; url?: string }) => Record<string, string>;
    expect(headers({ path: "/functions.json", url: "/functions.json?x=1" })).toEqual({ "Access-Control-Allow-Origin": "*" });
    expect(headers({ url: "/functions.json?x=1" })).toEqual({ "Access-Control-Allow-Origin": "*" });
    for (const path of ["/taskpane.html", "/preview.html", "/taskpane.js", "/functions.js", "/manifest.xml", "/assets/data/unit_costs.csv", "/functions.json.bak"]) {
      expect({ path, headers: headers({ path, url: path }) }).toEqual({ path, headers: {} });
    }
  });

  it("allows the live-reload socket in development only", () => {
    expect(factory.contentSecurityPolicy("development")).toContain("connect-src 'self' wss://localhost:3000");
    expect(factory.contentSecurityPolicy("production")).toContain("connect-src 'self';");
  });
});

describe("npm start's Office tools are pinned in package.json", () => {
  const TOOLS = ["office-addin-dev-certs", "office-addin-debugging"];
  const pkg = JSON.parse(readRepoText("package.json")) as {
    devDependencies: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  const lock = JSON.parse(readRepoText("package-lock.json")) as {
    packages: Record<string, { version?: string; optional?: boolean; bin?: Record<string, string> }>;
  };

  it.each(TOOLS)("%s: an exact version in package.json, the same in package-lock.json, with its command", (tool) => {
    const wanted = pkg.devDependencies[tool] ?? pkg.optionalDependencies?.[tool];
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    const locked = lock.packages[`node_modules/${tool}`];
    expect(locked?.version).toBe(wanted);
    expect(Object.keys(locked?.bin ?? {})).toContain(tool);
  });

  it("office-addin-debugging is optional, so npm ci succeeds where its keytar cannot be built (Linux CI)", () => {
    expect(pkg.devDependencies["office-addin-debugging"]).toBeUndefined();
    expect(pkg.optionalDependencies?.["office-addin-debugging"]).toBeDefined();
    expect(lock.packages["node_modules/office-addin-debugging"]?.optional).toBe(true);
    // Every native module it drags in is optional too: a failed build drops it, not npm ci.
    const keytar = lock.packages["node_modules/keytar"];
    if (keytar !== undefined) expect(keytar.optional).toBe(true);
    expect(lock.packages["node_modules/office-addin-dev-certs"]?.optional).not.toBe(true);
  });

  it("scripts/start.mjs runs them from node_modules, never through npx", () => {
    const start = readRepoText("scripts/start.mjs");
    const code = start.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).toContain("spawn(");
    expect(code).not.toMatch(/\bnpx\b/);
    for (const tool of TOOLS) expect(start).toContain(`localBin("${tool}")`);
  });
});
