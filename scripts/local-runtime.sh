#!/usr/bin/env bash
# Local runtime for SMART CDC, without Docker: two PostgreSQL 15 clusters, one Kafka 4 broker
# (KRaft, combined mode) and one Kafka Connect worker with the Debezium plugins, all on 127.0.0.1.
# With --secure (or SMART_CDC_PROFILE=secure), the prod-shaped profile instead: TLS everywhere, three
# brokers with SASL_SSL/SCRAM and ACLs, two Connect workers with HTTPS and basic auth, on ports and a
# state dir of its own (scripts/local-runtime-secure.sh), from the same install.
# See `scripts/local-runtime.sh --help` and runtime/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONF="$ROOT/runtime/config"

# The profile: `local` (default) or `secure`; --secure may stand anywhere among the arguments.
PROFILE="${SMART_CDC_PROFILE:-local}"
ARGS=()
for a in "$@"; do if [ "$a" = --secure ]; then PROFILE=secure; else ARGS+=("$a"); fi; done
set -- ${ARGS[@]+"${ARGS[@]}"}
# The cache is keyed by the pom's hash: changing a version in runtime/pom.xml means a new install.
CACHE_BASE="${SMART_CDC_CACHE:-$HOME/.cache/smart-cdc}"
CACHE="$CACHE_BASE/runtime-$(sha256sum "$ROOT/runtime/pom.xml" | cut -c1-12)"
# The project's own Connect plugin (connect-plugin/), keyed by a hash of its sources.
PLUGIN_CACHE="$CACHE_BASE/connect-plugin-$(cd "$ROOT" && find connect-plugin/pom.xml connect-plugin/src -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12)"
PG_BIN=/usr/lib/postgresql/15/bin
KAFKA_GC="${SMART_CDC_KAFKA_GC:--XX:+UseG1GC -XX:MaxGCPauseMillis=20}"
# Connect allocates a few KB of JSON per change event: with G1 held to 20 ms pauses its GC threads
# took ~30 % of Connect's CPU under load (bench:pipeline), the throughput collector less. Each young
# collection copies what is in flight (fetched batches, queued events: 54 MB of byte arrays live mid-run), so its cost
# follows the number of collections: the local Connect heap is fixed, with 512 MB of it young.
CONNECT_GC="${SMART_CDC_CONNECT_GC:--XX:+UseParallelGC}"
# Each profile's engines: one entry per Kafka node and per Connect worker (engine name, port).
case "$PROFILE" in
  local)
    STATE="$(realpath -m "${SMART_CDC_STATE:-/tmp/smart-cdc-local}")"  # absolute: pg_ctl runs from /
    TIMEOUT="${SMART_CDC_TIMEOUT:-120}"           # seconds each engine may take to answer
    KAFKA_HEAP="${SMART_CDC_KAFKA_HEAP:--Xms128m -Xmx384m}"
    CONNECT_HEAP="${SMART_CDC_CONNECT_HEAP:--Xms768m -Xmx768m -Xmn512m}"
    KAFKA_CLUSTER_ID=c21hcnQtY2RjLWxvY2FsMQ       # fixed: base64url("smart-cdc-local1")
    WAREHOUSE_PORT=54321 CITIZEN_PORT=54322
    KAFKA_ENGINES=(kafka) KAFKA_PORTS=(19092) CONTROLLER_PORTS=(19093)
    CONNECT_ENGINES=(connect) CONNECT_PORTS=(18083)
    KAFKA_METRICS_PORTS=(19404) CONNECT_METRICS_PORTS=(19405)
    PG_ADMIN_HOST=127.0.0.1                        # trust on loopback
    CONNECTOR_SECRETS=secrets                      # relative: the worker runs in the state dir
    ;;
  secure)
    STATE="$(realpath -m "${SMART_CDC_SECURE_STATE:-/tmp/smart-cdc-secure}")"
    TIMEOUT="${SMART_CDC_TIMEOUT:-240}"           # five JVMs start at once on two cores
    # 3 x 320 MB + 2 x 512 MB of heap at most: the profile fits beside the local runtime
    KAFKA_HEAP="${SMART_CDC_KAFKA_HEAP:--Xms96m -Xmx320m}"
    CONNECT_HEAP="${SMART_CDC_CONNECT_HEAP:--Xms128m -Xmx512m}"
    KAFKA_CLUSTER_ID=c21hcnQtY2RjLXNlY3VyMQ       # fixed: base64url("smart-cdc-secur1")
    WAREHOUSE_PORT=54331 CITIZEN_PORT=54332
    KAFKA_ENGINES=(kafka-1 kafka-2 kafka-3) KAFKA_PORTS=(29092 29094 29096) CONTROLLER_PORTS=(29093 29095 29097)
    CONNECT_ENGINES=(connect-1 connect-2) CONNECT_PORTS=(28083 28084)
    KAFKA_METRICS_PORTS=(29404 29405 29406) CONNECT_METRICS_PORTS=(29407 29408)
    PG_ADMIN_HOST="$STATE/pg/sock"                 # TCP needs TLS and a password; the runtime uses the socket
    CONNECTOR_SECRETS="$STATE/connect/secrets/smart-cdc"  # absolute, as on staging/prod workers
    ;;
  *) echo "local-runtime: error: unknown profile '$PROFILE' (SMART_CDC_PROFILE: local or secure)" >&2; exit 2 ;;
