// A loader for the TypeScript sources in a plain node process (`node --require ./tsRequire.js …`):
// TypeScript's transpileModule compiles each .ts file as Node requires it. Worker threads inherit
// `--require`, so `verify --jobs N` runs its workers from the sources too.
"use strict";
const { readFileSync } = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};
