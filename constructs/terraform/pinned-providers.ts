import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Pins every provider of a stack to the exact version its binding was generated from. The prebuilt
 * npm bindings (postgresql, docker) declare a range (`~> 1.14`), under which `terraform init` would
 * take whatever newer release the registry has: a stack must deploy with the provider its binding
 * describes, and with the same one on every machine.
 */
export function pinProviderVersions(stack: TerraformStack): void {
  const visit = (c: IConstruct) => {
    if (c instanceof TerraformProvider && c.terraformGeneratorMetadata?.providerVersion) {
      stack.addOverride(`terraform.required_providers.${c.terraformGeneratorMetadata.providerName}.version`, c.terraformGeneratorMetadata.providerVersion);
    }
    c.node.children.forEach(visit);
  };
  visit(stack);
}
