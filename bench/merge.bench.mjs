// `green-audit merge` of many returned enterprise workbooks as one whole command (docs/enterprises.md "Scale"):
// one filled data-request workbook copied BENCH_MERGE_FILES times (default 2 000), each copy with its own credit
// code, merged into the sample park as a data file (.json) and as a workbook (.xlsx); wall time, processor time
// and peak memory of the whole process with its worker threads (GNU time), one run each, with the machine's load
// average beside them (the machine may be shared: processor time says more than wall time then).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "merge";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const load = (path) => require(join(root, "build", "bench", path));
const FILES = Math.max(4, Number(process.env.BENCH_MERGE_FILES ?? 2000));
const CLI = join(root, "bin", "green-audit.js");
const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid unified social credit code (GB 32100-2015 check character) for enterprise n. */
function code(n) {
  const first = `91110100MA${String(n).padStart(7, "0")}`;
  const sum = [...first].reduce((s, c, i) => s + CHARS.indexOf(c) * WEIGHTS[i], 0);
  return first + CHARS[(31 - (sum % 31)) % 31];
}

async function filledRequest(work) {
  const list = join(work, "list.json");
  writeFileSync(
    list,
    JSON.stringify({ years: [2021, 2022, 2023, 2024], enterprises: [{ name: "基准企业", code: code(0), key: true }] }),
  );
  const out = join(work, "request");
  mkdirSync(out);
  execFileSync(process.execPath, [CLI, "collect", "--enterprises", list, "--out-dir", out]);
  const file = join(out, readdirSync(out)[0]);
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file));
  // every item an enterprise must report, so each copy merges without findings
  const items = [...load("src/domain/enterprise/items.js").MANDATORY_ENTERPRISE_ITEMS];
  for (const k of [0, 1, 2, 3])
    for (const [i, id] of [...items, "ENERGY_electricity", "ENERGY_natural_gas"].entries()) {
      const [range] = workbook.definedNames.getRanges(`GREEN_ENT_${id}_Y${k}`).ranges;
      const [, sheet, address] = /^'?(.+?)'?!(.+)$/.exec(range);
      workbook.getWorksheet(sheet).getCell(address.replace(/\$/g, "")).value = (i + 1) * 100 + k;
    }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Copies of the workbook, each with its own code in the shared strings. */
function copies(bytes, dir) {
  const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
  const parts = unzipSync(bytes);
  const strings = strFromU8(parts["xl/sharedStrings.xml"]);
  if (!strings.includes(code(0))) throw new Error("the credit code is not a shared string");
  mkdirSync(dir);
  const files = [];
  for (let n = 1; n <= FILES; n++) {
    const file = join(dir, `${code(n)}.xlsx`);
    writeFileSync(file, zipSync({ ...parts, "xl/sharedStrings.xml": strToU8(strings.replaceAll(code(0), code(n))) }));
    files.push(file);
  }
  return files;
}

function timed(args, work) {
  const report = join(work, `time-${process.hrtime.bigint()}.txt`);
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", "-o", report, process.execPath, CLI, ...args], {
    stdio: "ignore",
    timeout: 900000,
  });
  const [seconds, kib, user, system] = readFileSync(report, "utf8").trim().split(/\s+/).slice(-4).map(Number);
  return { ms: seconds * 1000, mib: kib / 1024, cpu: user + system, status: result.status };
}

export async function run() {
  const work = mkdtempSync(join(tmpdir(), "green-bench-merge-"));
  try {
    const park = join(work, "park.xlsx");
    execFileSync(process.execPath, [
      CLI,
      "template",
      "--data",
      join(root, "examples", "sample-park.json"),
      "--out",
      park,
    ]);
    const files = copies(await filledRequest(work), join(work, "returned"));
    const rows = [];
    for (const out of ["merged.json", "merged.xlsx"]) {
      const load = loadavg()[0].toFixed(1);
      const t = timed(["merge", ...files, "--into", park, "--out", join(work, out)], work);
      const note =
        `${FILES} workbooks into the sample park → ${out.slice(7)}; exit ${t.status}; peak ${Math.round(t.mib)} MiB; ` +
        `processor ${t.cpu.toFixed(1)} s; load average ${load}`;
      rows.push({ metric: `merge ${FILES} → ${out.slice(7)}`, value: t.ms, unit: "ms", note });
    }
    return rows;
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  }
}
