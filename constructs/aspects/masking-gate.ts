import { IConstruct } from 'constructs';
import { IAspect, TerraformStack } from 'cdktf';
import { CatalogueView } from '../../catalogue/derive';
import { DebeziumSourceConnector } from '../connect/debezium-source';
import { JdbcSinkConnector } from '../connect/jdbc-sink';
import { isWorkerSecret } from '../connect/worker-secrets';

export class MaskingGateError extends Error {
  constructor(readonly stack: string, readonly violations: string[]) {
    super(`masking gate failed for stack '${stack}':\n${violations.map((v) => `  - ${v}`).join('\n')}`);
    this.name = 'MaskingGateError';
  }
}

/**
 * A policy check on what the stack would deploy, in the manner of cdk-nag: it reads the
 * synthesized connector configurations, not the intentions, and fails the synth when
 * - an INTERNAL column could reach Kafka or leave the warehouse,
 * - a SENSITIVE column could leave its database unhashed (hashed = listed by a HashColumns
 *   transform whose salt is a worker secret reference),
 * - a connector configuration would hold a secret: a password or salt that is not a worker secret
 *   reference, a Terraform variable, or a salt-bearing property name (`column.mask.hash.…`).
 * It throws (rather than annotating) so that every synth path, tests included, stops.
 */
export class MaskingGate implements IAspect {
  private readonly checks: Array<(stack: TerraformStack) => string[]> = [];

  constructor(private readonly view: CatalogueView) {
    this.addCheck((stack) => this.columnRules(stack));
    this.addCheck((stack) => secretRules(stack));
  }

  /** Adds a check; each returns its violations (the governance layer adds Ranger's). */
  addCheck(check: (stack: TerraformStack) => string[]): this {
    this.checks.push(check);
    return this;
  }

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformStack)) return;
    const violations = this.checks.flatMap((c) => c(node));
    if (violations.length) throw new MaskingGateError(node.node.id, violations);
  }

  private columnRules(stack: TerraformStack): string[] {
    const v: string[] = [];
    const all = stack.node.findAll();
    const sources = all.filter((c): c is DebeziumSourceConnector => c instanceof DebeziumSourceConnector);
    const sinks = all.filter((c): c is JdbcSinkConnector => c instanceof JdbcSinkConnector);
    const sourceOf = (db: string) => sources.find((s) => s.props.name === this.view.sourceConnectorName(db as never));

    for (const db of this.view.sourceDatabases) {
      const source = sourceOf(db);
      if (!source) continue;
      for (const flow of this.view.flowsFrom(db)) {
        const t = flow.source.table;
        const reaches = (c: string) => source.includedColumns?.includes(`${t}.${c}`) ?? true;
        for (const c of this.view.columnsOfClass(db, t, 'INTERNAL'))
          if (reaches(c)) v.push(`flow '${flow.name}': INTERNAL column ${t}.${c} would reach Kafka (let in by ${source.props.name})`);
        for (const c of this.view.columnsOfClass(db, t, 'SENSITIVE'))
          if (reaches(c) && !source.hashedColumns.includes(`${t}.${c}`))
            v.push(`flow '${flow.name}': SENSITIVE column ${t}.${c} would leave ${db} unhashed (not hashed by ${source.props.name})`);
      }
    }
    for (const flow of this.view.flows) {
      const sink = sinks.find((s) => s.props.name === this.view.sinkConnectorName(flow));
      if (!sink) continue;
      const source = sourceOf(flow.source.database);
      const t = flow.source.table;
      for (const c of sink.carriedColumns) {
        const cls = this.view.column(flow.source.database, t, c).class;
        if (cls === 'INTERNAL') v.push(`flow '${flow.name}': INTERNAL column ${t}.${c} would leave the warehouse into ${flow.target.table}`);
        if (cls === 'SENSITIVE' && !source?.hashedColumns.includes(`${t}.${c}`))
          v.push(`flow '${flow.name}': SENSITIVE column ${t}.${c} would reach ${flow.target.table} unhashed`);
      }
    }
    return v;
  }
}

/** Keys whose value is a secret: it must reach Connect as a worker secret reference only. */
const SECRET_KEY = /(password|salt)$/i;

function secretRules(stack: TerraformStack): string[] {
  const v: string[] = [];
  const connectors = stack.node.findAll().filter((c): c is DebeziumSourceConnector | JdbcSinkConnector => c instanceof DebeziumSourceConnector || c instanceof JdbcSinkConnector);
  for (const c of connectors) {
    // config_sensitive only hides a value from plans: Terraform resolves it, and Connect then shows it to anyone
    for (const k of Object.keys(c.sensitive)) v.push(`connector '${c.props.name}': '${k}' is in config_sensitive, whose value Connect shows in its configuration; use a worker secret reference`);
    for (const [k, value] of Object.entries(c.config)) {
      const where = `connector '${c.props.name}': '${k}'`;
      if (/column\.mask\.hash/.test(k)) v.push(`${where} carries the hash salt in a property name, which Connect shows to anyone who can read its API`);
      else if (SECRET_KEY.test(k) && !isWorkerSecret(value)) v.push(`${where} is not a worker secret reference: the secret would be readable through Kafka Connect`);
      else if (/\$\{var\./.test(value)) v.push(`${where} holds a Terraform variable: its value would be in the connector configuration`);
    }
  }
  return v;
}
