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

/** Day of the week of a date serial, 0 = Sunday … 6 = Saturday (as WEEKDAY(serial) − 1 counts from 1900-03-01 on). */
function weekday(serial: number): number {
  return (((serial - 1) % 7) + 7) % 7;
}

/**
 * Working days from start to end, both included, Monday to Friday — as a spreadsheet's NETWORKDAYS counts
 * them without a holiday list (public holidays and the weekends worked in their place are not known here).
 * 《北京市工业园区绿色诊断工作指南》四（三）1: on-site diagnosis "不应少于4个工作日". An end before the start is invalid.
 */
export function workingDays(start: unknown, end: unknown): Outcome<number> {
  const s = readNumber(start, "start");
  const e = readNumber(end, "end");
  if (!s.ok) return s;
  if (!e.ok) return e;
  const [first, last] = [Math.floor(s.value), Math.floor(e.value)];
  if (last < first) return failure("invalid-input", "the end is before the start");
  const weeks = Math.floor((last - first + 1) / 7);
  let days = weeks * 5;
  for (let d = first + weeks * 7; d <= last; d++) if (weekday(d) !== 0 && weekday(d) !== 6) days++;
  return value(days);
}

/** Whether the on-site diagnosis lasts at least `minimum` working days (四（三）1), from its start and end. */
export function onsiteDaysMet(start: unknown, end: unknown, minimum: number): Outcome<boolean> {
  const days = workingDays(start, end);
  return days.ok ? value(days.value >= minimum) : days;
}

/** The calendar year of a date serial (1900 date system). */
export function yearOfSerial(serial: number): number {
  return new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY).getUTCFullYear();
}

/**
 * 《北京市工业园区绿色诊断工作指南》附件2-1-2 注2: "年份1至年份3原则上为绿色诊断实施年份的前三年" — the last evaluated year precedes
 * the year the diagnosis is carried out (the year its 诊断实施 phase starts).
 */
export function yearsPrecedeDiagnosis(lastEvaluatedYear: number, diagnosisStart: unknown): Outcome<boolean> {
  const start = readNumber(diagnosisStart, "start");
  if (!start.ok) return start;
  return value(lastEvaluatedYear < yearOfSerial(start.value));
}
