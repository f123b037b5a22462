// `npm run bench`: runs every bench/*.bench.mjs and prints one table. A benchmark module exports
// `name` and `async run()` returning rows { metric, value, unit, note? }. Benchmarks read the built
// output (dist/ for the add-in, build/cli/ for the domain core), so `npm run bench` builds first.
import { readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "bench");
const only = process.argv[2];
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith(".bench.mjs") && (!only || f.includes(only)))
  .sort();

const rows = [];
for (const file of files) {
  const bench = await import(pathToFileURL(join(benchDir, file)).href);
  try {
    for (const row of await bench.run()) rows.push({ bench: bench.name, ...row });
  } catch (error) {
    rows.push({ bench: bench.name, metric: "FAILED", value: "", unit: "", note: String(error?.message ?? error) });
    process.exitCode = 1;
  }
}

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
