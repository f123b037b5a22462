/**
 * What `green-audit verify` reads from disk: a regular file only — a symbolic link to /dev/zero, a named pipe
 * or a directory is refused at once with one line, never read or waited on — and ExcelJS is never loaded to
 * read (it is loaded only by `template`, which writes a workbook).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleWorkbook } from "../domain/review/reviewFixtures";

/** how many times a module registry loaded ExcelJS (the mock factory runs once per load) */
const loads = globalThis as unknown as { exceljsLoads?: number };
jest.mock("exceljs", () => {
  const counter = globalThis as unknown as { exceljsLoads?: number };
  counter.exceljsLoads = (counter.exceljsLoads ?? 0) + 1;
  return jest.requireActual("exceljs");
});

const dir = mkdtempSync(join(tmpdir(), "green-verify-files-"));
const at = (name: string) => join(dir, name);

async function cli(...argv: string[]) {
  const { run } = (await import("../../src/cli/main")) as typeof import("../../src/cli/main");
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

beforeAll(async () => {
  writeFileSync(at("good.xlsx"), await sampleWorkbook());
  symlinkSync("/dev/zero", at("zero.xlsx"));
  execFileSync("mkfifo", [at("pipe.xlsx")]);
  mkdirSync(at("folder.xlsx"));
  symlinkSync(at("good.xlsx"), at("link.xlsx"));
  symlinkSync(at("loop.xlsx"), at("loop.xlsx"));
});

test("special files are refused without blocking, one line each; a link to a workbook is read", async () => {
  const special = [at("zero.xlsx"), at("pipe.xlsx"), at("folder.xlsx"), at("loop.xlsx"), at("link.xlsx")];
  const r = await cli("verify", ...special);
  expect(r.code).toBe(2);
  // the one workbook read is Chinese: the reasons follow it
  expect(r.stderr.trimEnd().split("\n")).toEqual([
    `green-audit verify: ${at("zero.xlsx")}: 这是设备，不是普通文件`,
    `green-audit verify: ${at("pipe.xlsx")}: 这是命名管道，不是普通文件`,
    `green-audit verify: ${at("folder.xlsx")}: 这是文件夹，不是文件`,
    `green-audit verify: ${at("loop.xlsx")}: 符号链接指向不存在之处（循环）`,
  ]);
  const en = await cli("verify", ...special, "--lang", "en-US");
  expect(en.code).toBe(2);
  expect(en.stderr.trimEnd().split("\n")).toEqual([
    `green-audit verify: ${at("zero.xlsx")}: a device, not a regular file`,
    `green-audit verify: ${at("pipe.xlsx")}: a named pipe, not a regular file`,
    `green-audit verify: ${at("folder.xlsx")}: a directory, not a file`,
    `green-audit verify: ${at("loop.xlsx")}: a symbolic link that leads nowhere (a loop)`,
  ]);
  expect(r.stdout).toMatch(/link\.xlsx: 错误 0 项/);
});

test("verify never loads ExcelJS; template does", async () => {
  jest.resetModules();
  loads.exceljsLoads = 0;
  const r = await cli("verify", at("good.xlsx"));
  expect(r.code).toBe(0);
  expect(loads.exceljsLoads).toBe(0);
  await cli("template", "--templates", "params", "--out", at("params.xlsx"));
  expect(loads.exceljsLoads).toBe(1);
});
