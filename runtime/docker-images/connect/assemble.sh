#!/usr/bin/env bash
# Adds the quay.io/debezium/connect look-alike's own files to a Debian 12 rootfs ($1); recipe dir $2;
# jars in $JARS (resolved by runtime/pom.xml). Layout and interface taken from
# debezium/container-images kafka/3.6, connect-base/3.6 and connect/3.6 (Dockerfiles, docker-entrypoint.sh,
# README.md; https://github.com/debezium/container-images) — written by us, no code copied. See ../README.md.
# Like the real image it has the debezium-scripting jar (linked into the plugins by
# ENABLE_DEBEZIUM_SCRIPTING=true) and NO scripting engine (the pipeline needs none: its loop filter
# is connect-plugin/'s DropSinkEchoes); the check below keeps one from slipping in.
set -euo pipefail
r=$1; d=$2
chroot "$r" groupadd -r -g 1001 kafka
chroot "$r" useradd -u 1001 -r -g kafka -m -d /kafka -s /sbin/nologin -c "Kafka user" kafka
K=$r/kafka
mkdir -p "$K/libs" "$K/bin" "$K/config.orig" "$K/config" "$K/data" "$K/logs" "$K/connect" "$K/external_libs/debezium-scripting"
cp "$JARS"/libs/*.jar "$K/libs/"
cp -r "$JARS/plugins/debezium-connector-jdbc" "$K/connect/"
cp -r "$JARS/plugins/debezium-connector-postgres" "$K/connect/"
mv "$K"/connect/debezium-connector-postgres/debezium-scripting-*.jar "$K/external_libs/debezium-scripting/"
if ls "$K"/connect/*/groovy* "$K"/libs/groovy* >/dev/null 2>&1; then echo "assemble: Groovy must not be in the image" >&2; exit 1; fi
install -m 0755 "$d"/bin/*.sh "$K/bin/"
install -m 0644 "$d"/config/* "$K/config.orig/"
install -m 0755 "$d/docker-entrypoint.sh" "$r/docker-entrypoint.sh"
chroot "$r" chown -R kafka:kafka /kafka
chmod -R g+w,o+w "$K"
chmod 755 "$K"
