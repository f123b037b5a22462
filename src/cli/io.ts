import type { Command } from "commander";

/** The command line's only contact with the outside world, so tests can capture it. */
export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

/** Exit codes of README.md: 0 fine, 1 findings with errors (verify), 2 usage error or unreadable file. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * A subcommand: it adds itself to the program and reports its exit code through `exit`.
 * main.ts lists every command (catalog, template, verify) in COMMANDS.
 */
export interface CliCommand {
  readonly name: string;
  register(program: Command, io: CliIo, exit: (code: number) => void): void;
}
