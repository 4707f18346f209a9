import { Testing, TerraformStack } from 'cdktf';
import { connectorMaps } from '../../../../constructs/connect/connector';
import { JdbcSinkConnector, jdbcSinkConfig, JdbcSinkProps } from '../../../../constructs/connect/jdbc-sink';
import { DEFAULT_TUNING } from '../../../../environments/schema';

const props = (over: Partial<JdbcSinkProps> = {}): JdbcSinkProps => ({
  name: 'sink',
  flow: 'eligibility',
  sourceTable: 'ml.eligibility_insight',
  carriedTypes: { insight_id: { type: 'STRING', logical: 'io.debezium.data.Uuid', optional: false }, citizen_id: { type: 'STRING', logical: 'io.debezium.data.Uuid', optional: true }, is_eligible: { type: 'BOOLEAN', optional: true } },
  topic: 'smart.v1.warehouse.ml.eligibility_insight',
  database: { host: 'citizen-db', port: 5432, name: 'smart_citizen', user: 'sinker', sslmode: 'require' },
  password: '${secrets:/run/s:sink}',
  targetTable: 'portal.eligibility',
  fields: { insight_id: 'id', citizen_id: 'citizen_id', is_eligible: 'eligible' },
  sourceKey: 'insight_id',
  deletes: 'propagate',
  deadLetterTopic: 'smart.v1.dlq.eligibility',
  deadLetterReplicationFactor: 3,
  tuning: DEFAULT_TUNING,
  ...over,
});

const maps = (p: JdbcSinkProps) => connectorMaps(jdbcSinkConfig(p));

describe('jdbcSinkConfig (pure builder)', () => {
  it('upserts one topic into one fixed table by record key, over the endpoint it is given', () => {
    const { config } = maps(props());
    expect(config).toMatchObject({
      'connector.class': 'smart.cdc.connect.ParkingJdbcSinkConnector',
      'tasks.max': '1',
      topics: 'smart.v1.warehouse.ml.eligibility_insight',
      // logServerErrorDetail=false: no row values in the driver's exception messages
      'connection.url': 'jdbc:postgresql://citizen-db:5432/smart_citizen?sslmode=require&logServerErrorDetail=false&reWriteBatchedInserts=true&stringtype=unspecified',
      'connection.username': 'sinker',
      'insert.mode': 'upsert',
      'primary.key.mode': 'record_key',
      'collection.name.format': 'portal.eligibility',
      'schema.evolution': 'none',
      'errors.deadletterqueue.topic.name': 'smart.v1.dlq.eligibility',
      'errors.deadletterqueue.topic.replication.factor': '3',
      'errors.log.include.messages': 'false',
    });
    expect(maps(props({ tasksMax: 4 })).config['tasks.max']).toBe('4');
  });

  it('deletes by tombstone when deletes propagate, drops them when ignored', () => {
    expect(maps(props()).config).toMatchObject({ 'delete.enabled': 'true', 'transforms.unwrap.delete.tombstone.handling.mode': 'delete-to-tombstone' });
    expect(maps(props({ deletes: 'ignore' })).config).toMatchObject({ 'delete.enabled': 'false', 'transforms.unwrap.delete.tombstone.handling.mode': 'drop' });
  });

  it('selects exactly the flow fields, renames them and the key', () => {
    const { config } = maps(props());
    expect(config.transforms).toBe('unwrap,selectFields,renameKey');
    expect(config['transforms.selectFields.include']).toBe('insight_id,citizen_id,is_eligible');
    expect(config['transforms.selectFields.renames']).toBe('insight_id:id,is_eligible:eligible');
    expect(config['transforms.renameKey.renames']).toBe('insight_id:id');
  });

  it('leaves out the key rename when the key keeps its name', () => {
    const { config } = maps(props({ fields: { id: 'id', x: 'y' }, sourceKey: 'id', carriedTypes: { id: { type: 'STRING', optional: false }, x: { type: 'STRING', optional: true } } }));
    expect(config.transforms).toBe('unwrap,selectFields');
  });

  it('takes batch and fetch sizes and the session timeout from the tuning, max.poll.records equal to batch.size (which it caps)', () => {
    expect(maps(props()).config).toMatchObject({ 'batch.size': '4096', 'consumer.override.max.poll.records': '4096', 'consumer.override.session.timeout.ms': '10000' });
    const tuning = { ...DEFAULT_TUNING, sink: { batchSize: 50, maxPartitionFetchBytes: 2048, sessionTimeoutMs: 7000 } };
    expect(maps(props({ tuning })).config).toMatchObject({
      'batch.size': '50',
      'consumer.override.max.poll.records': '50',
      'consumer.override.max.partition.fetch.bytes': '2048',
      'consumer.override.session.timeout.ms': '7000',
    });
  });

  it('reads a NULL as NULL, never as the column default of the schema (JsonConverter replaces it by default)', () => {
    expect(maps(props()).config['value.converter.replace.null.with.default']).toBe('false');
  });

  it("lets its producer park a record as large as the sources may send (the dead-letter topic's producer)", () => {
    expect(maps(props()).config['producer.override.max.request.size']).toBe(String(DEFAULT_TUNING.producer.maxRecordBytes));
  });

  it('has pgjdbc rewrite batched upserts into multi-row statements, with one change per row in a batch', () => {
    expect(maps(props()).config['connection.url']).toMatch(/[?&]reWriteBatchedInserts=true(&|$)/);
    // a multi-row INSERT … ON CONFLICT cannot touch one row twice: the batch is reduced by key
    expect(maps(props()).config['use.reduction.buffer']).toBe('true');
  });

  it('holds the password only as a worker secret reference', () => {
    const { config, sensitive } = maps(props());
    expect(sensitive).toEqual({});
    expect(config['connection.password']).toBe('${secrets:/run/s:sink}');
    expect(maps(props({ password: undefined })).config['connection.password']).toBeUndefined();
  });

  it('gives every property a reason', () => {
    const spec = jdbcSinkConfig(props());
    for (const s of [spec.name, spec.connectorClass, spec.tasksMax, ...spec.config, ...spec.sensitive]) expect(s.why).toMatch(/\w{3,}/);
  });
});

