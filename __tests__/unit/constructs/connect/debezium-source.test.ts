import { Testing, TerraformStack } from 'cdktf';
import { connectorMaps } from '../../../../constructs/connect/connector';
import { CARRIED_HEADER, DebeziumSourceConnector, debeziumSourceConfig, DebeziumSourceProps } from '../../../../constructs/connect/debezium-source';
import { DEFAULT_TUNING } from '../../../../environments/schema';

const props = (over: Partial<DebeziumSourceProps> = {}): DebeziumSourceProps => ({
  name: 'src',
  topicPrefix: 'smart.v1.citizen',
  heartbeatTopicPrefix: '__hb',
  database: { host: 'db.example', port: 5433, name: 'smart_citizen', user: 'cap', sslmode: 'verify-full' },
  password: '${secrets:/run/s:capture}',
  slotName: 'slot_1',
  publicationName: 'pub_1',
  tables: ['portal.citizen', 'portal.citizen_submission'],
  includedColumns: ['portal.citizen.id', 'portal.citizen.cdc_origin', 'portal.citizen_submission.id', 'portal.citizen_submission.free_text'],
  hashedColumns: ['portal.citizen_submission.free_text'],
  hashSalt: '${secrets:/run/s:salt}',
  numericColumns: [],
  heartbeat: { intervalMs: 10_000, table: 'cdc.heartbeat' },
  signalTable: 'cdc.debezium_signal',
  echoFilter: { tables: ['portal.citizen'], originColumn: 'cdc_origin', sinkValue: 'sink', sinkOverAppValue: 'sink-over-app' },
  tuning: DEFAULT_TUNING,
  ...over,
});

const maps = (p: DebeziumSourceProps) => connectorMaps(debeziumSourceConfig(p));

describe('debeziumSourceConfig (pure builder)', () => {
  it('reads one slot with one task, through the stack-owned publication, by default', () => {
    const { config } = maps(props());
    expect(config).toMatchObject({
      'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
      'tasks.max': '1',
      'database.hostname': 'db.example',
      'database.port': '5433',
      'database.dbname': 'smart_citizen',
      'database.user': 'cap',
      'database.sslmode': 'verify-full',
      'plugin.name': 'pgoutput',
      'slot.name': 'slot_1',
      'slot.drop.on.stop': 'false',
      'publication.name': 'pub_1',
      'publication.autocreate.mode': 'disabled',
      'topic.prefix': 'smart.v1.citizen',
      'topic.heartbeat.prefix': '__hb',
      'heartbeat.interval.ms': '10000',
    });
    expect(maps(props({ tasksMax: 3 })).config['tasks.max']).toBe('3');
  });

  it('lets into Kafka exactly the given columns and the signal columns, regex-escaped', () => {
    const { config } = maps(props());
    expect(config['table.include.list']).toBe('portal\\.citizen,portal\\.citizen_submission');
    expect(config['column.include.list'].split(',')).toEqual([
      'portal\\.citizen\\.id',
      'portal\\.citizen\\.cdc_origin',
      'portal\\.citizen_submission\\.id',
      'portal\\.citizen_submission\\.free_text',
      'cdc\\.debezium_signal\\.id',
      'cdc\\.debezium_signal\\.type',
      'cdc\\.debezium_signal\\.data',
    ]);
  });

  it('holds secrets only as worker secret references, and hashes SENSITIVE columns before any transform that reads values, with the referenced salt', () => {
    const { config, sensitive } = maps(props());
    expect(sensitive).toEqual({});
    expect(config['database.password']).toBe('${secrets:/run/s:capture}');
    expect(Object.keys(config).filter((k) => k.includes('column.mask'))).toEqual([]);
    // only the loop filter, which reads the origin stamp alone and changes nothing, runs before it
    expect(config.transforms.split(',').slice(0, 2)).toEqual(['dropSinkEchoes', 'hashSensitive']);
    expect(config).toMatchObject({
      'transforms.hashSensitive.type': 'smart.cdc.connect.HashColumns',
      'transforms.hashSensitive.columns': 'portal.citizen_submission.free_text',
      'transforms.hashSensitive.salt.password': '${secrets:/run/s:salt}',
      'transforms.hashSensitive.algorithm': 'SHA-256',
    });
    const none = maps(props({ password: undefined, hashedColumns: [] })).config;
    expect(none['database.password']).toBeUndefined();
    expect(Object.keys(none).some((k) => k.includes('hashSensitive'))).toBe(false);
  });

  it('marks each table\'s records with the columns it carries, for the sinks to tell drift from a field just added', () => {
    const { config } = maps(props());
    expect(config['transforms.carried_portal_citizen_submission.type']).toBe('org.apache.kafka.connect.transforms.InsertHeader');
    expect(config['transforms.carried_portal_citizen_submission.header']).toBe(CARRIED_HEADER);
    expect(config['transforms.carried_portal_citizen_submission.value.literal']).toBe('free_text,id');
    expect(config['transforms.carried_portal_citizen.value.literal']).toBe('cdc_origin,id');
    // only on its table's topic: portal.citizen's pattern does not match portal.citizen_submission's topic
    const pattern = new RegExp(`^(?:${config['predicates.carried_portal_citizenTopic.pattern']})$`);
    expect(pattern.test('smart.v1.citizen.portal.citizen')).toBe(true);
    expect(pattern.test('smart.v1.citizen.portal.citizen_submission')).toBe(false);
    expect(config['transforms.carried_portal_citizen.predicate']).toBe('carried_portal_citizenTopic');
  });

  it('never snapshots: a first copy is a bulk copy, and nothing is left for a snapshot query to filter', () => {
    const { config } = maps(props());
    expect(config['snapshot.mode']).toBe('no_data');
    expect(Object.keys(config).filter((k) => k.startsWith('snapshot.select'))).toEqual([]);
  });

  it("adds no Debezium context headers to the records (nothing reads them; each costs a conversion per record)", () => {
    expect(maps(props()).config['extended.headers.enabled']).toBe('false');
  });

  it('always drops signal records; drops sink echoes only where a table is guarded', () => {
    const guarded = maps(props()).config;
    // the loop filter first: echoes are dropped before they are hashed and checked
    expect(guarded.transforms).toBe('dropSinkEchoes,hashSensitive,exactValues,dropSignals,carried_portal_citizen,carried_portal_citizen_submission,carriedSchema');
    expect(guarded['predicates.dropSignalsTopic.pattern']).toBe('smart\\.v1\\.citizen\\.cdc\\.debezium_signal');
    // what it keeps over every op and origin is DropSinkEchoesTest's (connect-plugin/)
    expect(guarded['transforms.dropSinkEchoes.type']).toBe('smart.cdc.connect.DropSinkEchoes');
    expect(guarded['transforms.dropSinkEchoes.tables']).toBe('portal.citizen');
    expect(guarded['transforms.dropSinkEchoes.origin.column']).toBe('cdc_origin');
    expect([guarded['transforms.dropSinkEchoes.sink.value'], guarded['transforms.dropSinkEchoes.sink.over.app.value']]).toEqual(['sink', 'sink-over-app']);
    for (const echoFilter of [undefined, { tables: [], originColumn: 'cdc_origin', sinkValue: 'sink', sinkOverAppValue: 'sink-over-app' }]) {
      const c = maps(props({ echoFilter })).config;
      expect(c.transforms).toBe('hashSensitive,exactValues,dropSignals,carried_portal_citizen,carried_portal_citizen_submission,carriedSchema');
      expect(Object.keys(c).some((k) => k.includes('dropSinkEchoes'))).toBe(false);
    }
  });

  it('writes its heartbeat row under its own name', () => {
    expect(maps(props()).config['heartbeat.action.query']).toBe(
      "INSERT INTO cdc.heartbeat (source, beat_at) VALUES ('src', now()) ON CONFLICT (source) DO UPDATE SET beat_at = EXCLUDED.beat_at",
    );
  });

  it('gives every property a reason', () => {
    const spec = debeziumSourceConfig(props());
    for (const s of [spec.name, spec.connectorClass, spec.tasksMax, ...spec.config, ...spec.sensitive]) expect(s.why).toMatch(/\w{3,}/);
  });
});

