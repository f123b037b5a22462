/**
 * The 31 indicators against docs/templates.md#indicators / docs/data-file.md and 《北京市工业园区绿色诊断工作指南》附件2-1-2. The expected table below is
 * typed in from the docs/templates.md text, not derived from the catalog.
 */
import { DATA_ITEMS, INDICATORS, INDICATOR_PROVENANCE, findDataItem, findIndicator } from "../../../src/domain/catalog";

type Dir = "up" | "down" | "qualitative";
type Flag = "mandatory" | "optional";

// docs/templates.md#indicators: id | name | unit | dir | lead | flag
const INDICATOR_ROWS: readonly [string, string, string, Dir, number | string, Flag][] = [
  ["EG1", "能源产出率", "万元/tce", "up", 3, "mandatory"],
  ["EG2", "可再生能源使用比例", "%", "up", 15, "mandatory"],
  ["EG3", "清洁能源使用率", "%", "up", 75, "mandatory"],
  ["RG4", "水资源产出率", "元/m³", "up", 1500, "mandatory"],
  ["RG5", "土地资源产出率", "亿元/km²", "up", 15, "mandatory"],
  ["RG6", "工业固体废弃物综合利用率", "%", "up", 95, "mandatory"],
  ["RG7", "工业用水重复利用率", "%", "up", 90, "mandatory"],
  ["RG8", "中水回用率", "%", "up", 30, "optional"],
  ["RG9", "余热资源回收利用率", "%", "up", 60, "optional"],
  ["RG10", "废气资源回收利用率", "%", "up", 90, "optional"],
  ["RG11", "再生资源回收利用率", "%", "up", 80, "optional"],
  ["IG12", "污水集中处理设施", "–", "qualitative", "具备", "mandatory"],
  ["IG13", "新建工业建筑中绿色建筑的比例", "%", "up", 30, "optional"],
  ["IG14", "新建公共建筑中绿色建筑的比例", "%", "up", 60, "optional"],
  ["IG15", "500米公交站点覆盖率", "%", "up", 90, "optional"],
  ["IG16", "节能与新能源公交车比例", "%", "up", 30, "optional"],
  ["CG17", "高新技术产业产值占园区工业总产值比例", "%", "up", 30, "mandatory"],
  ["CG18", "绿色产业增加值占园区工业增加值比例", "%", "up", 30, "mandatory"],
  ["CG19", "人均工业增加值", "万元/人", "up", 15, "optional"],
  ["CG20", "现代服务业比例", "%", "up", 30, "optional"],
  ["HG21", "工业固体废弃物（含危废）处置利用率", "%", "up", 100, "mandatory"],
  ["HG22", "万元工业增加值碳排放量消减率", "%", "up", 3, "mandatory"],
  ["HG23", "单位工业增加值废水排放量", "t/万元", "down", 5, "mandatory"],
  ["HG24", "主要污染物弹性系数", "–", "down", 0.3, "mandatory"],
  ["HG25", "园区空气质量优良率", "%", "up", 80, "mandatory"],
  ["HG26", "绿化覆盖率", "%", "up", 30, "optional"],
  ["HG27", "道路遮荫比例", "%", "up", 80, "optional"],
  ["HG28", "露天停车场遮荫比例", "%", "up", 80, "optional"],
  ["MG29", "园区绿色标准体系完善程度", "–", "qualitative", "完善", "mandatory"],
  ["MG30", "编制园区绿色发展规划", "–", "qualitative", "是", "mandatory"],
  ["MG31", "园区绿色信息平台完善程度", "–", "qualitative", "完善", "mandatory"],
];

// docs/data-file.md "GREEN.INDICATOR inputs" column (the simple two-argument ratios and answers).
const DEFINITION_INPUTS: Readonly<Record<string, readonly string[]>> = {
  EG1: ["va", "energy_total"],
  EG2: ["energy_renewable", "energy_total"],
  EG3: ["energy_clean", "energy_total"],
  RG4: ["va", "water_fresh"],
  RG5: ["va", "land_industrial"],
  RG7: ["water_reused", "water_fresh"],
  RG8: ["water_reclaimed", "sewage_treated"],
  RG9: ["heat_recovered", "heat_available"],
  RG10: ["gas_recovered", "gas_recoverable"],
  RG11: ["recyclables_recovered", "recyclables_generated"],
  IG12: ["sewage_facility"],
  IG13: ["newind_green_floor", "newind_floor"],
  IG14: ["newpub_green_floor", "newpub_floor"],
  IG15: ["area_bus_covered", "area_built"],
  IG16: ["buses_green", "buses_total"],
  CG17: ["hightech_output", "gross_output"],
  CG18: ["green_va", "va"],
  CG19: ["va", "employees"],
  CG20: ["service_va", "park_va"],
  HG21: ["swh_treated", "swh_generated"],
  HG23: ["wastewater", "va"],
  HG25: ["air_good_days", "air_valid_days"],
  HG26: ["area_green", "area_park"],
  HG27: ["road_shaded_length", "road_length"],
  HG28: ["parking_shaded_area", "parking_area"],
  MG29: ["standards_system"],
  MG30: ["green_plan"],
  MG31: ["info_platform"],
};

