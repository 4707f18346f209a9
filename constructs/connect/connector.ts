import { Construct } from 'constructs';
import { dependable, ITerraformDependable } from 'cdktf';
import { Connector as ConnectorResource } from '../../.gen/providers/kafka-connect/connector';
import { connectorResource } from './connector-resource';
import { Setting, toConfig } from './setting';

/**
 * What a builder makes of a connector. `name`, `connector.class` and `tasks.max` are first-class
 * (as in Strimzi's KafkaConnector, whose `config` may not hold them); `config` and `sensitive`
 * (secrets, for `config_sensitive`) cannot set them.
 */
export interface ConnectorSpec {
  readonly name: Setting;
  readonly connectorClass: Setting;
  readonly tasksMax: Setting;
  readonly config: readonly Setting[];
  /**
   * For `config_sensitive`, which only keeps a value out of plans: Terraform resolves it and Connect
   * shows it. The pipeline's builders leave it empty (secrets are worker secret references in
   * `config`) and the masking gate rejects a connector that uses it.
   */
  readonly sensitive: readonly Setting[];
}

/** Properties only the first-class fields of a {@link ConnectorSpec} set. */
export const RESERVED_KEYS = ['name', 'connector.class', 'tasks.max'] as const;

/** The maps Kafka Connect takes; throws naming the connector when `config` sets a reserved or repeated key. */
export function connectorMaps(spec: ConnectorSpec): { config: Record<string, string>; sensitive: Record<string, string> } {
  const where = `connector '${spec.name.value}'`;
  for (const s of [...spec.config, ...spec.sensitive])
    if ((RESERVED_KEYS as readonly string[]).includes(s.key)) throw new Error(`${where}: '${s.key}' is set by the connector itself and may not appear in its config`);
  if (!/^[1-9]\d*$/.test(spec.tasksMax.value)) throw new Error(`${where}: tasks.max must be a positive whole number, not '${spec.tasksMax.value}'`);
  const sensitive = toConfig(spec.sensitive, `${where} (sensitive)`);
  const config = toConfig([spec.connectorClass, spec.tasksMax, ...spec.config], where);
  for (const k of Object.keys(sensitive)) if (k in config) throw new Error(`${where}: property '${k}' is both sensitive and not`);
  return { config, sensitive };
}

/** Every setting of a connector, first-class ones included, in the order the docs list them. */
export const allSettings = (spec: ConnectorSpec): Setting[] => [spec.name, spec.connectorClass, spec.tasksMax, ...spec.config, ...spec.sensitive];

/** A Kafka Connect connector built from a {@link ConnectorSpec}: one `kafka-connect_connector` resource. */
export abstract class Connector extends Construct {
  readonly spec: ConnectorSpec;
  readonly resource: ConnectorResource;
  readonly config: Record<string, string>;
  readonly sensitive: Record<string, string>;

  protected constructor(scope: Construct, id: string, spec: ConnectorSpec, dependsOn?: ITerraformDependable[]) {
    super(scope, id);
    this.spec = spec;
    ({ config: this.config, sensitive: this.sensitive } = connectorMaps(spec));
    this.resource = connectorResource(this, 'connector', { name: spec.name.value, config: this.config, sensitive: this.sensitive, dependsOn });
  }

  /** Created (and updated) only after `other` is: the provider then sends Connect one connector at a time. */
  createAfter(other: Connector): void {
    this.resource.dependsOn = [...(this.resource.dependsOn ?? []), dependable(other.resource)];
  }

  /** Every setting with its reason (what the docs render). */
  get settings(): Setting[] {
    return allSettings(this.spec);
  }
}
