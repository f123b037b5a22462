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
  // readable stack traces; Node's code cache (src/cli/codeCache.ts) spares the parsing a smaller file would save
  optimization: { minimize: false },
  performance: { hints: false },
};
