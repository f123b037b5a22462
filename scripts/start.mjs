// `npm start`: build the add-in and serve it over HTTPS on https://localhost:3000 (webpack serve, from memory).
// Certificates: the ones `office-addin-dev-certs install` made (Windows/Mac, trusted by the system) where
// present; otherwise a self-signed localhost certificate made with openssl into .certs/ (git-ignored).
// Nothing on the system is changed: on Linux the browser will warn about the certificate until you
// trust .certs/localhost.crt yourself.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PANE_URL = "https://localhost:3000/taskpane.html";

function certificateDir() {
  const devCerts = join(homedir(), ".office-addin-dev-certs");
  if (existsSync(join(devCerts, "localhost.crt")) && existsSync(join(devCerts, "localhost.key"))) {
    return { dir: devCerts, made: false };
  }
  const dir = join(root, ".certs");
  if (existsSync(join(dir, "localhost.crt")) && existsSync(join(dir, "localhost.key"))) return { dir, made: false };
  mkdirSync(dir, { recursive: true });
  const made = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "365",
     "-keyout", join(dir, "localhost.key"), "-out", join(dir, "localhost.crt"),
     "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
    { stdio: "ignore" },
  );
  if (made.status !== 0) {
    console.error("Could not create a localhost certificate: openssl is missing or failed. Install openssl, or run `npx office-addin-dev-certs install` (Windows/Mac).");
    process.exit(1);
  }
  return { dir, made: true };
}

function instructions(cert) {
  return [
    "",
    "GreenAudit is served.",
    `  Task pane:      ${PANE_URL}   (in a plain browser it runs in file mode)`,
    "  Functions:      https://localhost:3000/functions.json",
    `  Certificate:    ${cert.dir}${cert.made ? " (new self-signed localhost certificate; not installed in the system — your browser will warn)" : ""}`,
    "",
    "Sideload manifest.xml into Excel:",
    "  Windows / Mac:  npx office-addin-dev-certs install   (once, trusts the certificate)",
    "                  npx office-addin-debugging start manifest.xml   (opens Excel with the add-in)",
    "                  or copy manifest.xml into a shared-folder catalog (Windows) /",
    "                  ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef (Mac).",
    "  Excel on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in > manifest.xml",
    "                  (the browser must trust the localhost certificate).",
    "",
  ].join("\n");
}

const cert = certificateDir();
const webpackCli = join(root, "node_modules", "webpack", "bin", "webpack.js");
const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
  cwd: root,
  env: { ...process.env, GREEN_AUDIT_CERT_DIR: cert.dir },
  stdio: ["inherit", "pipe", "inherit"],
});
let announced = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /compiled (successfully|with)/.test(chunk.toString())) {
    announced = true;
    console.log(instructions(cert));
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
