/**
 * Cleaner-production levels returned by GREEN.CPLEVEL (SPEC §3 "Levels"; §4.5). Seed 001 7.2.3.4 d)
 * names 一级（国际领先） and 二级（国内先进）.
 */
import type { Source } from "./source";
import type { CpLevelDef } from "./types";

const SPEC_LEVELS: Source = { ref: "SPEC §3 Levels; §4.5", status: "confirmed" };

export const CP_LEVELS: readonly CpLevelDef[] = [
  {
    level: 1, label: "I级", name: { zh: "I级（国际清洁生产领先水平）", en: "Level I (international leading)" },
    source: { ...SPEC_LEVELS, ref: "SPEC §3 Levels; §4.5; seed 001 7.2.3.4 d) 一级（国际领先）" },
  },
  {
    level: 2, label: "II级", name: { zh: "II级（国内清洁生产先进水平）", en: "Level II (domestic advanced)" },
    source: { ...SPEC_LEVELS, ref: "SPEC §3 Levels; §4.5; seed 001 7.2.3.4 d) 二级（国内先进）" },
  },
  { level: 3, label: "III级", name: { zh: "III级（国内清洁生产一般水平）", en: "Level III (domestic basic)" }, source: SPEC_LEVELS },
  { level: 0, label: "未达III级", name: { zh: "未达III级", en: "Below level III" }, source: SPEC_LEVELS },
];

/** The label of a level number (1, 2, 3; 0 for below level III). */
export function cpLevelLabel(level: 0 | 1 | 2 | 3): CpLevelDef["label"] {
  const found = CP_LEVELS.find((l) => l.level === level);
  return found === undefined ? "未达III级" : found.label;
}
