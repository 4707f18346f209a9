import { COMMANDS } from '../../../scripts/ops/commands';
import { parseArgs } from '../../../scripts/ops/program';
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

describe('smart-cdc command line (commander)', () => {
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
    const main = parseArgs([]).help!;
    expect(main).toContain('Usage: smart-cdc <command> <env> [args] [flags]');
    for (const c of ['preflight', 'bootstrap', 'status', 'verify', 'repair']) expect(main).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    expect(main).toContain('Exit codes: 0 ok/healthy/equal, 1 failed/degraded/different, 2 down (status) or could not verify (verify),\n64 bad command line or configuration.');
    expect(parseArgs(['--help']).help).toBe(main);
    expect(parseArgs(['status', '--help']).help).toContain('Usage: smart-cdc status [options] <env>');
    expect(parseArgs(['status', 'nowhere', '--bogus', '-h']).help).toContain('--max-slot-lag <size>');
    expect(parseArgs(['repair', '--help']).help).toMatch(/drop-slot \[options\] <env> <slot>/);
    expect(parseArgs(['repair', 'snapshot', '--help']).help).toContain('additional-conditions');
    expect(parseArgs(['help', 'bootstrap']).help).toContain('Usage: smart-cdc bootstrap [options] <env>');
    for (const c of COMMANDS) {
      const help = parseArgs([...c.name.split(' '), '--help']).help!;
      expect(help).toContain('--json');
      expect(help).toContain('--help');
      expect(help).toContain('Examples:');
      for (const e of c.examples) expect(help).toContain(`npx smart-cdc ${e}`);
    }
  });

  it('reads --no-wait as a flag of its own', () => {
    expect(parseArgs(['repair', 'snapshot', 'local', 'ml.recommendation']).flags['no-wait']).toBeUndefined();
    expect(parseArgs(['repair', 'snapshot', 'local', 'ml.recommendation', '--no-wait']).flags['no-wait']).toBe(true);
  });

  it('refuses bad input with one line naming it', () => {
    expect(usage(['stauts', 'local']).message).toBe("unknown command 'stauts' (commands: preflight, bootstrap, status, metrics, verify, repair)");
    expect(usage(['metrics', 'local', '--listen', '9187']).message).toBe("--listen needs host:port, such as 127.0.0.1:9187, not '9187'");
    expect(usage(['metrics', 'local', '--listen', '127.0.0.1:70000']).message).toBe("--listen needs host:port, such as 127.0.0.1:9187, not '127.0.0.1:70000'");
    expect(parseArgs(['metrics', 'local', '--listen', '[::1]:9187']).flags.listen).toEqual({ host: '::1', port: 9187 });
    expect(usage(['status']).message).toBe('status needs <env> (usage: status <env>)');
    expect(usage(['status', 'local', 'extra']).message).toBe("unexpected argument 'extra' for status (usage: status <env>)");
    expect(usage(['status', 'local', '--verbose']).message).toBe("unknown flag '--verbose' for status (see `status --help`)");
    expect(usage(['status', 'local', '--verbose']).helpFor).toBe('status');
    expect(usage(['status', 'local', '--max-dlq', 'many']).message).toBe("--max-dlq needs a whole number, not 'many'");
    expect(usage(['status', 'local', '--max-slot-lag', 'big']).message).toContain('needs a size');
    expect(usage(['status', 'local', '--max-heartbeat-age']).message).toBe('--max-heartbeat-age needs a value (<seconds>)');
    expect(usage(['status', 'local', '--watch', '-1']).message).toContain("unexpected argument '-1' for status");
    expect(usage(['status', 'local', '--json=yes']).message).toBe('--json takes no value');
    expect(usage(['repair']).message).toBe('repair needs an action: restart, pause, resume, stop, snapshot, replay, discard, reconcile, resync, backfill or drop-slot');
    expect(usage(['repair', 'explode', 'local']).message).toBe("unknown repair action 'explode' (actions: restart, pause, resume, stop, snapshot, replay, discard, reconcile, resync, backfill, drop-slot)");
    expect(usage(['repair', 'pause', 'local']).message).toBe('repair pause needs <flow> (usage: repair pause <env> <flow>)');
    expect(usage(['repair', 'snapshot']).message).toBe('repair snapshot needs <env> <table> (usage: repair snapshot <env> <table>)');
    expect(usage(['repair', 'restart', 'local', '--source']).message).toContain("unknown flag '--source'");
  });
});
