import { Construct } from 'constructs';
import { TerraformVariable } from 'cdktf';
import { SecretRef } from '../environments/schema';

/**
 * Sensitive Terraform variables, declared once per name. Values come from TF_VAR_<name> at
 * plan/apply time and so never appear in code or in the synthesized JSON.
 */
export class Secrets {
  private readonly vars = new Map<string, TerraformVariable>();

  constructor(private readonly scope: Construct) {}

  /** `${var.<name>}` for a secret reference, or undefined when none is configured. */
  ref(secret: SecretRef | undefined, description: string): string | undefined {
    if (!secret) return undefined;
    let v = this.vars.get(secret.variable);
    if (!v) {
      v = new TerraformVariable(this.scope, secret.variable, { type: 'string', sensitive: true, nullable: false, description });
      this.vars.set(secret.variable, v);
    }
    return `\${var.${secret.variable}}`;
  }

  require(secret: SecretRef, description: string): string {
    return this.ref(secret, description)!;
  }
}
