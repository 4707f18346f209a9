#!/usr/bin/env bash
# Adds the prom/prometheus look-alike's own files to a Debian 12 rootfs ($1); recipe dir $2.
# Interface taken from prometheus/prometheus's Dockerfile and https://hub.docker.com/r/prom/prometheus
# — written by us, no code copied. See ../README.md.
set -euo pipefail
r=$1
# the image's binaries sit in /bin (Debian 12's /bin is /usr/bin); its base is busybox, whose wget
# answers health checks
test -x "$r/bin/prometheus" && test -x "$r/bin/promtool"
ln -sf /bin/busybox "$r/usr/local/bin/wget"
# Debian's service files are not part of the image
rm -rf "$r/etc/init.d/prometheus" "$r/etc/default/prometheus" "$r/etc/logrotate.d/prometheus" "$r/var/lib/prometheus" "$r/var/log/prometheus"
mkdir -p "$r/prometheus"
# the example configuration the image starts with: Prometheus scraping itself
cat > "$r/etc/prometheus/prometheus.yml" <<'YML'
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]
YML
chroot "$r" chown -R nobody:nogroup /etc/prometheus /prometheus
