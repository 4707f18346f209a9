/**
 * Jest 29 runs CommonJS only, and the Kafka client (@platformatic/kafka) ships ES modules only: this
 * transform rewrites such a package's files to CommonJS with esbuild (the one tsx already brings),
 * giving `import.meta.url` each file's own URL. The CLI needs none of this: Node >= 20.19 require()s
 * ES modules.
 */
const { createHash } = require('crypto');
const { readFileSync } = require('fs');
const { transformSync, version } = require('esbuild');

const SELF = createHash('sha256').update(readFileSync(__filename)).update(version).digest('hex');

module.exports = {
  getCacheKey: (source, filename) => createHash('sha256').update(SELF).update(filename).update(source).digest('hex'),
  process(source, filename) {
    const { code } = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcefile: filename,
      define: { 'import.meta.url': '__esmModuleUrl' },
      banner: 'const __esmModuleUrl = require("url").pathToFileURL(__filename).href;',
    });
    return { code };
  },
};
