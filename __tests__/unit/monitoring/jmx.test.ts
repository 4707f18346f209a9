import { readFileSync } from 'fs';
import { join } from 'path';
import { Engine, JMX_METRICS } from '../../../monitoring/jmx';

/**
 * The JMX exporter rule files write every series jmx.ts names (the alert rules and dashboards read
 * them by those names); the e2e metrics test scrapes the real agents for the same list.
 */

/** The series a rule file can write: each rule's name with its `$n` groups expanded over the pattern's alternatives, lowercased as the file asks. */
function written(engine: Engine): Set<string> {
  const text = readFileSync(join(__dirname, '../../../monitoring/jmx', `${engine}.yml`), 'utf8');
  expect(text).toMatch(/^lowercaseOutputName: true$/m);
  const names = new Set<string>();
  const rules = text.split(/\n {2}- pattern: /).slice(1);
  for (const rule of rules) {
    const pattern = rule.slice(0, rule.indexOf('\n'));
    const name = /\n {4}name: (\S+)/.exec(rule)![1];
    const groups = [...pattern.matchAll(/\(([^()?]*)\)/g)].map((g) => g[1].split('|'));
    let out = [name];
    for (const [, n] of name.matchAll(/\$(\d)/g)) out = out.flatMap((x) => groups[Number(n) - 1].map((alt) => x.replace(`$${n}`, alt)));
    for (const x of out) names.add(x.toLowerCase());
  }
  return names;
}

describe('JMX exporter rules (monitoring/jmx/*.yml)', () => {
  it.each(Object.entries(JMX_METRICS))('%s: written by a rule of its engine', (_key, m) => {
    expect(written(m.engine)).toContain(m.name);
  });

  it('a name that no rule writes is caught', () => {
    expect(written('connect')).not.toContain('debezium_postgres_streaming_nosuchmetric');
    expect(written('kafka')).not.toContain(JMX_METRICS.sourceConnected.name);
  });
});
