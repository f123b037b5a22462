/** The installed program's version: the `version` of the package.json it ships with. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Walks up from this file (src/cli under tests, build/cli/cli when built) to green-audit's package.json. */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "green-audit" && typeof pkg.version === "string") return pkg.version;
    }
    if (dirname(dir) === dir) return "unknown";
  }
}
