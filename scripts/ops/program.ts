/**
 * The command line of `smart-cdc`, on commander: the commands of commands.ts become commander
 * commands; commander's errors become one-line {@link UsageError}s (exit 64) that name the command,
 * the flag or the argument. Pure: parsing never touches an engine, so it is unit-tested on its own.
 */
import { Command, CommanderError, Option } from 'commander';
import { CommandSpec, COMMANDS, FlagSpec } from './commands';
import { UsageError } from './errors';
import { CLI } from './io';

export interface Parsed {
  readonly command: string;
  readonly positionals: Record<string, string>;
  readonly flags: Record<string, unknown>;
  /** the help text to print instead of running */
  readonly help?: string;
}

const TOP = ['preflight', 'bootstrap', 'status', 'metrics', 'verify', 'repair'];
const REPAIRS = COMMANDS.filter((c) => c.name.startsWith('repair ')).map((c) => c.name.slice('repair '.length));
const argsUsage = (spec: CommandSpec) => spec.positionals.map((p) => (p.variadic ? `[${p.name}...]` : `<${p.name}>`)).join(' ');

/** commander's error, as the one line the CLI prints (commander's own messages may span lines). */
function usageError(err: CommanderError, cmd: Command, spec?: CommandSpec): UsageError {
  const path = spec?.name ?? cmd.name();
  const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  const usage = spec ? ` (usage: ${path} ${argsUsage(spec)})` : '';
  switch (err.code) {
    case 'commander.unknownCommand':
      return new UsageError(`unknown command '${quoted}' (commands: ${TOP.join(', ')})`);
    case 'commander.unknownOption': {
      const [name] = quoted.split('=');
      const known = spec?.flags.find((f) => `--${f.name}` === name);
      if (known && known.kind === 'boolean') return new UsageError(`${name} takes no value`, path);
      return new UsageError(`unknown flag '${quoted}' for ${path} (see \`${path} --help\`)`, path);
    }
    case 'commander.missingArgument':
      return new UsageError(`${path} needs ${spec!.positionals.slice(cmd.args.length).map((p) => `<${p.name}>`).join(' ')}${usage}`, path);
    case 'commander.excessArguments':
      return new UsageError(`unexpected argument '${cmd.args[spec?.positionals.length ?? 0]}' for ${path}${usage}`, path);
    case 'commander.optionMissingArgument': {
      const [flag, value] = quoted.split(' ');
      return new UsageError(`${flag} needs a value (${value})`, path);
    }
    default:
      return new UsageError(err.message.replace(/^error: /, '').split('\n')[0], path);
  }
}

const isNumber = (s: string) => /^\d+(\.\d+)?$/.test(s);

/**
 * An optional flag value is only ever a number: `status --watch local` means "watch, every 5 s, in
 * local", not "watch every 'local' seconds". Commander would take the next word as the value, so a
 * bare optional flag moves to the end of the line, where it has none.
 */
function normalise(argv: readonly string[], spec: CommandSpec | undefined): string[] {
  const optional = new Set((spec?.flags ?? []).filter((f) => f.kind === 'optional-value').map((f) => `--${f.name}`));
  const out: string[] = [];
  const moved: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (optional.has(a) && !(i + 1 < argv.length && isNumber(argv[i + 1]))) moved.push(a);
    else out.push(a);
  }
  return [...out, ...moved];
}

function option(f: FlagSpec): Option {
  const flags = f.kind === 'boolean' ? `--${f.name}` : f.kind === 'value' ? `--${f.name} <${f.value}>` : `--${f.name} [${f.value}]`;
  const o = new Option(flags, f.description);
  if (f.parse) o.argParser((raw: string) => f.parse!(raw, `--${f.name}`));
  return o;
}

/** The flags of a command as the commands read them: by long name, defaults filled in. */
function flagsOf(cmd: Command, spec: CommandSpec): Record<string, unknown> {
  const flags: Record<string, unknown> = {};
  for (const f of spec.flags) {
    const o = cmd.options.find((x) => x.long === `--${f.name}`)!;
    const raw = cmd.getOptionValue(o.attributeName());
    // commander keeps `--no-wait` as wait=false (the commands read no-wait=true), and a bare optional flag as true
    const v = o.negate ? (raw === false ? true : undefined) : f.kind === 'optional-value' && raw === true ? f.implicit : raw;
    if (v !== undefined) flags[f.name] = v;
    else if (f.default !== undefined) flags[f.name] = f.default;
  }
  return flags;
}

