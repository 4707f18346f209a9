#!/usr/bin/env node
/**
 * `npm run test:mutation [-- <stryker options>]`: runs StrykerJS (stryker.config.json), then writes
 * build/mutation/summary.txt from its JSON report: the mutation score, the mutants per status in
 * total and per file, and each surviving or uncovered mutant, marked as explained when
 * tools/mutation/SURVIVORS.md lists it (same file:line and mutator).
 * Options go to Stryker, e.g. `-- --concurrency 1` or `-- --mutate catalogue/derive.ts`.
 */
const { spawnSync } = require('child_process');
const { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } = require('fs');
const { join, resolve } = require('path');

const root = resolve(__dirname, '../..');
const report = join(root, 'build/mutation/mutation.json');
const summaryFile = join(root, 'build/mutation/summary.txt');
const survivorsFile = join(__dirname, 'SURVIVORS.md');

/** Statuses of the mutation-testing-elements schema, in the order the summary prints them. */
const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored', 'Pending'];

/** Detected / (detected + undetected), as Stryker computes its mutation score; errors and ignored mutants do not count. */
function score(c) {
  const detected = (c.Killed || 0) + (c.Timeout || 0);
  const valid = detected + (c.Survived || 0) + (c.NoCoverage || 0);
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)}%`;
}

/** `file:line mutator` of each mutant SURVIVORS.md explains (its table rows start with them). */
function explained() {
  if (!existsSync(survivorsFile)) return new Set();
  const keys = new Set();
  for (const line of readFileSync(survivorsFile, 'utf8').split('\n')) {
    const m = /^\|\s*`?([^|`]+:\d+)`?\s*\|\s*(\w+)\s*\|/.exec(line);
    if (m) keys.add(`${m[1].trim()} ${m[2]}`);
  }
  return keys;
}

function summarize(json, seconds) {
  const known = explained();
  const total = {};
  const lines = [];
  const open = [];
  for (const [file, { mutants }] of Object.entries(json.files).sort(([a], [b]) => a.localeCompare(b))) {
    const c = {};
    for (const m of mutants) {
      c[m.status] = (c[m.status] || 0) + 1;
      total[m.status] = (total[m.status] || 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const key = `${file}:${m.location.start.line} ${m.mutatorName}`;
        open.push(`  ${known.has(key) ? 'explained  ' : 'UNEXPLAINED'} ${m.status} ${key} -> ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
    lines.push(`  ${file}: score ${score(c)}; ${STATUSES.filter((s) => c[s]).map((s) => `${s} ${c[s]}`).join(', ')}`);
  }
  const count = Object.values(total).reduce((a, b) => a + b, 0);
  return [
    `Mutation testing (StrykerJS), ${new Date().toISOString()}${seconds ? `, ${Math.round(seconds / 60)} min` : ''}`,
    `Mutation score: ${score(total)} (${count} mutants; ${STATUSES.filter((s) => total[s]).map((s) => `${s} ${total[s]}`).join(', ')})`,
    'Per file:',
    ...lines,
    `Surviving and uncovered mutants (${open.length}; explained ones are listed in tools/mutation/SURVIVORS.md):`,
    ...(open.length ? open : ['  none']),
    '',
  ].join('\n');
}

if (require.main === module) {
  const started = Date.now();
  const args = process.argv.slice(2);
  // --summary-only: summarize the existing report without running Stryker
  let status = 0;
  if (!args.includes('--summary-only')) {
    const run = spawnSync(join(root, 'node_modules/.bin/stryker'), ['run', ...args], { cwd: root, stdio: 'inherit' });
    status = run.status ?? 1;
    if (!existsSync(report) || statSync(report).mtimeMs < started) {
      console.error('test:mutation: Stryker wrote no report in this run');
      process.exit(status || 1);
    }
  }
  const text = summarize(JSON.parse(readFileSync(report, 'utf8')), args.includes('--summary-only') ? 0 : (Date.now() - started) / 1000);
  mkdirSync(join(root, 'build/mutation'), { recursive: true });
  writeFileSync(summaryFile, text);
  process.stdout.write(text);
  process.exit(status);
}

module.exports = { summarize, score };
