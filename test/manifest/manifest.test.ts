/**
 * Offline manifest check: every field the add-in relies on is tested here; validity against Microsoft's
 * published manifest schema is tested in manifestSchema.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ROOT,
  XmlNode,
  collectAttributes,
  manifestText,
  parseManifest,
  pngSize,
  rootChildOrder,
  validateXml,
} from "./manifestModel";

const text = manifestText();
const doc = parseManifest(text);
const app = doc.OfficeApp as XmlNode;
const overrides = app.VersionOverrides as XmlNode;
const host = ((overrides.Hosts as XmlNode).Host as XmlNode[])[0];
const resources = overrides.Resources as XmlNode;

type Resource = {
  "@_id": string;
  "@_DefaultValue": string;
  "bt:Override"?: { "@_Locale": string; "@_Value": string }[];
};
const images = (resources["bt:Images"] as XmlNode)["bt:Image"] as Resource[];
const urls = (resources["bt:Urls"] as XmlNode)["bt:Url"] as Resource[];
const shortStrings = (resources["bt:ShortStrings"] as XmlNode)["bt:String"] as Resource[];
const longStrings = (resources["bt:LongStrings"] as XmlNode)["bt:String"] as Resource[];
const resourceUrl = (id: string) => urls.find((u) => u["@_id"] === id)?.["@_DefaultValue"];
const extensionPoint = (node: XmlNode, type: string) =>
  (node.ExtensionPoint as XmlNode[]).find((point) => point["@_xsi:type"] === type) as XmlNode;
const resid = (node: unknown) => (node as XmlNode)["@_resid"] as string;

const DEV_ORIGIN = "https://localhost:3000";

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(validateXml(text)).toBe(true);
  });

  test("is a task pane add-in for the Workbook host with the schema's element order", () => {
    expect(app["@_xsi:type"]).toBe("TaskPaneApp");
    expect(rootChildOrder(text)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    expect(((app.Hosts as XmlNode).Host as XmlNode[]).map((h) => h["@_Name"])).toEqual(["Workbook"]);
    expect(host!["@_xsi:type"]).toBe("Workbook");
  });

  test("has a stable GUID id and a four-part version", () => {
    expect(app.Id).toBe("97904695-5198-4fe5-b40a-9ec28096a551");
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("names and describes itself in zh-CN (default) and en-US within the length limits", () => {
    expect(app.DefaultLocale).toBe("zh-CN");
    for (const [field, limit] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      const node = app[field] as { "@_DefaultValue": string; Override: { "@_Locale": string; "@_Value": string }[] };
      expect(node["@_DefaultValue"]).toMatch(/[\u4e00-\u9fff]/);
      expect(node.Override.map((o) => o["@_Locale"])).toEqual(["en-US"]);
      for (const value of [node["@_DefaultValue"], ...node.Override.map((o) => o["@_Value"])]) {
        expect(value.length).toBeGreaterThan(0);
        expect(value.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  test("asks for ReadWriteDocument, SharedRuntime 1.1 and the ExcelApi 1.9 the adapter uses", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    const sets = ((app.Requirements as XmlNode).Sets as XmlNode).Set as XmlNode[];
    expect(sets).toEqual([
      { "@_Name": "SharedRuntime", "@_MinVersion": "1.1" },
      { "@_Name": "ExcelApi", "@_MinVersion": "1.9" },
    ]);
  });

  test("runs pane and functions in one long-lived shared runtime", () => {
    const runtimes = (host!.Runtimes as XmlNode).Runtime as XmlNode[];
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]!["@_lifetime"]).toBe("long");
    const runtimeUrl = resid(runtimes[0]);
    const functions = extensionPoint(host!.AllFormFactors as XmlNode, "CustomFunctions");
    expect(resid((functions.Page as XmlNode).SourceLocation)).toBe(runtimeUrl);
    expect(resid((host!.DesktopFormFactor as XmlNode).FunctionFile)).toBe(runtimeUrl);
    expect(resourceUrl(runtimeUrl)).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test("declares the GREEN custom functions with Script, Page, Metadata and Namespace", () => {
    const functions = extensionPoint(host!.AllFormFactors as XmlNode, "CustomFunctions");
    expect(resourceUrl(resid((functions.Script as XmlNode).SourceLocation))).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(resourceUrl(resid((functions.Metadata as XmlNode).SourceLocation))).toBe(`${DEV_ORIGIN}/functions.json`);
    // zh-CN Excel reads the metadata with Chinese descriptions ("Localize custom functions")
    const metadata = urls.find((u) => u["@_id"] === resid((functions.Metadata as XmlNode).SourceLocation));
    expect(metadata?.["bt:Override"]).toEqual([
      { "@_Locale": "zh-CN", "@_Value": `${DEV_ORIGIN}/functions.zh-CN.json` },
    ]);
    const namespace = shortStrings.find((s) => s["@_id"] === resid(functions.Namespace));
    expect(namespace?.["@_DefaultValue"]).toBe("GREEN");
  });

  test("puts a button on the Home tab that shows the task pane", () => {
    const surface = extensionPoint(host!.DesktopFormFactor as XmlNode, "PrimaryCommandSurface");
    const tab = surface.OfficeTab as XmlNode;
    expect(tab["@_id"]).toBe("TabHome");
    const button = ((tab.Group as XmlNode[])[0]!.Control as XmlNode[])[0];
    expect(button!["@_xsi:type"]).toBe("Button");
    const action = button!.Action as XmlNode;
    expect(action["@_xsi:type"]).toBe("ShowTaskpane");
    expect(resourceUrl(resid(action.SourceLocation))).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const ids = new Set([...images, ...urls, ...shortStrings, ...longStrings].map((r) => r["@_id"]));
    const residValues = collectAttributes(overrides, "resid");
    expect(residValues.length).toBeGreaterThan(10);
    for (const value of residValues) expect(ids).toContain(value);
    const allIds = [...images, ...urls, ...shortStrings, ...longStrings].map((r) => r["@_id"]);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  test("strings fit their limits and have an en-US override where they are words", () => {
    for (const [list, limit] of [
      [shortStrings, 125],
      [longStrings, 250],
    ] as const) {
      for (const entry of list) {
        const values = [entry["@_DefaultValue"], ...(entry["bt:Override"] ?? []).map((o) => o["@_Value"])];
        for (const value of values) expect(value.length).toBeLessThanOrEqual(limit);
        if (entry["@_id"] !== "Functions.Namespace")
          expect(entry["bt:Override"]?.map((o) => o["@_Locale"])).toEqual(["en-US"]);
      }
    }
  });

  test("every URL is https on one origin and no AppDomain reaches outside it", () => {
    const values = [...collectAttributes(app, "DefaultValue"), ...collectAttributes(app, "Value")].filter((v) =>
      /^[a-z]+:\/\//i.test(v),
    );
    expect(values.length).toBeGreaterThanOrEqual(11);
    for (const value of values) expect(new URL(value).origin).toBe(DEV_ORIGIN);
    // no other domain is needed; the schema wants at least one AppDomain inside AppDomains, so none is written
    expect(app.AppDomains).toBeUndefined();
    expect(String((app.SupportUrl as XmlNode)["@_DefaultValue"])).toBe(`${DEV_ORIGIN}/support.html`);
  });

  test("every referenced icon exists in assets/ at its declared size", () => {
    const declared: [string, number][] = [
      [(app.IconUrl as XmlNode)["@_DefaultValue"] as string, 32],
      [(app.HighResolutionIconUrl as XmlNode)["@_DefaultValue"] as string, 64],
      ...images.map((image): [string, number] => [
        image["@_DefaultValue"],
        Number(/(\d+)x\1/.exec(image["@_id"])?.[1]),
      ]),
    ];
    for (const [url, size] of declared) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  test("assets hold the 16/32/64/80/128 icon set", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});
