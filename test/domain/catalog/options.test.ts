/** Cleaner-production option types, matrix groups and columns (江苏省《行业清洁生产审核技术指南》6.1, 7.2; T/CPPC《工业园区清洁生产审核指南》5.4.1). */
import {
  COST_CLASSES,
  MATRIX_COLUMNS,
  MATRIX_GROUPS,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OPTION_TYPES,
  TARGET_TABLE_ROWS,
  TARGET_TERMS,
  TARGET_TYPES,
  findCarrier,
  findCostClass,
  findOptionLevel,
  findOptionStatus,
  findOptionType,
  findUnit,
} from "../../../src/domain/catalog";

describe("option types (《行业清洁生产审核技术指南》 6.1 注)", () => {
  it("lists the seven types in the guide's order", () => {
    expect(OPTION_TYPES.map((t) => t.name.zh)).toEqual([
      "原辅料替代",
      "工艺设备改造",
      "过程控制",
      "节能",
      "资源综合利用",
      "末端治理",
      "管理及人员",
      "其他", // 6.1 注: "…管理及人员等类型" — the list is open
    ]);
  });

  it("maps every listed type to a matrix group; 其他 to none (it counts in the total only)", () => {
    const groups = new Set<string | null>(MATRIX_GROUPS.map((g) => g.id));
    for (const t of OPTION_TYPES.filter((x) => x.id !== "other")) expect(groups.has(t.group)).toBe(true);
    expect(findOptionType("其他")?.group).toBeNull();
  });

  it("covers every matrix group with at least one type", () => {
    for (const g of MATRIX_GROUPS) expect(OPTION_TYPES.some((t) => t.group === g.id)).toBe(true);
  });

  it("maps the unambiguous types as their names say", () => {
    expect(findOptionType("原辅料替代")?.group).toBe("source-substitution");
    expect(findOptionType("末端治理")?.group).toBe("end-of-pipe");
    expect(findOptionType("管理及人员")?.group).toBe("environmental-management");
    expect(findOptionType("工艺设备改造")?.group).toBe("process-innovation");
  });
});

describe("matrix groups, levels, statuses, cost classes", () => {
  it("has the four type groups of 《行业清洁生产审核技术指南》 §7.2", () => {
    expect(MATRIX_GROUPS.map((g) => g.name.zh)).toEqual([
      "源头替代方案",
      "工艺革新方案",
      "末端治理方案",
      "环境管理方案",
    ]);
  });

  it("has the levels 园区 / 行业 / 企业 (《工业园区清洁生产审核指南》 5.4.1)", () => {
    expect(OPTION_LEVELS.map((l) => l.name.zh)).toEqual(["园区", "行业", "企业"]);
    expect(findOptionLevel("企业层面")?.id).toBe("enterprise");
  });

  it("has the statuses 已实施 / 待实施 (《行业清洁生产审核技术指南》 §7.2)", () => {
    expect(OPTION_STATUSES.map((s) => s.name.zh)).toEqual(["已实施", "待实施"]);
    expect(findOptionStatus("未实施")?.id).toBe("pending");
  });

  it("has the cost classes 无/低费 and 中/高费 (docs/functions.md)", () => {
    expect(COST_CLASSES.map((c) => c.name.zh)).toEqual(["无/低费", "中/高费"]);
    expect(findCostClass("中/高费方案")?.id).toBe("high");
  });
});

describe("matrix columns (《行业清洁生产审核技术指南》 §7.2)", () => {
  it("includes every pollutant and resource printed in the guide's matrix", () => {
    const names = MATRIX_COLUMNS.map((c) => c.name.zh);
    for (const name of [
      "废水减排",
      "废气减排",
      "一般工业固废减排",
      "危险废物减排",
      "氨氮减排",
      "SO2减排",
      "总磷减排",
      "NOx减排",
      "第一类污染物减排",
      "颗粒物减排",
      "CO2减排",
      "VOCs减排",
      "节水",
      "节电",
      "节煤",
      "节油",
      "节天然气",
      "节蒸汽",
      "节综合能耗",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("uses the guide's units: t/a, 万kWh/a (万度/年), 万m³/a, tce/a", () => {
    const unitOf = (zh: string): string | undefined => MATRIX_COLUMNS.find((c) => c.name.zh === zh)?.unit;
    expect(unitOf("废水减排")).toBe("t/a");
    expect(unitOf("节电")).toBe("万kWh/a");
    expect(unitOf("节天然气")).toBe("万m³/a");
    expect(unitOf("节综合能耗")).toBe("tce/a");
  });

  it("names a known carrier and a unit of the carrier's dimension for every energy saving", () => {
    for (const column of MATRIX_COLUMNS.filter((c) => c.countsInEnergyTotal)) {
      const carrier = findCarrier(column.carrier ?? "");
      expect(carrier).toBeDefined();
      expect(findUnit(column.amountUnit)?.dimension).toBe(findUnit(carrier?.nativeUnit ?? "")?.dimension);
    }
  });

  it("converts 节电 as electricity, 节煤 as raw coal and 节天然气 as natural gas", () => {
    const carrierOf = (zh: string): string | undefined => MATRIX_COLUMNS.find((c) => c.name.zh === zh)?.carrier;
    expect(carrierOf("节电")).toBe("electricity");
    expect(carrierOf("节煤")).toBe("raw-coal");
    expect(carrierOf("节天然气")).toBe("natural-gas");
  });
});

describe("target types (《行业清洁生产审核技术指南》 附录B 7.3)", () => {
  it("lists the four target types of the guide's table, then 其他 (7.2.3.4 e “其他目标设置”)", () => {
    expect(TARGET_TYPES.map((t) => t.name.zh)).toEqual([
      "污染物减排",
      "温室气体减排",
      "资源能源利用",
      "清洁生产水平提升",
      "其他",
    ]);
    expect(TARGET_TYPES[4]!.source.ref.zh).toContain("7.2.3.4 e）");
  });

  it("the four rows of 附录B 7.3 and what measures each (7.2.3.4 a–d)", () => {
    expect(TARGET_TABLE_ROWS.map((r) => r.type)).toEqual(TARGET_TYPES.slice(0, 4).map((t) => t.id));
    const names = (ids: readonly string[]) => ids.map((id) => MATRIX_COLUMNS.find((c) => c.id === id)?.name.zh);
    expect(names(TARGET_TABLE_ROWS[0]!.measures)).toContain("COD减排");
    expect(names(TARGET_TABLE_ROWS[0]!.measures)).not.toContain("CO2减排");
    expect(names(TARGET_TABLE_ROWS[1]!.measures)).toEqual(["CO2减排"]);
    expect(names(TARGET_TABLE_ROWS[2]!.measures)).toContain("节综合能耗");
    // 7.2.3.4 d) 达到一级或二级水平的企业数量或比例: no sheet computes it
    expect(TARGET_TABLE_ROWS[3]!.measures).toEqual([]);
  });

  it("the terms of T/CPPC 5.2.4: 近期、中期和远期", () => {
    expect(TARGET_TERMS.map((t) => t.name.zh)).toEqual(["近期", "中期", "远期"]);
  });
});
