import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { CatalogueView } from '../../catalogue/derive';
import { EnvironmentConfig } from '../../environments/schema';
import { KafkaProvider } from '../../.gen/providers/kafka/provider';
import { Acl } from '../../.gen/providers/kafka/acl';
import { Topic } from '../../.gen/providers/kafka/topic';
import { topicSpecs, TopicSpec } from './topics';

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
    const acls = env.kafka.acls;
    if (acls?.enabled) {
      // only the Connect principal reads and writes the pipeline's topics and consumer groups
      this.grant(provider, 'acl', acls.connectPrincipal, [
        [view.topicNamePrefix, 'Topic', ['Read', 'Write', 'Describe']],
        [view.heartbeatTopicNamePrefix, 'Topic', ['Write', 'Describe']],
        [view.sinkConsumerGroupPrefix, 'Group', ['Read']],
      ]);
      // operators triage the dead-letter topics (rejected rows, PII) with their own consumer groups, and read nothing else
      this.grant(provider, 'acl-operators', acls.operatorsPrincipal, [
        [view.deadLetterTopicPrefix, 'Topic', ['Read', 'Describe']],
        [`smart-cdc-operators-`, 'Group', ['Read']],
      ]);
    }
  }

  /** `idPrefix` keeps the construct ids (and so the Terraform addresses) of existing ACLs stable */
  private grant(provider: KafkaProvider, idPrefix: string, principal: string, grants: Array<[string, 'Topic' | 'Group', Array<'Read' | 'Write' | 'Describe'>]>): void {
    for (const [name, type, ops] of grants)
      for (const op of ops)
        new Acl(this, `${idPrefix}-${type}-${name}-${op}`, {
          provider,
          resourceName: name,
          resourceType: type,
          resourcePatternTypeFilter: 'Prefixed',
          aclPrincipal: principal,
          aclHost: '*',
          aclOperation: op,
          aclPermissionType: 'Allow',
          dependsOn: this.topics,
        });
  }
}
