import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Panel } from '@grafana/schema';
import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { ENVIRONMENT_NAMES } from '../../../environments/schema';
import { dashboard, dashboardFile, dashboardQueries } from '../../../monitoring/dashboard';
import { SERIES } from '../../../monitoring/series';

/**
 * The Grafana dashboard: a row per source and per flow, derived from the catalogue; every panel's
 * query parsed by Prometheus' own checker (promtool, as a recording rule) and reading only series
 * the exporters write.
 */

const viewOf = (env: string) => {
  const e = loadEnvironment(env, SMART_CATALOGUE);
  return { env: e, view: new CatalogueView({ ...SMART_CATALOGUE, flows: SMART_CATALOGUE.flows.filter((f) => !e.disabledFlows.includes(f.name)) }, e.phases) };
};

/** promtool check rules on the queries as recording rules: its parser is Prometheus' own. */
function checkQueries(exprs: readonly string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'dashboard-')), 'queries.json');
  writeFileSync(file, JSON.stringify({ groups: [{ name: 'dashboard', rules: exprs.map((expr, i) => ({ record: `smart_cdc:dashboard_query_${i}`, expr })) }] }));
  return spawnSync('promtool', ['check', 'rules', file], { encoding: 'utf8' });
}

describe('Grafana dashboard', () => {
  it.each(ENVIRONMENT_NAMES)('%s: a row for the pipeline, one per source database and one per flow, each flow with throughput, lag, dead letters and task states', (name) => {
    const { env, view } = viewOf(name);
    const d = dashboard(view, env);
    const rows = (d.panels ?? []).filter((p) => p.type === 'row').map((p) => p.title);
    expect(rows).toEqual([`Pipeline (${name})`, ...view.sourceDatabases.map((db) => `Source ${db}`), ...view.flows.map((f) => expect.stringMatching(new RegExp(`^Flow ${f.name}: `)))]);
    for (const f of view.flows) {
      const start = (d.panels ?? []).findIndex((p) => p.type === 'row' && p.title?.startsWith(`Flow ${f.name}: `));
      const own = (d.panels ?? []).slice(start + 1, start + 5) as Panel[];
      expect(own.map((p) => p.title)).toEqual(['Throughput', 'Sink lag', 'Dead letters', 'Sink task states']);
      const exprs = own.flatMap((p) => (p.targets ?? []).map((t) => String(t.expr)));
      expect(exprs.join('\n')).toContain(`connector="${view.sinkConnectorName(f)}"`);
      expect(exprs.join('\n')).toContain(`topic="${view.changeTopic(f)}"`);
      expect(exprs.join('\n')).toContain(`flow="${f.name}"`);
      for (const x of exprs) expect(x).toContain(`environment="${name}"`);
    }
    expect(d.uid).toBe(`smart-cdc-${name}`);
    expect(JSON.parse(dashboardFile(d))).toEqual(d);
  });

  it.each(ENVIRONMENT_NAMES)('%s: panels have unique ids and do not overlap on the 24-column grid', (name) => {
    const { env, view } = viewOf(name);
    const panels = dashboard(view, env).panels ?? [];
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    const cells = new Set<string>();
    for (const p of panels) {
      const g = p.gridPos!;
      expect(g.x + g.w).toBeLessThanOrEqual(24);
      for (let x = g.x; x < g.x + g.w; x++)
        for (let y = g.y; y < g.y + g.h; y++) {
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
    }
  });

  it.each(ENVIRONMENT_NAMES)('%s: every query parses (promtool) and reads only series the exporters write', (name) => {
    const { env, view } = viewOf(name);
    const queries = dashboardQueries(dashboard(view, env));
    expect(queries.length).toBeGreaterThan(30);
    const r = checkQueries(queries.map((q) => q.expr));
    expect({ status: r.status, out: r.stdout + r.stderr }).toMatchObject({ status: 0 });
    expect(r.stdout).toContain(`SUCCESS: ${queries.length} rules found`);
    const known = new Set(Object.values(SERIES).map((s) => s.name));
    for (const q of queries) for (const [, metric] of q.expr.matchAll(/([a-z_]+)\{/g)) expect({ panel: q.panel, metric, known: known.has(metric) }).toEqual({ panel: q.panel, metric, known: true });
  });

  it('a query that does not parse fails the check', () => {
    expect(checkQueries(['sum(rate(smart_cdc_exporter_up[5m])']).status).not.toBe(0);
  });
});