esac
KAFKA_PORT=${KAFKA_PORTS[0]} CONNECT_PORT=${CONNECT_PORTS[0]}
# index of an engine in its list: kafka, connect -> 0; kafka-2 -> 1
engine_index() { case $1 in *-[0-9]) echo $((${1##*-} - 1)) ;; *) echo 0 ;; esac; }
# The Prometheus JMX exporter agent of an engine: its metrics on 127.0.0.1:<port>/metrics, with the
# rules of monitoring/jmx/<kafka|connect>.yml (the alert rules and dashboards read what they name).
metrics_agent() {  # kafka|connect port
  echo "-javaagent:$CACHE/agents/jmx_prometheus_javaagent.jar=127.0.0.1:$2:$ROOT/monitoring/jmx/$1.yml"
}

usage() {
  cat <<EOF
Usage: scripts/local-runtime.sh COMMAND [--secure]

Commands:
  install       apt-install PostgreSQL 15 if missing; resolve Kafka + Debezium jars from Maven
                Central (runtime/pom.xml) into $CACHE_BASE/runtime-<pom hash>; build the
                project's Connect plugin (connect-plugin/) into $CACHE_BASE/connect-plugin-<hash>
  up            create the secrets the worker reads (state dir secrets/, once), start PostgreSQL
                (warehouse :$WAREHOUSE_PORT, citizen :$CITIZEN_PORT), Kafka (:$KAFKA_PORT) and Kafka
                Connect (:$CONNECT_PORT), then the watchdog that starts Kafka and Connect again
                whenever they die; engines already running are left alone
  status        print each engine's state; exit 0 only if all are up
  down [--purge] stop the watchdog and the engines; --purge also deletes the state dir
  user NAME     (--secure only) create or update the SCRAM-SHA-512 user NAME, its password generated
                into <state>/secrets/kafka-NAME (no ACL: it may do nothing until granted)

--secure (or SMART_CDC_PROFILE=secure): the prod-shaped profile, from the same install, state in
  /tmp/smart-cdc-secure (SMART_CDC_SECURE_STATE): test CA and certificates; PostgreSQL with TLS only
  (warehouse :54331, citizen :54332); 3 Kafka brokers, SASL_SSL/SCRAM-SHA-512 and ACLs (:29092,
  :29094, :29096; controllers :29093, :29095, :29097); 2 Connect workers, HTTPS + basic auth (:28083,
  :28084). See runtime/README.md.

Environment: SMART_CDC_STATE (state dir, default /tmp/smart-cdc-local), SMART_CDC_CACHE,
  SMART_CDC_TIMEOUT (seconds per engine, default 120; 240 with --secure), SMART_CDC_KAFKA_HEAP,
  SMART_CDC_CONNECT_HEAP, SMART_CDC_KAFKA_GC, SMART_CDC_CONNECT_GC (garbage collector options).
EOF
}

# shellcheck source=scripts/local-runtime-secure.sh
[ "$PROFILE" = local ] || . "$ROOT/scripts/local-runtime-secure.sh"

log() { echo "local-runtime: $*" >&2; }   # progress goes to stderr; endpoint lines to stdout
die() { echo "local-runtime: error: $*" >&2; exit 1; }
# One-line error naming the log, then that log's last lines (and the JVM's stdout if it has any).
fail() {
  local msg=$1; shift
  echo "local-runtime: error: $msg; log: $1" >&2
  local f
  for f in "$@"; do
    [ -s "$f" ] && { echo "  --- last lines of $f" >&2; tail -n 15 "$f" | cut -c1-300 | sed 's/^/  | /' >&2; }
  done
  exit 1
}

# --- helpers -------------------------------------------------------------------------------

# PostgreSQL refuses to run as root: as root, run its binaries as the postgres OS user.
pg_run() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
own_pg() { if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$@"; fi; }

check_java() {
  JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  command -v "$JAVA" >/dev/null 2>&1 || die "Java not found (need Java 17 or newer; install openjdk-17-jre-headless or set JAVA_HOME)"
  local v major
  v="$("$JAVA" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  major="${v%%.*}"
  [ "$major" = 1 ] && major="$(echo "$v" | cut -d. -f2)"   # "1.8.0_x" style
  if ! [[ "$major" =~ ^[0-9]+$ ]] || [ "$major" -lt 17 ]; then
    die "Java ${v:-?} found ($JAVA), need Java 17 or newer"
  fi
}

listening() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q . || (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_holder() { ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(([^)]*))' | head -n 1 || true; }
require_free_port() {  # engine port
  if listening "$2"; then
    local who; who="$(port_holder "$2")"
    die "$1 cannot start: port $2 is already in use${who:+ by $who}"
  fi
}

pidfile() { echo "$STATE/run/$1.pid"; }
# A live process, not a zombie waiting for this machine's init to reap it.
running() { local st; st="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)"; [ -n "$st" ] && [ "$st" != Z ]; }
# True if the engine's recorded PID is alive and is ours (its command line names our state dir).
alive() {
  local f pid; f="$(pidfile "$1")"
  [ -f "$f" ] || return 1
  pid="$(cat "$f")"
  [ -n "$pid" ] && running "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$STATE"
}

# The Kafka tools (StorageTool, TopicCommand) as a short-lived, small JVM on the cached classpath.
kafka_tool() {
  "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$CONF/log4j2-kafka.properties" -Dsmart.cdc.log.file="$STATE/logs/tools.log" \
    -cp "$CACHE/libs/*" "$@"
}

# Keep the previous run's log as *.1 so a failing start shows only its own lines.
rotate() { local f; for f in "$@"; do [ ! -e "$f" ] || mv -f "$f" "$f.1"; done; }

require_installed() {
  [ -x "$PG_BIN/pg_ctl" ] && [ -f "$CACHE/.complete" ] && [ -f "$PLUGIN_CACHE/.complete" ] && return
  die "runtime not installed or connect-plugin/ changed (need $PG_BIN/pg_ctl, $CACHE and $PLUGIN_CACHE); run: scripts/local-runtime.sh install"
}

# A worker's plugin.path (one per worker: a worker the watchdog restarts must not pull another's away):
# the cached Debezium plugins (as symlinks) plus the project's jar next to the JDBC sink's, whose
# classes its sink task delegates to (plugin isolation). Its HashColumns transform is found there too:
# Connect resolves transforms across every plugin directory.
link_plugins() {  # dir
  local dir=$1
  rm -rf "$dir"; mkdir -p "$dir"
  cp -rs "$CACHE/plugins/." "$dir/"
  cp "$PLUGIN_CACHE"/smart-cdc-connect-*.jar "$dir/debezium-connector-jdbc/"
}

# Poll CHECK (given the engine) every second until it passes; fail if the process dies or the timeout passes.
wait_ready() {  # engine label check logfile...
  local engine=$1 label=$2 check=$3; shift 3
  local pid deadline=$((SECONDS + TIMEOUT))
  pid="$(cat "$(pidfile "$engine")")"
  until "$check" "$engine"; do
    if ! running "$pid"; then
      rm -f "$(pidfile "$engine")"
      fail "$label exited during startup" "$@"
    fi
    [ "$SECONDS" -lt "$deadline" ] || fail "$label did not answer within ${TIMEOUT}s (still running; 'down' stops it)" "$@"
    sleep 1
  done
}

# --- install -------------------------------------------------------------------------------

cmd_install() {
  check_java
  local pkgs=()
  [ -x "$PG_BIN/pg_ctl" ] || pkgs+=(postgresql-15)
  command -v curl >/dev/null || pkgs+=(curl)
  command -v mvn >/dev/null || pkgs+=(maven)
  # the secured profile issues its test CA and certificates with it
  command -v openssl >/dev/null || pkgs+=(openssl)
  if [ ${#pkgs[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "need root to apt-get install ${pkgs[*]}"
    log "installing ${pkgs[*]} (apt-get)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  fi
  install_plugin
  if [ -f "$CACHE/.complete" ]; then
    log "jars already cached in $CACHE"
    return
  fi
  # Resolve into a temporary dir and rename at the end, so an interrupted install is never "complete".
  mkdir -p "$CACHE_BASE"
  local tmp="$CACHE.tmp.$$" mvnlog="$CACHE_BASE/install.log"
  rm -rf "$tmp"
  log "resolving Kafka and Debezium jars from Maven Central (log: $mvnlog)"
  mvn -B -f "$ROOT/runtime/pom.xml" -Druntime.out="$tmp" generate-resources >"$mvnlog" 2>&1 \
    || { rm -rf "$tmp"; fail "maven could not resolve the runtime jars" "$mvnlog"; }
  rm -rf "$tmp/.markers"
  touch "$tmp/.complete"
  rm -rf "$CACHE" && mv "$tmp" "$CACHE"
  log "installed into $CACHE"
}

# The project's Connect plugin: the parking JDBC sink, the pipeline supervisor and the HashColumns
# transform. Its tests run in `npm test`; here it is only built (link_plugins puts it on plugin.path).
install_plugin() {
  if [ -f "$PLUGIN_CACHE/.complete" ]; then log "Connect plugin already built in $PLUGIN_CACHE"; return; fi
  local tmp="$PLUGIN_CACHE.tmp.$$" mvnlog="$CACHE_BASE/install-plugin.log"
  mkdir -p "$CACHE_BASE"; rm -rf "$tmp"
  log "building the Connect plugin (connect-plugin/, log: $mvnlog)"
  mvn -B -ntp -f "$ROOT/connect-plugin/pom.xml" -DskipTests package >"$mvnlog" 2>&1 \
    || fail "maven could not build connect-plugin/" "$mvnlog"
  mkdir -p "$tmp"
  cp "$ROOT"/connect-plugin/target/smart-cdc-connect-*.jar "$tmp/"
  touch "$tmp/.complete"
  rm -rf "$PLUGIN_CACHE" && mv "$tmp" "$PLUGIN_CACHE"
  log "Connect plugin installed into $PLUGIN_CACHE"
}

# --- PostgreSQL --------------------------------------------------------------------------------

pg_up() {  # name port database
  local name=$1 port=$2 db=$3
  local data="$STATE/pg/$name" sock="$STATE/pg/sock" logf="$STATE/logs/pg-$name.log"
  if alive "pg-$name"; then log "PostgreSQL $name already running"; return; fi
  require_free_port "PostgreSQL $name" "$port"
  mkdir -p "$sock"; own_pg "$STATE/pg" "$sock"
  [ "$PROFILE" = local ] || chmod 700 "$sock"   # the runtime's trusted way in: postgres and root only
  if [ ! -s "$data/PG_VERSION" ]; then
    log "initdb PostgreSQL $name"
    mkdir -p "$data"; chmod 700 "$data"; own_pg "$data"
    pg_run "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
      >"$STATE/logs/pg-$name-initdb.log" 2>&1 || fail "initdb of PostgreSQL $name failed" "$STATE/logs/pg-$name-initdb.log"
    echo "include 'smart-cdc.conf'" >>"$data/postgresql.conf"
  fi
  # Rewritten on every start so the settings here are the ones in force.
  cat >"$data/smart-cdc.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sock'
wal_level = logical
max_replication_slots = 10
max_wal_senders = 10
max_slot_wal_keep_size = 1024MB
shared_buffers = 32MB
# commit timestamps: the pipeline benchmark measures commit-to-visible time from them
track_commit_timestamp = on
# a row a target refuses stays out of the server log (no "DETAIL: Failing row contains (…)": citizens' data)
log_error_verbosity = terse
EOF
  if [ "$PROFILE" = local ]; then
    cat >"$data/pg_hba.conf" <<EOF
local   all          all                 trust
host    all          all   127.0.0.1/32  trust
host    replication  all   127.0.0.1/32  trust
EOF
  else
    pg_secure_conf "$data"
  fi
  own_pg "$data/smart-cdc.conf" "$data/pg_hba.conf"
  log "starting PostgreSQL $name"
  rotate "$logf"; touch "$logf"; own_pg "$logf"
  # a client connection may hold the port as its own local (ephemeral) port for a moment: try again
  local try
  for try in 1 2 3 4 5 6; do
    pg_run "$PG_BIN/pg_ctl" -D "$data" -l "$logf" -w -t "$TIMEOUT" start >/dev/null && break
    grep -q 'Address already in use' "$logf" && [ "$try" -lt 6 ] || fail "PostgreSQL $name failed to start" "$logf"
    log "PostgreSQL $name: port $port is in use for the moment; trying again in 5 s"
    sleep 5
  done
  head -n 1 "$data/postmaster.pid" >"$(pidfile "pg-$name")"
  pg_isready -q -h 127.0.0.1 -p "$port" -t 10 || fail "PostgreSQL $name does not answer on port $port" "$logf"
  if [ "$(psql -h "$PG_ADMIN_HOST" -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
    psql -q -h "$PG_ADMIN_HOST" -p "$port" -U postgres -d postgres -c "CREATE DATABASE $db" >/dev/null
  fi
  [ "$PROFILE" = local ] || pg_secure_admin "$port" "$db"
}

pg_down() {  # name
  local name=$1
  if alive "pg-$name"; then
    pg_run "$PG_BIN/pg_ctl" -D "$STATE/pg/$name" -m fast -w -t 60 stop >/dev/null
    log "PostgreSQL $name stopped"
  fi
  rm -f "$(pidfile "pg-$name")"
}

# --- Kafka and Connect (JVMs) ------------------------------------------------------------------

# The profile's template followed by the settings every profile shares, with the state dir, the plugin
# dir and the engine's own values filled in (secure: node number, ports, quorum and bootstrap lists).
render() {  # destination engine template...
  local dest=$1 engine=$2 i; shift 2
  i=$(engine_index "$engine")
  local voters="" bootstrap="" n
  for n in "${!KAFKA_PORTS[@]}"; do
    voters+="${voters:+,}$((n + 1))@127.0.0.1:${CONTROLLER_PORTS[$n]}"
    bootstrap+="${bootstrap:+,}127.0.0.1:${KAFKA_PORTS[$n]}"
  done
  local port=${KAFKA_PORTS[$i]}
  [[ $engine == connect* ]] && port=${CONNECT_PORTS[$i]}
  cat "$@" | sed -e "s#@STATE@#$STATE#g" -e "s#@PLUGINS@#$(plugin_dir "$engine")#g" -e "s#@ENGINE@#$engine#g" \
    -e "s#@NODE@#$((i + 1))#g" -e "s#@PORT@#$port#g" -e "s#@CONTROLLER_PORT@#${CONTROLLER_PORTS[$i]}#g" \
    -e "s#@VOTERS@#$voters#g" -e "s#@BOOTSTRAP@#$bootstrap#g" >"$dest"
}
plugin_dir() { if [ "$PROFILE" = local ]; then echo "$STATE/connect/plugins"; else echo "$STATE/connect/$1-plugins"; fi; }
# the profile's own templates: config/ (local) or config/secure/
profile_conf() { if [ "$PROFILE" = local ]; then echo "$CONF/$1"; else echo "$CONF/$PROFILE/$1"; fi; }

start_jvm() {  # engine "heap and GC options" log4j2-config main-class args...
  local engine=$1 heap=$2 logcfg=$3; shift 3
  rotate "$STATE/logs/$engine.log" "$STATE/logs/$engine.out"
  # setsid + nohup: the engine outlives this shell; -Dsmart.cdc.state lets `alive` recognise it.
  # Working directory: the state dir (the Connect worker resolves secrets/<name> against it).
  # shellcheck disable=SC2086  # heap holds several options
  setsid nohup env -C "$STATE" "$JAVA" $heap -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true -Dsmart.cdc.state="$STATE" \
    -Dlog4j2.configurationFile="$CONF/$logcfg" -Dsmart.cdc.log.file="$STATE/logs/$engine.log" \
    -cp "$CACHE/libs/*" "$@" >"$STATE/logs/$engine.out" 2>&1 </dev/null &
  echo $! >"$(pidfile "$engine")"
}

# The Kafka tools' admin client settings: bounded timeouts and, with --secure, the admin's SASL_SSL login.
admin_config() {
  printf 'request.timeout.ms=5000\ndefault.api.timeout.ms=10000\n'
  [ "$PROFILE" = local ] || cat "$STATE/kafka/admin.properties"
}

# Engines' files and names: the local profile's single engines keep their historical ones.
kafka_conf() { if [ "$PROFILE" = local ]; then echo "$STATE/kafka/server.properties"; else echo "$STATE/kafka/$1.properties"; fi; }
connect_conf() { if [ "$PROFILE" = local ]; then echo "$STATE/connect/connect-distributed.properties"; else echo "$STATE/connect/$1.properties"; fi; }
engine_label() {  # engine: "Kafka", "Kafka Connect"; with several, "Kafka broker 2", "Kafka Connect worker 1"
  local what=Kafka several=${#KAFKA_ENGINES[@]} kind=broker
  [[ $1 == connect* ]] && what="Kafka Connect" several=${#CONNECT_ENGINES[@]} kind=worker
  if [ "$several" = 1 ]; then echo "$what"; else echo "$what $kind $(($(engine_index "$1") + 1))"; fi
}
engine_logs() { echo "$STATE/logs/$1.log" "$STATE/logs/$1.out"; }

kafka_ready() {  # engine
  local port=${KAFKA_PORTS[$(engine_index "$1")]}
  listening "$port" || return 1
  # A real metadata round trip, not just an open port (the admin client's own timeouts bound it).
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$port" --list \
    --command-config <(admin_config) >/dev/null 2>&1
}

kafka_start() {  # engine: render its config, format its storage if new, start it (no wait)
  local engine=$1 i conf data; i=$(engine_index "$engine"); conf="$(kafka_conf "$engine")"
  require_free_port "$(engine_label "$engine")" "${KAFKA_PORTS[$i]}"
  require_free_port "$(engine_label "$engine") (controller)" "${CONTROLLER_PORTS[$i]}"
  require_free_port "$(engine_label "$engine") (metrics)" "${KAFKA_METRICS_PORTS[$i]}"
  mkdir -p "$STATE/kafka"
  render "$conf" "$engine" "$(profile_conf server.properties)" "$CONF/server-common.properties"
  data="$(sed -n 's/^log.dirs=//p' "$conf")"
  if [ ! -f "$data/meta.properties" ]; then
    log "formatting $(engine_label "$engine") storage (cluster id $KAFKA_CLUSTER_ID)"
    # In a file (mode 600) the java launcher expands: with --secure it holds the SCRAM credentials
    # created at format time, which must not appear on a command line.
    local args="$STATE/kafka/$engine.format-args" flog="$STATE/logs/$engine-format.log"
    (umask 077; { printf '%s\n' kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" -c "$conf"
      [ "$PROFILE" = local ] || scram_format_args; } >"$args")
    kafka_tool "@$args" 2>&1 | { if [ "$PROFILE" = local ]; then cat; else mask_passwords; fi; } >"$flog" \
      || { rm -f "$args"; fail "formatting $(engine_label "$engine") storage failed" "$flog"; }
    rm -f "$args"
  fi
  log "starting $(engine_label "$engine")"
  start_jvm "$engine" "$KAFKA_HEAP $KAFKA_GC $(metrics_agent kafka "${KAFKA_METRICS_PORTS[$i]}")" log4j2-kafka.properties kafka.Kafka "$conf"
}

# Start every engine asked for that is not running, then wait until each answers (a quorum answers
# only once most of its nodes run, so none is waited for before all are started).
engines_up() {  # start-function ready-check engine...
  local start=$1 ready=$2 engine started=(); shift 2
  for engine in "$@"; do
    if alive "$engine"; then log "$(engine_label "$engine") already running"; continue; fi
    "$start" "$engine"; started+=("$engine")
  done
  for engine in ${started[@]+"${started[@]}"}; do
    # shellcheck disable=SC2046  # two log files
    wait_ready "$engine" "$(engine_label "$engine")" "$ready" $(engine_logs "$engine")
  done
}
kafka_up() { engines_up kafka_start kafka_ready "$@"; }    # engine...

# GET on a worker's REST API (--secure: HTTPS checked against the CA, with the REST user's password).
connect_get() {  # engine path
  local port=${CONNECT_PORTS[$(engine_index "$1")]}
  if [ "$PROFILE" = local ]; then curl -fsS --max-time 5 "http://127.0.0.1:$port$2"; else connect_secure_get "$port" "$2"; fi
}

connect_ready() {  # engine
  local plugins
  plugins="$(connect_get "$1" /connector-plugins 2>/dev/null)" || return 1
  [[ "$plugins" == *io.debezium.connector.postgresql.PostgresConnector* ]] \
    && [[ "$plugins" == *io.debezium.connector.jdbc.JdbcSinkConnector* ]]
}

connect_start() {  # engine: render its config and plugin dir, start it (no wait)
  local engine=$1 conf opts i; i=$(engine_index "$engine")
  require_free_port "$(engine_label "$engine")" "${CONNECT_PORTS[$i]}"
  require_free_port "$(engine_label "$engine") (metrics)" "${CONNECT_METRICS_PORTS[$i]}"
  mkdir -p "$STATE/connect"
  link_plugins "$(plugin_dir "$engine")"
  conf="$(connect_conf "$engine")"
  render "$conf" "$engine" "$(profile_conf connect-distributed.properties)" "$CONF/connect-common.properties"
  opts="$CONNECT_HEAP $CONNECT_GC $(metrics_agent connect "${CONNECT_METRICS_PORTS[$i]}")"
  [ "$PROFILE" = local ] || opts+=" -Djava.security.auth.login.config=$STATE/connect/rest-jaas.conf @$STATE/connect/jvm-trust.args"
  log "starting $(engine_label "$engine")"
  start_jvm "$engine" "$opts" log4j2-connect.properties org.apache.kafka.connect.cli.ConnectDistributed "$conf"
}
connect_up() { engines_up connect_start connect_ready "$@"; }    # engine...

# Stop engines together (a quorum's nodes would wait for each other one at a time): TERM to all, then
# wait for each; what has not stopped after 60 s is killed.
jvm_down() {  # engine...
  local engine pid pids=()
  for engine in "$@"; do
    if alive "$engine"; then
      pid="$(cat "$(pidfile "$engine")")"; pids+=("$engine:$pid")
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  local deadline=$((SECONDS + 60)) p
  for p in ${pids[@]+"${pids[@]}"}; do
    engine=${p%%:*} pid=${p##*:}
    while running "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 1; done
    if running "$pid"; then log "$(engine_label "$engine") did not stop in 60s; killing it"; kill -KILL "$pid" || true; sleep 1; fi
    log "$(engine_label "$engine") stopped"
  done
  for engine in "$@"; do rm -f "$(pidfile "$engine")"; done
}

# --- commands ----------------------------------------------------------------------------------

endpoints() {
  if [ "$PROFILE" != local ]; then secure_endpoints; return; fi
  echo "postgres-warehouse  postgresql://postgres@127.0.0.1:$WAREHOUSE_PORT/smart_warehouse"
  echo "postgres-citizen    postgresql://postgres@127.0.0.1:$CITIZEN_PORT/smart_citizen"
  echo "kafka               127.0.0.1:$KAFKA_PORT"
  echo "kafka-connect       http://127.0.0.1:$CONNECT_PORT"
}

# A random secret (48 hex digits) in FILE, made once, readable by its owner only.
new_secret() { [ -s "$1" ] || (umask 077; od -An -N24 -tx1 /dev/urandom | tr -d ' \n' >"$1"); }

# The connectors' secrets, generated once and kept with the state (never in the repo), one file per
# secret: the Connect worker reads them through its config provider (local: connectors reference
# ${secrets:secrets:<name>}, resolved against its working directory, the state dir). hash_salt: the
# salt of the SENSITIVE-column hash (a new one changes every hash computed from then on).
ensure_secrets() {
  local dir="$CONNECTOR_SECRETS"
  [[ $dir == /* ]] || dir="$STATE/$dir"
  mkdir -p "$dir"; chmod 700 "$dir"
  if [ ! -s "$dir/hash_salt" ]; then
    new_secret "$dir/hash_salt"
    log "generated the $PROFILE hash salt in $dir/hash_salt"
  fi
  [ "$PROFILE" = local ] || secure_prepare
}

all_engines() { echo "${KAFKA_ENGINES[@]}" "${CONNECT_ENGINES[@]}"; }

# The engines' fixed loopback ports: the PostgreSQL ones lie in Linux's ephemeral range (32768-60999),
# where an outgoing connection may take one as its local port just as the engine binds it ("could not
# bind … Address already in use", seen once for :54332). Reserved ports are never handed out that way.
reserve_ports() {
  local f=/proc/sys/net/ipv4/ip_local_reserved_ports cur
  [ -w "$f" ] || return 0
  cur="$(cat "$f" 2>/dev/null)"
  local ports="$WAREHOUSE_PORT,$CITIZEN_PORT"
  echo "${cur:+$cur,}$ports" >"$f" 2>/dev/null || log "could not reserve ports $ports (ip_local_reserved_ports); continuing"
}

cmd_up() {
  check_java
  require_installed
  mkdir -p "$STATE/run" "$STATE/logs"
  reserve_ports
  ensure_secrets
  pg_up warehouse "$WAREHOUSE_PORT" smart_warehouse
  pg_up citizen "$CITIZEN_PORT" smart_citizen
  local engine
  for engine in $(all_engines); do touch "$STATE/run/$engine.wanted"; done
  kafka_up "${KAFKA_ENGINES[@]}"
  [ "$PROFILE" = local ] || secure_platform_acls
  connect_up "${CONNECT_ENGINES[@]}"
  watchdog_up
  endpoints
}

# --- watchdog ------------------------------------------------------------------------------------
# Kafka and Connect killed (kill -9, OOM) come back without a command, as a container with a
# restart policy would: every WATCHDOG_INTERVAL seconds, an engine that `up` started (run/*.wanted)
# and that is no longer alive is started again. `down` stops the watchdog first. PostgreSQL is left
# alone: a stopped database is an operator's (or a fault test's) decision.
WATCHDOG_INTERVAL="${SMART_CDC_WATCHDOG_INTERVAL:-2}"

cmd_watchdog() {
  trap 'exit 0' TERM INT
  log "watchdog: watching Kafka and Kafka Connect every ${WATCHDOG_INTERVAL}s"
  while :; do
    sleep "$WATCHDOG_INTERVAL" & wait $!
    check_java
    local engine
    for engine in $(all_engines); do
      [ -f "$STATE/run/$engine.wanted" ] || continue
      alive "$engine" && continue
      log "watchdog: $engine is not running; starting it"
      rm -f "$(pidfile "$engine")"
      if ( "${engine%%-*}_up" "$engine" ); then log "watchdog: $engine is back"; else log "watchdog: starting $engine failed; trying again"; fi
    done
  done
}

watchdog_up() {
  if alive watchdog; then return; fi
  rotate "$STATE/logs/watchdog.log"
  # the state dir on the command line lets `alive` recognise it
  setsid nohup env SMART_CDC_PROFILE="$PROFILE" bash "$ROOT/scripts/local-runtime.sh" watchdog "$STATE" \
    >"$STATE/logs/watchdog.log" 2>&1 </dev/null &
  echo $! >"$(pidfile watchdog)"
  log "watchdog started (log: $STATE/logs/watchdog.log)"
}

watchdog_down() {
  local pid
  if alive watchdog; then
    pid="$(cat "$(pidfile watchdog)")"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do running "$pid" || break; sleep 0.2; done
    running "$pid" && kill -KILL "$pid" 2>/dev/null || true
    log "watchdog stopped"
  fi
  rm -f "$(pidfile watchdog)"
}

STATUS_RC=0
report() {  # name up|down port endpoint: one status line; a foreign holder of the port is named
  local state=$2 who
  if [ "$state" != up ]; then
    STATUS_RC=1
    who="$(port_holder "$3")"
    [ -z "$who" ] || state="down (port $3 held by $who)"
  fi
  printf '%-19s %-5s %s\n' "$1" "$state" "$4"
}
up_if() { if "$@"; then echo up; else echo down; fi; }

# One line per engine: whether it answers (--secure: over TLS, checked against the test CA), and where.
cmd_status() {
  report postgres-warehouse "$(up_if pg_answers warehouse "$WAREHOUSE_PORT")" "$WAREHOUSE_PORT" "$(pg_url "$WAREHOUSE_PORT" smart_warehouse)"
  report postgres-citizen "$(up_if pg_answers citizen "$CITIZEN_PORT")" "$CITIZEN_PORT" "$(pg_url "$CITIZEN_PORT" smart_citizen)"
  local engine port i
  for engine in "${KAFKA_ENGINES[@]}"; do
    port=${KAFKA_PORTS[$(engine_index "$engine")]}
    report "$engine" "$(up_if jvm_answers "$engine" kafka_answers "$port")" "$port" "$(kafka_url "$port")"
  done
  for engine in "${CONNECT_ENGINES[@]}"; do
    i=$(engine_index "$engine") port=${CONNECT_PORTS[$i]}
    report "kafka-$engine" "$(up_if jvm_answers "$engine" connect_get "$engine" /)" "$port" "$(connect_url "$port")"
  done
  printf '%-19s %-5s %s\n' watchdog "$(up_if alive watchdog)" "restarts Kafka and Connect when they die (logs/watchdog.log)"
  [ "$PROFILE" = local ] || printf '%-19s %-5s %s\n' memory "" "$(profile_rss_mb) MB resident (every engine and its child processes)"
  return "$STATUS_RC"
}
pg_answers() { alive "pg-$1" && if [ "$PROFILE" = local ]; then pg_isready -q -h 127.0.0.1 -p "$2" -t 3; else pg_isready -q -t 3 -d "$(pg_tls_conninfo "$2")"; fi; }
jvm_answers() { local engine=$1; shift; alive "$engine" && "$@" >/dev/null 2>&1; }
kafka_answers() { listening "$1" && { [ "$PROFILE" = local ] || tls_answers "$1"; }; }
pg_url() { if [ "$PROFILE" = local ]; then echo "postgresql://postgres@127.0.0.1:$1/$2"; else echo "postgresql://smart_cdc_admin@127.0.0.1:$1/$2?sslmode=verify-full&sslrootcert=$STATE/tls/ca.crt"; fi; }
kafka_url() { if [ "$PROFILE" = local ]; then echo "127.0.0.1:$1"; else echo "SASL_SSL 127.0.0.1:$1 (SCRAM-SHA-512)"; fi; }
connect_url() { if [ "$PROFILE" = local ]; then echo "http://127.0.0.1:$1"; else echo "https://127.0.0.1:$1 (basic auth)"; fi; }

cmd_down() {
  local purge=${1:-}
  [ -z "$purge" ] || [ "$purge" = --purge ] || die "unknown option for down: $purge"
  watchdog_down
  local engine
  for engine in $(all_engines); do rm -f "$STATE/run/$engine.wanted"; done
  jvm_down "${CONNECT_ENGINES[@]}"
  jvm_down "${KAFKA_ENGINES[@]}"
  pg_down citizen
  pg_down warehouse
  if [ "$purge" = --purge ]; then
    case "$STATE" in /|"") die "refusing to purge state dir '$STATE'";; esac
    rm -rf "$STATE"
    log "state dir $STATE deleted"
  fi
}

case "${1:-}" in
  install) cmd_install ;;
  up) cmd_up ;;
  status) cmd_status ;;
  down) shift; cmd_down "${1:-}" ;;
  user) [ "$PROFILE" = secure ] || die "user: only with --secure"; shift; cmd_user "${1:-}" ;;
  watchdog) cmd_watchdog ;;  # internal: started by `up`
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
