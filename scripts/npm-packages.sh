#!/usr/bin/env bash
# The project's npm packages, as package-lock.json pins them: `npm ci` when node_modules is missing or
# older than the lock file. Shared by `npm run up` and `npm test`, each of which a newcomer may run first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm packages (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi
