import { Construct } from 'constructs';
import { TerraformMetaArguments, TerraformProvider, TerraformResource } from 'cdktf';

/**
 * Small typed binding for the `Mongey/kafka` Terraform provider: only the provider arguments and
 * resources this project uses, named as that provider documents them. (No prebuilt cdktf binding
 * exists and the provider registry cannot be reached to generate one.)
 */
const GENERATOR = { providerName: 'kafka', providerVersionConstraint: '~> 0.13' };

export interface KafkaProviderConfig {
  readonly bootstrapServers: string[];
  /** @default false */
  readonly tlsEnabled?: boolean;
  readonly saslMechanism?: 'plain' | 'scram-sha256' | 'scram-sha512';
  readonly saslUsername?: string;
  /** a `${var.…}` reference, never a literal */
  readonly saslPassword?: string;
  readonly alias?: string;
}

export class KafkaProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly config: KafkaProviderConfig) {
    super(scope, id, { terraformResourceType: 'kafka', terraformGeneratorMetadata: GENERATOR, terraformProviderSource: 'Mongey/kafka' });
    this.alias = config.alias;
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {
      bootstrap_servers: this.config.bootstrapServers,
      tls_enabled: this.config.tlsEnabled ?? false,
      sasl_mechanism: this.config.saslMechanism,
      sasl_username: this.config.saslUsername,
      sasl_password: this.config.saslPassword,
      alias: this.alias,
    };
  }
}

export interface KafkaTopicConfig extends TerraformMetaArguments {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  /** topic-level configs, e.g. cleanup.policy, retention.ms, min.insync.replicas */
  readonly config: Record<string, string>;
}

/** `kafka_topic` */
export class KafkaTopic extends TerraformResource {
  static readonly tfResourceType = 'kafka_topic';

  constructor(scope: Construct, id: string, readonly spec: KafkaTopicConfig) {
    super(scope, id, { terraformResourceType: KafkaTopic.tfResourceType, terraformGeneratorMetadata: GENERATOR, ...spec });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {
      name: this.spec.name,
      partitions: this.spec.partitions,
      replication_factor: this.spec.replicationFactor,
      config: this.spec.config,
    };
  }
}

export interface KafkaAclConfig extends TerraformMetaArguments {
  readonly resourceName: string;
  readonly resourceType: 'Topic' | 'Group' | 'Cluster' | 'TransactionalID';
  readonly resourcePatternTypeFilter: 'Literal' | 'Prefixed';
  readonly aclPrincipal: string;
  readonly aclHost: string;
  readonly aclOperation: 'Read' | 'Write' | 'Describe' | 'Create' | 'DescribeConfigs' | 'All';
  readonly aclPermissionType: 'Allow' | 'Deny';
}

/** `kafka_acl` */
export class KafkaAcl extends TerraformResource {
  static readonly tfResourceType = 'kafka_acl';

  constructor(scope: Construct, id: string, readonly spec: KafkaAclConfig) {
    super(scope, id, { terraformResourceType: KafkaAcl.tfResourceType, terraformGeneratorMetadata: GENERATOR, ...spec });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {
      resource_name: this.spec.resourceName,
      resource_type: this.spec.resourceType,
      resource_pattern_type_filter: this.spec.resourcePatternTypeFilter,
      acl_principal: this.spec.aclPrincipal,
      acl_host: this.spec.aclHost,
      acl_operation: this.spec.aclOperation,
      acl_permission_type: this.spec.aclPermissionType,
    };
  }
}
