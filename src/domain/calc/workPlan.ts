/**
 * The audit work plan of T/CPPC《工业园区清洁生产审核指南》5.1.3 (审核工作计划表: 序号、内容、进度、负责人姓名、参与部门名称、参与人姓名、
 * 产出): task durations and the span of the whole plan. Dates are spreadsheet date serials (1900 date
 * system: 1 = 1900-01-01, 25569 = 1970-01-01).
 */
import { failure, value, type Outcome } from "./outcome";
import { readNumber } from "./inputs";

const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as a spreadsheet serial: a serial passes through, an ISO "YYYY-MM-DD" text is converted. */
export function dateSerial(x: unknown): Outcome<number> {
  if (typeof x === "string") {
    const match = ISO_DATE.exec(x.trim());
    if (!match) return failure("invalid-input", `not a date: ${x}`);
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
      return failure("invalid-input", `no such date: ${x}`);
    }
    return value(ms / MS_PER_DAY + UNIX_EPOCH_SERIAL);
  }
  return readNumber(x, "date");
}

/**
 * Calendar days of a task, both ends included (a task starting and ending on the same day takes 1 day).
 * An end before the start is invalid.
 */
export function taskDays(start: unknown, end: unknown): Outcome<number> {
  const s = readNumber(start, "start");
  const e = readNumber(end, "end");
  if (!s.ok) return s;
  if (!e.ok) return e;
  if (e.value < s.value) return failure("invalid-input", "the end is before the start");
  return value(e.value - s.value + 1);
}

function numbersOf(values: readonly unknown[]): number[] {
  return values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

/** The earliest date among the filled ones (text and empty cells are ignored, as MIN does). */
export function earliestDate(values: readonly unknown[]): Outcome<number> {
  const dates = numbersOf(values);
  return dates.length > 0 ? value(dates.reduce((a, b) => Math.min(a, b))) : failure("missing-input", "no date");
}

/** The latest date among the filled ones (text and empty cells are ignored, as MAX does). */
export function latestDate(values: readonly unknown[]): Outcome<number> {
  const dates = numbersOf(values);
  return dates.length > 0 ? value(dates.reduce((a, b) => Math.max(a, b))) : failure("missing-input", "no date");
}
