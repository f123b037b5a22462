// `npm start`: build the add-in and serve it over HTTPS on https://localhost:3000 (webpack serve, from memory);
// `PORT=3001 npm start` serves it on another port (the served manifest.xml then names that port).
// Certificates: the ones `office-addin-dev-certs install` made (Windows/Mac, trusted by the system) where
// present; otherwise a self-signed localhost certificate made with openssl into .certs/ (git-ignored).
// Nothing on the system is changed: on Linux the browser will warn about the certificate until you
// trust .certs/localhost.crt yourself.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_PORT = 3000;

/** The port from PORT (default 3000), or a plain message and exit when it is not a port number. */
function chosenPort() {
  const raw = process.env.PORT?.trim();
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (/^\d+$/.test(raw) && port >= 1 && port <= 65535) return port;
  console.error(`PORT must be a port number from 1 to 65535, not "${raw}". For example: PORT=3001 npm start`);
  process.exit(1);
}

/**
 * Whether something already listens on the port (another `npm start`, another server). Both loopback
 * addresses count, since a browser may reach "localhost" through either; a machine without IPv6 skips ::1.
 */
function portProblem(port) {
  const tryListen = (host) =>
    new Promise((resolve) => {
      const probe = createServer();
      probe.once("error", (error) =>
        resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT" ? undefined : error.code),
      );
      probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
    });
  return tryListen("127.0.0.1").then((v4) => v4 ?? tryListen("::1"));
}

function explainPort(port, code) {
  const next = port === 65535 ? 3001 : port + 1;
  const why =
    code === "EADDRINUSE"
      ? `Port ${port} is already in use — probably another \`npm start\` or another development server.`
      : `Port ${port} cannot be used (${code}).`;
  return [
    why,
    `Stop the program that uses it, or serve GreenAudit on another port:`,
    "",
    `  PORT=${next} npm start`,
    "",
  ].join("\n");
}

const port = chosenPort();
const busy = await portProblem(port);
if (busy) {
  console.error(explainPort(port, busy));
  process.exit(1);
}
const ORIGIN = `https://localhost:${port}`;
const PANE_URL = `${ORIGIN}/taskpane.html`;

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
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-sha256",
      "-days",
      "365",
      "-keyout",
      join(dir, "localhost.key"),
      "-out",
      join(dir, "localhost.crt"),
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  if (made.status !== 0) {
    console.error(
      "Could not create a localhost certificate: openssl is missing or failed. Install openssl, or run `npx office-addin-dev-certs install` (Windows/Mac).",
    );
    process.exit(1);
  }
  return { dir, made: true };
}

function instructions(cert) {
  return [
    "",
    "GreenAudit is served.",
    `  Task pane:      ${PANE_URL}   (in a plain browser it runs in file mode)`,
    `  Functions:      ${ORIGIN}/functions.json`,
    `  Certificate:    ${cert.dir}${cert.made ? " (new self-signed localhost certificate; not installed in the system — your browser will warn)" : ""}`,
    "",
    ...(port === DEFAULT_PORT
      ? ["Sideload manifest.xml into Excel:"]
      : [
          `The manifest.xml in this folder names port ${DEFAULT_PORT}: save ${ORIGIN}/manifest.xml (it names port ${port})`,
          "and use that file as manifest.xml below. Sideload it into Excel:",
        ]),
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
  env: { ...process.env, GREEN_AUDIT_CERT_DIR: cert.dir, PORT: String(port) },
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
