#!/usr/bin/env bash
# Look-alike of Kafka's bin/connect-distributed.sh (TEST-ONLY)
base_dir=$(realpath "$(dirname "$0")/..")
export KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms256M -Xmx2G}
exec "$base_dir/bin/kafka-run-class.sh" org.apache.kafka.connect.cli.ConnectDistributed "$@"
