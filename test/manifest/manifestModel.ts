/** Reads manifest.xml into plain structures for the manifest checks, and gives it as a build writes it to dist/. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const ROOT = join(__dirname, "..", "..");
export const MANIFEST_PATH = join(ROOT, "manifest.xml");

export type XmlNode = Record<string, unknown>;

export function manifestText(path = MANIFEST_PATH): string {
  return readFileSync(path, "utf8");
}

export function validateXml(text: string): true | string {
  const result = XMLValidator.validate(text);
  return result === true ? true : `${result.err.code} at line ${result.err.line}: ${result.err.msg}`;
}

/** Keyed tree: attributes under "@_name", repeated elements as arrays. */
export function parseManifest(text: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) =>
      [
        "Override",
        "bt:Override",
        "bt:Image",
        "bt:Url",
        "bt:String",
        "Set",
        "Host",
        "Control",
        "Group",
        "ExtensionPoint",
        "Runtime",
      ].includes(name),
  });
  return parser.parse(text) as XmlNode;
}

/** Element names of the root's children, in document order. */
export function rootChildOrder(text: string): string[] {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true });
  const doc = parser.parse(text) as XmlNode[];
  const root = doc.find((node) => "OfficeApp" in node) as { OfficeApp: XmlNode[] } | undefined;
  return (root?.OfficeApp ?? [])
    .map((child) => Object.keys(child).find((k) => k !== ":@") ?? "")
    .filter((k) => k !== "#comment");
}

/** Every attribute named `name` anywhere in the tree, with its value. */
export function collectAttributes(node: unknown, name: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => collectAttributes(child, name, found));
  else if (node && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) {
      if (key === `@_${name}` && typeof child === "string") found.push(child);
      else collectAttributes(child, name, found);
    }
  }
  return found;
}

/** Width and height of a PNG file from its IHDR chunk. */
export function pngSize(buffer: Buffer): { width: number; height: number } | undefined {
  const signature = "89504e470d0a1a0a";
  if (buffer.subarray(0, 8).toString("hex") !== signature || buffer.subarray(12, 16).toString("ascii") !== "IHDR")
    return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

type CopyPattern = { from: string; transform?: (content: Buffer) => string };
type Config = { plugins: { patterns?: CopyPattern[] }[] };

/**
 * dist/manifest.xml as `npm run build` writes it in `mode` with GREEN_AUDIT_BASE_URL = `baseUrl`: the
 * webpack configuration's own copy transform applied to manifest.xml (README "Production build").
 */
export function builtManifest(mode: string, baseUrl?: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => Config;
  const saved = process.env.GREEN_AUDIT_BASE_URL;
  if (baseUrl === undefined) delete process.env.GREEN_AUDIT_BASE_URL;
  else process.env.GREEN_AUDIT_BASE_URL = baseUrl;
  try {
    const patterns = makeConfig({}, { mode }).plugins.flatMap((plugin) => plugin.patterns ?? []);
    const copy = patterns.find((pattern) => pattern.from === "manifest.xml");
    if (!copy?.transform) throw new Error("no manifest copy pattern");
    return copy.transform(readFileSync(MANIFEST_PATH));
  } finally {
    if (saved === undefined) delete process.env.GREEN_AUDIT_BASE_URL;
    else process.env.GREEN_AUDIT_BASE_URL = saved;
  }
}
