/*
 * The command line bundled, one file per thread (docs/architecture.md "Command line"): main.js for the program,
 * verifyWorker.js and mergeWorker.js for the worker threads of `verify` and `merge`, and codeCache.js, which
 * bin/green-audit.js and the worker threads load them with. Node then reads one file instead of resolving and
 * reading some 250 modules at every start, and the libraries are cut to what the program uses (zod/mini's
 * schemas). ExcelJS stays outside: it is required only when a workbook is written, from the chunk that writes it.
 * `npm run build:cli` runs tsc first (type checks, build/cli), then this.
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  context: __dirname,
  devtool: false,
  entry: {
    main: "./src/cli/main.ts",
    verifyWorker: "./src/cli/verifyWorker.ts",
    mergeWorker: "./src/cli/mergeWorker.ts",
    codeCache: "./src/cli/codeCache.ts",
  },
  output: {
    path: path.resolve(__dirname, "build", "cli-bundle"),
    filename: "[name].js",
    chunkFilename: "chunk-[id].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    // codeCache.ts gives the bundled file a require of its own: node's createRequire, not webpack's stand-in
    parser: { javascript: { createRequire: false } },
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, "tsconfig.cli.json"),
            // ES modules, so that webpack keeps only the library code the program uses
            compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false },
          },
        },
      },
    ],
  },
  externals: { exceljs: "commonjs exceljs" },
  // the real file's directory: workers are found beside main.js, the version in the package.json above it
  node: { __dirname: false, __filename: false },
  // Printed again by terser, unchanged but for the characters outside ASCII, written as \u escapes: Node then reads
  // each file as a one-byte string (a file with Chinese text becomes a two-byte string, decoded from UTF-8 at every
  // start), about a tenth of a start's time. Names are kept and a line per statement, for readable stack traces;
  // Node's code cache (src/cli/codeCache.ts) spares the parsing a shorter file would save.
  optimization: {
    minimize: true,
    minimizeOptions: {
      javascript: {
        compress: false,
        mangle: false,
        format: { ascii_only: true, beautify: true, indent_level: 0, comments: false },
      },
    },
  },
  performance: { hints: false },
};
