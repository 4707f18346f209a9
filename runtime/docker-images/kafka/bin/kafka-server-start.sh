#!/usr/bin/env bash
# Look-alike of Kafka's bin/kafka-server-start.sh (TEST-ONLY): kafka.Kafka with the broker's log4j2 and a 1 GB heap by default.
base_dir=$(realpath "$(dirname "$0")/..")
[ $# -ge 1 ] || { echo "USAGE: $0 server.properties [--override property=value]*" >&2; exit 1; }
export KAFKA_LOG4J_OPTS=${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=$base_dir/config/log4j2.yaml}
export KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xmx1G -Xms1G}
exec "$base_dir/bin/kafka-run-class.sh" kafka.Kafka "$@"
