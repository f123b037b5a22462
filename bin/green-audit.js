#!/usr/bin/env node
// green-audit command line (docs/architecture.md; its commands in the README). The program lives in src/cli/main.ts, compiled by
// `npm run build:cli` (tsc -p tsconfig.cli.json) into build/cli with rootDir src.
"use strict";

function loadCli() {
  try {
    return require("../build/cli/cli/main.js");
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("main.js")) return null;
    throw error;
  }
}

// `green-audit catalog | head`: a closed pipe ends the output, it is not an error.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const cli = loadCli();
if (cli === null) {
  process.stderr.write("green-audit: the command line is not built; run `npm run build:cli` first\n");
  process.exitCode = 2;
} else {
  cli
    .run(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
    })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error) => {
      process.stderr.write(`green-audit: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    });
}
