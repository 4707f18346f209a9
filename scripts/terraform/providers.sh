#!/usr/bin/env bash
# The stacks' Terraform providers for a machine that cannot reach the public Terraform registry,
# installed into a filesystem mirror outside the repository (cached; nothing built is committed):
#   - Mongey/kafka and Mongey/kafka-connect: the real providers, built from the Go module proxy at the
#     versions pinned in cdktf.json (a throwaway module `go get`s the provider, then `go build`);
#   - cyrilgdn/postgresql and kreuzwerker/docker: the project's test-only SUBSTITUTES
#     (runtime/terraform-providers/, see its README for what differs from the real ones), at the
#     versions the npm bindings were generated from.
# Prints the mirror's path on stdout; progress on stderr. Safe to run concurrently (one build at a time).
#
#   bash scripts/terraform/providers.sh          # build what is missing or stale, print the mirror
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MIRROR=${SMART_CDC_CACHE:-$HOME/.cache/smart-cdc}/terraform-providers
PLATFORM=$(go env GOOS)_$(go env GOARCH)
export GOFLAGS=-buildvcs=false GOTOOLCHAIN=local CGO_ENABLED=0

mkdir -p "$MIRROR"
exec 9>"$MIRROR/.lock"
flock 9

say() { echo "providers: $*" >&2; }
fail() { say "error: $*"; exit 1; }

# the version pinned for a provider: cdktf.json for the generated bindings, the npm binding otherwise
pinned() { # source (Owner/name)
  local v
  v=$(node -e 'const p = require(process.argv[1]).terraformProviders.find((x) => x.toLowerCase().startsWith(process.argv[2].toLowerCase() + "@")); if (p) console.log(p.split("@")[1])' "$ROOT/cdktf.json" "$1")
  [ -n "$v" ] || fail "no version of $1 pinned in cdktf.json"
  echo "$v"
}
binding_version() { # npm package
  local f="$ROOT/node_modules/$1/lib/provider/index.js"
  [ -f "$f" ] || fail "$1 is not installed (run npm ci): its provider version pins the substitute"
  sed -n "s/.*providerVersion: '\([^']*\)'.*/\1/p" "$f" | head -1
}

changed=0
# the real provider from the Go module proxy
from_proxy() { # namespace type version module
  local dir="$MIRROR/registry.terraform.io/$1/$2/$3/$PLATFORM" bin="terraform-provider-$2_v$3"
  [ -x "$dir/$bin" ] && return 0
  say "building $1/$2 $3 from the Go module proxy ($4@v$3)"
  local work; work=$(mktemp -d)
  (cd "$work" && go mod init smart-cdc/provider-build >/dev/null 2>&1 && go get "$4@v$3" >&2 && go build -trimpath -o "$work/$bin" "$4" >&2) \
    || { rm -rf "$work"; fail "could not build $1/$2 $3 from the Go module proxy"; }
  mkdir -p "$dir" && mv "$work/$bin" "$dir/$bin" && rm -rf "$work"
  changed=1
}
# a substitute of ours, rebuilt when its source changes
substitute() { # namespace type version source-dir
  local dir="$MIRROR/registry.terraform.io/$1/$2/$3/$PLATFORM" bin="terraform-provider-$2_v$3" src="$ROOT/$4"
  [ -f "$src/go.mod" ] || fail "the substitute of $1/$2 is missing: $4"
  local sum; sum=$(cd "$src" && find . -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)
  [ -x "$dir/$bin" ] && [ "$(cat "$dir/.source" 2>/dev/null)" = "$sum" ] && return 0
  say "building the SUBSTITUTE of $1/$2 $3 from $4"
  mkdir -p "$dir"
  (cd "$src" && go build -trimpath -o "$dir/$bin.new" . >&2) || fail "could not build the substitute of $1/$2 from $4"
  mv "$dir/$bin.new" "$dir/$bin" && echo "$sum" >"$dir/.source"
  changed=1
}

from_proxy mongey kafka "$(pinned Mongey/kafka)" github.com/Mongey/terraform-provider-kafka
from_proxy mongey kafka-connect "$(pinned Mongey/kafka-connect)" github.com/Mongey/terraform-provider-kafka-connect
substitute cyrilgdn postgresql "$(binding_version @cdktf/provider-postgresql)" runtime/terraform-providers/postgresql
substitute kreuzwerker docker "$(binding_version @cdktf/provider-docker)" runtime/terraform-providers/docker

# lock files of earlier inits record other binaries' checksums: Terraform would refuse the new ones
if [ "$changed" = 1 ]; then rm -f "$ROOT"/cdktf.out/stacks/*/.terraform.lock.hcl; fi
echo "$MIRROR"
