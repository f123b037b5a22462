/**
 * The built add-in as Excel loads it: dist/functions.json, dist/functions.zh-CN.json and dist/functions.js run
 * in a node `vm` sandbox whose stub CustomFunctions.associate captures the registered functions. `npm test`
 * runs `npm run build` before jest; run it yourself before `npx jest test/functions` on a fresh checkout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
}

/** A file of dist/, or a clear failure telling how to produce it. */
export function readDist(name: string): string {
  const file = join(DIST, name);
  if (!existsSync(file))
    throw new Error(`dist/${name} is missing: run \`npm run build\` first (\`npm test\` builds before jest)`);
  return readFileSync(file, "utf8");
}

export function readMetadata(name = "functions.json"): FunctionsMetadata {
  return JSON.parse(readDist(name)) as FunctionsMetadata;
}

/** The ids declared by `@customfunction` in the source, to tell a stale dist/ from a wrong one. */
export function sourceIds(): string[] {
  const source = readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8");
  return [...source.matchAll(/@customfunction\s+([A-Z0-9_.]+)/g)].map((m) => m[1]!);
}

/** The newest modification time of the files under a folder. */
function newestUnder(dir: string): { file: string; time: number } {
  let newest = { file: dir, time: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const here = entry.isDirectory() ? newestUnder(path) : { file: path, time: statSync(path).mtimeMs };
    if (here.time > newest.time) newest = here;
  }
  return newest;
}

/**
 * Fails with a clear message when dist/ was built from another version of the functions: other ids, or a
 * source file of the functions chunk (src/functions and what it imports: src/domain/calc, src/domain/catalog)
 * changed after dist/functions.js was built.
 */
export function assertDistIsCurrent(metadata: FunctionsMetadata): void {
  const built = metadata.functions.map((f) => f.id).join(", ");
  const source = sourceIds().join(", ");
  if (built !== source)
    throw new Error(
      `dist/functions.json is stale (declares ${built}; the source declares ${source}): run \`npm run build\``,
    );
  const builtAt = statSync(join(DIST, "functions.js")).mtimeMs;
  for (const dir of ["functions", join("domain", "calc"), join("domain", "catalog")]) {
    const newest = newestUnder(join(ROOT, "src", dir));
    if (newest.time > builtAt)
      throw new Error(`dist/functions.js is older than ${newest.file.slice(ROOT.length + 1)}: run \`npm run build\``);
  }
}

export class SandboxError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export interface LoadedFunctions {
  /** functions by id, in the order they were associated */
  readonly registered: Map<string, (...args: unknown[]) => unknown>;
  /** calls a registered function: its value, or { error, message } for the Excel error it throws */
  call(id: string, ...args: unknown[]): unknown;
}

/** Runs dist/functions.js in a fresh sandbox (no window, no document, no Office unless given). */
export function loadBuiltFunctions(globals: Record<string, unknown> = {}): LoadedFunctions {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox = createContext({
    ...globals,
    CustomFunctions: {
      Error: SandboxError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        if (registered.has(id)) throw new Error(`${id} associated twice`);
        registered.set(id, fn);
      },
    },
  });
  runInContext(readDist("functions.js"), sandbox, { filename: "dist/functions.js" });
  return {
    registered,
    call(id, ...args) {
      const fn = registered.get(id);
      if (!fn) throw new Error(`${id} is not registered`);
      try {
        return fn(...args);
      } catch (error) {
        if (error instanceof SandboxError) return { error: error.code, message: error.message };
        throw error;
      }
    },
  };
}
