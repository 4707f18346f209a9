import { App } from 'cdktf';
import { Catalogue } from './catalogue/model';
import { SMART_CATALOGUE } from './catalogue/smart';
import { assertCatalogue } from './catalogue/validate';
import { ENVIRONMENTS } from './environments';
import { EnvironmentInput, validateEnvironment } from './environments/schema';
import { CdcStack } from './stacks/cdc-stack';
import { checkBinaryVersionsOnce } from './constructs/terraform/version-check-once';

/** One stack per environment, named after it: `cdktf deploy dev`, `cdktf diff prod`. */
export function buildApp(app: App = new App(), catalogue: Catalogue = SMART_CATALOGUE, environments: Record<string, EnvironmentInput> = ENVIRONMENTS): App {
  assertCatalogue(catalogue);
  checkBinaryVersionsOnce();
  for (const input of Object.values(environments)) new CdcStack(app, { catalogue, env: validateEnvironment(input, catalogue) });
  return app;
}

/** Synthesizes, turning any failure into a clear message and exit code 1 instead of a stack trace. */
export function runSynth(build: () => App): void {
  try {
    build().synth();
  } catch (e) {
    console.error(`smart-cdc synth failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

if (require.main === module) {
  // cdktf records a stack trace for every token it creates; mapping each one through tsx's source maps
  // took ~0.3 s of a synth whose failures print only their message (runSynth)
  process.setSourceMapsEnabled(false);
  runSynth(() => buildApp());
}
