// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: webpack-cli and the tests require() this file. */
/**
 * Webpack build of the SINV add-in: one page, taskpane.html, loads the task pane (React)
 * and the custom functions, so both run in the one shared runtime the manifest declares.
 *
 * Output (dist/ unless --output-path says otherwise):
 *   taskpane.html            page for the task pane, the functions and the ribbon command
 *   preview.html             the task pane in a browser without Excel, against the worked
 *                            example in an in-memory workbook (no office.js, nothing from
 *                            another origin)
 *   runtime.js               webpack runtime shared by the entries (runtimeChunk "single")
 *   taskpane.js              React task pane
 *   preview.js               the preview page (the same pane, a memory gateway, a sheet view)
 *   xlsx-writer.js, *.js     chunks loaded on demand: the xlsx writer and ExcelJS
 *   functions.js             custom functions (+ CustomFunctions.associate calls)
 *   functions.json           custom functions metadata (custom-functions-metadata-plugin)
 *   assets/icon-*.png        icons referenced by manifest.xml
 *   assets/data/unit_costs.csv  the example unit-cost table the pane can insert
 *   manifest.xml             the add-in manifest
 *   office-js/…              local copy of office.js and the files it loads, for offline
 *                            browser tests that route Microsoft's office.js URL to it
 *
 * The plugin fails the build when the functions' JSDoc cannot be turned into metadata.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_SERVER_PORT = 3000;

/** The dev server's host name: loopback only, never every interface. */
const DEV_SERVER_HOST = "localhost";

/** Origin of Microsoft's office.js, the one script the pane loads from another host. */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * The Content-Security-Policy of the pages (taskpane.html, which is also the custom
 * functions page, and preview.html), written into each as a `<meta http-equiv>` so it holds
 * on any static host. Scripts only from this origin and office.js's; styles from this origin
 * and inline, because Fluent UI (Griffel) inserts its CSS into `<style>` elements at run
 * time; images from this origin and `data:`; requests only to this origin (the pane fetches
 * assets/data/unit_costs.csv), so office.js's telemetry to other hosts is refused too. Frames
 * only from office.js's origin: on Excel on the web, office.js opens a hidden frame of its
 * own (AgaveErrorUX/index.html) to ask whether the user trusts the host. No workers, no
 * plugins, no `<base>`, no form submissions.
 * In development the dev server's live-reload socket (wss://localhost:3000) is allowed too.
 * `frame-ancestors` is left out: a `<meta>` policy cannot carry it (browsers ignore it
 * there), and Office must be free to frame the pane from its own, changing, origins.
 * @param {"development" | "production" | "none"} mode
 * @returns {string}
 */
function contentSecurityPolicy(mode) {
  const connect = ["'self'"];
  if (mode === "development") connect.push(`wss://${DEV_SERVER_HOST}:${DEV_SERVER_PORT}`);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    `frame-src ${OFFICE_JS_ORIGIN}`,
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
}

/**
 * Response headers of the dev server: none but on functions.json, which Excel on the web
 * fetches cross-origin (from excel.officeapps.live.com and other Office hosts that change
 * over time, so no fixed list) to register the custom functions. That file is public
 * metadata; no other file is readable from another origin.
 * @param {{ path?: string, url?: string }} request
 * @returns {Record<string, string>}
 */
function devServerHeaders(request) {
  const path = (request.path ?? request.url ?? "").replace(/[?#].*$/, "");
  return path === "/functions.json" ? { "Access-Control-Allow-Origin": "*" } : {};
}

/** Module run ahead of every entry: no eval anywhere on the pages (see src/security/noEval.ts). */
const NO_EVAL = "./src/security/noEval.ts";

/** Directory of the office.js files inside the @microsoft/office-js package. */
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/**
 * Files of @microsoft/office-js copied to dist/office-js/. Found by loading the built page
 * in headless Chromium with office.js served from a local copy: outside Office, office.js
 * fetches o15apptofilemappingtable.js; given an Excel on the web host
 * (?_host_Info=Excel$Web$…) it fetches excel-web-16.00.js and <locale>/office_strings.js.
 * telemetry/oteljs_agave.js and es6-promise.js are loaded on demand by office.js itself.
 * Paths are relative to the package's dist/ folder.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-web-16.00.js",
  "en-us/office_strings.js",
  "sv-se/office_strings.js",
  "telemetry/oteljs_agave.js",
  "es6-promise.js"
];

/**
 * HTTPS options for the dev server: the certificates of office-addin-dev-certs when they
 * exist (~/.office-addin-dev-certs), otherwise webpack-dev-server's own self-signed one.
 * @returns {import("webpack-dev-server").ServerConfiguration}
 */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const present = Object.values(files).every((name) => fs.existsSync(path.join(dir, name)));
  if (!present) return { type: "https" };
  return {
    type: "https",
    options: {
      key: fs.readFileSync(path.join(dir, files.key)),
      cert: fs.readFileSync(path.join(dir, files.cert)),
      ca: fs.readFileSync(path.join(dir, files.ca))
    }
  };
}

/**
 * @param {Record<string, unknown>} _env
 * @param {{ mode?: "development" | "production" | "none" }} argv
 * @returns {import("webpack").Configuration & { devServer: import("webpack-dev-server").Configuration }}
 */
module.exports = (_env, argv) => {
  const mode = argv.mode ?? "development";
  const csp = { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy(mode) };
  return {
    mode,
    // Source maps only in development: the production build ships none and no bundle names one.
    devtool: mode === "production" ? false : "source-map",
    entry: {
      // The pane runs on the same page as the functions: it reuses their modules (engine, decimal.js).
      // NO_EVAL comes first in each: zod must learn it may not use eval before any schema exists.
      taskpane: { import: [NO_EVAL, "./src/taskpane/index.tsx"], dependOn: "functions" },
      functions: [NO_EVAL, "./src/functions/functions.ts"],
      preview: [NO_EVAL, "./src/preview/index.tsx"]
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"]
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is a separate step (npm run typecheck).
            options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") }
          }
        }
      ]
    },
    // Both entries live on one page: one webpack runtime, so shared modules exist once.
    optimization: {
      runtimeChunk: "single"
    },
    performance: {
      // Fluent UI makes the pane bundle larger than webpack's default 244 KiB hint.
      hints: false
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts"
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
        meta: { "Content-Security-Policy": csp }
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["runtime", "preview"],
        chunksSortMode: "manual",
        meta: { "Content-Security-Policy": csp }
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/data/unit_costs.csv", to: "assets/data/unit_costs.csv" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...OFFICE_JS_FILES.map((file) => ({
            from: path.join(OFFICE_JS_DIST, file),
            to: path.posix.join("office-js", file),
            // Microsoft's files as published: keep Terser off them.
            info: { minimized: true }
          }))
        ]
      })
    ],
    devServer: {
      host: DEV_SERVER_HOST,
      port: DEV_SERVER_PORT,
      server: httpsServer(),
      headers: devServerHeaders,
      static: false,
      client: { overlay: { warnings: false, errors: true } }
    }
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.devServerHeaders = devServerHeaders;
module.exports.DEV_SERVER_HOST = DEV_SERVER_HOST;
