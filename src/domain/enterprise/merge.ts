/**
 * Merging returned enterprise workbooks (docs/enterprises.md "Merging"): one workbook at a time is added — only
 * its numbers are kept, so 2 000 workbooks take little memory — and checked; at the end the peers' scale is
 * checked, the enterprises of the list that sent nothing are named, the park totals are summed per item, carrier
 * and year, and basic requirement 4 (key enterprises 100 % audited) is evidenced.
 */
import { DATA_ITEMS, findCarrier } from "../catalog";
import type { Text } from "../text";
import { creditCodeProblem } from "./creditCode";
import { ENTERPRISE_CARRIERS, ENTERPRISE_ITEMS, MANDATORY_ENTERPRISE_ITEMS, PART_OF } from "./items";
import type { EnterpriseList } from "./listFile";
import type { EnterpriseReturn, YearList } from "./readReturn";
import { ENT_NAMES } from "./requestSheet";
import { UNIT_MISTAKE_RATIO } from "./rowCheck";

/**
 * An enterprise's figure per employee this many times the median of the enterprises' (or a thousandth of it) is most
 * likely in the wrong unit: 元 for 万元 is 10⁴, kg for t 10³. Per employee, so that a large and a small enterprise
 * compare; the enterprises of one park rarely differ a thousandfold in any figure per employee. No standard gives it.
 */
export const PEER_SCALE_RATIO = 1000;
/** Peers needed before a value is compared with their median. */
export const PEER_MINIMUM = 3;

/** Distinct cell layouts compared with each new workbook's (each request version has its own). */
const LAYOUTS_KEPT = 8;

export type MergeSeverity = "refused" | "finding";

export interface MergeFinding {
  /** the file the finding is about (the list file for an enterprise that sent nothing) */
  readonly file: string;
  readonly severity: MergeSeverity;
  /** the enterprise, as its workbook names it */
  readonly enterprise?: string;
  /** sheet!cell */
  readonly cell?: string;
  readonly words: Text;
}

/** One merged enterprise: its figures and where they came from. */
export interface MergedEnterprise extends EnterpriseReturn {
  readonly file: string;
}

export interface MergeResult {
  readonly enterprises: readonly MergedEnterprise[];
  readonly findings: readonly MergeFinding[];
  /** park totals per item and per carrier: null in a year no enterprise gave a value */
  readonly sums: { readonly values: Record<string, YearList>; readonly energy: Record<string, YearList> };
  readonly keyEnterprises: { readonly total: number; readonly audited: number; readonly notAudited: readonly string[] };
}

