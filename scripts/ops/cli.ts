/**
 * smart-cdc — the operations CLI of the SMART CDC pipeline (the `bin` of package.json).
 *
 *   npx smart-cdc <command> <env> [args] [flags]      (npx smart-cdc --help)
 *
 * Commands load lazily: `status` and `repair` never load cdktf or the stacks.
 * Every failure is one line on stderr and a non-zero exit code; see program.ts for the grammar.
 */
import { describeError, EXIT_USAGE, OpsError, UsageError } from './errors';
import { CLI, processIo as io } from './io';
import { parseArgs } from './program';

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.help !== undefined) {
    io.out(parsed.help);
    return 0;
  }
  const env = parsed.positionals.env;
  // commands load lazily, with require(): the one module hook tsx needs for it is CommonJS's
  const { loadContext } = require('./context') as typeof import('./context');
  switch (parsed.command) {
    case 'status': {
      const { runStatus } = require('./status') as typeof import('./status');
      return runStatus(loadContext(env), parsed.flags, io);
    }
    case 'metrics': {
      const { runMetrics } = require('./metrics') as typeof import('./metrics');
      return runMetrics(loadContext(env, parsed.flags.rules ? [] : undefined), parsed.flags, io);
    }
    case 'preflight': {
      const { runPreflight } = require('./preflight') as typeof import('./preflight');
      return runPreflight(loadContext(env), parsed.flags, io);
    }
    case 'verify': {
      const { runVerify } = require('./verify') as typeof import('./verify');
      return runVerify(loadContext(env, ['databases']), parsed.positionals.flows.split(' ').filter(Boolean), parsed.flags, io);
    }
    case 'bootstrap': {
      const { runBootstrap } = require('./bootstrap') as typeof import('./bootstrap');
      return runBootstrap(loadContext(env), parsed.flags, io);
    }
    default: {
      const { runRepair } = require('./repair') as typeof import('./repair');
      return runRepair(parsed.command.replace(/^repair /, ''), loadContext(env), parsed.positionals, parsed.flags, io);
    }
  }
}

function fail(e: unknown): number {
  if (e instanceof UsageError) {
    io.err(`error: ${e.message}`);
    if (e.helpFor) io.err(`(run \`${CLI} ${e.helpFor} --help\` for usage)`);
    return EXIT_USAGE;
  }
  io.err(`error: ${describeError(e)}`);
  return e instanceof OpsError ? e.exitCode : 1;
}

/** Runs the CLI and exits with its code: one line, never a stack trace, even for what escapes a command. */
export function run(argv: readonly string[]): void {
  process.on('unhandledRejection', (e) => process.exit(fail(e)));
  main(argv).then(
    (code) => process.exit(code),
    (e) => process.exit(fail(e)),
  );
}

if (require.main === module) run(process.argv.slice(2));
