import { firstLine, formatBytes, formatDuration, parseSize, renderTable, rootCause, versionAtLeast } from '../../../scripts/ops/format';

describe('ops formatting', () => {
  it('formats sizes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(272)).toBe('272 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(256 * 1024 ** 2)).toBe('256 MiB');
    expect(formatBytes(3.25 * 1024 ** 3)).toBe('3.3 GiB');
    expect(formatBytes(null)).toBe('-');
  });

  it('parses sizes as PostgreSQL does (kB = 1024 B)', () => {
    expect(parseSize('1048576')).toBe(1048576);
    expect(parseSize('512kB')).toBe(512 * 1024);
    expect(parseSize('256MB')).toBe(256 * 1024 ** 2);
    expect(parseSize('1GiB')).toBe(1024 ** 3);
    expect(parseSize('10 GB')).toBe(10 * 1024 ** 3);
    expect(parseSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('lots')).toBeUndefined();
    expect(parseSize('-1')).toBeUndefined();
  });

  it('formats durations compactly', () => {
    expect(formatDuration(4.6)).toBe('5s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(7300)).toBe('2h01m');
    expect(formatDuration(90000)).toBe('1d01h');
    expect(formatDuration(null)).toBe('-');
  });

  it('keeps the first line of a Java trace', () => {
    expect(firstLine('org.apache.kafka.connect.errors.ConnectException: boom\n\tat x.y(Z.java:1)')).toBe('org.apache.kafka.connect.errors.ConnectException: boom');
    expect(firstLine(undefined)).toBe('');
    expect(firstLine('x'.repeat(300)).length).toBe(160);
  });

  it('renders aligned tables without trailing blanks', () => {
    expect(renderTable(['A', 'LONGER'], [['one', 'x'], ['three', '']]).split('\n')).toEqual(['  A      LONGER', '  one    x', '  three']);
  });

  it('compares dotted versions numerically', () => {
    expect(versionAtLeast('3.6.1.Final', '3.0')).toBe(true);
    expect(versionAtLeast('3.10.0', '3.6')).toBe(true);
    expect(versionAtLeast('2.7.4.Final', '3.0')).toBe(false);
    expect(versionAtLeast('4.3.0', '3.6')).toBe(true);
    expect(versionAtLeast(undefined, '1')).toBe(false);
  });
});

describe('rootCause', () => {
  it('is the deepest "Caused by" of a Connect trace, without the parts that quote row values', () => {
    const trace = [
      'org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.',
      '\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:658)',
      'Caused by: org.apache.kafka.connect.errors.ConnectException: JDBC sink connector failure',
      'Caused by: org.postgresql.util.PSQLException: ERROR: new row for relation "eligibility" violates check constraint "score_max"  Detail: Failing row contains (b0000000, 0.95).',
      '\t... 11 more',
    ].join('\n');
    expect(rootCause(trace)).toBe('org.postgresql.util.PSQLException: ERROR: new row for relation "eligibility" violates check constraint "score_max"');
    expect(rootCause('java.sql.BatchUpdateException: Batch entry 0 INSERT INTO t VALUES (\'secret\') was aborted')).toBe('java.sql.BatchUpdateException:');
    expect(rootCause('just one line')).toBe('just one line');
    expect(rootCause(undefined)).toBe('');
  });
});
