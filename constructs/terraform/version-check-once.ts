import { ValidateBinaryVersion } from 'cdktf/lib/validations';

/**
 * cdktf gives every `terraform_data` resource (`DataResource`) its own "Terraform ≥ 1.4" validation, and
 * each one runs `terraform version` in a shell when the app synthesizes: 99 processes for the four
 * stacks, most of `cdktf synth`'s time (the app alone: ~8 s before, ~1.5 s after, on 2 cores). The
 * answer cannot change while one process runs, so each distinct check (command, version range, hint)
 * runs once per process and its result is reused: the same validations, with the same messages, fail
 * or pass as before (a missing or too old Terraform still fails the synth, naming every construct).
 */
export function checkBinaryVersionsOnce(): void {
  if (patched) return;
  patched = true;
  const validate = ValidateBinaryVersion.prototype.validate;
  const results = new Map<string, string[]>();
  ValidateBinaryVersion.prototype.validate = function (this: ValidateBinaryVersion): string[] {
    const check = this as unknown as { versionCommand: string; versionConstraint: string; hint?: string };
    const key = JSON.stringify([check.versionCommand, check.versionConstraint, check.hint ?? '']);
    let result = results.get(key);
    if (!result) {
      result = validate.call(this);
      results.set(key, result);
    }
    return [...result];
  };
}
let patched = false;
