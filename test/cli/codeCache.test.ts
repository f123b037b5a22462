/**
 * The loader of the bundled command line (src/cli/codeCache.ts): a file runs as CommonJS with its own require,
 * its V8 code cache is written once beside it, accepted at the next start, and a cache V8 refuses (damaged, or
 * from another build) is compiled around and written again.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCached, saveCodeCaches } from "../../src/cli/codeCache";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "green-code-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function program(): string {
  const file = join(dir, "program.js");
  writeFileSync(join(dir, "helper.js"), "module.exports = (x) => x * 2;\n");
  writeFileSync(
    file,
    [
      '"use strict";',
      'const twice = require("./helper.js");',
      "module.exports = { answer: (x) => twice(x) + 1, file: __filename, dir: __dirname };",
    ].join("\n"),
  );
  return file;
}

type Program = { answer: (x: number) => number; file: string; dir: string };

test("runs the file as CommonJS: its exports, its require, __filename and __dirname", () => {
  const file = program();
  const exports = loadCached(file).exports as Program;
  expect(exports.answer(20)).toBe(41);
  expect(exports.file).toBe(file);
  expect(exports.dir).toBe(dir);
});

test("the cache is written once, then accepted and left alone", () => {
  const file = program();
  const first = loadCached(file);
  expect(existsSync(`${file}.cache`)).toBe(false);
  (first.exports as Program).answer(1);
  first.save();
  const written = statSync(`${file}.cache`);
  expect(written.size).toBeGreaterThan(0);

  const second = loadCached(file);
  expect((second.exports as Program).answer(1)).toBe(3);
  second.save(); // accepted by V8: nothing to write
  expect(statSync(`${file}.cache`).mtimeMs).toBe(written.mtimeMs);
});

test("a damaged cache is refused by V8: the file still runs and its cache is written again", () => {
  const file = program();
  writeFileSync(`${file}.cache`, Buffer.from("not a code cache at all"));
  const loaded = loadCached(file);
  expect((loaded.exports as Program).answer(4)).toBe(9);
  loaded.save();
  expect(readFileSync(`${file}.cache`).toString("latin1")).not.toBe("not a code cache at all");
  expect(loadCached(file).exports).toBeDefined();
});

test("a cache that cannot be written is not kept, and nothing fails", () => {
  const file = program();
  const loaded = loadCached(file);
  rmSync(dir, { recursive: true, force: true }); // the directory is gone: the write fails
  expect(() => loaded.save()).not.toThrow();
});

test("saveCodeCaches keeps the cache of every file loaded in this thread that needs one, once", () => {
  const file = program();
  loadCached(file);
  saveCodeCaches();
  const written = statSync(`${file}.cache`);
  expect(written.size).toBeGreaterThan(0);
  saveCodeCaches(); // nothing left to do
  expect(statSync(`${file}.cache`).mtimeMs).toBe(written.mtimeMs);
});

test("each kind of run keeps its own cache beside the file", () => {
  const file = program();
  loadCached(file, "verify").save();
  loadCached(file, "template").save();
  expect(statSync(`${file}.verify.cache`).size).toBeGreaterThan(0);
  expect(statSync(`${file}.template.cache`).size).toBeGreaterThan(0);
  expect(existsSync(`${file}.cache`)).toBe(false);
});
