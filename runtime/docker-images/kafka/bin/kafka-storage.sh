#!/usr/bin/env bash
# Look-alike of Kafka's bin/kafka-storage.sh (TEST-ONLY)
exec "$(dirname "$0")/kafka-run-class.sh" kafka.tools.StorageTool "$@"
