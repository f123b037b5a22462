// Whole commands, as a reviewer feels them: `green-audit verify` and a LibreOffice recalculation
// (`soffice --convert-to xlsx` with a forced full recalculation) each started as a fresh process on the
// same files, interleaved run by run so both see the same machine load, median of the runs, wall time and
// peak memory (GNU time's maximum resident set size). Cases: the sample park, a batch of 20 copies in one
// command each, and option tables of 10 to 50 000 rows. The ratio is LibreOffice's median over verify's.
// BENCH_RUNS (default 5) sets the runs of the small cases; the large ones run 3 times.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "commands";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const load = (path) => require(join(root, "build", "bench", path));
const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";
const TIME = "/usr/bin/time";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SCALE_ROWS = (process.env.BENCH_SCALE_ROWS ?? "10,1000,10000,50000").split(",").map(Number);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One whole command under GNU time: wall milliseconds and peak resident memory in MiB. */
function timed(command, args, work) {
  const report = join(work, `time-${process.hrtime.bigint()}.txt`);
  const result = spawnSync(TIME, ["-f", "%e %M", "-o", report, command, ...args], { stdio: "ignore", timeout: 900000 });
  const [seconds, kib] = readFileSync(report, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  return { ms: seconds * 1000, mib: kib / 1024, status: result.status };
}

function libreOfficeProfile(work) {
  const profile = mkdtempSync(join(work, "lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return profile;
}

function verifyCommand(files) {
  return [process.execPath, [join(root, "bin", "green-audit.js"), "verify", ...files]];
}

function libreOfficeCommand(profile, files, outDir) {
  return [
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      ...files,
    ],
  ];
}

/** Interleaved runs of both commands on the same files; verify's exit 0/1 are reviews, 2 is a failure. */
function compare(label, files, work, profile, runs) {
  const verify = [];
  const office = [];
  for (let i = 0; i < runs; i++) {
    const [vc, va] = verifyCommand(files);
    const v = timed(vc, va, work);
    if (v.status !== 0 && v.status !== 1) throw new Error(`verify exited ${v.status} on ${label}`);
    verify.push(v);
    const out = join(work, `lo-out-${i}`);
    rmSync(out, { recursive: true, force: true });
    const [lc, la] = libreOfficeCommand(profile, files, out);
    const l = timed(lc, la, work);
    if (l.status !== 0) throw new Error(`LibreOffice exited ${l.status} on ${label}`);
    office.push(l);
  }
  const v = { ms: median(verify.map((r) => r.ms)), mib: median(verify.map((r) => r.mib)) };
  const l = { ms: median(office.map((r) => r.ms)), mib: median(office.map((r) => r.mib)) };
  return [
    { metric: `${label}: verify`, value: v.ms, unit: "ms", note: `median of ${runs}, peak ${v.mib.toFixed(0)} MiB` },
    {
      metric: `${label}: LibreOffice recalculation`,
      value: l.ms,
      unit: "ms",
      note: `median of ${runs}, peak ${l.mib.toFixed(0)} MiB`,
    },
    {
      metric: `${label}: verify faster by`,
      value: l.ms / v.ms,
      unit: "×",
      note: `memory verify : LibreOffice = ${(v.mib / l.mib).toFixed(2)}`,
    },
  ];
}

/** A park workbook whose options sheet holds `count` option rows (cycled from realistic rows). */
async function optionsWorkbook(count, file) {
  const { TEMPLATES } = load("src/domain/templates/specs/index.js");
  const { planToXlsx } = load("src/xlsx/writePlan.js");
  const data = JSON.parse(readFileSync(join(root, "examples", "sample-park.json"), "utf8"));
  const base = [
    {
      level: "企业",
      type: "节能",
      name: "空压机变频改造",
      summary: "空压站变频",
      responsible: "B机械公司",
      investment: 10,
      status: "已实施",
      benefit: 1.58,
      save_electricity: 120,
    },
    {
      level: "园区",
      type: "管理及人员",
      name: "能源管理制度",
      summary: "计量与考核",
      responsible: "管委会",
      investment: 0,
      status: "已实施",
      benefit: 5,
    },
    {
      level: "企业",
      type: "工艺设备改造",
      name: "印染废水回用",
      summary: "膜处理",
      responsible: "D印染公司",
      investment: 150,
      status: "待实施",
      benefit: 45,
      cod: 12,
    },
  ];
  const options = Array.from({ length: count }, (_, i) => ({
    ...base[i % base.length],
    name: `${base[i % base.length].name} ${i + 1}`,
  }));
  const ids = new Set(["params", "data", "options", "matrix"]);
  // a threshold below two of the three rows' investments: their payback, NPV and IRR are computed
  const settings = {
    lang: "zh-CN",
    mode: "native",
    years: data.years,
    nameSuffix: "",
    data,
    parkName: data.park.name,
    parameterValues: { "cost-class-threshold": 5 },
    rows: { options },
  };
  const plans = TEMPLATES.filter((t) => ids.has(t.id)).map((t) => t.build(settings));
  writeFileSync(file, await planToXlsx(plans));
}

export async function run() {
  if (!existsSync(TIME)) throw new Error("GNU time (/usr/bin/time) is needed: apt-get install time");
  const work = mkdtempSync(join(tmpdir(), "green-bench-commands-"));
  try {
    const profile = libreOfficeProfile(work);
    const park = join(work, "park.xlsx");
    execFileSync(
      process.execPath,
      [
        join(root, "bin", "green-audit.js"),
        "template",
        "--data",
        join(root, "examples", "sample-park.json"),
        "--out",
        park,
      ],
      { stdio: "ignore" },
    );
    // one untimed start of each program (LibreOffice initialises its profile, the disk cache warms)
    timed(...libreOfficeCommand(profile, [park], join(work, "warm")), work);
    timed(...verifyCommand([park]), work);
    const rows = [...compare("sample park, one file", [park], work, profile, RUNS)];
    const batch = Array.from({ length: 20 }, (_, i) => {
      const copy = join(work, `park-${String(i + 1).padStart(2, "0")}.xlsx`);
      copyFileSync(park, copy);
      return copy;
    });
    rows.push(...compare("sample park, batch of 20", batch, work, profile, RUNS));
    for (const count of SCALE_ROWS) {
      const file = join(work, `options-${count}.xlsx`);
      try {
        await optionsWorkbook(count, file);
        rows.push(
          ...compare(`${count.toLocaleString("en-US")} option rows`, [file], work, profile, count >= 10000 ? 3 : RUNS),
        );
      } catch (error) {
        rows.push({
          metric: `${count.toLocaleString("en-US")} option rows`,
          value: "FAILED",
          unit: "",
          note: String(error?.message ?? error).slice(0, 160),
        });
      }
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
