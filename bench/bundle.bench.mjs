// Bundle sizes of the built add-in (dist/): gzip bytes of each chunk, and the pane's initial JavaScript.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "bundle";
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

export async function run() {
  const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const chunks = readdirSync(dist).filter((f) => f.endsWith(".js")).sort();
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  return [
    ...chunks.map((file) => ({ metric: `${file} gzip`, value: gzip(file) / 1024, unit: "KB" })),
    { metric: "pane initial JS gzip", value: initial.reduce((sum, f) => sum + gzip(f), 0) / 1024, unit: "KB", note: initial.join(" + ") },
  ];
}
