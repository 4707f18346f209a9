import { assertRuntimeUp, deployLocal, resetLocal, synthLocal } from './deploy';
import { withDb } from './engines';
import { seedCitizen, seedWarehouse } from './fixtures';

/**
 * Once per e2e run: synthesize, reset the local engines, apply the `local` stack with the
 * terraform stand-in, seeding rows before the connectors start so the snapshots carry them.
 */
export default async function globalSetup(): Promise<void> {
  assertRuntimeUp();
  const started = Date.now();
  const json = synthLocal();
  await resetLocal(json);
  await deployLocal(json, async () => {
    await withDb('warehouse', seedWarehouse);
    await withDb('citizen', seedCitizen);
  });
  console.log(`\ne2e: local stack reset, applied and RUNNING in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
