import { dateSerial, earliestDate, latestDate, taskDays } from "../../../src/domain/calc/workPlan";
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
