/* Webpack: one entry per runtime surface (functions, taskpane, commands); docs/architecture.md. */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsMetadataPlugin } = require("./scripts/functionsMetadataPlugin.cjs");

/** The origin manifest.xml names: `npm start`'s default. */
const DEV_BASE_URL = "https://localhost:3000/";
/** `npm start`'s port: PORT (scripts/start.mjs checks it and says when it is taken), 3000 by default. */
const DEV_PORT = Number(process.env.PORT) || 3000;
/** Office requires production pages to load office.js from Microsoft's CDN. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Development and every test load office.js from the local @microsoft/office-js package. */
const OFFICE_JS_LOCAL = "office-js/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Production base URL: GREEN_AUDIT_BASE_URL, e.g. https://addin.example.org/green-audit/ */
function productionBaseUrl() {
  const raw = process.env.GREEN_AUDIT_BASE_URL;
  if (!raw) return DEV_BASE_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`GREEN_AUDIT_BASE_URL must be https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  // in development the served manifest names the port actually served
  const baseUrl = production ? productionBaseUrl() : `https://localhost:${DEV_PORT}/`;
  // GREEN_AUDIT_OFFICE_JS=local makes a production build testable offline (e2e tests); never ship it.
  const officeJs = production && process.env.GREEN_AUDIT_OFFICE_JS !== "local" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  // set by scripts/start.mjs: the office-addin-dev-certs folder where it exists, else a local .certs/
  const certDir = process.env.GREEN_AUDIT_CERT_DIR || path.join(__dirname, ".certs");
  const https =
    fs.existsSync(path.join(certDir, "localhost.key")) && fs.existsSync(path.join(certDir, "localhost.crt"))
      ? {
          key: fs.readFileSync(path.join(certDir, "localhost.key")),
          cert: fs.readFileSync(path.join(certDir, "localhost.crt")),
        }
      : undefined;

  return {
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      // helpUrls follow the production base URL like the manifest; functions.zh-CN.json carries the Chinese
      // descriptions for zh-CN Excel (manifest: bt:Override on Functions.Metadata.Url).
      new FunctionsMetadataPlugin({
        source: "functions.json",
        fromBase: DEV_BASE_URL,
        toBase: baseUrl,
        locales: [
          { file: "functions.zh-CN.json", tablePath: path.resolve(__dirname, "src/functions/metadata.zh-CN.json") },
        ],
      }),
      // Shared runtime: the task pane page hosts functions, commands and UI; functions load first.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support.html", to: "support.html" },
          { from: "src/functions.html", to: "functions.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_BASE_URL).join(baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: [{ directory: OFFICE_JS_DIR, publicPath: "/office-js", watch: false }],
      client: { overlay: false },
      hot: false,
      liveReload: false,
    },
  };
};
