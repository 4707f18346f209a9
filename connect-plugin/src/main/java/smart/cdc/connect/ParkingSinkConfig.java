package smart.cdc.connect;

import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The settings {@link ParkingJdbcSinkConnector} adds to Debezium's JDBC sink settings. */
final class ParkingSinkConfig {
    static final String FLOW = "smart.cdc.flow";
    static final String SOURCE_TABLE = "smart.cdc.source.table";
    static final String CARRIED_FIELDS = "smart.cdc.carried.fields";
    static final String RETRY_INITIAL_MS = "smart.cdc.retry.backoff.initial.ms";
    static final String RETRY_MAX_MS = "smart.cdc.retry.backoff.max.ms";

    private ParkingSinkConfig() {
    }

    /** Debezium's definition plus ours (a copy: Debezium's is shared). */
    static ConfigDef define(ConfigDef debezium) {
        return new ConfigDef(debezium)
                .define(FLOW, Type.STRING, "", Importance.MEDIUM, "The pipeline flow this sink writes (named in logs and parked records).")
                .define(SOURCE_TABLE, Type.STRING, "", Importance.LOW, "schema.table the flow reads, for drift messages.")
                .define(CARRIED_FIELDS, Type.STRING, "", Importance.HIGH,
                        "source>target:TYPE of every carried column: a record that lacks one or has it with another Connect type is refused (parked), never written.")
                .define(RETRY_INITIAL_MS, Type.LONG, 500L, ConfigDef.Range.atLeast(1), Importance.LOW,
                        "First delay before re-delivering records when the target cannot be reached.")
                .define(RETRY_MAX_MS, Type.LONG, 10_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
                        "Longest delay between re-deliveries while the target cannot be reached (it is retried for ever).");
    }

    static String get(Map<String, String> props, String key, String dflt) {
        String v = props.get(key);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    static long getLong(Map<String, String> props, String key, long dflt) {
        String v = props.get(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        }
        catch (NumberFormatException e) {
            throw new org.apache.kafka.common.config.ConfigException(key, v, "must be a whole number of milliseconds");
        }
    }
}
