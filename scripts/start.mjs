// npm start: run the add-in for development.
//   Windows/macOS: `office-addin-debugging start manifest.xml` sideloads it into Excel desktop
//   (office-addin-dev-certs and office-addin-debugging are pinned in package.json, run from
//   node_modules, never through npx; without them it serves for Excel on the web).
//   Linux (or when that fails, or with `npm start -- --web`): build, serve on
//   https://localhost:3000 and print how to sideload into Excel on the web, and the
//   address of the preview (the pane without Excel, against the worked example in memory).
// npm run preview (`--preview`): serve and print only the preview's address, and open it
// in the default browser where there is a desktop (not in CI; `--no-open` to skip).
// Errors end with a short message, never a stack trace.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = join(root, "manifest.xml");
const require = createRequire(import.meta.url);

/** Prints a clear failure message (Swedish / English) and ends the process. */
function fail(sv, en, error) {
  const detail = error instanceof Error ? error.message : error ? String(error) : "";
  console.error(`\nSINV: ${sv}\nSINV: ${en}${detail ? `\n  (${detail.split("\n")[0]})` : ""}`);
  process.exit(1);
}

/** Ends with the clearest message known for an error (a busy port gets its own). */
function failWith(error) {
  if (error && error.code === "EADDRINUSE") {
    fail("Port 3000 används redan – stoppa den andra servern först.", "Port 3000 is already in use – stop the other server first.");
  }
  fail("Oväntat fel.", "Unexpected error.", error);
}

// webpack-dev-server reports a busy port as an unhandled 'error' event, not a rejection.
process.on("uncaughtException", failWith);
process.on("unhandledRejection", failWith);

