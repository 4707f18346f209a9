import { App } from 'cdktf';
import { SMART_CATALOGUE } from './catalogue/smart';
import { assertCatalogue } from './catalogue/validate';
import { ENVIRONMENTS, loadEnvironment } from './environments';
import { CdcStack } from './stacks/cdc-stack';

/** One stack per environment, named after it: `cdktf deploy dev`, `cdktf diff prod`. */
export function buildApp(app: App = new App()): App {
  assertCatalogue(SMART_CATALOGUE);
  for (const name of Object.keys(ENVIRONMENTS)) new CdcStack(app, { catalogue: SMART_CATALOGUE, env: loadEnvironment(name, SMART_CATALOGUE) });
  return app;
}

if (require.main === module) {
  try {
    buildApp().synth();
  } catch (e) {
    // a clear message and a non-zero exit, not a stack trace
    console.error(`smart-cdc synth failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
