/** The 8 basic requirements of 《北京市工业园区绿色诊断工作指南》附件2-1-1. */
import { BASIC_REQUIREMENTS, normalizeName } from "../../../src/domain/catalog";

// 《北京市工业园区绿色诊断工作指南》附件2-1-1, as printed in the document (ASCII commas of the web extract)
const SEED_002_211: readonly string[] = [
  "国家和地方绿色、循环和低碳相关法律法规、政策和标准应得到有效的贯彻执行。",
  "近三年,未发生重大污染事故或重大生态破坏事件,完成国家或地方政府下达的节能减排指标,碳排放强度持续下降。",
  "环境质量达到国家或地方规定的环境功能区环境质量标准,园区内企业污染物达标排放,各类重点污染物排放总量均不超过国家或地方的总量控制要求。",
  "园区重点企业100%实施清洁生产审核。",
  "园区企业不应使用国家列入淘汰目录的落后生产技术、工艺和设备,不应生产国家列入淘汰目录的产品。",
  "园区建立履行绿色发展工作职责的专门机构、配备2名以上专职工作人员。",
  "鼓励园区建立并运行环境管理体系和能源管理体系,建立园区能源监测管理平台。",
  "鼓励园区建设并运行风能、太阳能等可再生能源应用设施。",
];

describe("BASIC_REQUIREMENTS (《北京市工业园区绿色诊断工作指南》 附件2-1-1)", () => {
  it("has 8 requirements numbered 1..8", () => {
    expect(BASIC_REQUIREMENTS.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("reproduces the guide's text (comma width aside)", () => {
    BASIC_REQUIREMENTS.forEach((b, index) => {
      expect(normalizeName(b.text.zh)).toBe(normalizeName(SEED_002_211[index] ?? ""));
      expect(b.text.en.length).toBeGreaterThan(0);
    });
  });

  it("has exactly six mandatory items (1–6); 7 and 8 are encouraged (鼓励)", () => {
    expect(BASIC_REQUIREMENTS.filter((b) => b.mandatory).map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const b of BASIC_REQUIREMENTS.filter((r) => !r.mandatory)) expect(b.text.zh.startsWith("鼓励")).toBe(true);
  });

  it("answers 符合 / 不符合 with a source", () => {
    for (const b of BASIC_REQUIREMENTS) {
      expect(b.answers).toEqual(["符合", "不符合"]);
      expect(b.source.ref.zh).toMatch(/《北京市工业园区绿色诊断工作指南》附件2-1-1/);
    }
  });
});
