/** Where a subcommand writes its output and its errors. */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The console: what the `leadway-mock` subcommands write to unless a test gives its own. */
export const CONSOLE_IO: CommandIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * The start every `leadway-mock` subcommand shares: parses its arguments with `parse`. A malformed
 * or unknown option prints the problem and the help (exit code 2); `--help` prints the help (exit
 * code 0). Returns the parsed arguments to go on with, or the exit code to end with.
 */
export function parseSubcommand<T extends { values: { help?: boolean | undefined } }>(
  name: string,
  argv: readonly string[],
  parse: (argv: readonly string[]) => T,
  help: string,
  io: CommandIo,
): T | number {
  let parsed: T;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`leadway-mock ${name}: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(help);
    return 0;
  }
  return parsed;
}
