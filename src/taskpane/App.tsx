import { Body1, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { HostMode } from "./hostMode";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

const TEXT = {
  title: "GreenAudit 园区绿色诊断与清洁生产审核",
  excel: "已连接 Excel：可插入标准模板、使用 GREEN.* 函数并复核当前工作簿。",
  file: "文件模式（未在 Office 中运行）：可生成模板 .xlsx 文件并复核打开的 .xlsx 文件。",
} as const;

export function App({ mode }: { mode: HostMode }) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label={TEXT.title}>
      <Title3 as="h1">{TEXT.title}</Title3>
      <Body1 data-testid="host-mode">{mode === "excel" ? TEXT.excel : TEXT.file}</Body1>
      <Caption1>GreenAudit {mode === "excel" ? "· Excel" : "· file mode"}</Caption1>
    </main>
  );
}