describe('DebeziumSourceConnector checks', () => {
  const build = (over: Partial<DebeziumSourceProps>) => () => new DebeziumSourceConnector(new TerraformStack(Testing.app(), 's'), 'src', props(over));

  it('builds from valid props and reads back what it hashes and lets in', () => {
    const c = build({})();
    expect(c.hashedColumns).toEqual(['portal.citizen_submission.free_text']);
    expect(c.includedColumns).toContain('portal.citizen.cdc_origin');
    expect(c.includedColumns).toContain('cdc.debezium_signal.data');
  });

  it('refuses a source that captures nothing', () => {
    expect(build({ tables: [], includedColumns: [], hashedColumns: [] })).toThrow("source connector 'src': captures no table");
  });

  it('refuses a column outside the captured tables', () => {
    expect(build({ includedColumns: ['portal.citizen.id', 'ml.recommendation.rank'] })).toThrow("source connector 'src': column 'ml.recommendation.rank' is not in a captured table");
  });

  it('refuses a hashed column it does not let into Kafka', () => {
    expect(build({ hashedColumns: ['portal.citizen.email'] })).toThrow("source connector 'src': hashed column 'portal.citizen.email' is not among the columns it lets into Kafka");
  });

  it('refuses a salt or a password that is not a worker secret reference', () => {
    expect(build({ hashSalt: 'pepper' })).toThrow("source connector 'src': hashSalt must be a worker secret reference, not a value");
    // a Terraform variable would be resolved by Terraform and land in the connector configuration
    expect(build({ hashSalt: '${var.hash_salt}' })).toThrow("source connector 'src': hashSalt must be a worker secret reference, not a value");
    expect(build({ password: 'hunter2' })).toThrow("source connector 'src': password must be a worker secret reference, not a value");
  });
});

describe('Debezium source converters', () => {
  it('writes a NULL as NULL, never as the column default of the schema', () => {
    expect(connectorMaps(debeziumSourceConfig(props())).config['value.converter.replace.null.with.default']).toBe('false');
  });
});

describe('Debezium source tuning', () => {
  it('takes batch, queue, poll interval and producer settings from the environment', () => {
    const tuning = { ...DEFAULT_TUNING, source: { maxBatchSize: 100, maxQueueSize: 400, pollIntervalMs: 20 }, producer: { lingerMs: 7, batchBytes: 65536, compression: 'zstd' as const, maxRecordBytes: 4_194_304 } };
    expect(connectorMaps(debeziumSourceConfig(props({ tuning }))).config).toMatchObject({
      'max.batch.size': '100',
      'max.queue.size': '400',
      'poll.interval.ms': '20',
      'producer.override.linger.ms': '7',
      'producer.override.batch.size': '65536',
      'producer.override.max.request.size': '4194304',
      'transforms.exactValues.max.values.bytes': String(4_194_304 - 262_144),
      'producer.override.compression.type': 'zstd',
    });
  });
});
