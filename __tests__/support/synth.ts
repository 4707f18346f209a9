import { App, Testing } from 'cdktf';
import { Catalogue } from '../../catalogue/model';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { ENVIRONMENTS } from '../../environments';
import { EnvironmentInput, validateEnvironment } from '../../environments/schema';
import { CdcStack } from '../../stacks/cdc-stack';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A stack for an environment (optionally edited), not yet synthesized. */
export function buildStack(env: string, opts: { catalogue?: Catalogue; edit?: (e: EnvironmentInput) => EnvironmentInput } = {}) {
  const catalogue = opts.catalogue ?? SMART_CATALOGUE;
  const input = (opts.edit ?? ((e) => e))(structuredClone(ENVIRONMENTS[env as keyof typeof ENVIRONMENTS]));
  const app = Testing.app();
  const stack = new CdcStack(app, { catalogue, env: validateEnvironment(input, catalogue) });
  return { app, stack };
}

/** The synthesized Terraform JSON of one environment's stack. */
export function synthJson(env: string, opts: Parameters<typeof buildStack>[1] = {}): Json {
  const { stack } = buildStack(env, opts);
  return JSON.parse(Testing.synth(stack));
}

/** Full synth through the App, Aspects included: what `cdktf synth` does. */
export function fullSynth(app: App): void {
  app.synth();
}

export const resources = (json: Json, type: string): Json[] => Object.values(json.resource?.[type] ?? {});

export const connector = (json: Json, name: string): Json => {
  const c = resources(json, 'kafka-connect_connector').find((r) => r.name === name);
  if (!c) throw new Error(`no connector ${name}`);
  return c;
};

export const migrationSql = (json: Json, db: string, step: string): string => {
  const r = Object.entries(json.resource.terraform_data as Record<string, Json>).find(([k]) => k.startsWith(`database-${db}_${step}_`));
  if (!r) throw new Error(`no migration ${db}/${step}`);
  return r[1].provisioner[0]['local-exec'].environment.SMART_CDC_SQL;
};
