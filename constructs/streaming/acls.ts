import { CatalogueView } from '../../catalogue/derive';
import { EnvironmentConfig } from '../../environments/schema';

export type AclOperation = 'Read' | 'Write' | 'Describe';
export type AclResourceType = 'Topic' | 'Group';

/** One ACL the stack grants: Allow, any host, on every resource whose name starts with `prefix`. */
export interface AclGrant {
  /** who holds it: the Connect workers' principal or the operators' */
  readonly holder: 'connect' | 'operators';
  readonly principal: string;
  readonly resourceType: AclResourceType;
  readonly prefix: string;
  readonly operation: AclOperation;
  /** what of the pipeline needs it (named by the status check when it is missing) */
  readonly why: string;
}

/**
 * The Kafka ACLs the stack creates when the environment turns authorization on, derived from the
 * catalogue's names: the Connect principal reads and writes the pipeline's topics and its sinks'
 * consumer groups; the operators read the dead-letter topics (rejected rows, PII) with groups of
 * their own, and nothing else. Connect's internal topics and group are the platform's (its cluster
 * exists before any stack). Empty when the environment has no ACLs.
 */
export function aclGrants(view: CatalogueView, env: EnvironmentConfig): AclGrant[] {
  const acls = env.kafka.acls;
  if (!acls?.enabled) return [];
  const grant = (holder: AclGrant['holder'], principal: string, resourceType: AclResourceType, prefix: string, ops: ReadonlyArray<[AclOperation, string]>): AclGrant[] =>
    ops.map(([operation, why]) => ({ holder, principal, resourceType, prefix, operation, why }));
  return [
    ...grant('connect', acls.connectPrincipal, 'Topic', view.topicNamePrefix, [
      ['Read', 'the sinks read the change topics, the supervisor its restart log'],
      ['Write', 'the sources write change events, the sinks park rejected rows in the dead-letter topics'],
      ['Describe', 'the sources and sinks look up the topics they use'],
    ]),
    ...grant('connect', acls.connectPrincipal, 'Topic', view.heartbeatTopicNamePrefix, [
      ['Write', 'the sources write heartbeats'],
      ['Describe', 'the sources look up their heartbeat topic'],
    ]),
    ...grant('connect', acls.connectPrincipal, 'Group', view.sinkConsumerGroupPrefix, [['Read', 'the sinks join their consumer groups and commit offsets']]),
    ...grant('operators', acls.operatorsPrincipal, 'Topic', view.deadLetterTopicPrefix, [
      ['Read', 'operators triage parked rows'],
      ['Describe', 'operators look up the dead-letter topics'],
    ]),
    ...grant('operators', acls.operatorsPrincipal, 'Group', OPERATORS_GROUP_PREFIX, [['Read', 'operators read the dead-letter topics with groups of their own']]),
  ];
}

/** The operators' consumer groups for dead-letter triage start with it. */
export const OPERATORS_GROUP_PREFIX = 'smart-cdc-operators-';

/** One line naming the ACL, as an operator would grant it. */
export function aclText(g: Pick<AclGrant, 'principal' | 'operation' | 'resourceType' | 'prefix'>): string {
  return `ALLOW ${g.principal} ${g.operation} on ${g.resourceType} prefixed '${g.prefix}'`;
}
