import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, DataResource, TerraformStack } from 'cdktf';
import { ValidateBinaryVersion } from 'cdktf/lib/validations';
import { checkBinaryVersionsOnce } from '../../../../constructs/terraform/version-check-once';
// the module object itself (not an import namespace), so that jest can watch its execSync
import childProcess = require('child_process');

describe('checkBinaryVersionsOnce', () => {
  afterEach(() => jest.restoreAllMocks());

  it('asks Terraform its version once per distinct check, with the same outcome as every check asking', () => {
    const unpatched = [new ValidateBinaryVersion('terraform', '>=1.4', 'terraform version').validate(), new ValidateBinaryVersion('terraform', '>=99', 'terraform version', 'hint').validate()];
    const execSync = jest.spyOn(childProcess, 'execSync');
    checkBinaryVersionsOnce();
    checkBinaryVersionsOnce(); // idempotent: no second wrapper
    for (let i = 0; i < 3; i++) expect(new ValidateBinaryVersion('terraform', '>=1.4', 'terraform version').validate()).toEqual(unpatched[0]);
    expect(new ValidateBinaryVersion('terraform', '>=99', 'terraform version', 'hint').validate()).toEqual(unpatched[1]);
    expect(unpatched[0]).toEqual([]);
    expect(unpatched[1][0]).toMatch(/lower than the required version >=99/);
    expect(execSync).toHaveBeenCalledTimes(2);
  });

  it('still fails a synth whose binary is missing, naming every construct that needs it', () => {
    checkBinaryVersionsOnce();
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'version-once-')) });
    const stack = new TerraformStack(app, 's');
    for (const id of ['a', 'b']) new DataResource(stack, id, { input: { id } }).node.addValidation(new ValidateBinaryVersion('smart-cdc-no-such-binary', '>=1.4', 'smart-cdc-no-such-binary version'));
    const execSync = jest.spyOn(childProcess, 'execSync');
    expect(() => app.synth()).toThrow(/\[s\/a\] Could not determine version of smart-cdc-no-such-binary[\s\S]*\[s\/b\] Could not determine version of smart-cdc-no-such-binary/);
    // DataResource's own Terraform check once, the missing binary's once
    expect(execSync).toHaveBeenCalledTimes(2);
  });
});
