import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { loadEnvironment } from '../../../../environments';
import { topicSpecs } from '../../../../constructs/streaming/topics';

describe('topic specifications', () => {
  it('gives change, dead-letter and heartbeat topics their own retention from the environment', () => {
    const env = loadEnvironment('prod', SMART_CATALOGUE);
    const specs = topicSpecs(new CatalogueView(SMART_CATALOGUE, env.phases), env);
    const byPurpose = (p: string) => specs.filter((s) => s.purpose === p);
    expect(byPurpose('change')).toHaveLength(6);
    expect(byPurpose('dead-letter')).toHaveLength(6);
    expect(byPurpose('heartbeat')).toHaveLength(2);
    for (const s of byPurpose('change')) expect(s).toMatchObject({ partitions: env.kafka.partitions, config: { 'retention.ms': String(env.kafka.retention.changeMs) } });
    for (const s of byPurpose('dead-letter')) expect(s.config['retention.ms']).toBe(String(env.kafka.retention.deadLetterMs));
    expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
  });

  it('lets change and dead-letter topics hold a record as large as the producers may send (tuning.producer.maxRecordBytes)', () => {
    const env = loadEnvironment('local', SMART_CATALOGUE);
    const big = { ...env, tuning: { ...env.tuning, producer: { ...env.tuning.producer, maxRecordBytes: 33_554_432 } } };
    for (const s of topicSpecs(new CatalogueView(SMART_CATALOGUE, env.phases), big).filter((x) => x.purpose === 'change' || x.purpose === 'dead-letter'))
      expect(Number(s.config['max.message.bytes'])).toBeGreaterThan(33_554_432);
  });

  it('only has the topics of the enabled phases', () => {
    const env = loadEnvironment('local', SMART_CATALOGUE);
    const specs = topicSpecs(new CatalogueView(SMART_CATALOGUE, [1]), env);
    expect(specs.filter((s) => s.purpose === 'heartbeat').map((s) => s.name)).toEqual(['__debezium-heartbeat.smart.v1.warehouse']);
  });
});
