import { COMMANDS, commandHelp, mainHelp, parseArgs } from '../../../scripts/ops/args';
import { EXIT_USAGE, UsageError } from '../../../scripts/ops/errors';

const usage = (argv: string[]): UsageError => {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).exitCode).toBe(EXIT_USAGE);
    expect((e as Error).message).not.toContain('\n');
    return e as UsageError;
  }
  throw new Error(`parsed: ${argv.join(' ')}`);
};

describe('ops argument parsing', () => {
  it('parses a command, its environment and defaults', () => {
    const p = parseArgs(['status', 'local']);
    expect(p).toMatchObject({ command: 'status', positionals: { env: 'local' } });
    expect(p.flags).toMatchObject({ 'max-slot-lag': 256 * 1024 ** 2, 'max-heartbeat-age': 60, 'max-consumer-lag': 1000, 'max-dlq': 0 });
    expect(p.flags.json).toBeUndefined();
    expect(p.help).toBeUndefined();
  });

  it('reads flags anywhere, with = or a separate value, sizes and numbers', () => {
    const p = parseArgs(['status', '--json', 'prod', '--max-slot-lag=1GB', '--max-dlq', '3']);
    expect(p.positionals).toEqual({ env: 'prod' });
    expect(p.flags).toMatchObject({ json: true, 'max-slot-lag': 1024 ** 3, 'max-dlq': 3 });
  });

  it('--watch takes an optional number of seconds', () => {
    expect(parseArgs(['status', 'local', '--watch']).flags.watch).toBe(5);
    expect(parseArgs(['status', 'local', '--watch', '2']).flags.watch).toBe(2);
    expect(parseArgs(['status', '--watch', 'local']).flags.watch).toBe(5);
    expect(parseArgs(['status', '--watch', 'local']).positionals.env).toBe('local');
    expect(parseArgs(['status', 'local', '--watch=0.5']).flags.watch).toBe(0.5);
  });

  it('parses repair actions with their arguments', () => {
    expect(parseArgs(['repair', 'restart', 'local'])).toMatchObject({ command: 'repair restart', positionals: { env: 'local' } });
    expect(parseArgs(['repair', 'pause', 'local', 'eligibility', '--source'])).toMatchObject({ command: 'repair pause', positionals: { env: 'local', flow: 'eligibility' }, flags: { source: true, timeout: 60 } });
    expect(parseArgs(['repair', 'snapshot', 'local', 'ml.recommendation', '--no-wait'])).toMatchObject({ positionals: { table: 'ml.recommendation' }, flags: { 'no-wait': true } });
    expect(parseArgs(['repair', 'drop-slot', 'local', 'old_slot'])).toMatchObject({ positionals: { slot: 'old_slot' } });
    expect(parseArgs(['preflight', 'dev', '--fix', '--slot-wal-keep-size', '20GB']).flags).toMatchObject({ fix: true, 'slot-wal-keep-size': '20GB' });
  });

  it('answers --help everywhere, before validating anything else', () => {
    expect(parseArgs([]).help).toBe(mainHelp());
    expect(parseArgs(['--help']).help).toBe(mainHelp());
    expect(parseArgs(['status', '--help']).help).toContain('Usage: npm run ops -- status <env>');
    expect(parseArgs(['status', 'nowhere', '--bogus', '-h']).help).toContain('--max-slot-lag <size>');
    expect(parseArgs(['repair', '--help']).help).toContain('drop-slot <env> <slot>');
    expect(parseArgs(['repair', 'snapshot', '--help']).help).toContain('additional-conditions');
    expect(parseArgs(['help', 'bootstrap']).help).toContain('Usage: npm run ops -- bootstrap <env>');
    for (const c of COMMANDS) {
      const help = commandHelp(c);
      expect(help).toContain('--json');
      expect(help).toContain('--help');
      expect(help).toContain('Examples:');
    }
  });

  it('refuses bad input with one line naming it', () => {
    expect(usage(['stauts', 'local']).message).toBe("unknown command 'stauts' (commands: preflight, bootstrap, status, repair)");
    expect(usage(['status']).message).toContain('status needs <env>');
    expect(usage(['status', 'local', 'extra']).message).toContain("unexpected argument 'extra'");
    expect(usage(['status', 'local', '--verbose']).message).toContain("unknown flag '--verbose' for status");
    expect(usage(['status', 'local', '--max-dlq', 'many']).message).toBe("--max-dlq needs a whole number, not 'many'");
    expect(usage(['status', 'local', '--max-slot-lag', 'big']).message).toContain('needs a size');
    expect(usage(['status', 'local', '--max-heartbeat-age']).message).toContain('--max-heartbeat-age needs a value');
    expect(usage(['status', 'local', '--json=yes']).message).toBe('--json takes no value');
    expect(usage(['repair']).message).toContain('repair needs an action');
    expect(usage(['repair', 'explode', 'local']).message).toContain("unknown repair action 'explode'");
    expect(usage(['repair', 'pause', 'local']).message).toContain('needs <flow>');
    expect(usage(['repair', 'restart', 'local', '--source']).message).toContain("unknown flag '--source'");
  });
});
