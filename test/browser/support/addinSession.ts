import { rmSync } from "node:fs";
import type { Browser } from "playwright-core";
import { buildAddin } from "./build";
import { launchChromium } from "./chromium";
import { serveDirectory } from "./staticServer";

/** The built add-in served on a local origin, and a Chromium to open its pages in. */
export interface AddinSession {
  /** The build's folder (the caller's own copy). */
  readonly out: string;
  /** The local server's origin, e.g. "http://127.0.0.1:41234". */
  readonly origin: string;
  readonly browser: Browser;
  /** Closes the browser and the server and deletes the folder. */
  close(): Promise<void>;
}

/**
 * Builds the add-in (the shared cached build, copied), serves it and launches Chromium:
 * what every browser test file needs in its `beforeAll`.
 *
 * @example
 * const addin = await openAddin(ROOT);
 * await (await addin.browser.newPage()).goto(`${addin.origin}/preview.html`);
 * await addin.close();
 */
export async function openAddin(root: string): Promise<AddinSession> {
  const out = buildAddin(root);
  const server = await serveDirectory(out);
  const browser = await launchChromium();
  return {
    out,
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    }
  };
}
