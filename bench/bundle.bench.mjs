// Bundle sizes of the built add-in (dist/): gzip bytes of each chunk. The pane's initial JavaScript (the
// scripts of taskpane.html plus the chunks loaded before the first render) is measured by pane.bench.mjs.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "bundle";
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

export async function run() {
  const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const chunks = readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort();
  return chunks.map((file) => ({ metric: `${file} gzip`, value: gzip(file) / 1024, unit: "KB" }));
}
