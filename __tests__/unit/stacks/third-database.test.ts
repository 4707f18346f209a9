import { Catalogue } from '../../../catalogue/model';
import { assertCatalogue, catalogueProblems } from '../../../catalogue/validate';
import { gateError } from '../../support/gate';
import { EnvironmentInput } from '../../../environments/schema';
import { editCatalogue, Mutable } from '../../support/catalogues';
import { buildStack, connector, fullSynth, Json, resources, synthJson } from '../../support/synth';

/**
 * A third database joins through the catalogue and the environments alone: no construct changes.
 * `registry` (smart_registry) receives the programme list from the warehouse (flow 7) and has a
 * reader role of its own.
 */
function withRegistry(edit: (c: Mutable<Catalogue>) => void = () => undefined): Catalogue {
  return editCatalogue((c) => {
    c.databases[0].tables.push({
      schema: 'ml',
      name: 'program',
      description: 'Programmes the models score for',
      columns: [
        { name: 'program_code', type: 'text', class: 'PUBLIC', primaryKey: true },
        { name: 'title', type: 'text', class: 'PUBLIC' },
        { name: 'contact_email', type: 'text', class: 'PII' },
        { name: 'budget_model', type: 'text', class: 'INTERNAL' },
      ],
    });
    c.databases.push({
      id: 'registry',
      name: 'smart_registry',
      description: 'Public programme registry',
      tables: [
        {
          schema: 'registry',
          name: 'program',
          description: 'Programmes open to citizens',
          columns: [
            { name: 'code', type: 'text', class: 'PUBLIC', primaryKey: true },
            { name: 'title', type: 'text', class: 'PUBLIC' },
            { name: 'contact_email', type: 'text', class: 'PII' },
            { name: 'budget_model', type: 'text', class: 'PUBLIC' },
          ],
        },
      ],
    });
    c.flows.push({
      id: 7,
      name: 'program_to_registry',
      description: 'Programmes reach the public registry',
      phase: 1,
      source: { database: 'warehouse', table: 'ml.program' },
      target: { database: 'registry', table: 'registry.program' },
      fields: { program_code: 'code', title: 'title', contact_email: 'contact_email' },
      deletes: 'propagate',
      deletesReason: 'a programme the warehouse retires leaves the registry',
    });
    // the analyst reads every warehouse table: the new PII column needs its mask
    c.readers.find((r) => r.name === 'analyst')!.masks.contact_email = 'MASK';
    c.readers.push({ name: 'registry_auditor', description: 'Audits the registry', database: 'registry', tables: '*', masks: { contact_email: 'MASK' } });
    edit(c);
  });
}

/** Each environment gets an endpoint for the new database, as an operator would add it. */
function addRegistry(e: EnvironmentInput): EnvironmentInput {
  const base = e.databases.warehouse;
  const secret = (given: unknown, variable: string) => (given ? { variable } : undefined);
  const shared = e.runtime === 'external';
  e.databases.registry = {
    ...base,
    host: e.runtime === 'local' ? '127.0.0.1' : shared ? base.host.replace('warehouse-db', 'registry-db') : 'localhost',
    port: e.runtime === 'local' ? 54323 : shared ? 5432 : 55434,
    adminPassword: secret(base.adminPassword, 'registry_admin_password'),
    capturePassword: secret(base.capturePassword, 'registry_capture_password'),
    sinkPassword: secret(base.sinkPassword, 'registry_sink_password'),
  };
  return e;
}


describe('a third database, through the catalogue alone', () => {
  it('is a valid catalogue', () => {
    expect(catalogueProblems(withRegistry())).toEqual([]);
    expect(() => assertCatalogue(withRegistry())).not.toThrow();
  });

  it.each(['local', 'dev', 'staging', 'prod'])('%s: synthesizes and passes the masking gate', (env) => {
    const { app } = buildStack(env, { catalogue: withRegistry(), edit: addRegistry });
    expect(() => fullSynth(app)).not.toThrow();
  });

  it('gets its own database layer, sink and (dev) container; no source, since nothing leaves it', () => {
    const json: Json = synthJson('dev', { catalogue: withRegistry(), edit: addRegistry });
    const sink = connector(json, 'smart-cdc-v1-program-to-registry-sink');
    expect(sink.config['connection.url']).toBe('jdbc:postgresql://smart-cdc-dev-registry-db:5432/smart_registry?sslmode=disable&logServerErrorDetail=false&reWriteBatchedInserts=true&stringtype=unspecified');
    expect(sink.config['transforms.selectFields.renames']).toBe('program_code:code');
    expect(resources(json, 'kafka-connect_connector').map((c) => c.name)).not.toContain('smart-cdc-v1-registry-source');
    const containers = resources(json, 'docker_container');
    expect(containers.find((c) => c.name === 'smart-cdc-dev-registry-db')?.ports).toEqual([expect.objectContaining({ external: 55434, internal: 5432 })]);
    expect(resources(json, 'postgresql_role').some((r) => r.name === 'smart_cdc_sink')).toBe(true);
    expect(Object.keys(json.resource.terraform_data).some((k) => k.startsWith('database-registry_'))).toBe(true);
    // the warehouse source now also captures ml.program, without its INTERNAL column
    const source = connector(json, 'smart-cdc-v1-warehouse-source');
    expect(source.config['table.include.list']).toContain('ml\\.program');
    expect(source.config['column.include.list']).not.toContain('budget_model');
  });

  it('gets its own Ranger service and masking policy', () => {
    const { stack } = buildStack('staging', { catalogue: withRegistry(), edit: addRegistry });
    const doc = stack.governance!.document;
    expect(doc.services.map((s) => s.name)).toContain('smart-cdc-staging-registry');
    expect(doc.policies.map((p) => p.name)).toContain('smart-cdc-staging-mask-smart_registry.registry.program.contact_email');
  });

  it('fails the gate when an INTERNAL column would flow into it (SCDC-M1, SCDC-M3)', () => {
    const leaking = withRegistry((c) => void (c.flows[c.flows.length - 1].fields.budget_model = 'budget_model'));
    const err = gateError(() => fullSynth(buildStack('local', { catalogue: leaking, edit: addRegistry }).app));
    expect(err.findings.map((f) => f.rule.id).sort()).toEqual(['SCDC-M1', 'SCDC-M3']);
    expect(err.message).toContain("flow 'program_to_registry': INTERNAL column ml.program.budget_model would leave the warehouse database into registry.program");
  });

  it('fails the gate when its reader could read PII unmasked (SCDC-M5)', () => {
    const unmasked = withRegistry((c) => void delete c.readers[c.readers.length - 1].masks.contact_email);
    const err = gateError(() => fullSynth(buildStack('dev', { catalogue: unmasked, edit: addRegistry }).app));
    expect(err.violations).toEqual([expect.stringMatching(/^\[SCDC-M5\] reader role 'registry_auditor' can read PII column registry\.program\.contact_email \(smart_registry\)/)]);
  });

  it('is refused where the catalogue would break: an INTERNAL column outside a home database, an environment without its endpoint', () => {
    const internal = withRegistry((c) => void (c.databases[2].tables[0].columns[3].class = 'INTERNAL'));
    expect(catalogueProblems(internal)).toEqual([
      "column 'registry.program.budget_model': INTERNAL columns live only in a database marked internalHome (warehouse), not in 'registry'",
    ]);
    expect(() => buildStack('local', { catalogue: withRegistry() })).toThrow("environment 'local': invalid configuration:\n  - databases.registry: required (the catalogue has database 'registry')");
  });
});
