// `npm run bench`: runs every bench/*.bench.mjs, each in a process of its own, and prints one table. A benchmark
// module exports `name` and `async run()` returning rows { metric, value, unit, note? }. Benchmarks read the built
// output (dist/ for the add-in, build/cli/ for the domain core), so `npm run bench` builds first.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "bench");

// Each benchmark runs in a Node process of its own (`--module FILE`, its rows as JSON on standard output): one
// leaves no heap behind for the next to collect, which the processor time of the functions' calls would count.
if (process.argv[2] === "--module") {
  const file = process.argv[3];
  let rows;
  try {
    const bench = await import(pathToFileURL(join(benchDir, file)).href);
    rows = (await bench.run()).map((row) => ({ bench: bench.name, ...row }));
  } catch (error) {
    rows = [failed(file, String(error?.message ?? error))];
  }
  // a pipe is written asynchronously: the process ends once the rows are through
  process.stdout.write(JSON.stringify(rows), () => process.exit(0));
  await new Promise(() => {});
}

const only = process.argv[2];
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith(".bench.mjs") && (!only || f.includes(only)))
  .sort();

/** The row of a benchmark that failed, with why, on one line. */
function failed(file, why) {
  const note = why.replace(/\s+/g, " ");
  return { bench: file.replace(/\.bench\.mjs$/, ""), metric: "FAILED", value: "", unit: "", note };
}

/** One benchmark's rows from a process of its own; a failure, a hang (three hours) or unreadable rows are its FAILED row. */
function runAlone(file) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--module", file], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 3 * 60 * 60 * 1000,
  });
  if (child.status !== 0) return [failed(file, child.error?.message ?? `exit ${child.status ?? child.signal}`)];
  let rows;
  try {
    rows = JSON.parse(child.stdout);
  } catch {
    return [failed(file, "its rows could not be read")];
  }
  return Array.isArray(rows) && rows.length > 0 ? rows : [failed(file, "it measured nothing")];
}

if (files.length === 0) {
  console.error(`no benchmark matches "${only}"`);
  process.exit(1);
}
const rows = files.flatMap(runAlone);
if (rows.some((row) => row.metric === "FAILED")) process.exitCode = 1;

const header = ["benchmark", "metric", "value", "unit", "note"];
const table = [header, ...rows.map((r) => [r.bench, r.metric, formatValue(r.value), r.unit, r.note ?? ""])];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const line = (row) =>
  row.map((cell, i) => (i === 2 ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join(" | ");
console.log(line(table[0]));
console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
for (const row of table.slice(1)) console.log(line(row));

function formatValue(v) {
  if (typeof v !== "number") return String(v);
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  return Math.abs(v) >= 100 ? Math.round(v).toLocaleString("en-US") : v.toPrecision(4);
}
