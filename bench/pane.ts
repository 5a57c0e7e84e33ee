import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/browser/support/chromium";
import { serveDirectory } from "../test/browser/support/staticServer";

/** One emitted script with its gzip size. */
export interface ScriptSize {
  readonly file: string;
  readonly gzipKB: number;
}

/** The pane's figures. */
export interface PaneFigures {
  readonly initialJsGzipKB: number;
  readonly initial: readonly ScriptSize[];
  readonly lazy: readonly ScriptSize[];
  readonly writerLazy: boolean;
  readonly navigationToInteractiveMs: number;
  readonly scenarioChangeMs: { readonly median: number; readonly max: number; readonly samples: number };
}

function kb(bytes: number): number {
  return Number((bytes / 1024).toFixed(1));
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)].map((m) => m[1] as string).filter((src) => !/^https?:/.test(src));
}

/**
 * Builds the add-in for production into a temporary folder, measures the preview page's
 * initial JavaScript (gzip) and what is left for later, loads the preview in headless
 * Chromium (navigation → results shown), and times scenario changes from the input event
 * to the updated savings figure.
 *
 * @example
 * (await paneBench(root)).initialJsGzipKB; // e.g. 310.4
 */
export async function paneBench(root: string): Promise<PaneFigures> {
  const out = mkdtempSync(join(tmpdir(), "sinv-pane-bench-"));
  try {
    const build = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
      cwd: root,
      encoding: "utf8"
    });
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
    const html = readFileSync(join(out, "preview.html"), "utf8");
    const initialFiles = scriptsOf(html).map((s) => s.replace(/^\//, ""));
    const size = (file: string): ScriptSize => ({ file, gzipKB: kb(gzipSync(readFileSync(join(out, file))).length) });
    const initial = initialFiles.map(size);
    const lazy = readdirSync(out)
      .filter((f) => f.endsWith(".js") && !initialFiles.includes(f) && !["taskpane.js", "functions.js"].includes(f))
      .map(size);
    const writerLazy = !initialFiles.some((f) => readFileSync(join(out, f), "utf8").includes("sharedStrings.xml"));

    const server = await serveDirectory(out);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
      const t0 = Date.now();
      await page.goto(`${server.origin}/preview.html`);
      await page.waitForFunction(() => (document.querySelector('[data-testid="result-savings10y"]')?.textContent ?? "").match(/\d/) !== null);
      const navigationToInteractiveMs = Date.now() - t0;
      await page.getByTestId("tab-scenarios").click();
      const samples: number[] = await page.evaluate(async () => {
        const target = document.querySelector('[data-testid="result-savings10y"]') as HTMLElement;
        const input = document.querySelector('input[data-testid="control-share"], [data-testid="control-share"] input') as HTMLInputElement | null;
        if (!input) throw new Error("no share control");
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
        const times: number[] = [];
        const values = ["0,5", "1", "0,75", "1", "0,6", "1", "0,9", "1", "0,8", "1", "0,7", "1"];
        for (const v of values) {
          const before = target.textContent;
          const changed = new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (target.textContent !== before) {
                observer.disconnect();
                resolve(performance.now());
              }
            });
            observer.observe(target, { childList: true, subtree: true, characterData: true });
          });
          const start = performance.now();
          setter.call(input, v);
          input.dispatchEvent(new Event("input", { bubbles: true }));
          input.dispatchEvent(new Event("change", { bubbles: true }));
          const end = await Promise.race([changed, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 2000))]);
          times.push(end - start);
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
        return times;
      });
      const ok = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
      return {
        initialJsGzipKB: kb(initial.reduce((s, x) => s + x.gzipKB * 1024, 0)),
        initial,
        lazy,
        writerLazy,
        navigationToInteractiveMs,
        scenarioChangeMs: {
          median: Number((ok[Math.floor(ok.length / 2)] ?? Number.NaN).toFixed(2)),
          max: Number((ok[ok.length - 1] ?? Number.NaN).toFixed(2)),
          samples: ok.length
        }
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  }
}
