/**
 * docs/architecture.md draws the tree of src: every folder it names exists, and every folder of src is named there,
 * so the map a newcomer reads is the tree they find.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** The folders the first code block of docs/architecture.md draws: "src/x/" at the margin, "  y/" beneath it. */
export function drawnFolders(markdown: string): string[] {
  const block = /```\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? "";
  const path: string[] = [];
  const folders: string[] = [];
  for (const line of block.split("\n")) {
    const match = /^( *)(\S+)\/ /.exec(line);
    if (!match) continue; // a continued description
    const depth = (match[1]?.length ?? 0) / 2;
    path.length = depth;
    path.push(match[2] ?? "");
    folders.push(path.join("/"));
  }
  return folders;
}

function foldersOf(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((path) => [relative(ROOT, path).split("\\").join("/"), ...foldersOf(path)]);
}

test("the tree of docs/architecture.md is the tree of src", () => {
  const drawn = drawnFolders(readFileSync(join(ROOT, "docs/architecture.md"), "utf8"));
  expect(drawn).toContain("src/domain/templates/specs");
  expect([...drawn].sort()).toEqual(foldersOf(join(ROOT, "src")).sort());
});

test("a folder is read from its indentation, descriptions that run on are not folders", () => {
  const markdown =
    "```\nsrc/a/    one\n  b/      two\n             more words/ here\n    c/    three\nsrc/d/    four\n```";
  expect(drawnFolders(markdown)).toEqual(["src/a", "src/a/b", "src/a/b/c", "src/d"]);
});
