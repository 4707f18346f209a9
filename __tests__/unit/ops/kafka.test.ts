import { kafkaLibrary, operationName } from '../../../scripts/ops/kafka';

describe('the Kafka module', () => {
  it("names each of the client's ACL operations as the kafka provider spells them", async () => {
    const { AclOperations } = await kafkaLibrary();
    const named = Object.fromEntries(Object.entries(AclOperations).map(([constant, code]) => [code, operationName(constant)]));
    // the operations the stack grants and status compares (constructs/streaming/acls.ts), and the rest of Kafka's list
    expect(named).toMatchObject({
      [AclOperations.ALL]: 'All',
      [AclOperations.READ]: 'Read',
      [AclOperations.WRITE]: 'Write',
      [AclOperations.DESCRIBE]: 'Describe',
      [AclOperations.CLUSTER_ACTION]: 'ClusterAction',
      [AclOperations.DESCRIBE_CONFIGS]: 'DescribeConfigs',
      [AclOperations.ALTER_CONFIGS]: 'AlterConfigs',
      [AclOperations.IDEMPOTENT_WRITE]: 'IdempotentWrite',
    });
  });
});
