import { assertRuntimeUp, deployLocal, resetLocal, synthLocal } from './deploy';
import { withApp } from './engines';
import { seedCitizen, seedWarehouse } from './fixtures';

/**
 * Once per e2e run: synthesize, reset the local engines, and deploy the `local` stack with
 * `cdktf deploy` (real Terraform and providers) onto databases already holding seeded rows, which
 * their first copies (bulk, as `bootstrap` runs them) bring across.
 */
export default async function globalSetup(): Promise<void> {
  assertRuntimeUp();
  const started = Date.now();
  const json = synthLocal();
  await resetLocal(json);
  await deployLocal((db) => withApp(db, db === 'warehouse' ? seedWarehouse : seedCitizen));
  console.log(`\ne2e: local stack reset, deployed with cdktf and RUNNING in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
