import { Catalogue } from '../catalogue/model';
import { SMART_CATALOGUE } from '../catalogue/smart';
import { dev } from './dev';
import { local } from './local';
import { EnvironmentConfig, EnvironmentInput, EnvironmentName, validateEnvironment } from './schema';
import { domainEndpoints, sharedEnvironment } from './shared';

const DATABASE_IDS = SMART_CATALOGUE.databases.map((d) => d.id);

export const ENVIRONMENTS: Record<EnvironmentName, EnvironmentInput> = {
  local,
  dev,
  // the managed endpoints follow a naming scheme: one per database of the catalogue
  staging: sharedEnvironment('staging', domainEndpoints('staging.smart.internal', DATABASE_IDS), { brokers: 3, partitions: 3, retentionDays: 7 }),
  prod: sharedEnvironment('prod', domainEndpoints('prod.smart.internal', DATABASE_IDS), { brokers: 5, partitions: 6, retentionDays: 14 }),
};

/** The environment by name, validated; an unknown name is a clear error. */
export function loadEnvironment(name: string, catalogue: Catalogue): EnvironmentConfig {
  const input = (ENVIRONMENTS as Record<string, EnvironmentInput | undefined>)[name];
  if (!input) throw new Error(`unknown environment '${name}' (known: ${Object.keys(ENVIRONMENTS).join(', ')})`);
  return validateEnvironment(input, catalogue);
}
