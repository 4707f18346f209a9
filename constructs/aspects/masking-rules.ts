import { CatalogueView } from '../../catalogue/derive';
import { DatabaseId } from '../../catalogue/model';
import { DebeziumSourceConnector } from '../connect/debezium-source';
import { JdbcSinkConnector } from '../connect/jdbc-sink';
import { isWorkerSecret } from '../connect/worker-secrets';
import { RangerApplyDocument } from '../governance/ranger-api';
import { piiReadWithoutMask } from '../governance/ranger-gate';

/** What the gate reads: what a stack would deploy, not the catalogue's intentions. */
export interface GateSubject {
  readonly view: CatalogueView;
  readonly sources: readonly DebeziumSourceConnector[];
  readonly sinks: readonly JdbcSinkConnector[];
  /** the Ranger document of each governance layer (none where phase 3 is off), with its environment */
  readonly ranger: ReadonlyArray<{ readonly environment: string; readonly document: RangerApplyDocument }>;
}

/** One breach of a rule: what is wrong, and which deployed setting triggered it. */
export interface Finding {
  readonly message: string;
  /** the connector property, or Ranger document, that lets it happen */
  readonly trigger: string;
}

/**
 * A rule of the masking gate, in the manner of cdk-nag: an id, what it checks, why the rule
 * exists, and a check over the deployed configuration. There are no suppressions: a rule that
 * fires fails the synth.
 */
export interface MaskingRule {
  readonly id: string;
  readonly name: string;
  readonly why: string;
  readonly check: (s: GateSubject) => Finding[];
}

const sourceOf = (s: GateSubject, db: DatabaseId) => s.sources.find((x) => x.props.name === s.view.sourceConnectorName(db));
const sinkOf = (s: GateSubject, flow: Parameters<CatalogueView['sinkConnectorName']>[0]) => s.sinks.find((x) => x.props.name === s.view.sinkConnectorName(flow));
/** Whether a source lets a column into Kafka (a source that does not restrict columns lets in all). */
const letsIn = (source: DebeziumSourceConnector, table: string, column: string) => source.includedColumns?.includes(`${table}.${column}`) ?? true;
/** Hashed: listed by a HashColumns transform of the source whose salt is a worker secret reference. */
const hashes = (source: DebeziumSourceConnector | undefined, table: string, column: string) => !!source?.hashedColumns.includes(`${table}.${column}`);

/** Keys whose value is a secret: it must reach Connect as a worker secret reference only. */
const SECRET_KEY = /(password|salt)$/i;

