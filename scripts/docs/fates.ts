/**
 * Where each column of a flow's source table travels, read off the connectors the stack builds —
 * the source's `column.include.list` and salted-hash property, the sink's field selection and
 * renames — not off the catalogue's intentions. What the mapping reference says a column does is
 * what the deployed configuration does with it.
 */
import { CatalogueView } from '../../catalogue/derive';
import { FlowDef } from '../../catalogue/model';
import { EnvironmentStack, Pipeline } from './pipeline';

export type ColumnFate =
  /** left out of the source connector's column list: in no topic */
  | { readonly kind: 'excluded' }
  /** in the change topic (hashed or not), not written by the sink */
  | { readonly kind: 'topic'; readonly hashed: boolean }
  /** written to the target as `target` */
  | { readonly kind: 'written'; readonly hashed: boolean; readonly target: string };

/** Source column → fate, for every column of the flow's source table, in one environment's stack. */
export function flowFates(e: EnvironmentStack, flow: FlowDef): Map<string, ColumnFate> {
  const view: CatalogueView = e.stack.view;
  const source = e.stack.connect.sources.find((s) => s.props.name === view.sourceConnectorName(flow.source.database));
  const sink = e.stack.connect.sinks.find((s) => s.props.name === view.sinkConnectorName(flow));
  if (!source || !sink) throw new Error(`docs: flow '${flow.name}' has no ${source ? 'sink' : 'source'} connector in '${e.name}'`);
  const t = flow.source.table;
  const included = source.includedColumns;
  const hashed = new Set(source.hashedColumns);
  const targets = sink.columnTargets;
  return new Map(
    view.table(flow.source.database, t).columns.map((c): [string, ColumnFate] => {
      const q = `${t}.${c.name}`;
      if (included && !included.includes(q)) return [c.name, { kind: 'excluded' }];
      const h = hashed.has(q);
      return [c.name, c.name in targets ? { kind: 'written', hashed: h, target: targets[c.name] } : { kind: 'topic', hashed: h }];
    }),
  );
}

/**
 * The fates of a flow's columns, the same in every environment that runs it (they differ only in
 * names and endpoints); an environment that disagrees is an error.
 */
export function fatesOf(p: Pipeline, flow: FlowDef): Map<string, ColumnFate> {
  const runs = p.environments.filter((e) => e.stack.view.flows.some((f) => f.name === flow.name));
  if (!runs.length) throw new Error(`docs: flow '${flow.name}' runs in no environment`);
  const [first, ...others] = runs.map((e) => ({ e, fates: flowFates(e, flow) }));
  for (const o of others)
    if (JSON.stringify([...o.fates]) !== JSON.stringify([...first.fates]))
      throw new Error(`docs: flow '${flow.name}' moves columns differently in '${first.e.name}' and '${o.e.name}'`);
  return first.fates;
}
