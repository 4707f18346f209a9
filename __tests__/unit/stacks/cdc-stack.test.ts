import { join } from 'path';
import { localStateDir } from '../../../runtime/state-dir';
import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { connector, migrationSql, resources, synthJson } from '../../support/synth';
import { PLUGIN_JAR_NAME } from '../../../constructs/connect/plugin';
import { connectPluginSourceHash } from '../../../constructs/docker/connect-plugin';

const view = new CatalogueView(SMART_CATALOGUE);
const ENVS = ['local', 'dev', 'staging', 'prod'];
/** where each environment's Connect workers keep the pipeline's secrets (environments/*.ts) */
const SECRET_DIRS: Record<string, string> = { local: 'secrets', dev: '/kafka/secrets/smart-cdc', staging: '/etc/kafka-connect/secrets/smart-cdc', prod: '/etc/kafka-connect/secrets/smart-cdc' };

describe.each(ENVS)('stack %s', (env) => {
  const json = synthJson(env);
  const roles = resources(json, 'postgresql_role');

  it('outputs the pipeline version', () => {
    expect(json.output.pipeline_version.value).toBe(SMART_CATALOGUE.version);
  });

  it('creates a capture role with LOGIN REPLICATION that is never superuser, and a sink role without replication', () => {
    const capture = roles.filter((r) => r.name === 'smart_cdc_capture');
    const sink = roles.filter((r) => r.name === 'smart_cdc_sink');
    expect(capture).toHaveLength(2);
    expect(sink).toHaveLength(2);
    for (const r of capture) expect(r).toMatchObject({ login: true, replication: true, superuser: false, create_role: false, create_database: false });
    for (const r of sink) expect(r).toMatchObject({ login: true, replication: false, superuser: false });
  });

  it('grants the capture role SELECT on exactly the captured tables, and each sink role writes only its flows’ targets', () => {
    const grants = resources(json, 'postgresql_grant').filter((g) => g.object_type === 'table');
    const tablesOf = (role: string, db: string, privilege: string) =>
      grants
        .filter((g) => g.role === role && g.database === db && g.privileges.includes(privilege))
        .flatMap((g) => g.objects.map((o: string) => `${g.schema}.${o}`))
        .filter((t) => !t.startsWith('cdc.'))
        .sort();
    for (const db of ['warehouse', 'citizen'] as const) {
      const name = view.database(db).name;
      expect(tablesOf('smart_cdc_capture', name, 'SELECT')).toEqual(view.capturedTables(db).sort());
      expect(tablesOf('smart_cdc_capture', name, 'INSERT')).toEqual([]);
      expect(tablesOf('smart_cdc_sink', name, 'INSERT')).toEqual(view.targetTables(db).sort());
      expect(tablesOf('smart_cdc_sink', name, 'DELETE')).toEqual(view.targetTables(db).sort());
    }
  });

  it('gives the sink no grant on the cdc schema: the triggers it fires run as their owner (SECURITY DEFINER)', () => {
    const schemaGrants = resources(json, 'postgresql_grant').filter((g) => g.object_type === 'schema');
    expect(schemaGrants.filter((g) => g.role === 'smart_cdc_sink' && g.schema === 'cdc')).toEqual([]);
    // the capture role keeps it: it writes cdc.heartbeat and cdc.debezium_signal
    expect(schemaGrants.filter((g) => g.role === 'smart_cdc_capture' && g.schema === 'cdc')).toHaveLength(2);
    for (const db of ['warehouse', 'citizen'] as const)
      expect(schemaGrants.filter((g) => g.role === 'smart_cdc_sink' && g.database === view.database(db).name).map((g) => g.schema).sort()).toEqual([...new Set(view.targetTables(db).map((t) => t.split('.')[0]))].sort());
  });

  it('publishes exactly the captured tables (with row filters) plus heartbeat and signal tables', () => {
    const sql = migrationSql(json, 'warehouse', 'publication');
    expect(sql).toContain(
      "CREATE PUBLICATION smart_cdc_v1_warehouse FOR TABLE ml.eligibility_insight WHERE (status IN ('published')), ml.recommendation, analytics.citizen_profile, cdc.heartbeat, cdc.debezium_signal",
    );
    expect(migrationSql(json, 'citizen', 'publication')).toContain(
      "FOR TABLE portal.citizen, portal.recommendation WHERE (status IN ('accepted', 'dismissed')), portal.citizen_submission WHERE (consent_research IN (true)), cdc.heartbeat, cdc.debezium_signal",
    );
  });

  it('creates one pgoutput slot per source database, named with the major version, after the publication', () => {
    const slots = resources(json, 'postgresql_replication_slot');
    expect(slots.map((s) => [s.name, s.plugin]).sort()).toEqual([
      ['smart_cdc_v1_citizen', 'pgoutput'],
      ['smart_cdc_v1_warehouse', 'pgoutput'],
    ]);
    for (const s of slots) expect(s.depends_on.some((d: string) => d.includes('_publication_apply_'))).toBe(true);
  });

  it('gives each topic the environment’s replication, min ISR and a deliberate cleanup policy', () => {
    const topics = resources(json, 'kafka_topic');
    const rf = env === 'staging' || env === 'prod' ? 3 : 1;
    const isr = rf === 3 ? '2' : '1';
    // change and dead-letter topic per flow, heartbeat per source database, the supervisor's events
    expect(topics).toHaveLength(view.flows.length * 2 + 2 + 1);
    for (const t of topics) {
      expect(t.replication_factor).toBe(rf);
      expect(t.config['min.insync.replicas']).toBe(isr);
      expect(t.config['cleanup.policy']).toBe('delete');
      expect(Number(t.config['retention.ms'])).toBeGreaterThan(0);
    }
    const names = topics.map((t) => t.name);
    for (const f of view.flows) expect(names).toEqual(expect.arrayContaining([view.changeTopic(f), view.deadLetterTopic(f)]));
    expect(names).toContain(view.supervisorTopic);
  });

  it('configures each source on the stack-owned publication and slot, excluding INTERNAL and hashing SENSITIVE columns', () => {
    const w = connector(json, 'smart-cdc-v1-warehouse-source');
    expect(w.config).toMatchObject({
      'plugin.name': 'pgoutput',
      'publication.autocreate.mode': 'disabled',
      'publication.name': 'smart_cdc_v1_warehouse',
      'slot.name': 'smart_cdc_v1_warehouse',
      'slot.drop.on.stop': 'false',
      'signal.data.collection': 'cdc.debezium_signal',
    });
    // exactly the flows' fields (and the origin marker of echo-guarded tables) reach Kafka
    const included = w.config['column.include.list'].split(',').map((x: string) => x.replace(/\\/g, ''));
    for (const f of view.flowsFrom('warehouse')) {
      for (const col of Object.keys(f.fields)) expect(included).toContain(`${f.source.table}.${col}`);
      for (const col of view.columnsOfClass('warehouse', f.source.table, 'INTERNAL')) expect(included).not.toContain(`${f.source.table}.${col}`);
    }
    expect(included).not.toContain('analytics.citizen_profile.email');
    expect(included).toContain('analytics.citizen_profile.cdc_origin');
    expect(w.config['snapshot.mode']).toBe('no_data');
    const c = connector(json, 'smart-cdc-v1-citizen-source');
    // SENSITIVE columns are hashed before any transform that reads values (only the loop filter, which reads the
    // origin stamp alone, comes first), with a salt the worker resolves (`$${` is Terraform's literal `${`)
    expect(c.config.transforms.split(',').slice(0, 2)).toEqual(['dropSinkEchoes', 'hashSensitive']);
    expect(c.config).toMatchObject({
      'transforms.hashSensitive.type': 'smart.cdc.connect.HashColumns',
      'transforms.hashSensitive.columns': 'portal.citizen_submission.free_text',
      'transforms.hashSensitive.salt.password': `$\${secrets:${SECRET_DIRS[env]}:hash_salt}`,
      'transforms.hashSensitive.algorithm': 'SHA-256',
    });
    expect(c.config['database.password']).toBe(env === 'local' ? undefined : `$\${secrets:${SECRET_DIRS[env]}:citizen_capture_password}`);
    expect(w.config.transforms.split(',')).not.toContain('hashSensitive');
    expect(c.config).toMatchObject({
      'transforms.dropSinkEchoes.type': 'smart.cdc.connect.DropSinkEchoes',
      'transforms.dropSinkEchoes.tables': 'portal.recommendation,portal.citizen',
      'transforms.dropSinkEchoes.origin.column': 'cdc_origin',
      'transforms.dropSinkEchoes.sink.value': 'sink',
      'transforms.dropSinkEchoes.sink.over.app.value': 'sink-over-app',
    });
  });

  it('derives each sink from its flow: upsert by key, renames, field selection, deletes and dead-letter topic', () => {
    for (const f of view.flows) {
      const s = connector(json, view.sinkConnectorName(f));
      expect(s.config).toMatchObject({
        'insert.mode': 'upsert',
        'primary.key.mode': 'record_key',
        'delete.enabled': String(f.deletes === 'propagate'),
        'collection.name.format': f.target.table,
        topics: view.changeTopic(f),
        'errors.deadletterqueue.topic.name': view.deadLetterTopic(f),
        'transforms.unwrap.delete.tombstone.handling.mode': f.deletes === 'propagate' ? 'delete-to-tombstone' : 'drop',
      });
      expect(s.config.transforms.split(',')[0]).toBe('unwrap');
      expect(s.config['transforms.selectFields.include'].split(',').sort()).toEqual(Object.keys(f.fields).sort());
      const key = view.primaryKey(f.source.database, f.source.table).name;
      if (f.fields[key] !== key) expect(s.config['transforms.renameKey.renames']).toBe(`${key}:${f.fields[key]}`);
    }
    expect(connector(json, 'smart-cdc-v1-eligibility-sink').config['transforms.selectFields.renames']).toBe(
      'insight_id:id,is_eligible:eligible,eligibility_score:score,expires_at:valid_until',
    );
    // the citizen's status is never written by the recommendation flow
    expect(connector(json, 'smart-cdc-v1-recommendation-sink').config['transforms.selectFields.include']).not.toMatch(/status/);
  });

  it('keeps secrets out of the synthesized JSON: connectors hold worker secret references, everything else sensitive variable references', () => {
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/column\.mask\.hash/);
    const terraformPasswords = [...text.matchAll(/"(password|sasl_password|basic_auth_password|PGPASSWORD|RANGER_ADMIN_PASSWORD)":"([^"]*)"/g)];
    // a destroy-time provisioner reads its password from its own input, itself a variable reference
    for (const [, , value] of terraformPasswords) expect(value).toMatch(/^\$\{(var\.[a-z_]+|self\.input\.PGPASSWORD)\}$/);
    for (const c of resources(json, 'kafka-connect_connector')) {
      expect(c.config_sensitive).toBeUndefined();
      // no Terraform expression at all in a connector: whatever Terraform resolved would be readable through Connect
      expect(JSON.stringify(c)).not.toMatch(/(^|[^$])\$\{/);
      for (const [k, v] of Object.entries(c.config as Record<string, string>))
        if (/(password|salt)$/.test(k)) expect({ [k]: v }).toEqual({ [k]: expect.stringMatching(new RegExp(`^\\$\\$\\{secrets:${SECRET_DIRS[env]}:[a-z_]+\\}$`)) });
    }
    const variables = Object.entries((json.variable ?? {}) as Record<string, { sensitive: boolean; default?: unknown }>);
    for (const [, v] of variables) {
      expect(v.sensitive).toBe(true);
      expect(v.default).toBeUndefined();
    }
    // the salt is a Terraform variable only where the stack fills the worker's secret storage itself (dev)
    expect(variables.map(([n]) => n).includes('hash_salt')).toBe(env === 'dev');
    if (env === 'local') expect(variables).toEqual([]);
  });
});

