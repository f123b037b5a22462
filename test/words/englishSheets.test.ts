/**
 * English sheets in English: an English workbook, the English pane and the catalog's English texts show Chinese
 * only where a value must stay comparable — the standard's answer words (具备, 完善, 是 …), the cost classes and
 * the synergy grades, each shown beside its English meaning — and the park's own name.
 */
import { COST_CLASSES, CP_LEVELS, DATA_ITEMS, SYNERGY_GRADES } from "../../src/domain/catalog";
import {
  catalogTexts,
  paneTexts,
  planTexts,
  SAMPLE,
  samplePlans,
  sampleWorkbookTexts,
  type UserText,
} from "./userTexts";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/g;

/** Words that stay Chinese in an English sheet, longest first so 不具备 is taken before 具备. */
const KEPT = [
  ...DATA_ITEMS.flatMap((item) => item.answers ?? []),
  ...COST_CLASSES.map((c) => c.name.zh),
  ...SYNERGY_GRADES.map((g) => g.label),
  ...CP_LEVELS.map((l) => l.label),
  // a Chinese term quoted with its translation in a source note
  "园区增加值",
  "万度/年",
].sort((a, b) => b.length - a.length);

function chineseLeft(texts: readonly UserText[]): string[] {
  return texts.flatMap(({ where, text }) => {
    let rest = text.split(SAMPLE.park.name).join("");
    for (const word of KEPT) rest = rest.split(word).join("");
    const left = rest.match(CJK);
    return left ? [`${where}: ${left.join(" ")} in ${JSON.stringify(text.slice(0, 100))}`] : [];
  });
}

test("the English templates show Chinese only for comparable values", () => {
  expect(chineseLeft(planTexts(samplePlans("en-US")))).toEqual([]);
});

test("the written English workbook too", async () => {
  expect(chineseLeft(await sampleWorkbookTexts("en-US"))).toEqual([]);
});

test("the English pane and the catalog's English texts", () => {
  expect(chineseLeft([...paneTexts("en-US"), ...catalogTexts("en-US")])).toEqual([]);
});

test("a Chinese word that is not a kept value is caught", () => {
  expect(
    chineseLeft([
      { where: "planted", text: "Source：Beijing" },
      { where: "planted", text: "unit 万元" },
    ]),
  ).toHaveLength(2);
});
