import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cdktfArgs, requireTerraform, terraformEnv, transientFailure } from '../../../../scripts/terraform/cdktf';

// as `cdktf deploy local` printed it when one topic of a parallel create failed
const DROPPED = `local  Error: kafka: broker not connected
         with kafka_topic.streaming_topic-smartv1citizenportalcitizen_submission_99F26A68 (streaming/topic-smart.v1.citizen.portal.citizen_submission),
Invoking Terraform CLI failed with exit code 1`;
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

  it('skips the provider lock only with the mirror switch on', () => {
    expect(cdktfArgs(['deploy', 'local'], { SMART_CDC_TF_MIRROR: '/m' })).toEqual(['deploy', 'local', '--skip-provider-lock']);
    expect(cdktfArgs(['deploy', 'local'], {})).toEqual(['deploy', 'local']);
    expect(cdktfArgs(['synth'], { SMART_CDC_TF_MIRROR: '/m' })).toEqual(['synth']);
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
