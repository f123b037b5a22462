/**
 * Every number from a standard carries where it comes from and whether it has been checked
 * against the official text; the parameter sheet and the pane show both (docs/templates.md#parameters).
 * Texts are in both languages: a Chinese sheet cites in Chinese, an English sheet in English.
 */
import type { Text } from "./types";

export type SourceStatus = "confirmed" | "to-confirm";

export interface Source {
  /** the document by title and clause, e.g. 《北京市工业园区绿色诊断工作指南》附件2-1-2 */
  readonly ref: Text;
  /** publisher and year where relevant, e.g. 生态环境部、国家统计局 2024 */
  readonly publisher?: Text;
  readonly status: SourceStatus;
  /** what is to be confirmed, or what was chosen where the document is silent */
  readonly note?: Text;
  /**
   * For a value to confirm: what is to be checked and against which document (title and clause), in the
   * user's words. Shown beside 待确认 on the parameter sheet and in the pane (src/domain/catalog/status.ts).
   */
  readonly check?: Text;
}
