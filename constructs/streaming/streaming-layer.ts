import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { CatalogueView } from '../../catalogue/derive';
import { EnvironmentConfig } from '../../environments/schema';
import { KafkaProvider } from '../../.gen/providers/kafka/provider';
import { Acl } from '../../.gen/providers/kafka/acl';
import { Topic } from '../../.gen/providers/kafka/topic';
import { topicSpecs, TopicSpec } from './topics';
import { aclGrants } from './acls';

export interface StreamingLayerProps {
  readonly view: CatalogueView;
  readonly env: EnvironmentConfig;
  /** `${var.…}` reference of the SASL password, when the cluster needs one */
  readonly saslPassword?: string;
  /** resources Kafka needs before topics can be created (dev container) */
  readonly dependsOn?: ITerraformDependable[];
}

/** Kafka topics (and ACLs where the environment asks for authorization) of the pipeline. */
export class StreamingLayer extends Construct {
  readonly topics: Topic[];
  readonly specs: TopicSpec[];

  constructor(scope: Construct, id: string, props: StreamingLayerProps) {
    super(scope, id);
    const { view, env } = props;
    const sec = env.kafka.security;
    const provider = new KafkaProvider(this, 'provider', {
      bootstrapServers: env.kafka.bootstrapServers,
      tlsEnabled: sec.protocol === 'SASL_SSL',
      ...(sec.protocol === 'SASL_SSL'
        ? { saslMechanism: ({ 'SCRAM-SHA-256': 'scram-sha256', 'SCRAM-SHA-512': 'scram-sha512', PLAIN: 'plain' } as const)[sec.mechanism], saslUsername: sec.username, saslPassword: props.saslPassword, caCertFile: sec.caFile }
        : {}),
    });
    this.specs = topicSpecs(view, env);
    this.topics = this.specs.map(
      (s) =>
        new Topic(this, `topic-${s.name}`, {
          provider,
          name: s.name,
          partitions: s.partitions,
          replicationFactor: s.replicationFactor,
          config: s.config,
          dependsOn: props.dependsOn,
        }),
    );
    // only the Connect principal reads and writes the pipeline's topics and consumer groups; the
    // operators read the dead-letter topics and nothing else (acls.ts)
    for (const g of aclGrants(view, env))
      // the ids (and so the Terraform addresses) of existing ACLs stay as they were
      new Acl(this, `${g.holder === 'connect' ? 'acl' : 'acl-operators'}-${g.resourceType}-${g.prefix}-${g.operation}`, {
        provider,
        resourceName: g.prefix,
        resourceType: g.resourceType,
        resourcePatternTypeFilter: 'Prefixed',
        aclPrincipal: g.principal,
        aclHost: '*',
        aclOperation: g.operation,
        aclPermissionType: 'Allow',
        dependsOn: this.topics,
      });
  }
}
