import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";

/**
 * Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH.
 *
 * @example
 * chromiumPath(); // "/usr/bin/chromium"
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

/**
 * Launches headless Chromium as this machine allows: no sandbox (root), no GPU, no
 * background networking; Playwright gives it a fresh temporary profile.
 *
 * @example
 * const browser = await launchChromium(); await browser.close();
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH).");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  });
}
