import { Construct } from 'constructs';
import { TerraformMetaArguments, TerraformProvider, TerraformResource } from 'cdktf';

/**
 * Small typed binding for the `Mongey/kafka-connect` Terraform provider: the provider and its
 * `kafka-connect_connector` resource, named as that provider documents them.
 */
const GENERATOR = { providerName: 'kafka-connect', providerVersionConstraint: '~> 0.4' };

export interface KafkaConnectProviderConfig {
  readonly url: string;
  readonly basicAuthUsername?: string;
  /** a `${var.…}` reference, never a literal */
  readonly basicAuthPassword?: string;
}

export class KafkaConnectProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly config: KafkaConnectProviderConfig) {
    super(scope, id, { terraformResourceType: 'kafka-connect', terraformGeneratorMetadata: GENERATOR, terraformProviderSource: 'Mongey/kafka-connect' });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {
      url: this.config.url,
      basic_auth_username: this.config.basicAuthUsername,
      basic_auth_password: this.config.basicAuthPassword,
    };
  }
}

export interface KafkaConnectConnectorConfig extends TerraformMetaArguments {
  readonly name: string;
  /** connector configuration; must not hold secrets */
  readonly config: Record<string, string>;
  /** secret-bearing configuration: masked by the provider in plans and state output */
  readonly configSensitive?: Record<string, string>;
}

/** `kafka-connect_connector` */
export class KafkaConnectConnector extends TerraformResource {
  static readonly tfResourceType = 'kafka-connect_connector';

  constructor(scope: Construct, id: string, readonly spec: KafkaConnectConnectorConfig) {
    super(scope, id, { terraformResourceType: KafkaConnectConnector.tfResourceType, terraformGeneratorMetadata: GENERATOR, ...spec });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {
      name: this.spec.name,
      config: { ...this.spec.config, name: this.spec.name },
      config_sensitive: sensitiveMapExpression(this.spec.configSensitive),
    };
  }
}

const hclString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * `config_sensitive` as one native object expression, `${{"k" = var.x, ...}}`. A sensitive
 * variable inside a JSON object *key* (the hash salt lives in a property name) makes Terraform
 * panic ("value is marked, so must be unmarked first"); inside an expression it is just marked.
 */
export function sensitiveMapExpression(map: Record<string, string> | undefined): string | undefined {
  const entries = Object.entries(map ?? {});
  if (!entries.length) return undefined;
  const value = (v: string) => (/^\$\{var\.[a-z0-9_]+\}$/.test(v) ? v.slice(2, -1) : hclString(v));
  return `\${{${entries.map(([k, v]) => `${hclString(k)} = ${value(v)}`).join(', ')}}}`;
}
