#!/usr/bin/env bash
# Adds the apache/kafka look-alike's own files to a Debian 12 rootfs ($1); recipe dir $2; jars in $JARS.
# Interface taken from apache/kafka docker/jvm/Dockerfile and docker/resources/common-scripts
# (https://github.com/apache/kafka/tree/trunk/docker) and the image's documentation
# (docker/examples/README.md) — written by us, no code copied. See ../README.md.
set -euo pipefail
r=$1; d=$2
chroot "$r" useradd -u 1000 -m -d /home/appuser -s /bin/bash appuser
mkdir -p "$r/opt/kafka/libs" "$r/opt/kafka/bin" "$r/opt/kafka/config" "$r/var/lib/kafka/data" "$r/etc/kafka/secrets" \
  "$r/etc/kafka/docker" "$r/usr/logs" "$r/mnt/shared/config"
cp "$JARS"/libs/*.jar "$r/opt/kafka/libs/"
install -m 0755 "$d"/bin/*.sh "$r/opt/kafka/bin/"
install -m 0755 "$d"/docker/run "$d"/docker/configure "$d"/docker/launch "$r/etc/kafka/docker/"
install -m 0644 "$d"/docker/server.properties "$d"/docker/log4j2.yaml "$d"/docker/tools-log4j2.yaml "$r/etc/kafka/docker/"
cp "$r"/etc/kafka/docker/{server.properties,log4j2.yaml,tools-log4j2.yaml} "$r/opt/kafka/config/"
chroot "$r" chown -R appuser:appuser /usr/logs /opt/kafka /mnt/shared/config
chroot "$r" chown -R appuser:root /var/lib/kafka /etc/kafka/secrets /etc/kafka
