/**
 * Cleaner-production levels returned by GREEN.CPLEVEL (docs/functions.md "Levels"; docs/templates.md#cleaner-production-level). 江苏省《行业清洁生产审核技术指南》7.2.3.4 d)
 * names 一级（国际领先） and 二级（国内先进）.
 */
import { CP_INDICATOR_RULES, JIANGSU_AUDIT_GUIDE, cite, citeAll } from "./documents";
import type { Source } from "./source";
import type { CpLevelDef } from "./types";

const LEVELS_SOURCE: Source = {
  ref: cite(CP_INDICATOR_RULES, { zh: "清洁生产水平分级", en: "cleaner-production levels" }),
  status: "confirmed",
};

/** A level the Jiangsu guide names too (7.2.3.4 d). */
function namedByJiangsu(zh: string, en: string): Source {
  return {
    ...LEVELS_SOURCE,
    ref: citeAll(LEVELS_SOURCE.ref, cite(JIANGSU_AUDIT_GUIDE, { zh: `7.2.3.4 d）${zh}`, en: `7.2.3.4 d) ${en}` })),
  };
}

export const CP_LEVELS: readonly CpLevelDef[] = [
  {
    level: 1,
    label: "I级",
    name: { zh: "I级（国际清洁生产领先水平）", en: "Level I (international leading)" },
    source: namedByJiangsu("一级（国际领先）", "level 1 (international leading)"),
  },
  {
    level: 2,
    label: "II级",
    name: { zh: "II级（国内清洁生产先进水平）", en: "Level II (domestic advanced)" },
    source: namedByJiangsu("二级（国内先进）", "level 2 (domestic advanced)"),
  },
  {
    level: 3,
    label: "III级",
    name: { zh: "III级（国内清洁生产一般水平）", en: "Level III (domestic basic)" },
    source: LEVELS_SOURCE,
  },
  { level: 0, label: "未达III级", name: { zh: "未达III级", en: "Below level III" }, source: LEVELS_SOURCE },
];

/** The label of a level number (1, 2, 3; 0 for below level III). */
export function cpLevelLabel(level: 0 | 1 | 2 | 3): CpLevelDef["label"] {
  const found = CP_LEVELS.find((l) => l.level === level);
  return found === undefined ? "未达III级" : found.label;
}
