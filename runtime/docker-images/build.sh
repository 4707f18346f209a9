#!/usr/bin/env bash
# Builds one look-alike image's root filesystem as a tar, offline from any image registry:
#   bash runtime/docker-images/build.sh <postgres|kafka|connect|prometheus> <out.tar>
# TEST-ONLY (see README.md here): a Debian 12 rootfs made by debootstrap from Debian packages
# (cached per package list), the Kafka / Debezium jars resolved from Maven Central by
# runtime/pom.xml (cached per pom), then <image>/assemble.sh adds the image's own files.
# The caller imports the tar with `docker import` and the changes in <image>/image.conf.
set -euo pipefail
image=${1:?image}; out=${2:?out.tar}
here=$(cd "$(dirname "$0")" && pwd); root_dir=$(cd "$here/../.." && pwd)
cache=${SMART_CDC_CACHE:-$HOME/.cache/smart-cdc}/docker-images
mkdir -p "$cache"
[ "$(id -u)" = 0 ] || { echo "build.sh: debootstrap and chroot need root" >&2; exit 1; }
command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap; }
log() { echo "[docker-images $image] $*" >&2; }

# 1. the Debian rootfs with the image's packages (key: package list + suite)
pkgs=$(grep -v '^#' "$here/$image/packages" | xargs | tr ' ' ',')
key=$(printf 'bookworm minbase %s' "$pkgs" | sha256sum | cut -c1-16)
base="$cache/rootfs-$key.tar"
if [ ! -f "$base" ]; then
  tmp=$(mktemp -d /tmp/sdi-rootfs-XXXX)
  log "debootstrap bookworm (minbase + $pkgs)"
  debootstrap --variant=minbase --include="$pkgs" bookworm "$tmp" http://deb.debian.org/debian >"$cache/debootstrap-$key.log" 2>&1 \
    || { log "debootstrap failed, log: $cache/debootstrap-$key.log"; umount -l "$tmp/proc" 2>/dev/null || true; rm -rf "$tmp"; exit 1; }
  for m in proc sys dev/pts; do umount -l "$tmp/$m" 2>/dev/null || true; done
  rm -rf "$tmp"/var/cache/apt/archives/*.deb "$tmp"/var/lib/apt/lists/* "$tmp"/var/log/*.log
  tar -C "$tmp" --numeric-owner -cf "$base.tmp.$$" . && mv "$base.tmp.$$" "$base"
  rm -rf "$tmp"
fi

# 2. the jars (only for the JVM images; key: runtime/pom.xml)
jars=""
if [ "$image" = kafka ] || [ "$image" = connect ]; then
  jkey=$(sha256sum "$root_dir/runtime/pom.xml" | cut -c1-16)
  jars="$cache/jars-$jkey"
  if [ ! -d "$jars" ]; then
    log "resolving the Kafka and Debezium jars from Maven Central (runtime/pom.xml)"
    mvn -B -ntp -q -f "$root_dir/runtime/pom.xml" -Druntime.out="$jars.tmp.$$" generate-resources >"$cache/mvn-$jkey.log" 2>&1 \
      || { log "maven failed, log: $cache/mvn-$jkey.log"; rm -rf "$jars.tmp.$$"; exit 1; }
    mv -T "$jars.tmp.$$" "$jars" 2>/dev/null || rm -rf "$jars.tmp.$$"
  fi
fi

# 3. the image's own layer
work=$(mktemp -d /tmp/sdi-img-XXXX)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xf "$base"
log "assembling"
JARS="$jars" bash "$here/$image/assemble.sh" "$work" "$here/$image"
tar -C "$work" --numeric-owner -cf "$out.tmp.$$" . && mv "$out.tmp.$$" "$out"
log "done: $out ($(du -h "$out" | cut -f1))"