describe("INDICATORS (《北京市工业园区绿色诊断工作指南》附件2-1-2)", () => {
  it("has the 31 indicators in official order, numbered 1..31", () => {
    expect(INDICATORS).toHaveLength(31);
    expect(INDICATORS.map((i) => i.id)).toEqual(INDICATOR_ROWS.map((row) => row[0]));
    expect(INDICATORS.map((i) => i.number)).toEqual(Array.from({ length: 31 }, (_, k) => k + 1));
  });

  it.each(INDICATOR_ROWS)("%s %s: unit %s, direction %s, lead %s, %s", (id, name, unit, direction, lead, flag) => {
    const indicator = findIndicator(id);
    expect(indicator).toBeDefined();
    expect(indicator?.name.zh).toBe(name);
    expect(indicator?.unit).toBe(unit);
    expect(indicator?.direction).toBe(direction);
    expect(indicator?.lead).toBe(lead);
    expect(indicator?.flag).toBe(flag);
    expect(indicator?.group).toBe(id.replace(/[0-9]+$/, ""));
  });

  it("has an English name and definition for every indicator", () => {
    for (const indicator of INDICATORS) {
      expect(indicator.name.en.length).toBeGreaterThan(0);
      expect(indicator.definition.zh.length).toBeGreaterThan(0);
      expect(indicator.definition.en.length).toBeGreaterThan(0);
    }
  });

  it("counts 18 mandatory and 13 optional indicators (附件2-1-2 flag column)", () => {
    expect(INDICATORS.filter((i) => i.flag === "mandatory")).toHaveLength(18);
    expect(INDICATORS.filter((i) => i.flag === "optional")).toHaveLength(13);
  });
});

describe("indicator sources", () => {
  it("gives every indicator a source; leads are to confirm (《北京市工业园区绿色诊断工作指南》附件2-1-2)", () => {
    for (const indicator of INDICATORS) {
      expect(indicator.source.ref.zh).toMatch(/《北京市工业园区绿色诊断工作指南》附件2-1-2/);
      expect(indicator.source.status).toBe("to-confirm");
      const provenance = INDICATOR_PROVENANCE.get(indicator.id);
      expect(provenance?.name.status).toBe("confirmed");
      expect(provenance?.lead.status).toBe("to-confirm");
    }
  });

  it("marks exactly the HG22, HG24 and CG20 definitions to confirm (docs/data-file.md and docs/templates.md)", () => {
    const pending = INDICATORS.filter((i) => INDICATOR_PROVENANCE.get(i.id)?.definition.status === "to-confirm").map(
      (i) => i.id,
    );
    expect(pending.sort()).toEqual(["CG20", "HG22", "HG24"]);
    for (const id of pending) expect(INDICATOR_PROVENANCE.get(id)?.definition.note).toBeTruthy();
  });
});

