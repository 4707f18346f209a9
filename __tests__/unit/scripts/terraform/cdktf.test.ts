import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cdktfArgs, MIRROR_PROVIDERS, pinnedVersion, providerMirror, providersReport, requireTerraform, terraformEnv, transientCause, transientFailure } from '../../../../scripts/terraform/cdktf';

// as `cdktf deploy local` printed it when one topic of a parallel create failed
const DROPPED = `local  Error: kafka: broker not connected
         with kafka_topic.streaming_topic-smartv1citizenportalcitizen_submission_99F26A68 (streaming/topic-smart.v1.citizen.portal.citizen_submission),
Invoking Terraform CLI failed with exit code 1`;
// the connector provider's create, its five retries of Connect's 409 spent while the worker group rebalanced
// (the provider's client prints Connect's JSON error body)
const REBALANCING = `prod  Error: Create connector : {"error_code":409,"message":"Cannot complete request momentarily due to stale configuration (typically caused by a concurrent config change)"}
         with kafka-connect_connector.connect_supervisor_connector_F634D12C,
Invoking Terraform CLI failed with exit code 1`;
const CONFLICT = 'prod  Error: Create connector : {"error_code":409,"message":"Cannot complete request because of a conflicting operation (e.g. worker rebalance)"}';
// a 409 that is not a rebalance: a second run would fail the same way
const EXISTS = 'prod  Error: Create connector : {"error_code":409,"message":"Connector smart-cdc-v1-supervisor already exists"}';
const WRONG = `local  Error: error creating role smart_cdc_sink: pq: role "smart_cdc_sink" already exists
Invoking Terraform CLI failed with exit code 1`;

