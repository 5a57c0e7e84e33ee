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
  return {
    mode,
    devtool: "source-map",
    entry: {
      // The pane runs on the same page as the functions: it reuses their modules (engine, decimal.js).
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      functions: "./src/functions/functions.ts",
      preview: "./src/preview/index.tsx"
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
        chunksSortMode: "manual"
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["runtime", "preview"],
        chunksSortMode: "manual"
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
      port: DEV_SERVER_PORT,
      server: httpsServer(),
      headers: {
        "Access-Control-Allow-Origin": "*"
      },
      static: false,
      client: { overlay: { warnings: false, errors: true } }
    }
  };
};
