#!/usr/bin/env bash
# Look-alike of the Debezium Connect image's /docker-entrypoint.sh (TEST-ONLY), written by us from the
# documented interface (debezium/container-images connect-base/3.6 README.md and entrypoint):
# - BOOTSTRAP_SERVERS, GROUP_ID, CONFIG_STORAGE_TOPIC, OFFSET_STORAGE_TOPIC (required), STATUS_STORAGE_TOPIC,
#   KEY_CONVERTER, VALUE_CONVERTER, OFFSET_FLUSH_INTERVAL_MS (default 60000), OFFSET_FLUSH_TIMEOUT_MS (5000),
#   SHUTDOWN_TIMEOUT (10000), HOST_NAME / REST_HOST_NAME / REST_PORT (8083) / ADVERTISED_HOST_NAME /
#   ADVERTISED_PORT, HEAP_OPTS → KAFKA_HEAP_OPTS;
# - ENABLE_DEBEZIUM_SCRIPTING=true links $EXTERNAL_LIBS_DIR/debezium-scripting/*.jar into every plugin
#   directory (false removes those links) — the scripting jar only, no language engine;
# - every CONNECT_<NAME> variable becomes worker property <name> (lower case, _ → .) in
#   $KAFKA_HOME/config/connect-distributed.properties (set if present, else appended);
# - "start" runs the distributed worker; any other command is executed as given.
set -e
: "${BOOTSTRAP_SERVERS:=0.0.0.0:9092}"
: "${HOST_NAME:=$(ip -4 -o addr show scope global | awk '{print $4}' | cut -d/ -f1 | head -n1)}"
: "${REST_PORT:=8083}" "${REST_HOST_NAME:=$HOST_NAME}" "${ADVERTISED_PORT:=8083}" "${ADVERTISED_HOST_NAME:=$HOST_NAME}"
: "${GROUP_ID:=1}" "${OFFSET_FLUSH_INTERVAL_MS:=60000}" "${OFFSET_FLUSH_TIMEOUT_MS:=5000}" "${SHUTDOWN_TIMEOUT:=10000}"
: "${KEY_CONVERTER:=org.apache.kafka.connect.json.JsonConverter}" "${VALUE_CONVERTER:=org.apache.kafka.connect.json.JsonConverter}"
: "${ENABLE_DEBEZIUM_SCRIPTING:=false}"
export CONNECT_REST_ADVERTISED_PORT=$ADVERTISED_PORT CONNECT_REST_ADVERTISED_HOST_NAME=$ADVERTISED_HOST_NAME \
  CONNECT_REST_PORT=$REST_PORT CONNECT_REST_HOST_NAME=$REST_HOST_NAME CONNECT_BOOTSTRAP_SERVERS=$BOOTSTRAP_SERVERS \
  CONNECT_GROUP_ID=$GROUP_ID CONNECT_CONFIG_STORAGE_TOPIC=$CONFIG_STORAGE_TOPIC CONNECT_OFFSET_STORAGE_TOPIC=$OFFSET_STORAGE_TOPIC \
  CONNECT_KEY_CONVERTER=$KEY_CONVERTER CONNECT_VALUE_CONVERTER=$VALUE_CONVERTER \
  CONNECT_TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS=$SHUTDOWN_TIMEOUT CONNECT_OFFSET_FLUSH_INTERVAL_MS=$OFFSET_FLUSH_INTERVAL_MS \
  CONNECT_OFFSET_FLUSH_TIMEOUT_MS=$OFFSET_FLUSH_TIMEOUT_MS
[ -z "$STATUS_STORAGE_TOPIC" ] || export CONNECT_STATUS_STORAGE_TOPIC=$STATUS_STORAGE_TOPIC
[ -z "$HEAP_OPTS" ] || export KAFKA_HEAP_OPTS=$HEAP_OPTS
unset HOST_NAME REST_PORT REST_HOST_NAME ADVERTISED_PORT ADVERTISED_HOST_NAME GROUP_ID OFFSET_FLUSH_INTERVAL_MS \
  OFFSET_FLUSH_TIMEOUT_MS SHUTDOWN_TIMEOUT KEY_CONVERTER VALUE_CONVERTER HEAP_OPTS
: "${CONNECT_PLUGIN_PATH:=$KAFKA_CONNECT_PLUGINS_DIR}"
for p in ${CONNECT_PLUGIN_PATH//,/ }; do
  for plugin in "$p"/*/; do
    find "$plugin" -maxdepth 1 -type l -lname "$EXTERNAL_LIBS_DIR/debezium-scripting/*" -delete
    if [ "$ENABLE_DEBEZIUM_SCRIPTING" = true ]; then ln -snf "$EXTERNAL_LIBS_DIR"/debezium-scripting/*.jar "$plugin"; fi
  done
done
[ "$ENABLE_DEBEZIUM_SCRIPTING" != true ] || echo "Debezium Scripting enabled!"

if [ "$1" = start ]; then
  for v in CONNECT_BOOTSTRAP_SERVERS CONNECT_GROUP_ID CONNECT_CONFIG_STORAGE_TOPIC CONNECT_OFFSET_STORAGE_TOPIC; do
    [ -n "${!v}" ] || { echo "${v#CONNECT_} must be set"; exit 1; }
  done
  cp -rn "$KAFKA_HOME"/config.orig/* "$KAFKA_HOME/config/"
  props=$KAFKA_HOME/config/connect-distributed.properties
  export KAFKA_LOG4J_OPTS="-Dlog4j2.configurationFile=$KAFKA_HOME/config/log4j2.properties"
  while IFS='=' read -r name value; do
    [[ $name == CONNECT_* ]] || continue
    key=$(printf '%s' "${name#CONNECT_}" | tr '[:upper:]' '[:lower:]' | tr _ .)
    grep -v -E "^#?${key//./\\.}=" "$props" > "$props.new" || true
    printf '%s=%s\n' "$key" "$value" >> "$props.new" && mv "$props.new" "$props"
    case "$name" in *PASSWORD*|*JAAS*) echo "--- Setting property from $name: $key=[hidden]" ;; *) echo "--- Setting property from $name: $key=$value" ;; esac
  done < <(env)
  exec "$KAFKA_HOME/bin/connect-distributed.sh" "$props"
fi
exec "$@"
