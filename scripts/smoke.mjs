// Production-build smoke test: dist/manifest.xml, dist/functions.json and dist/taskpane.html
// exist and reference each other consistently. Run after `npm run build`; exits non-zero with reasons.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const failures = [];
let checks = 0;
function check(condition, message) {
  checks += 1;
  if (!condition) failures.push(message);
}
const read = (name) => readFileSync(join(dist, name), "utf8");

for (const name of [
  "manifest.xml",
  "functions.json",
  "functions.zh-CN.json",
  "functions.html",
  "taskpane.html",
  "functions.js",
  "taskpane.js",
  "commands.js",
]) {
  check(existsSync(join(dist, name)), `dist/${name} is missing`);
}
if (failures.length) finish();

// manifest → files: every URL on the manifest's origin names a file in dist/
const manifest = read("manifest.xml");
// DefaultValue and the locale overrides' Value (functions.zh-CN.json for zh-CN Excel)
const urls = [...manifest.matchAll(/(?:Default)?Value="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
const origins = new Set(urls.map((u) => new URL(u).origin));
check(origins.size === 1, `manifest URLs span ${origins.size} origins: ${[...origins].join(", ")}`);
const base = urls.find((u) => u.endsWith("/taskpane.html"))?.replace(/taskpane\.html$/, "");
check(base !== undefined, "manifest has no taskpane.html URL");
for (const url of urls) {
  const path = url.slice(base.length);
  check(existsSync(join(dist, path)), `manifest names ${url} but dist/${path} does not exist`);
}
for (const needed of ["functions.js", "functions.json", "functions.zh-CN.json", "taskpane.html"]) {
  check(urls.includes(base + needed), `manifest does not reference ${needed}`);
}

// functions.json ↔ functions.js: the same ids, each associated when the chunk loads
const metadata = JSON.parse(read("functions.json"));
const ids = metadata.functions.map((f) => f.id);
check(ids.length > 0, "functions.json declares no function");
check(new Set(ids).size === ids.length, "functions.json has duplicate ids");
for (const id of ids)
  check(/^[A-Z][A-Z0-9_.]{2,}$/.test(id), `function id ${id} is not an ASCII upper-case id of ≥ 3 characters`);
const functionsJs = read("functions.js");
const associated = [...functionsJs.matchAll(/CustomFunctions\.associate\("([^"]+)"/g)].map((m) => m[1]);
check(
  JSON.stringify([...associated].sort()) === JSON.stringify([...ids].sort()),
  `functions.js associates [${associated}] but functions.json declares [${ids}]`,
);
check(
  !/@fluentui|react-dom|__SECRET_INTERNALS|createElement\(/.test(functionsJs),
  "functions.js contains UI code (React/Fluent)",
);
check(/<bt:String id="Functions.Namespace" DefaultValue="GREEN"\/>/.test(manifest), "manifest namespace is not GREEN");

// functions.zh-CN.json: the same functions and parameters as functions.json, described in Chinese
const CJK = /[\u4e00-\u9fff]/;
const localized = JSON.parse(read("functions.zh-CN.json"));
const withoutDescription = (x) => ({ ...x, description: undefined });
const shape = (m) =>
  JSON.stringify(
    m.functions.map((fn) => ({ ...withoutDescription(fn), parameters: (fn.parameters ?? []).map(withoutDescription) })),
  );
check(
  shape(localized) === shape(metadata),
  "functions.zh-CN.json differs from functions.json in ids, names, parameters, results or help URLs",
);
for (const fn of localized.functions) {
  check(CJK.test(fn.description ?? ""), `functions.zh-CN.json: ${fn.id} has no Chinese description`);
  for (const p of fn.parameters ?? [])
    check(CJK.test(p.description ?? ""), `functions.zh-CN.json: ${fn.id}.${p.name} has no Chinese description`);
}
// every helpUrl is on the manifest's origin and names a section of dist/functions.html
const helpPage = read("functions.html");
for (const fn of metadata.functions) {
  check(
    typeof fn.helpUrl === "string" && fn.helpUrl === `${base}functions.html#${fn.id}`,
    `${fn.id} helpUrl ${fn.helpUrl} is not ${base}functions.html#${fn.id}`,
  );
  check(new RegExp(`\\sid=["']?${fn.id}["'\\s>]`).test(helpPage), `functions.html has no section for ${fn.id}`);
}

// taskpane.html: loads office.js (CDN in production), then functions before the UI, all present in dist/
const html = read("taskpane.html");
const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
check(
  scripts[0] === OFFICE_JS_CDN,
  `taskpane.html must load office.js from Microsoft's CDN first, found ${scripts[0]}`,
);
const local = scripts.slice(1);
check(
  local.indexOf("functions.js") !== -1 && local.indexOf("functions.js") < local.indexOf("taskpane.js"),
  "functions.js must load before taskpane.js",
);
for (const src of local) {
  check(!/^[a-z]+:\/\//i.test(src) && !src.startsWith("//"), `taskpane.html loads ${src} from outside its origin`);
  check(existsSync(join(dist, src)), `taskpane.html loads ${src}, missing from dist/`);
}

// nothing in dist/ names another origin than the CDN's office.js (no network at run time)
for (const file of readdirSync(dist).filter((f) => /\.(js|html)$/.test(f))) {
  const text = read(file);
  const external = [...text.matchAll(/https?:\/\/[a-z0-9.-]+[^\s"'`)<>]*/gi)]
    .map((m) => m[0])
    .filter(
      (u) => u !== OFFICE_JS_CDN && !/^https?:\/\/(www\.w3\.org|reactjs\.org|react\.dev|fb\.me|localhost)/.test(u),
    );
  check(
    !/<(script|link|img)[^>]+src=["']?https?:\/\/(?!appsforoffice\.microsoft\.com)/i.test(text),
    `${file} loads a resource from another origin`,
  );
  if (file.endsWith(".html")) check(external.length === 0, `${file} names external URLs: ${external.join(", ")}`);
}

// the office-addin-manifest tool parses the built manifest offline
const cli = join(root, "node_modules", "office-addin-manifest", "cli.js");
const info = spawnSync(
  process.execPath,
  [
    existsSync(cli) ? cli : join(root, "node_modules", "office-addin-manifest", "lib", "cli.js"),
    "info",
    join(dist, "manifest.xml"),
  ],
  { encoding: "utf8" },
);
check(
  info.status === 0 && /97904695-5198-4fe5-b40a-9ec28096a551/.test(info.stdout),
  `office-addin-manifest info failed: ${info.stderr || info.stdout}`,
);

finish();

function finish() {
  for (const f of failures) console.error(`smoke: ${f}`);
  console.log(`smoke: ${checks - failures.length} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}