describe('JdbcSinkConnector checks', () => {
  const build = (over: Partial<JdbcSinkProps>) => new JdbcSinkConnector(new TerraformStack(Testing.app(), 's'), 'sink', props(over));

  it('reads back the columns it carries and where each lands', () => {
    const c = build({});
    expect(c.carriedColumns).toEqual(['insight_id', 'citizen_id', 'is_eligible']);
    expect(c.columnTargets).toEqual({ insight_id: 'id', citizen_id: 'citizen_id', is_eligible: 'eligible' });
  });

  it('refuses a key that is not among its fields', () => {
    expect(() => build({ sourceKey: 'insight' })).toThrow("sink connector 'sink': key 'insight' is not among its fields");
  });

  it('refuses a password that is not a worker secret reference', () => {
    for (const password of ['hunter2', '${var.citizen_sink_password}'])
      expect(() => build({ password })).toThrow("sink connector 'sink': password must be a worker secret reference, not a value");
  });
});

describe('jdbcSinkConfig: what the parking sink checks', () => {
  it('lists every carried column with its target and Connect type', () => {
    expect(maps(props()).config).toMatchObject({
      'smart.cdc.flow': 'eligibility',
      'smart.cdc.source.table': 'ml.eligibility_insight',
      'smart.cdc.carried.fields': 'insight_id>id:STRING:io.debezium.data.Uuid,citizen_id>citizen_id:STRING:io.debezium.data.Uuid,is_eligible>eligible:BOOLEAN',
    });
  });

  it('refuses a carried column without a type', () => {
    expect(() => jdbcSinkConfig(props({ carriedTypes: { insight_id: { type: 'STRING', optional: false } } }))).toThrow("sink connector 'sink': no Connect type for carried column 'citizen_id'");
  });
});