/** Runs a program with arguments (no shell) and inherited output; resolves true when it exits 0. */
function run(program, args) {
  console.log(`SINV: ${[program, ...args].map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd: root, stdio: "inherit" });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

/**
 * The script of a command-line tool that package.json pins to an exact version (the lock
 * file fixes its version and everything it needs), found through the package's own
 * package.json "bin" — never fetched at run time with `npx --yes`.
 * @param {string} pkg package name, e.g. "office-addin-debugging"
 * @returns {string} absolute path of the tool's script
 */
function localBin(pkg) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath);
  const relative = typeof bin === "string" ? bin : bin?.[pkg];
  if (typeof relative !== "string") throw new Error(`${pkg} has no "${pkg}" command`);
  return join(dirname(manifestPath), relative);
}

/**
 * Sideloads into Excel desktop with office-addin-debugging (pinned, an optionalDependency).
 * Excel desktop trusts only an installed certificate, so office-addin-dev-certs (pinned
 * too) installs one first when ~/.office-addin-dev-certs is missing; webpack.config.js
 * then serves with it.
 */
async function sideloadDesktop() {
  let certs;
  let debugging;
  try {
    certs = localBin("office-addin-dev-certs");
    debugging = localBin("office-addin-debugging");
  } catch (error) {
    // office-addin-debugging is an optionalDependency: npm leaves it out where a native
    // module it pulls in (keytar) cannot be built. Then serve for Excel on the web instead.
    console.log(
      "SINV: office-addin-dev-certs/office-addin-debugging är inte installerade (kör npm ci).\n" +
        "SINV: office-addin-dev-certs/office-addin-debugging are not installed (run npm ci).\n" +
        `  (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`
    );
    return false;
  }
  if (!existsSync(join(homedir(), ".office-addin-dev-certs", "localhost.crt"))) {
    await run(process.execPath, [certs, "install"]);
  }
  return run(process.execPath, [debugging, "start", manifest, "desktop", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"]);
}

const PREVIEW_URL = "https://localhost:3000/preview.html";

/**
 * Opens the preview in the default browser where there is a desktop to show it (not in CI,
 * not with --no-open, on Linux only with a display). A failure only prints a line.
 */
function openPreview() {
  if (process.env.CI || process.argv.includes("--no-open")) return;
  const linuxDesktop = process.platform === "linux" && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const command =
    process.platform === "darwin" ? ["open", [PREVIEW_URL]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", PREVIEW_URL]] : linuxDesktop ? ["xdg-open", [PREVIEW_URL]] : undefined;
  if (!command) return;
  const child = spawn(command[0], command[1], { detached: true, stdio: "ignore" });
  child.on("error", () => console.log("SINV: Kunde inte öppna webbläsaren – öppna adressen ovan. / Could not open the browser – open the address above."));
  child.unref();
}

function printPreviewAddress() {
  console.log(`
================================================================================
Förhandsvisning utan Excel (räkneexemplet i en arbetsbok i minnet):
Preview without Excel (the worked example in a workbook in memory):
  ${PREVIEW_URL}
  ${PREVIEW_URL}?lang=en
Öppna adressen och godkänn certifikatvarningen. / Open it and accept the certificate warning.
Stoppa med Ctrl+C. / Stop with Ctrl+C.
================================================================================
`);
  openPreview();
}

function printWebInstructions() {
  const url = "https://localhost:3000/taskpane.html";
  console.log(`
================================================================================
SINV körs på ${url}

Ladda in tillägget i Excel på webben:
  1. Lita på certifikatet: öppna
       ${url}
     i webbläsaren och godkänn varningen (Avancerat → Fortsätt till localhost).
  2. Öppna en arbetsbok i Excel på webben.
  3. Infoga → Tillägg → Mina tillägg → Ladda upp mitt tillägg → välj
     ${manifest}
  4. Prova: =SINV.EFFECT(20; 0,3; 900000)

SINV is running at ${url}

Sideload the add-in into Excel on the web:
  1. Trust the certificate: open
       ${url}
     in the browser and accept the warning (Advanced → Proceed to localhost).
  2. Open a workbook in Excel on the web.
  3. Insert → Add-ins → My Add-ins → Upload My Add-in → choose
     ${manifest}
  4. Try: =SINV.EFFECT(20, 0.3, 900000)

Utan Excel / without Excel: ${PREVIEW_URL}

Stoppa med Ctrl+C. / Stop with Ctrl+C.
================================================================================
`);
  if (process.platform === "linux") openPreview();
}

/** Builds in memory and serves on https://localhost:3000 with webpack-dev-server. */
async function serveForWeb(print = printWebInstructions) {
  const webpack = require("webpack");
  const { default: WebpackDevServer } = await import("webpack-dev-server");
  const config = require(join(root, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  let printed = false;
  compiler.hooks.done.tap("sinv-start", (stats) => {
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, colors: false }));
      console.error("\nSINV: Bygget misslyckades – rätta felen ovan, servern bygger om när filen sparas.");
      console.error("SINV: The build failed – fix the errors above; the server rebuilds on save.");
    } else if (!printed) {
      printed = true;
      print();
    }
  });
  const server = new WebpackDevServer(config.devServer, compiler);
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(0)
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    await server.start();
  } catch (error) {
    if (error && error.code === "EADDRINUSE") failWith(error);
    fail("Utvecklingsservern kunde inte starta.", "The dev server could not start.", error);
  }
}

const forceWeb = process.argv.includes("--web");
if (process.argv.includes("--preview")) {
  await serveForWeb(printPreviewAddress);
} else {
  if (!forceWeb && (process.platform === "win32" || process.platform === "darwin")) {
    if (await sideloadDesktop()) process.exit(0);
    console.log(
      "\nSINV: Sidladdning i Excel för skrivbordet misslyckades – startar servern för Excel på webben i stället." +
        "\nSINV: Sideloading into Excel desktop failed – starting the server for Excel on the web instead.\n"
    );
  } else if (!forceWeb) {
    console.log(
      "SINV: office-addin-debugging kan inte sidladda på Linux – använd Excel på webben eller förhandsvisningen.\n" +
        "SINV: office-addin-debugging cannot sideload on Linux – use Excel on the web, or the preview.\n"
    );
  }
  await serveForWeb();
}
