/** Synergy indicators and grades of 《工业园区减污降碳协同增效管控规范》; cleaner-production levels of docs/functions.md. */
import {
  CP_LEVELS,
  SYNERGY_GRADES,
  SYNERGY_INDICATORS,
  cpLevelLabel,
  findSynergyIndicator,
} from "../../../src/domain/catalog";

// 《工业园区减污降碳协同增效管控规范》表1–表5 指标名称 / 监测指标, in order
const SEED_003: Readonly<Record<number, readonly string[]>> = {
  1: ["单位产值能耗", "碳排放强度", "废气排放强度", "废水排放强度"],
  2: ["综合能源消耗量", "单位产值能耗", "清洁能源比例", "能源利用效率"],
  3: ["颗粒物", "二氧化硫", "氮氧化物", "化学需氧量", "氨氮"],
  4: ["年碳排放量", "单位产值碳排放", "能源消耗碳排放", "碳减排量"],
  5: ["单位产值能耗", "单位产值碳排放", "污染物排放强度", "资源综合利用率"],
};

describe("SYNERGY_INDICATORS (《工业园区减污降碳协同增效管控规范》 表1–表5)", () => {
  it.each([1, 2, 3, 4, 5])("table %s lists the guide's indicators in order with ids SY<table>-<row>", (table) => {
    const rows = SYNERGY_INDICATORS.filter((s) => s.table === table);
    expect(rows.map((s) => s.name.zh)).toEqual(SEED_003[table]);
    rows.forEach((s, index) => expect(s.id).toBe(`SY${table}-${index + 1}`));
  });

  it("marks table 1 (主要指标) as main and leaves the others unsaid", () => {
    for (const s of SYNERGY_INDICATORS) expect(s.main).toBe(s.table === 1 ? true : undefined);
  });

  it("has no numeric targets or basic requirements: the specification gives none", () => {
    for (const s of SYNERGY_INDICATORS) {
      expect(s.target).toBeNull();
      expect(s.basic).toBeNull();
    }
  });

  it("finds by id case-insensitively", () => {
    expect(findSynergyIndicator("sy1-2")?.name.zh).toBe("碳排放强度");
  });
});

describe("grades and levels", () => {
  it("has the grades 优良 / 合格 / 需改进 (《工业园区减污降碳协同增效管控规范》 评估等级划分)", () => {
    expect(SYNERGY_GRADES.map((g) => g.label)).toEqual(["优良", "合格", "需改进"]);
  });

  it("labels levels I级 / II级 / III级 / 未达III级 (docs/functions.md)", () => {
    expect(CP_LEVELS.map((l) => l.label).sort()).toEqual(["III级", "II级", "I级", "未达III级"].sort());
    expect(cpLevelLabel(1)).toBe("I级");
    expect(cpLevelLabel(2)).toBe("II级");
    expect(cpLevelLabel(3)).toBe("III级");
    expect(cpLevelLabel(0)).toBe("未达III级");
  });
});
