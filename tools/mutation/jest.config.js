/**
 * Jest configuration of the mutation run (stryker.config.json): the `unit` project of the root
 * jest.config.js, run on its own (Stryker's jest runner cannot select a project of a multi-project
 * configuration), over the unit tests whose subject is the mutated code.
 */
const { resolve } = require('path');
const root = resolve(__dirname, '../..');
const { projects, testTimeout } = require(resolve(root, 'jest.config.js'));
const { displayName, testMatch, ...unit } = projects.find((p) => p.displayName === 'unit');

/** Unit tests that exercise catalogue/, constructs/aspects/ and the Ranger masking policies. */
const TESTS = [
  'catalogue/**/*.test.ts',
  'constructs/aspects/**/*.test.ts',
  'constructs/governance/**/*.test.ts',
  'governance/gate.test.ts',
  'governance/layer.test.ts',
  'governance/policy-document.test.ts',
  // a third database joining through the catalogue alone, synthesized through the masking gate (Aspect)
  'stacks/third-database.test.ts',
];

module.exports = {
  ...unit,
  displayName: `${displayName} (mutation)`,
  rootDir: root,
  testTimeout,
  testMatch: TESTS.map((t) => `<rootDir>/__tests__/unit/${t}`),
  setupFiles: ['<rootDir>/tools/mutation/jest.setup.ts'],
};
