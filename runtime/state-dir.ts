import { join, resolve } from 'path';

/** The local runtime's state directory (scripts/local-runtime.sh: SMART_CDC_STATE). */
export const localStateDir = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.SMART_CDC_STATE ?? '/tmp/smart-cdc-local');

/**
 * Where an environment with a `local` backend keeps its Terraform state. With `withRuntime` the file
 * sits in the local runtime's state directory, beside the engines' data it describes: a fresh clone
 * then finds the state of the engines that already run, and `down --purge` wipes both together
 * (state in the clone made a second clone try to create roles, slots and topics that existed).
 */
export const localBackendPath = (envName: string, withRuntime: boolean, env: NodeJS.ProcessEnv = process.env): string =>
  withRuntime ? join(localStateDir(env), 'terraform', `${envName}.tfstate`) : `terraform.${envName}.tfstate`;

/** The secured profile's state directory (scripts/local-runtime.sh --secure: SMART_CDC_SECURE_STATE). */
export const secureStateDir = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.SMART_CDC_SECURE_STATE ?? '/tmp/smart-cdc-secure');
