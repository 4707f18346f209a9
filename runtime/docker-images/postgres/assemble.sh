#!/usr/bin/env bash
# Adds the postgres look-alike's own files to a Debian 12 rootfs ($1); recipe dir $2.
# Interface taken from docker-library/postgres 16/bookworm (Dockerfile, docker-entrypoint.sh),
# https://github.com/docker-library/postgres — written by us, no code copied. See ../README.md.
set -euo pipefail
r=$1; d=$2
# the image's postgres user and group are 999:999
chroot "$r" groupmod -g 999 postgres
chroot "$r" usermod -u 999 -g 999 postgres
# Debian's package created a "main" cluster at install; the image keeps none (PGDATA is initialised on first start)
rm -rf "$r/var/lib/postgresql/15" "$r/etc/postgresql/15"
chroot "$r" localedef -i en_US -c -f UTF-8 -A /usr/share/locale/locale.alias en_US.UTF-8
# the sample configuration listens on every address, as in the image
sed -ri "s!^#?(listen_addresses)\s*=\s*\S+.*!\1 = '*'!" "$r/usr/share/postgresql/15/postgresql.conf.sample"
grep -q "^listen_addresses = '\*'" "$r/usr/share/postgresql/15/postgresql.conf.sample"
mkdir -p "$r/docker-entrypoint-initdb.d" "$r/var/run/postgresql" "$r/var/lib/postgresql/data"
chroot "$r" chown -R postgres:postgres /var/run/postgresql /var/lib/postgresql
chmod 3777 "$r/var/run/postgresql"
chmod 1777 "$r/var/lib/postgresql/data"
install -m 0755 "$d/docker-entrypoint.sh" "$r/usr/local/bin/docker-entrypoint.sh"
