#!/usr/bin/env node
// `npx smart-cdc …`: the operations CLI, run from its TypeScript sources through tsx (no build step).
// tsx's CommonJS hook covers require() of .ts files, which is how the CLI loads its commands.
// `bootstrap` also synthesizes the stack through import(), which needs tsx's ESM hook as well; it
// starts a loader thread, so only that command pays for it.
require('tsx/cjs');
const argv = process.argv.slice(2);
const ready = argv[0] === 'bootstrap' ? import('tsx/esm') : Promise.resolve();
ready.then(() => require('../scripts/ops/cli.ts').run(argv));
