#!/usr/bin/env bash
# Look-alike of Kafka's bin/kafka-broker-api-versions.sh (TEST-ONLY)
exec "$(dirname "$0")/kafka-run-class.sh" org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
