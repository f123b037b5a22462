/**
 * Every number from a standard carries where it comes from and whether it has been checked
 * against the official text (SPEC §1: "the product must show that status to the user").
 */
export type SourceStatus = "confirmed" | "to-confirm";

export interface Source {
  /** the document and clause, e.g. "seed 002 附件2-1-2" or "GB/T 2589-2008 附录A" */
  readonly ref: string;
  /** publisher and year where relevant, e.g. "生态环境部/国家统计局 2024" */
  readonly publisher?: string;
  readonly status: SourceStatus;
  /** why it is to confirm, or what was chosen */
  readonly note?: string;
}