/** Every way a connector configuration would hold a secret Connect then shows to whoever reads its API, topics or log. */
function secretsInConfig(s: GateSubject): Finding[] {
  return [...s.sources, ...s.sinks].flatMap((c) => {
    const at = (k: string) => `connector ${c.props.name}: ${k}`;
    // config_sensitive only hides a value from plans: Terraform resolves it, and Connect then shows it
    const sensitive = Object.keys(c.sensitive).map((k) => ({ message: `connector '${c.props.name}': '${k}' is in config_sensitive, whose value Connect shows in its configuration; use a worker secret reference`, trigger: at(k) }));
    const config = Object.entries(c.config).flatMap(([k, v]) => {
      const where = `connector '${c.props.name}': '${k}'`;
      if (/column\.mask\.hash/.test(k)) return [{ message: `${where} carries the hash salt in a property name, which Connect shows to anyone who can read its API`, trigger: at(k) }];
      if (SECRET_KEY.test(k) && !isWorkerSecret(v)) return [{ message: `${where} is not a worker secret reference: the secret would be readable through Kafka Connect`, trigger: at(k) }];
      if (/\$\{var\./.test(v)) return [{ message: `${where} holds a Terraform variable: its value would be in the connector configuration`, trigger: at(k) }];
      return [];
    });
    return [...sensitive, ...config];
  });
}

/** Each captured column of a class, with the source connector that reads it and the flow it belongs to. */
function capturedOfClass(s: GateSubject, cls: 'INTERNAL' | 'SENSITIVE') {
  return s.view.sourceDatabases.flatMap((db) => {
    const source = sourceOf(s, db);
    if (!source) return [];
    return s.view.flowsFrom(db).flatMap((flow) => s.view.columnsOfClass(db, flow.source.table, cls).map((column) => ({ db, flow, source, table: flow.source.table, column })));
  });
}

/** Each column a sink carries to its target, with its class at the source. */
function carried(s: GateSubject) {
  return s.view.flows.flatMap((flow) => {
    const sink = sinkOf(s, flow);
    if (!sink) return [];
    return sink.carriedColumns.map((column) => ({ flow, sink, column, cls: s.view.column(flow.source.database, flow.source.table, column).class }));
  });
}

export const MASKING_RULES: readonly MaskingRule[] = [
  {
    id: 'SCDC-M1',
    name: 'INTERNAL columns stay out of Kafka',
    why: 'INTERNAL columns are model internals that never leave their home database: a change topic is readable by every consumer it is granted to and is kept for days, so an INTERNAL value in a topic has left already.',
    check: (s) =>
      capturedOfClass(s, 'INTERNAL')
        .filter((x) => letsIn(x.source, x.table, x.column))
        .map((x) => ({
          message: `flow '${x.flow.name}': INTERNAL column ${x.table}.${x.column} would reach Kafka (let in by ${x.source.props.name})`,
          trigger: `connector ${x.source.props.name}: column.include.list`,
        })),
  },
  {
    id: 'SCDC-M2',
    name: 'SENSITIVE columns are hashed before Kafka',
    why: 'SENSITIVE columns are free text that may hold anything; they leave their database only as a salted hash, computed by the source connector so that no topic holds the text.',
    check: (s) =>
      capturedOfClass(s, 'SENSITIVE')
        .filter((x) => letsIn(x.source, x.table, x.column) && !hashes(x.source, x.table, x.column))
        .map((x) => ({
          message: `flow '${x.flow.name}': SENSITIVE column ${x.table}.${x.column} would leave ${x.db} unhashed (not hashed by ${x.source.props.name})`,
          trigger: `connector ${x.source.props.name}: transforms (a HashColumns transform with a worker secret salt)`,
        })),
  },
  {
    id: 'SCDC-M3',
    name: 'No sink writes an INTERNAL column',
    why: 'Even where an INTERNAL value reached a topic, no sink may carry it into another database: targets are read by people and systems outside the home database.',
    check: (s) =>
      carried(s)
        .filter((x) => x.cls === 'INTERNAL')
        .map((x) => ({
          message: `flow '${x.flow.name}': INTERNAL column ${x.flow.source.table}.${x.column} would leave the ${x.flow.source.database} database into ${x.flow.target.table}`,
          trigger: `connector ${x.sink.props.name}: transforms.selectFields.include`,
        })),
  },
  {
    id: 'SCDC-M4',
    name: 'No sink writes a SENSITIVE column unhashed',
    why: 'A target must hold only the salted hash of a SENSITIVE column: a sink that carries it from a source that does not hash it writes the free text into another database.',
    check: (s) =>
      carried(s)
        .filter((x) => x.cls === 'SENSITIVE' && !hashes(sourceOf(s, x.flow.source.database), x.flow.source.table, x.column))
        .map((x) => ({
          message: `flow '${x.flow.name}': SENSITIVE column ${x.flow.source.table}.${x.column} would reach ${x.flow.target.table} unhashed`,
          trigger: `connector ${x.sink.props.name}: transforms.selectFields.include`,
        })),
  },
  {
    id: 'SCDC-M5',
    name: 'Reader roles see PII only through a Ranger mask',
    why: 'Direct identifiers reach reader roles only masked: an access policy that lets a role read a PII column without a masking policy item for that role shows the identifier in clear.',
    check: (s) =>
      s.ranger.flatMap((r) =>
        piiReadWithoutMask(s.view, r.environment, r.document).map((v) => ({
          message: `reader role '${v.role}' can read PII column ${v.table}.${v.column} (${v.database}) without a Ranger masking policy; add a mask for '${v.column}' to the role in the catalogue`,
          trigger: `Ranger document of ${r.environment}: policies of service ${v.service}`,
        })),
      ),
  },
  {
    id: 'SCDC-M6',
    name: 'Connectors hold secrets only as worker secret references',
    why: "Whatever a connector's configuration holds, Kafka Connect shows through its REST API, stores in its config topic and may log: passwords and the hash salt reach it only as references its workers resolve from their own secret storage.",
    check: secretsInConfig,
  },
];

/** A finding as the gate reports it: rule id, what is wrong, what triggered it. */
export const describeFinding = (rule: MaskingRule, f: Finding) => `[${rule.id}] ${f.message} — triggered by ${f.trigger}`;
