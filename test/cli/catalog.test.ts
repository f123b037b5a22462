/** `green-audit catalog` through `run` with captured output (README.md). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/main";

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

interface JsonIndicator {
  id: string;
  name: { zh: string; en: string };
  lead: number | string;
  direction: string;
  flag: string;
  status: string;
  source: { ref: { zh: string; en: string }; status: string };
}

describe("green-audit catalog --format json", () => {
  it("prints one JSON object listing the 31 indicators with lead, direction, flag, source and status", async () => {
    const { code, stdout, stderr } = await cli("catalog", "--format", "json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const doc = JSON.parse(stdout) as { indicators: JsonIndicator[] } & Record<string, unknown>;
    expect(doc.indicators).toHaveLength(31);
    for (const indicator of doc.indicators) {
      expect(indicator.lead).toBeDefined();
      expect(["up", "down", "qualitative"]).toContain(indicator.direction);
      expect(["mandatory", "optional"]).toContain(indicator.flag);
      expect(indicator.source.ref.zh.length).toBeGreaterThan(0);
      expect(indicator.source.ref.en.length).toBeGreaterThan(0);
      expect(["confirmed", "to-confirm"]).toContain(indicator.status);
    }
    // docs/templates.md#indicators spot checks
    const eg1 = doc.indicators.find((i) => i.id === "EG1");
    expect(eg1).toMatchObject({
      name: { zh: "能源产出率" },
      lead: 3,
      direction: "up",
      flag: "mandatory",
      status: "to-confirm",
    });
    const hg23 = doc.indicators.find((i) => i.id === "HG23");
    expect(hg23).toMatchObject({ lead: 5, direction: "down" });
  });

  it("includes carriers, factor sets, parameters and basic requirements", async () => {
    const doc = JSON.parse((await cli("catalog", "--format", "json")).stdout) as Record<string, unknown[] | unknown>;
    for (const key of [
      "carriers",
      "gridFactorSets",
      "parameters",
      "basicRequirements",
      "dataItems",
      "optionTypes",
      "synergyIndicators",
    ]) {
      expect(Array.isArray(doc[key])).toBe(true);
    }
    expect(doc["defaultGridFactorSet"]).toBe("national-2023");
    expect((doc["basicRequirements"] as unknown[]).length).toBe(8);
  });
});

describe("green-audit catalog (text)", () => {
  it("prints readable tables with names, status and sources", async () => {
    const { code, stdout } = await cli("catalog");
    expect(code).toBe(0);
    expect(stdout).toContain("能源产出率");
    expect(stdout).toContain("待确认");
    expect(stdout).toContain("《北京市工业园区绿色诊断工作指南》附件2-1-2");
    expect(stdout).toContain("GB/T 2589");
    expect(stdout).toContain("national-2023");
    expect(stdout).toContain("0.5703");
    expect(stdout).toContain("单项指标最高得分");
    expect(stdout).toContain("鼓励园区建设并运行风能");
  });

  it("speaks English with --lang en-US", async () => {
    const { code, stdout } = await cli("catalog", "--lang", "en-US");
    expect(code).toBe(0);
    expect(stdout).toContain("Energy output rate");
    expect(stdout).toContain("to confirm");
    expect(stdout).toContain("Beijing Guidelines for the Green Diagnosis of Industrial Parks, Annex 2-1-2");
  });

  it("is the default format", async () => {
    expect((await cli("catalog")).stdout).toBe((await cli("catalog", "--format", "text")).stdout);
  });
});

describe("usage errors exit 2 with a one-line reason", () => {
  it.each([
    [["catalog", "--format", "xml"], /xml/],
    [["catalog", "--bogus"], /--bogus/],
    [["nonsense"], /nonsense/],
    [["catalog", "extra"], /too many arguments/],
    [[], /missing command/],
  ])("%j", async (argv, reason) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(reason);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("verify is a command: a missing file is exit 2 with a one-line reason", async () => {
    // no workbook to take the language from: Chinese, the primary language, unless --lang says otherwise
    const zh = await cli("verify", "/nonexistent/x.xlsx");
    expect(zh.code).toBe(2);
    expect(zh.stderr.trimEnd().split("\n")).toEqual(["green-audit verify: /nonexistent/x.xlsx: 没有这个文件"]);
    const en = await cli("verify", "--lang", "en-US", "/nonexistent/x.xlsx");
    expect(en.code).toBe(2);
    expect(en.stderr.trimEnd().split("\n")).toEqual(["green-audit verify: /nonexistent/x.xlsx: no such file"]);
  });

  it("--help prints usage on stdout and exits 0", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("catalog");
  });

  it("--version and -V print the package's version on stdout and exit 0", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-V"]) {
      const { code, stdout, stderr } = await cli(flag);
      expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    }
  });
});
