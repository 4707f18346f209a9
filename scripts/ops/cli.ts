/**
 * smart-cdc ops — the operations CLI of the SMART CDC pipeline.
 *
 *   npm run ops -- <command> <env> [args] [flags]      (npm run ops -- --help)
 *
 * Commands load lazily: `status` and `repair` never load cdktf or the stacks.
 * Every failure is one line on stderr and a non-zero exit code; see args.ts for the grammar.
 */
import { parseArgs } from './args';
import { describeError, EXIT_USAGE, OpsError, UsageError } from './errors';

const io = {
  out: (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTTY: !!process.stdout.isTTY,
};

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.help !== undefined) {
    io.out(parsed.help);
    return 0;
  }
  const env = parsed.positionals.env;
  const { loadContext } = await import('./context');
  switch (parsed.command) {
    case 'status': {
      const { runStatus } = await import('./status');
      return runStatus(loadContext(env), parsed.flags, io);
    }
    case 'preflight': {
      const { runPreflight } = await import('./preflight');
      return runPreflight(loadContext(env), parsed.flags, io);
    }
    case 'bootstrap': {
      const { runBootstrap } = await import('./bootstrap');
      return runBootstrap(loadContext(env), parsed.flags, io);
    }
    default: {
      const { runRepair } = await import('./repair');
      return runRepair(parsed.command.replace(/^repair /, ''), loadContext(env), parsed.positionals, parsed.flags, io);
    }
  }
}

function fail(e: unknown): number {
  if (e instanceof UsageError) {
    io.err(`error: ${e.message}`);
    if (e.helpFor) io.err(`(run \`npm run ops -- ${e.helpFor} --help\` for usage)`);
    return EXIT_USAGE;
  }
  io.err(`error: ${describeError(e)}`);
  return e instanceof OpsError ? e.exitCode : 1;
}

if (require.main === module) {
  // one line, never a stack trace, even for what escapes a command
  process.on('unhandledRejection', (e) => process.exit(fail(e)));
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => process.exit(fail(e)),
  );
}
