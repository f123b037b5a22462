/**
 * `green-audit` command line (README.md). `run` is the whole program: bin/green-audit.js only passes
 * process.argv and sets the exit code, and tests call `run` directly with a captured `CliIo`.
 */
import { Command, CommanderError } from "commander";
import { catalogCommand } from "./catalog";
import { collectCommand } from "./collect";
import { exportCommand } from "./export";
import { mergeCommand } from "./merge";
import { templateCommand } from "./template";
import { verifyCommand } from "./verify";
import { packageVersion } from "./version";
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";

export type { CliCommand, CliIo } from "./io";

const COMMANDS: readonly CliCommand[] = [
  catalogCommand,
  templateCommand,
  verifyCommand,
  exportCommand,
  collectCommand,
  mergeCommand,
];

/** Commander's message on one line, e.g. "error: unknown command 'foo' (Did you mean catalog?)". */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command("green-audit");
  program
    .description("GreenAudit: green diagnoses and cleaner-production audits of industrial parks")
    .version(packageVersion(), "-V, --version", "print the version and exit")
    .exitOverride()
    // Commander's own error text is re-emitted below as one line; help goes to stdout.
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: () => undefined, outputError: () => undefined })
    .showSuggestionAfterError(true);
  for (const command of COMMANDS) command.register(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT_OK;
      if (error.code === "commander.help") {
        io.stderr(
          `green-audit: missing command; available: ${COMMANDS.map((c) => c.name).join(", ")} (see green-audit --help)\n`,
        );
        return EXIT_USAGE;
      }
      io.stderr(`green-audit: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`green-audit: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}
