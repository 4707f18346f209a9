import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { connectApi, eventually } from './support/engines';
import { contractDifferences, emittedSignatures } from './support/schema-contract';
import { streamSeededRows } from './support/fixtures';

/**
 * The records travel without inline schemas: each sink reads its flow's records with the schemas the
 * stack generated from the catalogue (constructs/connect/record-schemas.ts). For every flow, the
 * key and row schema the deployed sink was given must be what Debezium emits on the real engines:
 * every carried column present, with its Connect type, logical type and optionality (read off the
 * `smart.cdc.schema` header the source writes from Debezium's own schema). Every catalogue type is
 * compared the same way by the type round-trip test (types.test.ts).
 */

const view = new CatalogueView(SMART_CATALOGUE);

describe('schema contract: the schemas the sinks are given are the ones Debezium emits', () => {
  // what Debezium emits now, for the seeded rows: other suites leave records of shapes they drifted on purpose
  let since = new Map<string, Map<number, number>>();
  beforeAll(async () => {
    since = await streamSeededRows();
  });

  it.each(view.flows.map((f) => [f.name, f] as const))('flow %s', async (_name, flow) => {
    const config = await connectApi<Record<string, string>>(`/connectors/${view.sinkConnectorName(flow)}/config`);
    const key = JSON.parse(config['key.converter.schema.content']);
    const value = JSON.parse(config['value.converter.schema.content']);
    const signatures = await eventually(async () => {
      const found = await emittedSignatures(view.changeTopic(flow), 100, since.get(flow.name));
      if (!found.size) throw new Error(`no record of flow ${flow.name} since the seeded rows were touched`);
      return found;
    });
    expect(signatures.size).toBeGreaterThan(0);
    const problems = [...signatures].flatMap((s) => contractDifferences(flow.name, key, value, s));
    expect(problems).toEqual([]);
  });
});
