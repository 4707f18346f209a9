import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { homedir, tmpdir } from 'os';
import { join } from 'path';

/** The pull-request workflows, checked by actionlint (installed by scripts/test.sh from the Go module proxy). */
const ROOT = join(__dirname, '..', '..', '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const PATH = [join(homedir(), '.cache', 'smart-cdc', 'bin'), join(homedir(), 'go', 'bin'), process.env.PATH].join(':');
const actionlint = (...files: string[]) => spawnSync('actionlint', ['-no-color', ...files], { env: { ...process.env, PATH }, encoding: 'utf8' });

describe('GitHub Actions workflows', () => {
  it('actionlint is installed (scripts/test.sh installs it)', () => {
    const v = spawnSync('actionlint', ['-version'], { env: { ...process.env, PATH }, encoding: 'utf8' });
    expect(v.error).toBeUndefined();
    expect(v.status).toBe(0);
  });

  it('pass actionlint', () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(WORKFLOWS, f));
    expect(files.length).toBeGreaterThan(0);
    const r = actionlint(...files);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a broken workflow fails the check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-'));
    const file = join(dir, 'broken.yml');
    writeFileSync(file, 'on: pull_request\njobs:\n  plan:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ matrix.nope }}"\n');
    const r = actionlint(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/matrix/);
  });
});