describe('per-environment differences', () => {
  it('dev runs every engine as a pinned, health-checked container; PostgreSQL with logical decoding', () => {
    const json = synthJson('dev');
    const containers = resources(json, 'docker_container');
    expect(containers.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['smart-cdc-dev-citizen-db', 'smart-cdc-dev-connect', 'smart-cdc-dev-kafka', 'smart-cdc-dev-prometheus', 'smart-cdc-dev-warehouse-db']));
    for (const c of containers) {
      expect(c.healthcheck.test.length).toBeGreaterThan(0);
      expect(c.wait).toBe(true);
    }
    const pg = containers.find((c) => c.name === 'smart-cdc-dev-warehouse-db')!;
    expect(pg.command.join(' ')).toMatch(/wal_level=logical.*max_slot_wal_keep_size=/);
    for (const i of resources(json, 'docker_image')) expect(i.name).toMatch(/:v?[0-9][\w.-]*$/);
    // connectors reach the databases by their in-network names
    expect(connector(json, 'smart-cdc-v1-warehouse-source').config['database.hostname']).toBe('smart-cdc-dev-warehouse-db');
    // the Connect worker resolves ${secrets:…} from files the stack writes from sensitive variables, and has the HashColumns plugin
    const connect = containers.find((c) => c.name === 'smart-cdc-dev-connect')!;
    expect(connect.env).toEqual(
      expect.arrayContaining([
        'CONNECT_CONFIG_PROVIDERS=secrets',
        'CONNECT_CONFIG_PROVIDERS_SECRETS_CLASS=org.apache.kafka.common.config.provider.DirectoryConfigProvider',
        'CONNECT_CONFIG_PROVIDERS_SECRETS_PARAM_ALLOWED_PATHS=/kafka/secrets/smart-cdc',
      ]),
    );
    const uploads = Object.fromEntries((connect.upload as Array<{ file: string; content?: string; source?: string }>).map((u) => [u.file, u.content ?? u.source]));
    expect(uploads).toMatchObject({
      '/kafka/secrets/smart-cdc/hash_salt': '${var.hash_salt}',
      '/kafka/secrets/smart-cdc/citizen_capture_password': '${var.citizen_capture_password}',
      '/kafka/secrets/smart-cdc/warehouse_sink_password': '${var.warehouse_sink_password}',
      [`/kafka/connect/debezium-connector-jdbc/${PLUGIN_JAR_NAME}`]: `\${path.module}/../../../connect-plugin/target/${PLUGIN_JAR_NAME}`,
    });
  });

  it('staging and prod use SASL_SSL, ACLs for the Connect principal and (dead letters only) the operators, TLS to databases and a remote backend', () => {
    for (const env of ['staging', 'prod']) {
      const json = synthJson(env);
      expect(json.provider.kafka[0]).toMatchObject({ tls_enabled: true, sasl_mechanism: 'scram-sha512', sasl_password: '${var.kafka_sasl_password}' });
      const acls = resources(json, 'kafka_acl');
      expect(acls.length).toBeGreaterThan(0);
      for (const a of acls) expect(['User:smart-cdc-connect', 'User:smart-cdc-operators']).toContain(a.acl_principal);
      expect(acls.every((a) => a.acl_permission_type === 'Allow' && a.resource_pattern_type_filter === 'Prefixed')).toBe(true);
      // the operators read the dead-letter topics (with their own groups) and nothing else
      const ops = acls.filter((a) => a.acl_principal === 'User:smart-cdc-operators').map((a) => `${a.resource_type}:${a.resource_name}:${a.acl_operation}`).sort();
      expect(ops).toEqual(['Group:smart-cdc-operators-:Read', 'Topic:smart.v1.dlq.:Describe', 'Topic:smart.v1.dlq.:Read']);
      // Connect REST is reached over TLS with basic auth from a sensitive variable
      expect(json.provider['kafka-connect'][0]).toMatchObject({ url: expect.stringMatching(/^https:\/\//), basic_auth_username: 'smart-cdc', basic_auth_password: '${var.connect_password}' });
      expect(json.terraform.backend.s3.key).toBe(`smart-cdc/${env}.tfstate`);
      expect(connector(json, 'smart-cdc-v1-warehouse-source').config['database.sslmode']).toBe('verify-full');
      expect(resources(json, 'docker_container')).toHaveLength(0);
      // external databases keep their own schema: no reference tables
      expect(Object.keys(json.resource.terraform_data).some((k) => k.includes('reference-schema'))).toBe(false);
    }
  });

  it('sizes connectors from the environment: sink tasks per partition, batching and compression from its tuning', () => {
    const expected = { local: 1, dev: 1, staging: 3, prod: 6 };
    for (const [env, tasks] of Object.entries(expected)) {
      const json = synthJson(env);
      for (const f of view.flows) {
        const sink = connector(json, view.sinkConnectorName(f)).config;
        expect(sink['tasks.max']).toBe(String(tasks));
        expect(sink['batch.size']).toBe(sink['consumer.override.max.poll.records']);
        expect(sink['connection.url']).toMatch(/[?&]reWriteBatchedInserts=true(&|$)/);
        expect(sink['use.reduction.buffer']).toBe('true');
      }
      for (const db of view.sourceDatabases) {
        const src = connector(json, view.sourceConnectorName(db)).config;
        expect(src).toMatchObject({ 'tasks.max': '1', 'poll.interval.ms': '20', 'producer.override.compression.type': 'lz4' });
        expect(Number(src['max.queue.size'])).toBeGreaterThan(Number(src['max.batch.size']));
      }
    }
  });

  it('local and dev create no ACLs and keep state locally; local keeps it beside its engines', () => {
    for (const env of ['local', 'dev']) expect(resources(synthJson(env), 'kafka_acl')).toHaveLength(0);
    expect(synthJson('dev').terraform.backend.local.path).toBe('terraform.dev.tfstate');
    expect(synthJson('local').terraform.backend.local.path).toBe(join(localStateDir(), 'terraform', 'local.tfstate'));
  });
});

describe('self-healing (connect-plugin/)', () => {
  it('every sink is the parking JDBC sink with the types its carried columns must arrive with', () => {
    const json = synthJson('local');
    const rec = connector(json, 'smart-cdc-v1-recommendation-sink').config;
    expect(rec['connector.class']).toBe('smart.cdc.connect.ParkingJdbcSinkConnector');
    expect(rec['smart.cdc.flow']).toBe('recommendation');
    expect(rec['smart.cdc.source.table']).toBe('ml.recommendation');
    expect(rec['smart.cdc.carried.fields'].split(',')).toEqual(
      expect.arrayContaining(['recommendation_id>id:STRING:io.debezium.data.Uuid', 'rank>priority:INT32', 'reason_code>reason_code:STRING']),
    );
    // read with the catalogue's schemas: the change event's row holds the carried columns by their source names, NULL where the catalogue allows it
    expect(rec['value.converter']).toBe('smart.cdc.connect.CatalogueJsonConverter');
    const envelope = JSON.parse(rec['value.converter.schema.content']);
    expect(envelope.name).toBe('smart.v1.warehouse.ml.recommendation.Envelope');
    const after = envelope.fields.find((f: { field: string }) => f.field === 'after');
    expect(after.fields.map((f: { field: string }) => f.field).sort()).toEqual(Object.keys(view.flows.find((f) => f.name === 'recommendation')!.fields).sort());
    expect(after.fields.find((f: { field: string }) => f.field === 'recommendation_id')).toMatchObject({ type: 'string', optional: false, name: 'io.debezium.data.Uuid' });
    expect(JSON.parse(rec['key.converter.schema.content'])).toMatchObject({ name: 'smart.v1.warehouse.ml.recommendation.Key', fields: [{ field: 'recommendation_id', type: 'string', optional: false }] });
    // numerics travel as their digits (a string, exact), SENSITIVE text as its hash (a string)
    expect(connector(json, 'smart-cdc-v1-eligibility-sink').config['smart.cdc.carried.fields']).toContain('eligibility_score>score:STRING');
    // the warehouse source spells the carried numerics' ±Infinity as PostgreSQL does (ExactValues), and only theirs
    const exact = connector(json, view.sourceConnectorName('warehouse')).config;
    expect(exact['transforms.exactValues.type']).toBe('smart.cdc.connect.ExactValues');
    expect(exact['transforms.exactValues.numeric.columns']?.split(',').sort()).toEqual(['ml.eligibility_insight.eligibility_score']);
    expect(connector(json, 'smart-cdc-v1-submission-sink').config['smart.cdc.carried.fields']).toContain('free_text>free_text:STRING');
    for (const f of view.flows) {
      const c = connector(json, view.sinkConnectorName(f)).config;
      expect(c['smart.cdc.carried.fields'].split(',').map((x: string) => x.split('>')[0]).sort()).toEqual(Object.keys(f.fields).sort());
      // parking needs Connect's errant record reporter: tolerance all and a dead-letter topic
      expect(c).toMatchObject({ 'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': view.deadLetterTopic(f) });
    }
  });

  it.each(ENVS)('%s creates the pipeline connectors one at a time, each after the one before, and the supervisor after them all', (env) => {
    const all: Record<string, { name: string; depends_on?: string[] }> = synthJson(env).resource['kafka-connect_connector'];
    const before = (id: string) => (all[id].depends_on ?? []).filter((d) => d.startsWith('kafka-connect_connector.')).map((d) => d.split('.')[1]);
    const supervisor = Object.keys(all).find((id) => all[id].name === view.supervisorConnectorName)!;
    const pipeline = Object.keys(all).filter((id) => id !== supervisor);
    const chain = pipeline.filter((id) => before(id).length === 0);
    expect(chain).toHaveLength(1);
    for (;;) {
      const next = pipeline.filter((id) => before(id).includes(chain[chain.length - 1]));
      if (!next.length) break;
      expect(next).toHaveLength(1);
      expect(before(next[0])).toHaveLength(1);
      chain.push(next[0]);
    }
    expect(chain.sort()).toEqual(pipeline.sort());
    expect(before(supervisor).sort()).toEqual(pipeline.sort());
  });

  it.each(ENVS)('%s deploys the supervisor over every pipeline connector, its REST password only as a worker secret reference', (env) => {
    const json = synthJson(env);
    const sup = connector(json, view.supervisorConnectorName);
    const pipeline = resources(json, 'kafka-connect_connector').map((c) => c.name).filter((n: string) => n !== view.supervisorConnectorName);
    expect(sup.config['connector.class']).toBe('smart.cdc.connect.PipelineSupervisorConnector');
    expect(sup.config['smart.cdc.supervise.connectors'].split(',').sort()).toEqual(pipeline.sort());
    expect(sup.config['smart.cdc.events.topic']).toBe(view.supervisorTopic);
    const shared = env === 'staging' || env === 'prod';
    expect(sup.config['smart.cdc.connect.password']).toBe(shared ? `$\${secrets:${SECRET_DIRS[env]}:connect_password}` : undefined);
    expect(JSON.stringify(sup.config_sensitive ?? '')).not.toMatch(/password/);
    // dev: the supervisor calls the REST API from inside the Connect container
    if (env === 'dev') expect(sup.config['smart.cdc.connect.url']).toBe('http://localhost:8083');
  });

  it('dev uploads the plugin jar beside the JDBC sink in the Connect container, replaced when the jar changes', () => {
    const json = synthJson('dev');
    const c = resources(json, 'docker_container').find((x) => x.name === 'smart-cdc-dev-connect')!;
    // one jar: the parking sink, the supervisor, HashColumns and DropSinkEchoes; its hash is of the sources, so synthesis needs no build
    const jars = c.upload.filter((u: { file: string }) => u.file.startsWith('/kafka/connect/debezium-connector-jdbc/'));
    expect(jars).toEqual([
      {
        file: `/kafka/connect/debezium-connector-jdbc/${PLUGIN_JAR_NAME}`,
        source: `\${path.module}/../../../connect-plugin/target/${PLUGIN_JAR_NAME}`,
        source_hash: connectPluginSourceHash(),
      },
    ]);
    expect(c.healthcheck.test.join(' ')).toContain('PipelineSupervisorConnector');
  });
});
