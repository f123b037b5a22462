#!/usr/bin/env node
// green-audit command line (docs/architecture.md; its commands in the README). The program lives in src/cli/main.ts,
// built by `npm run build:cli` into one file, build/cli-bundle/main.js (webpack.cli.config.js), loaded with the
// code cache kept beside it (src/cli/codeCache.ts).
"use strict";

const { join } = require("node:path");

// V8 counts the bytecode each function runs against an interrupt budget and optimises the function after a few
// such budgets. With the default of Node 20's V8 (67 584), checking 20 sample workbooks in one thread has the
// optimising compiler compile about 950 functions, most of them run a few hundred times per workbook, and its thread
// takes processor time the command needs. Four and a half times that budget halves them (about 450), the loops that
// matter still optimised: a batch of 20 and `template` about a tenth faster, one workbook a little (README
// "Performance"). Set before any of the program is loaded; worker threads share it. Other versions of Node tier their
// code otherwise and keep V8's defaults: measured on Node 20 only.
if (process.versions.node.split(".")[0] === "20") require("node:v8").setFlagsFromString("--interrupt-budget=300000");

const BUNDLE = join(__dirname, "..", "build", "cli-bundle");
const COMMANDS = new Set(["catalog", "template", "verify", "export", "collect", "merge"]);

function loadCli() {
  try {
    // one code cache per command (src/cli/main.ts); help, versions and mistakes share one
    const command = COMMANDS.has(process.argv[2]) ? process.argv[2] : "other";
    return require(join(BUNDLE, "codeCache.js")).loadCached(join(BUNDLE, "main.js"), command);
  } catch (error) {
    if (error && (error.code === "MODULE_NOT_FOUND" || error.code === "ENOENT")) return null;
    throw error;
  }
}

// `green-audit catalog | head`: a closed pipe ends the output, it is not an error.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * Ends the process as soon as everything it printed is written. Left to itself, Node waits for V8's background
 * work before it exits (optimising code the run will not use again: some 30 to 50 ms after checking one
 * workbook). Output to a file or a terminal is written at once, and to a pipe while the pipe has room; where
 * standard output or error is still being written, Node's own exit waits for it.
 */
function exitOnceWritten(code) {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}

const cli = loadCli();
if (cli === null) {
  process.stderr.write("green-audit: the command line is not built; run `npm run build:cli` first\n");
  process.exitCode = 2;
} else {
  cli.exports
    .run(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
    })
    .then((code) => {
      process.exitCode = code;
      cli.save();
      exitOnceWritten(code);
    })
    .catch((error) => {
      process.stderr.write(`green-audit: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    });
}
