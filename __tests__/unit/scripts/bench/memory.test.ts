import { spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { JIT_THREADS, JitCpu, jitShare, threadCpuSeconds, treeCpuSeconds } from '../../../../scripts/bench/memory';

const sample = (kafka: [number, number], connect: [number, number]): JitCpu => ({
  kafka: { total: kafka[0], compiler: kafka[1] },
  connect: { total: connect[0], compiler: connect[1] },
});

describe('the JIT share of the JVM engines’ CPU', () => {
  it('is what both compilers took of both engines’ CPU between two samples', () => {
    // Connect: 10 s, 4 of them compiling; Kafka: 2 s, 1 compiling
    expect(jitShare(sample([5, 1], [20, 6]), sample([7, 2], [30, 10]))).toBeCloseTo(5 / 12);
    expect(jitShare(sample([5, 1], [20, 6]), sample([5, 1], [20, 6]))).toBe(0);
  });
});

describe('CPU of named threads', () => {
  it("finds a real JVM's JIT compiler threads and counts their CPU within the process's", async () => {
    // a JVM that compiles a hot loop, prints, then waits on stdin (kept open) until killed
    const dir = mkdtempSync(join(tmpdir(), 'jit-'));
    writeFileSync(join(dir, 'Spin.java'), 'class Spin { public static void main(String[] a) throws Exception { long s = 0; for (int i = 0; i < 50_000_000; i++) s += Integer.toString(i).hashCode(); System.out.println(s); System.in.read(); } }');
    const java = spawn('java', ['-Xmx64m', '-XX:+UseSerialGC', join(dir, 'Spin.java')], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((done, fail) => {
        java.stdout.once('data', () => done());
        java.once('exit', (code) => fail(new Error(`java exited ${code}`)));
      });
      const compiler = threadCpuSeconds(java.pid!, JIT_THREADS);
      expect(compiler).toBeGreaterThan(0);
      expect(compiler).toBeLessThan(treeCpuSeconds(java.pid!));
      expect(threadCpuSeconds(java.pid!, /^no such thread$/)).toBe(0);
    } finally {
      java.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
