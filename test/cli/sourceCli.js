// Runs the command line from its TypeScript source in a child process, for tests that need a real process
// (resource limits, signals, worker threads): tsRequire.js compiles each .ts file as Node requires it.
"use strict";
require("./tsRequire");

const { run } = require("../../src/cli/main.ts");
run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }).then(
  (code) => {
    process.exitCode = code;
  },
);
