import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { aclGrants } from '../../../constructs/streaming/acls';
import { judgeAcls } from '../../../scripts/ops/acls';
import { AclBinding } from '../../../scripts/ops/kafka';
import { evaluate, StatusData } from '../../../scripts/ops/health';
import { judge, renderStatus } from '../../../scripts/ops/status/render';

const env = loadEnvironment('prod', SMART_CATALOGUE);
const GRANTS = aclGrants(new CatalogueView(SMART_CATALOGUE, env.phases), env);
/** the bindings the cluster holds after a deploy: one per grant */
const HELD: AclBinding[] = GRANTS.map((g) => ({ principal: g.principal, permission: 'Allow', operation: g.operation, resourceType: g.resourceType, resourceName: g.prefix, patternType: 'Prefixed', host: '*' }));
const T = { maxSlotLagBytes: 1, maxHeartbeatAgeSeconds: 1, maxConsumerLag: 1, maxDeadLetters: 0 };
const status = (acls: StatusData['acls']): StatusData => ({
  environment: 'prod',
  pipelineVersion: '1.0.0',
  endpoints: [],
  connectors: [],
  otherConnectors: [],
  slots: [],
  consumers: [],
  deadLetters: [],
  heartbeats: [],
  acls,
});

describe("the status check of the stack's Kafka ACLs", () => {
  it('finds nothing wrong when every grant is held, and the status shows how many', () => {
    const state = judgeAcls(GRANTS, HELD);
    expect(state).toEqual({ checked: 9, missing: [], denied: [] });
    expect(evaluate(status(state), T)).toEqual([]);
    expect(renderStatus(judge(status(state), T))).toMatch(/KAFKA ACLS[^\n]*\n\s+9 of 9 held/);
  });

  it('names each one that is missing, whichever it is, as down with the command that creates it again', () => {
    for (const [i, g] of GRANTS.entries()) {
      const state = judgeAcls(GRANTS, HELD.filter((_, j) => j !== i));
      expect(state.missing).toEqual([g]);
      const problems = evaluate(status(state), T);
      expect(problems).toEqual([
        expect.objectContaining({ severity: 'down', message: `Kafka ACL missing: ALLOW ${g.principal} ${g.operation} on ${g.resourceType} prefixed '${g.prefix}' (${g.why})`, hint: expect.stringContaining('bootstrap prod') }),
      ]);
    }
  });

  it('does not take a look-alike for the grant: another principal, a literal pattern, another host, a DENY', () => {
    const g = GRANTS[0];
    const like = HELD[0];
    for (const b of [{ ...like, principal: 'User:someone' }, { ...like, patternType: 'Literal' as const }, { ...like, host: '10.0.0.1' }, { ...like, permission: 'Deny' as const }, { ...like, resourceName: `${g.prefix}x` }])
      expect(judgeAcls([g], [b]).missing).toEqual([g]);
    expect(judgeAcls([g], [{ ...like, operation: 'All' }]).missing).toEqual([]);
  });

  it('reports a DENY that takes a grant away again (a literal topic under the prefix, or a wider prefix)', () => {
    const read = GRANTS.find((x) => x.holder === 'connect' && x.resourceType === 'Topic' && x.operation === 'Read')!;
    const deny = (b: Partial<AclBinding>): AclBinding => ({ principal: read.principal, permission: 'Deny', operation: 'Read', resourceType: 'Topic', resourceName: `${read.prefix}warehouse.ml.eligibility_insight`, patternType: 'Literal', host: '*', ...b });
    expect(judgeAcls([read], [...HELD, deny({})]).denied).toHaveLength(1);
    expect(judgeAcls([read], [...HELD, deny({ patternType: 'Prefixed', resourceName: 'smart.' })]).denied).toHaveLength(1);
    expect(judgeAcls([read], [...HELD, deny({ operation: 'All' })]).denied).toHaveLength(1);
    expect(judgeAcls([read], [...HELD, deny({ resourceName: 'other.topic' })]).denied).toEqual([]);
    expect(judgeAcls([read], [...HELD, deny({ operation: 'Write' })]).denied).toEqual([]);
    const problems = evaluate(status(judgeAcls([read], [...HELD, deny({})])), T);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['down', `Kafka ACL DENY ${read.principal} Read on Topic literal '${read.prefix}warehouse.ml.eligibility_insight' from host * overrides the stack's ALLOW ${read.principal} Read on Topic prefixed '${read.prefix}' (${read.why})`],
    ]);
  });

  it('is degraded, with the reason, when the ACLs cannot be read', () => {
    const problems = evaluate(status({ checked: 9, missing: [], denied: [], error: 'Cluster authorization failed' }), T);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([['degraded', "the stack's Kafka ACLs could not be read: Cluster authorization failed"]]);
  });
});