const itemName = (id: string): Text =>
  DATA_ITEMS.find((d) => d.id === id)?.name ?? findCarrier(id)?.name ?? { zh: id, en: id };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export class EnterpriseMerge {
  private readonly merged: MergedEnterprise[] = [];
  private readonly findings: MergeFinding[] = [];
  private readonly byCode = new Map<string, string>();
  /** the cell layouts seen: workbooks made from one request share one map of names to cells */
  private readonly layouts: ReadonlyMap<string, string>[] = [];

  /**
   * @param years the park workbook's base year and evaluation years
   * @param jumpPercent a year-on-year change beyond this share is asked about (参数: enterprise-jump-threshold)
   */
  constructor(
    private readonly years: readonly number[],
    private readonly jumpPercent: number | null,
    private readonly list?: EnterpriseList,
  ) {}

  /** A file that could not be read or is not a request: nothing is merged from it. */
  refuse(file: string, words: Text): void {
    this.findings.push({ file, severity: "refused", words });
  }

  add(file: string, e: EnterpriseReturn): void {
    const who = e.name || e.code;
    const say = (words: Text, cell?: string, severity: MergeSeverity = "finding") =>
      this.findings.push({ file, severity, enterprise: who, ...(cell ? { cell } : {}), words });
    if (e.years.join(",") !== this.years.join(",")) {
      say(
        {
          zh: `年份为 ${e.years.join("、")}，园区工作簿为 ${this.years.join("、")}：未合并，请用本园区的年份重新生成填报表`,
          en: `its years are ${e.years.join(", ")}, the park workbook's ${this.years.join(", ")}: not merged; send a request made with the park's years`,
        },
        undefined,
        "refused",
      );
      return;
    }
    const earlier = this.byCode.get(e.code);
    if (earlier !== undefined) {
      say(
        {
          zh: `统一社会信用代码 ${e.code} 与 ${earlier} 重复：未合并（同一企业只计一次）`,
          en: `credit code ${e.code} is also that of ${earlier}: not merged (an enterprise counts once)`,
        },
        this.cellOf(e, ENT_NAMES.identity("code")),
        "refused",
      );
      return;
    }
    this.byCode.set(e.code, file);
    const bad =
      e.code === "" ? { zh: "未填写统一社会信用代码", en: "no unified social credit code" } : creditCodeProblem(e.code);
    if (bad) say(bad, this.cellOf(e, ENT_NAMES.identity("code")));
    if (this.list && !this.list.enterprises.some((l) => l.code === e.code))
      say(
        { zh: `代码 ${e.code} 不在企业名单中`, en: `code ${e.code} is not on the enterprise list` },
        this.cellOf(e, ENT_NAMES.identity("code")),
      );
    for (const n of e.notNumbers)
      say({ zh: `“${n.value}”不是数值：未计入`, en: `"${n.value}" is not a number: left out` }, n.cell);
    this.checkRows(e, say);
    this.merged.push({ ...e, cells: this.sharedLayout(e.cells), file });
  }

  /** The same layout as an earlier workbook's is kept once: 2 000 enterprises hold little more than their figures. */
  private sharedLayout(cells: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
    const same = (a: ReadonlyMap<string, string>) =>
      a.size === cells.size && [...cells].every(([name, cell]) => a.get(name) === cell);
    const known = this.layouts.find(same);
    if (known) return known;
    if (this.layouts.length < LAYOUTS_KEPT) this.layouts.push(cells);
    return cells;
  }

  private cellOf(e: EnterpriseReturn, name: string): string | undefined {
    return e.cells.get(name);
  }

  private checkRows(e: EnterpriseReturn, say: (words: Text, cell?: string) => void): void {
    const yearOf = (k: number) => this.years[k] ?? k;
    for (const item of ENTERPRISE_ITEMS) {
      const values = e.values[item.id] ?? [];
      const cell = (k: number) => this.cellOf(e, ENT_NAMES.item(item.id, k));
      const name = item.name;
      if (MANDATORY_ENTERPRISE_ITEMS.has(item.id)) {
        const empty = values.flatMap((v, k) =>
          v === null && !e.notNumbers.some((n) => n.name === ENT_NAMES.item(item.id, k)) ? [k] : [],
        );
        if (empty.length > 0) {
          const years = empty.map(yearOf).join(", ");
          const cells = empty.map(cell).filter((c): c is string => c !== undefined);
          say(
            {
              zh: `${name.zh}必填，未填写：${years.replace(/, /g, "、")} 年`,
              en: `${name.en} is required and empty in ${years}`,
            },
            cells.length > 0 ? cells.join(", ") : undefined,
          );
        }
      }
      this.checkSeries(values, name, cell, say);
      const pair = PART_OF.find((p) => p.part === item.id);
      if (pair)
        values.forEach((part, k) => {
          const wholes = pair.whole.map((w) => e.values[w]?.[k] ?? null);
          if (part === null || wholes[0] === null) return;
          const whole = wholes.reduce<number>((s, w) => s + (w ?? 0), 0);
          if (part > whole) {
            const names = pair.whole.map(itemName);
            say(
              {
                zh: `${name.zh}（${yearOf(k)} 年）${part} 大于${names.map((n) => n.zh).join("与")} ${whole}`,
                en: `${name.en} (${yearOf(k)}) ${part} exceeds ${names.map((n) => n.en).join(" plus ")} ${whole}`,
              },
              cell(k),
            );
          }
        });
    }
    ENTERPRISE_CARRIERS.forEach((c) =>
      this.checkSeries(e.energy[c.id] ?? [], c.name, (k) => this.cellOf(e, ENT_NAMES.energy(c.id, k)), say),
    );
    this.years.forEach((year, k) => {
      if (!ENTERPRISE_CARRIERS.some((c) => (e.energy[c.id]?.[k] ?? null) !== null))
        say({ zh: `${year} 年未填写任何能源消费量`, en: `no energy quantity in ${year}` });
    });
  }

  /** Adjacent years: a likely unit slip (UNIT_MISTAKE_RATIO) or a change beyond the parameter's share. */
  private checkSeries(
    values: YearList,
    name: Text,
    cell: (k: number) => string | undefined,
    say: (words: Text, cell?: string) => void,
  ): void {
    for (let k = 1; k < values.length; k++) {
      const a = values[k - 1] ?? null;
      const b = values[k] ?? null;
      if (a === null || b === null || a <= 0 || b <= 0) continue;
      const y0 = this.years[k - 1];
      const y1 = this.years[k];
      if (Math.max(a, b) >= UNIT_MISTAKE_RATIO * Math.min(a, b))
        say(
          {
            zh: `${name.zh}：${y1} 年 ${b} 与 ${y0} 年 ${a} 相差 ${UNIT_MISTAKE_RATIO} 倍以上，可能是单位错误`,
            en: `${name.en}: ${b} in ${y1} against ${a} in ${y0}, ${UNIT_MISTAKE_RATIO}-fold or more: likely a unit mistake`,
          },
          cell(k),
        );
      else if (this.jumpPercent !== null && (Math.abs(b - a) / a) * 100 > this.jumpPercent) {
        const change = Math.round(((b - a) / a) * 100);
        say(
          {
            zh: `${name.zh}：${y1} 年比 ${y0} 年变化 ${change}%，超过 ${this.jumpPercent}%，请核实原因`,
            en: `${name.en}: ${change > 0 ? "+" : ""}${change} % from ${y0} to ${y1}, beyond ${this.jumpPercent} %: ask why`,
          },
          cell(k),
        );
      }
    }
  }

  /** Each figure per employee against the median of the enterprises' of the same item and year. */
  private checkPeers(): void {
    const perEmployee = (e: MergedEnterprise, v: number | null | undefined, k: number) => {
      const staff = e.values.employees?.[k];
      return typeof v === "number" && v > 0 && typeof staff === "number" && staff > 0 ? v / staff : null;
    };
    const series = [
      ...ENTERPRISE_ITEMS.filter((i) => i.id !== "employees").map((i) => ({
        name: i.name,
        of: (e: MergedEnterprise, k: number) => e.values[i.id]?.[k],
        cell: (k: number) => ENT_NAMES.item(i.id, k),
      })),
      ...ENTERPRISE_CARRIERS.map((c) => ({
        name: c.name,
        of: (e: MergedEnterprise, k: number) => e.energy[c.id]?.[k],
        cell: (k: number) => ENT_NAMES.energy(c.id, k),
      })),
    ];
    for (const s of series)
      this.years.forEach((year, k) => {
        const given = this.merged.flatMap((e) => {
          const r = perEmployee(e, s.of(e, k), k);
          return r === null ? [] : [{ e, r }];
        });
        if (given.length <= PEER_MINIMUM) return;
        // the median of all of them: one enterprise moves it little, and it is computed once (2 000 enterprises)
        const others = median(given.map((o) => o.r));
        for (const g of given) {
          if (g.r < PEER_SCALE_RATIO * others && g.r * PEER_SCALE_RATIO > others) continue;
          const cell = g.e.cells.get(s.cell(k));
          const ratio = g.r >= others ? "1 000-fold or more" : "a thousandth or less";
          this.findings.push({
            file: g.e.file,
            severity: "finding",
            enterprise: g.e.name || g.e.code,
            ...(cell ? { cell } : {}),
            words: {
              zh: `${s.name.zh}（${year} 年）${s.of(g.e, k)}：人均值与各企业人均值的中位数相差千倍以上，可能是单位错误`,
              en: `${s.name.en} (${year}) ${s.of(g.e, k)}: per employee ${ratio} of the enterprises' median: likely a unit mistake`,
            },
          });
        }
      });
  }

  private sentNothing(listFile: string): void {
    for (const l of this.list?.enterprises ?? [])
      if (!this.byCode.has(l.code))
        this.findings.push({
          file: listFile,
          severity: "finding",
          enterprise: l.name,
          words: { zh: `名单中的企业（${l.code}）没有交回填报表`, en: `on the list (${l.code}) but sent nothing` },
        });
  }

  private sums(): MergeResult["sums"] {
    const total = (of: (e: MergedEnterprise) => YearList): YearList =>
      this.years.map((_, k) => {
        let sum: number | null = null;
        for (const e of this.merged) {
          const v = of(e)[k];
          if (typeof v === "number") sum = (sum ?? 0) + v;
        }
        return sum;
      });
    const present = (list: YearList) => list.some((v) => v !== null);
    const values = Object.fromEntries(
      ENTERPRISE_ITEMS.map((i) => [i.id, total((e) => e.values[i.id] ?? [])] as const).filter(([, v]) => present(v)),
    );
    const energy = Object.fromEntries(
      ENTERPRISE_CARRIERS.map((c) => [c.id, total((e) => e.energy[c.id] ?? [])] as const).filter(([, v]) => present(v)),
    );
    return { values, energy };
  }

  /** Key enterprises (the workbook's answer, else the list's) and those whose audit is completed. */
  private keyEnterprises(): MergeResult["keyEnterprises"] {
    const fromList = new Map((this.list?.enterprises ?? []).map((l) => [l.code, l]));
    const key = this.merged.filter((e) => e.key ?? fromList.get(e.code)?.key ?? false);
    const audited = (e: MergedEnterprise) => (e.auditStatus ?? fromList.get(e.code)?.audit?.status) === "已完成";
    const missing = (this.list?.enterprises ?? []).filter((l) => l.key && !this.byCode.has(l.code));
    return {
      total: key.length + missing.length,
      audited: key.filter(audited).length,
      notAudited: [...key.filter((e) => !audited(e)).map((e) => e.name || e.code), ...missing.map((l) => l.name)],
    };
  }

  finish(listFile = "enterprise list"): MergeResult {
    this.checkPeers();
    this.sentNothing(listFile);
    return {
      enterprises: this.merged,
      findings: this.findings,
      sums: this.sums(),
      keyEnterprises: this.keyEnterprises(),
    };
  }
}