describe('cdktf runs', () => {
  it('runs a deploy or destroy again only when a provider lost its engine connection', () => {
    expect(transientFailure(['deploy', 'local'], { code: 1, output: DROPPED })).toBe('kafka: broker not connected');
    expect(transientFailure(['destroy', 'local'], { code: 1, output: DROPPED })).toBe('kafka: broker not connected');
    expect(transientFailure(['deploy', 'local'], { code: 1, output: WRONG })).toBeUndefined();
    expect(transientFailure(['diff', 'local'], { code: 1, output: DROPPED })).toBeUndefined();
    expect(transientFailure(['deploy', 'local'], { code: 0, output: DROPPED })).toBeUndefined();
  });

  it('runs a deploy again when Kafka Connect refused a connector while its workers rebalanced, and only then', () => {
    expect(transientFailure(['deploy', 'prod'], { code: 1, output: REBALANCING })).toBe(
      'Cannot complete request momentarily due to stale configuration (typically caused by a concurrent config change)',
    );
    expect(transientFailure(['deploy', 'prod'], { code: 1, output: CONFLICT })).toBe('Cannot complete request because of a conflicting operation (e.g. worker rebalance)');
    expect(transientFailure(['deploy', 'prod'], { code: 1, output: EXISTS })).toBeUndefined();
  });

  it('finds the transient cause in a failed plan too (a plan is run once more on it: it changes nothing)', () => {
    // as scripts/terraform/plan.ts reported it when the Kafka provider lost its broker mid-plan
    const plan = `terraform plan in cdktf.out/stacks/local failed: Error: kafka: broker not connected\n\n  with kafka_topic.streaming_topic-smartv1warehousemleligibility_insight_9003C069,`;
    expect(transientCause(plan)).toBe('kafka: broker not connected');
    expect(transientCause('terraform plan in cdktf.out/stacks/local failed: Error: Invalid reference')).toBeUndefined();
  });

  it('skips the provider lock only with the mirror switch on', () => {
    expect(cdktfArgs(['deploy', 'local'], { SMART_CDC_TF_MIRROR: '/m' })).toEqual(['deploy', 'local', '--skip-provider-lock']);
    expect(cdktfArgs(['deploy', 'local'], {})).toEqual(['deploy', 'local']);
    expect(cdktfArgs(['synth'], { SMART_CDC_TF_MIRROR: '/m' })).toEqual(['synth']);
  });

  describe('where the providers come from', () => {
    const built = '/cache/smart-cdc/terraform-providers';
    const calls: string[] = [];
    const probe = (answers: boolean) => () => (calls.push('probe'), answers);
    const build = () => (calls.push('build'), built);
    beforeEach(() => (calls.length = 0));

    it('the public registry when it answers: nothing is built', () => {
      expect(providerMirror({}, probe(true), build)).toBeUndefined();
      expect(calls).toEqual(['probe']);
    });
    it("the project's mirror, built, when the registry does not answer", () => {
      expect(providerMirror({}, probe(false), build)).toBe(built);
      expect(calls).toEqual(['probe', 'build']);
    });
    it('a mirror of your own, as it is: no probe, no build', () => {
      const own = mkdtempSync(join(tmpdir(), 'own-mirror-'));
      try {
        expect(providerMirror({ SMART_CDC_TF_MIRROR: own }, probe(false), build)).toBe(own);
        expect(calls).toEqual([]);
      } finally {
        rmSync(own, { recursive: true, force: true });
      }
      expect(() => providerMirror({ SMART_CDC_TF_MIRROR: 'relative/dir' }, probe(false), build)).toThrow("SMART_CDC_TF_MIRROR='relative/dir': must be the absolute path of an existing provider mirror directory");
    });
    it('SMART_CDC_TF_PROVIDERS forces one source without asking; anything else is refused, named', () => {
      expect(providerMirror({ SMART_CDC_TF_PROVIDERS: 'registry' }, probe(false), build)).toBeUndefined();
      expect(providerMirror({ SMART_CDC_TF_PROVIDERS: 'mirror' }, probe(true), build)).toBe(built);
      expect(calls).toEqual(['build']);
      expect(() => providerMirror({ SMART_CDC_TF_PROVIDERS: 'offline' }, probe(true), build)).toThrow("SMART_CDC_TF_PROVIDERS='offline': must be registry, mirror, or unset");
    });
  });

  describe('what `npm run providers` says', () => {
    const cache = { SMART_CDC_CACHE: '/cache/smart-cdc' };
    const versions: Record<string, string> = { 'Mongey/kafka': '0.13.1', 'Mongey/kafka-connect': '0.5.0', 'cyrilgdn/postgresql': '1.26.0', 'kreuzwerker/docker': '3.6.2' };
    const version = (source: string) => versions[source];

    it("with the project's mirror: which providers are real builds and which are the test-only substitutes", () => {
      expect(providersReport('/cache/smart-cdc/terraform-providers', cache, version).split('\n')).toEqual([
        "Terraform providers: the project's mirror /cache/smart-cdc/terraform-providers",
        '  Mongey/kafka 0.13.1         real: the provider\'s own code, built from the Go module proxy',
        '  Mongey/kafka-connect 0.5.0  real: the provider\'s own code, built from the Go module proxy',
        "  cyrilgdn/postgresql 1.26.0  SUBSTITUTE, test-only: the project's own (runtime/terraform-providers/postgresql), not the real provider",
        "  kreuzwerker/docker 3.6.2    SUBSTITUTE, test-only: the project's own (runtime/terraform-providers/docker), not the real provider",
        '  what the substitutes do differently from the real providers: runtime/terraform-providers/README.md',
      ]);
    });
    it('with the public registry, or a mirror of your own: says so, and claims nothing about the builds', () => {
      expect(providersReport(undefined, cache, version)).toBe('Terraform providers: the public registry (the real providers, at the pinned versions)');
      expect(providersReport('/srv/mirror', cache, version)).toBe('Terraform providers: your mirror /srv/mirror (SMART_CDC_TF_MIRROR), used as it is: the project does not know which builds it holds');
    });
    it('names the versions the project pins: cdktf.json for the Kafka providers, the npm bindings for the substitutes', () => {
      // a version bump changes these, and the strategy document's list (scripts/docs/templates/)
      expect(Object.fromEntries(MIRROR_PROVIDERS.map((p) => [p.source, pinnedVersion(p.source)]))).toEqual(versions);
    });
  });

  it('refuses at once, naming it, when no Terraform CLI is on the PATH', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-terraform-'));
    const withOne = mkdtempSync(join(tmpdir(), 'terraform-'));
    try {
      expect(() => terraformEnv({ PATH: empty })).toThrow('the Terraform CLI is not on the PATH');
      // a file that is not executable does not count
      writeFileSync(join(withOne, 'terraform'), '#!/bin/sh\n');
      expect(() => requireTerraform(`${empty}:${withOne}`)).toThrow('not on the PATH');
      chmodSync(join(withOne, 'terraform'), 0o755);
      expect(requireTerraform(`${empty}:${withOne}`)).toBe(join(withOne, 'terraform'));
    } finally {
      rmSync(empty, { recursive: true, force: true });
      rmSync(withOne, { recursive: true, force: true });
    }
  });
});
