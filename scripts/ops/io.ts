/** How a command talks to its user: output streams, and the name the user types to run the CLI. */

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isTTY: boolean;
}

/** The command line that runs the CLI (the `bin` entry of package.json), as hints and help texts show it. */
export const CLI = 'npx smart-cdc';

/** Standard output and error, each text ending in one newline. */
export const processIo: Io = {
  out: (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTTY: !!process.stdout.isTTY,
};
