import { Progress } from '../../../scripts/ops/progress';

const sink = () => {
  const out: string[] = [];
  return { out, stream: { write: (s: string) => out.push(s), columns: 60 } };
};

describe('ops progress display', () => {
  it('prints plain timestamped lines when not on a terminal, on state changes', () => {
    const { out, stream } = sink();
    let t = 0;
    const p = new Progress(stream, false, () => t, 5_000);
    p.set('a', 'stack', 'running', '1/10');
    t = 1_000;
    p.set('a', 'stack', 'running', '2/10'); // throttled: same state, too soon
    t = 7_000;
    p.set('a', 'stack', 'running', '3/10');
    p.set('a', 'stack', 'done', '10 applied');
    p.set('a', 'stack', 'done', '10 applied'); // unchanged: nothing
    p.close();
    expect(out).toEqual(['[   0.0s] stack: running — 1/10\n', '[   7.0s] stack: running — 3/10\n', '[   7.0s] stack: done — 10 applied\n']);
    expect(out.join('')).not.toContain('\x1b');
  });

  it('redraws a block of lines in place on a terminal', () => {
    const { out, stream } = sink();
    const p = new Progress(stream, true, () => 0);
    p.set('a', 'preflight', 'done', '19 ok');
    p.set('b', 'snapshot warehouse', 'running', 'x'.repeat(100));
    p.close();
    const last = out[out.length - 1];
    expect(last.startsWith('\x1b[2F')).toBe(true); // back to the top of the 2-line block
    expect(last).toContain('✔ preflight');
    const lines = last.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.replace(/\x1b\[[0-9]*[A-Z]/g, '').length).toBeLessThan(60);
  });
});
