/** Reads manifest.xml into plain structures for the offline manifest checks (TOOLCHAIN.md: no XSD offline). */
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
      ["Override", "bt:Override", "bt:Image", "bt:Url", "bt:String", "Set", "Host", "Control", "Group", "ExtensionPoint", "Runtime"].includes(name),
  });
  return parser.parse(text) as XmlNode;
}

/** Element names of the root's children, in document order. */
export function rootChildOrder(text: string): string[] {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true });
  const doc = parser.parse(text) as XmlNode[];
  const root = doc.find((node) => "OfficeApp" in node) as { OfficeApp: XmlNode[] } | undefined;
  return (root?.OfficeApp ?? []).map((child) => Object.keys(child).find((k) => k !== ":@") ?? "").filter((k) => k !== "#comment");
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
  if (buffer.subarray(0, 8).toString("hex") !== signature || buffer.subarray(12, 16).toString("ascii") !== "IHDR") return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
