import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { buildApp } from '../../main';
import { Catalogue } from '../../catalogue/model';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { ENVIRONMENTS, loadEnvironment } from '../../environments';
import { EnvironmentConfig } from '../../environments/schema';
import { CdcStack } from '../../stacks/cdc-stack';

/** One environment's stack, built exactly as `cdktf synth` builds it (main.ts), but not synthesized. */
export interface EnvironmentStack {
  readonly name: string;
  readonly env: EnvironmentConfig;
  readonly stack: CdcStack;
}

export interface Pipeline {
  readonly catalogue: Catalogue;
  /** in the order of environments/index.ts: local, dev, staging, prod */
  readonly environments: readonly EnvironmentStack[];
}

/**
 * Builds the app of main.ts for a catalogue (the project's own by default). Constructing the stacks
 * derives every connector, topic and policy; nothing is written to disk.
 */
export function buildPipeline(catalogue: Catalogue = SMART_CATALOGUE): Pipeline {
  const app = buildApp(new App({ skipValidation: true }), catalogue);
  const stacks = new Map(app.node.children.filter((c): c is CdcStack => c instanceof CdcStack).map((s) => [s.node.id, s]));
  const environments = Object.keys(ENVIRONMENTS).map((name) => {
    const stack = stacks.get(name);
    if (!stack) throw new Error(`docs: main.ts built no stack for environment '${name}'`);
    return { name, env: loadEnvironment(name, catalogue), stack };
  });
  return { catalogue, environments };
}

export interface SecretVariable {
  readonly name: string;
  readonly description: string;
}

/** The sensitive Terraform variables a stack declares (TF_VAR_<name>), sorted by name. */
export function sensitiveVariables(stack: TerraformStack): SecretVariable[] {
  return stack.node
    .findAll()
    .filter((c): c is TerraformVariable => c instanceof TerraformVariable)
    .map((v) => {
      const block = (v.toTerraform() as { variable: Record<string, { description?: string; sensitive?: boolean }> }).variable;
      const [[, def]] = Object.entries(block);
      return { name: v.friendlyUniqueId, description: def.description ?? '', sensitive: !!def.sensitive };
    })
    .filter((v) => v.sensitive)
    .map(({ name, description }) => ({ name, description }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