function details(spec: CommandSpec): string {
  return [...(spec.details ? ['', spec.details] : []), '', 'Examples:', ...spec.examples.map((e) => `  ${CLI} ${e}`)].join('\n');
}

const MAIN_DETAILS = [
  '',
  'Environments: local, dev, staging, prod (environments/). Secrets come from TF_VAR_<variable>,',
  'as for Terraform; a database without a configured password uses PGPASSWORD or ~/.pgpass.',
  '',
  'Exit codes: 0 ok/healthy/equal, 1 failed/degraded/different, 2 down (status) or could not verify (verify),',
  '64 bad command line or configuration.',
  '',
  `Every command takes --help and --json. Example: ${CLI} status local --json`,
].join('\n');

/** The commander program; `run` receives the parsed command, `write` the help text. */
export function buildProgram(run: (p: Parsed) => void, write: (text: string) => void): Command {
  const quiet = { writeOut: write, writeErr: write, outputError: () => undefined };
  const program = new Command('smart-cdc')
    .description('operate the SMART CDC pipeline of an environment')
    .usage('<command> <env> [args] [flags]')
    .configureOutput(quiet)
    .exitOverride((e) => {
      throw e.code.startsWith('commander.help') || e.code === 'commander.version' ? e : usageError(e, program);
    })
    .addHelpText('after', MAIN_DETAILS);
  const repair = new Command('repair')
    .description(`${REPAIRS.join(' | ')}`)
    .usage('<action> <env> ... [flags]')
    .argument('[action]')
    .allowUnknownOption()
    .allowExcessArguments()
    .configureOutput(quiet)
    .exitOverride((e) => {
      throw e.code.startsWith('commander.help') ? e : usageError(e, repair);
    })
    .addHelpText('after', `\nRun \`${CLI} repair <action> --help\` for an action's flags.`)
    .action((action?: string) => {
      if (!action) throw new UsageError(`repair needs an action: ${REPAIRS.join(', ').replace(/, ([^,]+)$/, ' or $1')}`, 'repair');
      throw new UsageError(`unknown repair action '${action}' (actions: ${REPAIRS.join(', ')})`, 'repair');
    });

  for (const spec of COMMANDS) {
    const [group, leaf] = spec.name.startsWith('repair ') ? [repair, spec.name.slice('repair '.length)] : [program, spec.name];
    const cmd: Command = group
      .command(leaf)
      .description(spec.summary)
      .configureOutput(quiet)
      .exitOverride((e) => {
        throw e.code.startsWith('commander.help') ? e : usageError(e, cmd, spec);
      })
      .addHelpText('after', details(spec));
    for (const p of spec.positionals) cmd.argument(p.variadic ? `[${p.name}...]` : `<${p.name}>`, p.description);
    for (const f of spec.flags) cmd.addOption(option(f));
    cmd.action((...args: unknown[]) => {
      const positionals = Object.fromEntries(spec.positionals.map((p, i) => [p.name, p.variadic ? ((args[i] as string[] | undefined) ?? []).join(' ') : String(args[i])]));
      run({ command: spec.name, positionals, flags: flagsOf(cmd, spec) });
    });
  }
  program.addCommand(repair);
  return program;
}

/** The spec of the command argv names, if any (to normalise its optional flags). */
function specOf(argv: readonly string[]): CommandSpec | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  return COMMANDS.find((c) => c.name === words.slice(0, c.name.split(' ').length).join(' '));
}

/** Parses argv (without node and script). Throws {@link UsageError}; help comes back as `help`. */
export function parseArgs(argv: readonly string[]): Parsed {
  let parsed: Parsed | undefined;
  let text = '';
  const program = buildProgram(
    (p) => (parsed = p),
    (t) => (text += t),
  );
  try {
    program.parse(argv.length ? normalise(argv, specOf(argv)) : ['--help'], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError && (e.code === 'commander.helpDisplayed' || e.code === 'commander.help')) return { command: '', positionals: {}, flags: {}, help: text.trimEnd() };
    throw e;
  }
  if (!parsed) throw new UsageError(`a command comes first (commands: ${TOP.join(', ')})`);
  return parsed;
}
