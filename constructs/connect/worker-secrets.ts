import { WorkerSecrets } from '../../environments/schema';

/**
 * Secrets reach connectors only as config provider references, `${provider:directory:name}`: the
 * Connect worker resolves them from its own secret storage when it starts a connector or task, so
 * the REST API, the config topic, Terraform state and plans see the reference, never the value.
 */
export function workerSecret(store: WorkerSecrets, name: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`worker secret '${name}': must be a lower_snake name (it is a file name on the workers)`);
  return `\${${store.provider}:${store.directory}:${name}}`;
}

const REFERENCE = /^\$\{([a-z][a-z0-9]*):([^:}\s]+):([a-z][a-z0-9_]*)\}$/;

/** Whether a configuration value is a worker secret reference (and nothing else). */
export const isWorkerSecret = (value: string | undefined): boolean => value !== undefined && REFERENCE.test(value);

/** The secret name of a reference, e.g. `hash_salt`; undefined when the value is not one. */
export const workerSecretName = (value: string | undefined): string | undefined => (value === undefined ? undefined : REFERENCE.exec(value)?.[3]);

/** The salt of the SENSITIVE-column hash, as a file in every environment's worker secret storage. */
export const HASH_SALT_SECRET = 'hash_salt';
