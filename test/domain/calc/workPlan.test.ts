import {
  dateSerial,
  earliestDate,
  latestDate,
  onsiteDaysMet,
  taskDays,
  workingDays,
  yearOfSerial,
  yearsPrecedeDiagnosis,
} from "../../../src/domain/calc/workPlan";
import { expectReason, expectValue } from "./expectOutcome";

describe("work plan (《工业园区清洁生产审核指南》 5.1.3)", () => {
  test.each<[unknown, number]>([
    ["2024-03-01", 45352],
    ["1970-01-01", 25569],
    ["2024-02-29", 45351],
    [45352, 45352],
  ])("date serial of %s is %d (1900 date system)", (x, serial) => expectValue(dateSerial(x), serial));
  test.each<[unknown, string]>([
    ["2023-02-29", "invalid-input"],
    ["01/03/2024", "invalid-input"],
    [null, "missing-input"],
  ])("%s is no date: %s", (x, reason) => expectReason(dateSerial(x), reason as never));

  test.each<[string, number, number, number]>([
    ["same day", 45352, 45352, 1],
    ["2024-03-01 … 2024-03-05", 45352, 45356, 5],
    ["a leap February, 2024-02-01 … 2024-03-01", 45323, 45352, 30],
  ])("task days, both ends included: %s", (_name, start, end, days) => expectValue(taskDays(start, end), days));
  test("an end before the start has no duration", () => expectReason(taskDays(45356, 45352), "invalid-input"));
  test("a missing date has no duration", () => expectReason(taskDays(45352, null), "missing-input"));
  test("a date typed as text has no duration", () => expectReason(taskDays("2024-03-01", 45356), "invalid-input"));

  test("span: earliest start and latest end over the filled dates", () => {
    expectValue(earliestDate([null, 45360, "x", 45352]), 45352);
    expectValue(latestDate([45356, null, 45444]), 45444);
    expectReason(earliestDate([null, ""]), "missing-input");
  });
});

// 《北京市工业园区绿色诊断工作指南》四（三）1: "现场诊断时间遵循效果优先原则，视实际需要而定，但不应少于4个工作日。"
describe("on-site working days (《北京市工业园区绿色诊断工作指南》四（三）1)", () => {
  // serials by hand: 2025-03-03 = 45719 (a Monday: 2025-01-01 is a Wednesday, 45658)
  test.each<[string, number, number, number, boolean]>([
    ["Mon 2025-03-03 … Thu 03-06", 45719, 45722, 4, true],
    ["Mon 2025-03-03 … Fri 03-07", 45719, 45723, 5, true],
    ["Fri 2025-03-07 … Tue 03-11 (a weekend between)", 45723, 45727, 3, false],
    ["Sat 2025-03-08 … Sun 03-09", 45724, 45725, 0, false],
    ["Mon 2025-03-03 … Mon 03-17 (two weeks and a day)", 45719, 45733, 11, true],
    ["Wed 2025-02-26 … Tue 03-04", 45714, 45720, 5, true],
  ])("%s: %d working days, ≥ 4 %s", (_name, start, end, days, met) => {
    expectValue(workingDays(start, end), days);
    expectValue(onsiteDaysMet(start, end, 4), met);
  });
  test("an end before the start, or a missing date, counts no working days", () => {
    expectReason(workingDays(45722, 45719), "invalid-input");
    expectReason(workingDays(45719, null), "missing-input");
    expectReason(onsiteDaysMet(null, 45722, 4), "missing-input");
  });
});

// 附件2-1-2 注2: "年份1至年份3原则上为绿色诊断实施年份的前三年。"
describe("evaluated years before the diagnosis year (《北京市工业园区绿色诊断工作指南》附件2-1-2 注2)", () => {
  test.each<[string, number, number, boolean]>([
    ["years to 2024, diagnosis from 2025-02-24", 2024, 45712, true],
    ["years to 2024, diagnosis from 2024-07-01", 2024, 45474, false],
    ["years to 2024, diagnosis from 2024-12-31", 2024, 45657, false],
    ["years to 2024, diagnosis from 2025-01-01", 2024, 45658, true],
    ["years to 2025, diagnosis from 2025-02-24", 2025, 45712, false],
  ])("%s: %s", (_name, lastYear, start, precede) => {
    expectValue(yearsPrecedeDiagnosis(lastYear, start), precede);
  });
  test("the year of a serial; no start, no verdict", () => {
    expect(yearOfSerial(45657)).toBe(2024);
    expect(yearOfSerial(45658)).toBe(2025);
    expectReason(yearsPrecedeDiagnosis(2024, null), "missing-input");
  });
});
