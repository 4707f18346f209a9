import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { loadEnvironment } from '../../../../environments';
import { aclGrants, aclText } from '../../../../constructs/streaming/acls';
import { resources, synthJson } from '../../../support/synth';

const grantsOf = (name: string) => {
  const env = loadEnvironment(name, SMART_CATALOGUE);
  return aclGrants(new CatalogueView(SMART_CATALOGUE, env.phases), env);
};

describe('the Kafka ACLs the stack grants', () => {
  it('are exactly the kafka_acl resources the stack synthesizes (one derivation for the stack and the status check)', () => {
    for (const env of ['staging', 'prod']) {
      const synthesized = resources(synthJson(env), 'kafka_acl')
        .map((a) => `${a.acl_permission_type} ${a.acl_principal} ${a.acl_operation} ${a.resource_type} ${a.resource_pattern_type_filter} ${a.resource_name} ${a.acl_host}`)
        .sort();
      const derived = grantsOf(env)
        .map((g) => `Allow ${g.principal} ${g.operation} ${g.resourceType} Prefixed ${g.prefix} *`)
        .sort();
      expect(synthesized).toEqual(derived);
      expect(derived.length).toBe(9);
    }
  });

  it('give the Connect principal the pipeline topics and sink groups, the operators only the dead-letter topics', () => {
    const text = grantsOf('prod').map(aclText).sort();
    expect(text).toEqual([
      "ALLOW User:smart-cdc-connect Describe on Topic prefixed '__debezium-heartbeat.smart.v1.'",
      "ALLOW User:smart-cdc-connect Describe on Topic prefixed 'smart.v1.'",
      "ALLOW User:smart-cdc-connect Read on Group prefixed 'connect-smart-cdc-v1-'",
      "ALLOW User:smart-cdc-connect Read on Topic prefixed 'smart.v1.'",
      "ALLOW User:smart-cdc-connect Write on Topic prefixed '__debezium-heartbeat.smart.v1.'",
      "ALLOW User:smart-cdc-connect Write on Topic prefixed 'smart.v1.'",
      "ALLOW User:smart-cdc-operators Describe on Topic prefixed 'smart.v1.dlq.'",
      "ALLOW User:smart-cdc-operators Read on Group prefixed 'smart-cdc-operators-'",
      "ALLOW User:smart-cdc-operators Read on Topic prefixed 'smart.v1.dlq.'",
    ]);
    for (const g of grantsOf('prod')) expect(g.why.length).toBeGreaterThan(10);
  });

  it('are none where the environment has no ACLs', () => {
    expect(grantsOf('local')).toEqual([]);
  });
});
