#!/usr/bin/env bash
# Look-alike of the postgres image's entrypoint (TEST-ONLY). Implements the documented interface of
# https://hub.docker.com/_/postgres and docker-library/postgres 16/bookworm/docker-entrypoint.sh,
# written by us (no code copied):
# - POSTGRES_PASSWORD (required unless POSTGRES_HOST_AUTH_METHOD=trust), POSTGRES_USER (postgres),
#   POSTGRES_DB (= POSTGRES_USER), POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD (scram-sha-256),
#   and their *_FILE variants;
# - an empty PGDATA is initialised by initdb, then a temporary server that listens on the unix socket
#   only (listen_addresses='') creates POSTGRES_DB and runs /docker-entrypoint-initdb.d/*, then stops;
# - the server then runs as the postgres user with the container's arguments (first arg "-…" → postgres).
set -Eeo pipefail

from_file() { # VAR [default]
  local var=$1 file="${1}_FILE" def=${2:-}
  if [ -n "${!var:-}" ] && [ -n "${!file:-}" ]; then echo "error: both $var and $file are set" >&2; exit 1; fi
  local val=$def
  if [ -n "${!var:-}" ]; then val=${!var}; elif [ -n "${!file:-}" ]; then val=$(<"${!file}"); fi
  export "$var"="$val"; unset "$file"
}

if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi

if [ "$1" = postgres ] && [ "${2:-}" != --help ] && [ "${2:-}" != --version ]; then
  from_file POSTGRES_PASSWORD
  from_file POSTGRES_USER postgres
  from_file POSTGRES_DB "$POSTGRES_USER"
  from_file POSTGRES_INITDB_ARGS
  if [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA" && chmod 00700 "$PGDATA"
    find "$PGDATA" \! -user postgres -exec chown postgres:postgres '{}' +
    mkdir -p /var/run/postgresql && chmod 03775 /var/run/postgresql
    find /var/run/postgresql \! -user postgres -exec chown postgres '{}' +
    exec gosu postgres "$BASH_SOURCE" "$@"
  fi
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    if [ -z "$POSTGRES_PASSWORD" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
      echo 'Error: Database is uninitialized and superuser password is not specified. Set POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust).' >&2
      exit 1
    fi
    # shellcheck disable=SC2086
    initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") $POSTGRES_INITDB_ARGS
    printf '\nhost all all all %s\n' "${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >> "$PGDATA/pg_hba.conf"
    # first-start server: unix socket only, so nothing outside the container sees it ready
    PGUSER=$POSTGRES_USER pg_ctl -D "$PGDATA" -o "$(printf '%q ' "${@:2}") -c listen_addresses='' -p ${PGPORT:-5432}" -w start
    export PGPASSWORD=${PGPASSWORD:-$POSTGRES_PASSWORD}
    q=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc)
    if [ "$POSTGRES_DB" != postgres ]; then
      "${q[@]}" --dbname postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db" ;'
    fi
    for f in /docker-entrypoint-initdb.d/*; do
      case "$f" in
        *.sh) if [ -x "$f" ]; then "$f"; else . "$f"; fi ;;
        *.sql) "${q[@]}" --dbname "$POSTGRES_DB" -f "$f" ;;
        *.sql.gz) gunzip -c "$f" | "${q[@]}" --dbname "$POSTGRES_DB" ;;
        *) ;;
      esac
    done
    unset PGPASSWORD
    pg_ctl -D "$PGDATA" -m fast -w stop
    echo 'PostgreSQL init process complete; ready for start up.'
  fi
fi
exec "$@"
