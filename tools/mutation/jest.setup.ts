/**
 * setupFiles of the mutation run (tools/mutation/jest.config.js): each full synth otherwise runs
 * `terraform version` once per `terraform_data` resource (cdktf's binary-version validation), seconds
 * per synth that every mutant reaching a synth pays again. The synth command does the same
 * (main.ts): each distinct check runs once per test file and its answer is reused, with the same
 * outcome.
 */
// cdktf first: its validations module, loaded on its own, meets a circular import
import 'cdktf';
import { checkBinaryVersionsOnce } from '../../constructs/terraform/version-check-once';

checkBinaryVersionsOnce();
