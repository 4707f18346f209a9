/** The environment's CA files, read once per process; an unreadable one is named with its field. */
import { readFileSync } from 'fs';
import { OpsError } from './errors';

export interface CaFile {
  readonly path: string;
  /** the configuration field that names it, e.g. `kafka.security.caFile` */
  readonly field: string;
}

const cache = new Map<string, string>();

/** The PEM text of a CA file; an error naming the file, its field and why it cannot be used. */
export function readCa(ca: CaFile): string {
  const hit = cache.get(ca.path);
  if (hit !== undefined) return hit;
  let pem: string;
  try {
    pem = readFileSync(ca.path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new OpsError(`${ca.field}: cannot read the CA file ${ca.path} (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code ?? String(e)})`);
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new OpsError(`${ca.field}: ${ca.path} holds no PEM certificate`);
  cache.set(ca.path, pem);
  return pem;
}
