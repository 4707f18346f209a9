import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { localStateDir } from '../../runtime/state-dir';

export { localStateDir };

/**
 * The `local` environment's secrets need nothing from the user: `local-runtime.sh up` generates them
 * once into `<state>/secrets/<terraform variable>`; they become `TF_VAR_<name>` unless already set.
 */
export function withLocalSecrets(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dir = join(localStateDir(env), 'secrets');
  if (!existsSync(dir)) return env;
  const out = { ...env };
  for (const name of readdirSync(dir).filter((n) => /^[a-z0-9_]+$/.test(n)))
    if (!out[`TF_VAR_${name}`]) out[`TF_VAR_${name}`] = readFileSync(join(dir, name), 'utf8').trim();
  return out;
}