describe("indicator formulas and inputs (docs/data-file.md and docs/templates.md)", () => {
  it("uses only known data items in inputs and formulas", () => {
    const known = new Set(DATA_ITEMS.map((d) => d.id));
    for (const indicator of INDICATORS) {
      for (const input of indicator.inputs) for (const item of input.items) expect(known.has(item)).toBe(true);
      const f = indicator.formula;
      const items =
        f.kind === "ratio"
          ? [f.numerator, ...f.denominator, ...(f.optionalDenominator ?? [])]
          : f.kind === "answer"
            ? [f.item]
            : f.kind === "intensity-drop"
              ? [f.amount, f.output]
              : [...f.pollutants, f.output];
      for (const item of items) expect(findDataItem(item)?.id).toBe(item);
    }
  });

  it.each(Object.entries(DEFINITION_INPUTS))("%s takes %j for the current year", (id, items) => {
    const indicator = findIndicator(id);
    expect(indicator?.inputs).toEqual(items.map((item) => ({ items: [item], year: "current" })));
  });

  it("RG6: sw_utilized / (sw_generated + optional sw_stock_utilized) × 100", () => {
    const rg6 = findIndicator("RG6");
    expect(rg6?.inputs).toEqual([
      { items: ["sw_utilized"], year: "current" },
      { items: ["sw_generated"], year: "current" },
      { items: ["sw_stock_utilized"], year: "current", optional: true },
    ]);
    expect(rg6?.formula).toEqual({
      kind: "ratio",
      numerator: "sw_utilized",
      denominator: ["sw_generated"],
      optionalDenominator: ["sw_stock_utilized"],
      scale: 100,
    });
  });

  it("RG7: water_reused / (water_reused + water_fresh) × 100", () => {
    expect(findIndicator("RG7")?.formula).toEqual({
      kind: "ratio",
      numerator: "water_reused",
      denominator: ["water_reused", "water_fresh"],
      scale: 100,
    });
  });

  it("RG4 converts 万元 to 元 (× 10⁴) and RG5 万元 to 亿元 (÷ 10⁴)", () => {
    expect(findIndicator("RG4")?.formula).toMatchObject({
      kind: "ratio",
      numerator: "va",
      denominator: ["water_fresh"],
      scale: 10000,
    });
    expect(findIndicator("RG5")?.formula).toMatchObject({
      kind: "ratio",
      numerator: "va",
      denominator: ["land_industrial"],
      scale: 0.0001,
    });
  });

  it("EG1, CG19 and HG23 are plain quotients; percentages scale by 100", () => {
    expect(findIndicator("EG1")?.formula).toMatchObject({ scale: 1 });
    expect(findIndicator("CG19")?.formula).toMatchObject({ scale: 1 });
    expect(findIndicator("HG23")?.formula).toMatchObject({ numerator: "wastewater", denominator: ["va"], scale: 1 });
    for (const indicator of INDICATORS.filter((i) => i.unit === "%" && i.formula.kind === "ratio")) {
      expect(indicator.formula).toMatchObject({ scale: 100 });
    }
  });

  it("HG22: co2_prev, va_prev, co2, va with an intensity drop", () => {
    const hg22 = findIndicator("HG22");
    expect(hg22?.inputs).toEqual([
      { items: ["co2"], year: "prev" },
      { items: ["va"], year: "prev" },
      { items: ["co2"], year: "current" },
      { items: ["va"], year: "current" },
    ]);
    expect(hg22?.formula).toEqual({ kind: "intensity-drop", amount: "co2", output: "va" });
  });

  it("HG24: va_prev, va, emissions_prev (range), emissions (range) over COD, NH₃-N, SO₂, NOx", () => {
    const hg24 = findIndicator("HG24");
    const pollutants = ["cod", "nh3n", "so2", "nox"];
    expect(hg24?.inputs).toEqual([
      { items: ["va"], year: "prev" },
      { items: ["va"], year: "current" },
      { items: pollutants, year: "prev" },
      { items: pollutants, year: "current" },
    ]);
    expect(hg24?.formula).toEqual({ kind: "elasticity", pollutants, output: "va" });
  });

  it("qualitative indicators read an answer item whose first answer is the lead", () => {
    for (const indicator of INDICATORS.filter((i) => i.direction === "qualitative")) {
      expect(indicator.formula.kind).toBe("answer");
      const item = indicator.formula.kind === "answer" ? findDataItem(indicator.formula.item) : undefined;
      expect(item?.kind).toBe("answer");
      expect(item?.answers?.[0]).toBe(indicator.lead);
    }
  });
});

describe("findIndicator", () => {
  it("finds by id in any case and with whitespace", () => {
    expect(findIndicator("RG7")?.number).toBe(7);
    expect(findIndicator("rg7")?.number).toBe(7);
    expect(findIndicator("  Mg31 ")?.number).toBe(31);
  });

  it("finds by Chinese name, trimming whitespace", () => {
    expect(findIndicator("能源产出率")?.id).toBe("EG1");
    expect(findIndicator(" 工业用水重复利用率 ")?.id).toBe("RG7");
  });

  it("accepts the guide's ASCII brackets for HG21", () => {
    // 《北京市工业园区绿色诊断工作指南》附件2-1-2 prints "工业固体废弃物(含危废)处置利用率" with ASCII brackets
    expect(findIndicator("工业固体废弃物(含危废)处置利用率")?.id).toBe("HG21");
    expect(findIndicator("工业固体废弃物（含危废）处置利用率")?.id).toBe("HG21");
  });

  it("finds by English name", () => {
    expect(findIndicator("Energy output rate")?.id).toBe("EG1");
    expect(findIndicator("energy output rate")?.id).toBe("EG1");
  });

  it("returns undefined for unknown ids", () => {
    expect(findIndicator("EG4")).toBeUndefined();
    expect(findIndicator("RG")).toBeUndefined();
    expect(findIndicator("")).toBeUndefined();
  });
});
