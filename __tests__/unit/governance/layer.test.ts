import { createHash } from 'crypto';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { ENVIRONMENTS, loadEnvironment } from '../../../environments';
import { rangerApplyDocument } from '../../../constructs/governance/policy-document';
import { editCatalogue } from '../../support/catalogues';
import { buildStack, Json, resources, synthJson } from '../../support/synth';

const data = (json: Json, id: string): Json => {
  const r = Object.entries(json.resource.terraform_data as Record<string, Json>).find(([k]) => k.startsWith(`governance_${id}_`));
  if (!r) throw new Error(`no governance ${id}`);
  return r[1];
};
const localExec = (r: Json) => r.provisioner[0]['local-exec'];

describe('governance layer', () => {
  it.each(['dev', 'staging', 'prod'])('%s: the policies resource holds the full document the stack applies', (e) => {
    const { stack } = buildStack(e);
    const json = synthJson(e);
    const doc = stack.governance!.document;
    expect(doc).toEqual(rangerApplyDocument(stack.view, loadEnvironment(e, SMART_CATALOGUE)));
    const policies = data(json, 'policies');
    expect(policies.input).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(policies.triggers_replace.sha256).toBe(createHash('sha256').update(JSON.stringify(doc)).digest('hex'));
    const run = localExec(policies);
    expect(run.command).toMatch(new RegExp(`scripts/ranger/apply\\.ts --url '${stack.governance!.endpoint.url}' --user '${stack.governance!.endpoint.adminUser}' --document-env SMART_CDC_RANGER_DOCUMENT --password-env TF_VAR_ranger_admin_password`));
    expect(run.environment).toEqual({ SMART_CDC_RANGER_DOCUMENT: '${jsonencode(self.input)}' });
    expect(run.working_dir).toBe('../../..');
    expect(json.variable.ranger_admin_password.sensitive).toBe(true);
  });

  it('a catalogue change shows in the policies input and changes its trigger', () => {
    const before = data(synthJson('prod'), 'policies');
    const after = data(synthJson('prod', { catalogue: editCatalogue((c) => (c.readers[0].masks.phone = 'MASK_NULL')) }), 'policies');
    expect(after.triggers_replace.sha256).not.toBe(before.triggers_replace.sha256);
    const mask = (r: Json) => r.input.policies.find((p: Json) => p.name === 'smart-cdc-prod-mask-smart_warehouse.analytics.citizen_profile.phone').dataMaskPolicyItems[0].dataMaskInfo.dataMaskType;
    expect([mask(before), mask(after)]).toEqual(['MASK_SHOW_LAST_4', 'MASK_NULL']);
  });

  it('removes what the stack owns only at destroy, from a resource that reads nothing but itself', () => {
    const json = synthJson('staging');
    const owner = data(json, 'owner');
    const run = localExec(owner);
    expect(run.when).toBe('destroy');
    expect(run.command).toMatch(/apply\.ts --destroy --url '\$\{self\.input\.url\}' --user '\$\{self\.input\.user\}'/);
    // a destroy-time provisioner may only reference self
    expect(JSON.stringify(run).match(/\$\{[^}]*\}/g)!.every((ref) => /^\$\{(self\.|jsonencode\(self\.)/.test(ref))).toBe(true);
    expect(owner.input).toEqual({
      url: ENVIRONMENTS.staging.ranger!.url,
      user: ENVIRONMENTS.staging.ranger!.adminUser,
      prefix: 'smart-cdc-staging-',
      serviceDefinition: { name: 'smart-cdc-postgres' },
      services: data(json, 'policies').input.services.map((s: Json) => ({ name: s.name, type: s.type })),
    });
    expect(owner.provisioner).toHaveLength(1);
    expect(data(json, 'policies').provisioner.every((p: Json) => p['local-exec'].when !== 'destroy')).toBe(true);
    expect(data(json, 'policies').depends_on).toEqual([expect.stringMatching(/^terraform_data\.governance_owner_/)]);
  });

  it('escapes Terraform template sequences in the document', () => {
    const cat = editCatalogue((c) => (c.readers[0].name = 'odd${role}%{x}'));
    const input = JSON.stringify(data(synthJson('prod', { catalogue: cat }), 'policies').input);
    expect(input).toContain('odd$${role}%%{x}');
  });

  it('dev: runs Ranger Admin and its database as pinned, health-checked containers on the stack network', () => {
    const json = synthJson('dev');
    const d = ENVIRONMENTS.dev.docker!;
    const containers = resources(json, 'docker_container');
    const ranger = containers.find((c) => c.name === 'smart-cdc-dev-ranger')!;
    const db = containers.find((c) => c.name === 'smart-cdc-dev-ranger-db')!;
    const images = resources(json, 'docker_image').map((i) => i.name);
    expect(images).toEqual(expect.arrayContaining([d.images.ranger, d.images.rangerDb]));
    for (const c of [ranger, db]) {
      expect(c.networks_advanced[0].name).toMatch(/^\$\{docker_network\./);
      expect(c.healthcheck.test[0]).toBe('CMD-SHELL');
      expect(c.wait).toBe(true);
    }
    expect(ranger.ports).toEqual([{ internal: 6080, external: d.ports.ranger, ip: '127.0.0.1' }]);
    expect(ranger.env).toEqual(expect.arrayContaining(['RANGER_ADMIN_PASSWORD=${var.ranger_admin_password}', `RANGER_DB_HOST=${db.name}`]));
    expect(ranger.depends_on).toEqual([expect.stringMatching(/ranger-db/)]);
    expect(data(json, 'owner').depends_on).toEqual([expect.stringMatching(/^docker_container\.engines_docker_ranger_/)]);
    expect(localExec(data(json, 'policies')).command).toMatch(/--wait 180$/);
  });

  it('external environments create no Ranger containers and use the configured Ranger', () => {
    const json = synthJson('prod');
    expect(resources(json, 'docker_container')).toEqual([]);
    expect(localExec(data(json, 'policies')).command).toContain(`--url '${ENVIRONMENTS.prod.ranger!.url}'`);
  });

  it('is absent when phase 3 is not enabled', () => {
    const json = synthJson('staging', { edit: (e) => ({ ...e, phases: [1, 2, 4] }) });
    expect(Object.keys(json.resource.terraform_data).filter((k) => k.startsWith('governance_'))).toEqual([]);
  });

  it('refuses a dev Ranger URL that is not where the stack publishes Ranger Admin', () => {
    expect(() => buildStack('dev', { edit: (e) => ({ ...e, ranger: { ...e.ranger!, url: 'http://localhost:7080' } }) })).toThrow(
      /environment 'dev': ranger\.url 'http:\/\/localhost:7080' must be http:\/\/localhost:6080 \(docker\.ports\.ranger\)/,
    );
  });
});

