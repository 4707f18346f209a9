/**
 * Kafka ACLs: whether the cluster still holds every ACL the stack grants (constructs/streaming/acls.ts)
 * and no DENY of the same principal overrides one. Read by `status` where the environment turns
 * authorization on; judged here without engines.
 */
import { AclGrant, aclText } from '../../constructs/streaming/acls';
import { AclBinding, KafkaAdmin } from './kafka';

export interface AclState {
  /** how many of the stack's ACLs were checked */
  readonly checked: number;
  readonly missing: readonly AclGrant[];
  /** a DENY binding that takes a grant away again (Kafka lets a DENY win over every ALLOW) */
  readonly denied: ReadonlyArray<{ readonly grant: AclGrant; readonly binding: AclBinding }>;
  /** the ACLs could not be read */
  readonly error?: string;
}

const sameOperation = (b: AclBinding, g: AclGrant) => b.operation === g.operation || b.operation === 'All';

/** An ALLOW binding exactly as the stack creates it (an ALL operation grants it too). */
const grants = (b: AclBinding, g: AclGrant) =>
  b.permission === 'Allow' && b.principal === g.principal && b.resourceType === g.resourceType && b.patternType === 'Prefixed' && b.resourceName === g.prefix && b.host === '*' && sameOperation(b, g);

/** A DENY binding on some resource the grant covers, from any host. */
const overrides = (b: AclBinding, g: AclGrant) =>
  b.permission === 'Deny' &&
  b.principal === g.principal &&
  b.resourceType === g.resourceType &&
  sameOperation(b, g) &&
  (b.patternType === 'Literal' ? b.resourceName.startsWith(g.prefix) || b.resourceName === '*' : b.resourceName.startsWith(g.prefix) || g.prefix.startsWith(b.resourceName));

export function judgeAcls(expected: readonly AclGrant[], bindings: readonly AclBinding[]): AclState {
  return {
    checked: expected.length,
    missing: expected.filter((g) => !bindings.some((b) => grants(b, g))),
    denied: expected.flatMap((grant) => bindings.filter((b) => overrides(b, grant)).map((binding) => ({ grant, binding }))),
  };
}

/** The bindings of every principal the stack grants to, judged against its grants. */
export async function readAcls(admin: KafkaAdmin, expected: readonly AclGrant[]): Promise<AclState> {
  const principals = [...new Set(expected.map((g) => g.principal))];
  const bindings = (await Promise.all(principals.map((p) => admin.acls(p)))).flat();
  return judgeAcls(expected, bindings);
}

export function bindingText(b: AclBinding): string {
  return `${b.permission.toUpperCase()} ${b.principal} ${b.operation} on ${b.resourceType} ${b.patternType.toLowerCase()} '${b.resourceName}' from host ${b.host}`;
}

export { aclText };
