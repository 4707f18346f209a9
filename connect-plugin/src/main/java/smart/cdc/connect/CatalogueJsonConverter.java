package smart.cdc.connect;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.storage.Converter;

/**
 * A sink's converter: Kafka's {@link JsonConverter} reading each record with the schema of the
 * converter's {@code schema.content} (generated from the catalogue), so no record carries its
 * schema. A record that does carry one ({@code {"schema":…,"payload":…}}, as the sources wrote
 * them before, or a dead letter of that time replayed) is read with its own schema instead: an
 * upgrade neither parks nor misreads what was in flight.
 */
public class CatalogueJsonConverter implements Converter, Versioned {

    private static final byte[] INLINE = "{\"schema\":".getBytes(StandardCharsets.UTF_8);

    private final JsonConverter catalogue = new JsonConverter();
    private final JsonConverter inline = new JsonConverter();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // an older worker's JsonConverter would ignore the schema and refuse every record without one
        if (!JsonConverterConfig.configDef().names().contains(JsonConverterConfig.SCHEMA_CONTENT_CONFIG))
            throw new ConfigException("this worker's Kafka JsonConverter has no " + JsonConverterConfig.SCHEMA_CONTENT_CONFIG
                    + " (Kafka 4.2 or later has it): upgrade the Connect workers");
        if (configs.get(JsonConverterConfig.SCHEMA_CONTENT_CONFIG) == null)
            throw new ConfigException(JsonConverterConfig.SCHEMA_CONTENT_CONFIG + " is not set: the catalogue's schema of the "
                    + (isKey ? "key" : "value") + " is required");
        Map<String, Object> schemas = new HashMap<>(configs);
        schemas.put(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "true");
        catalogue.configure(schemas, isKey);
        schemas.remove(JsonConverterConfig.SCHEMA_CONTENT_CONFIG);
        inline.configure(schemas, isKey);
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        return (carriesSchema(value) ? inline : catalogue).toConnectData(topic, value);
    }

    /** Kafka's JsonConverter writes the schema first, without whitespace. */
    static boolean carriesSchema(byte[] value) {
        if (value == null || value.length < INLINE.length) return false;
        for (int i = 0; i < INLINE.length; i++)
            if (value[i] != INLINE[i]) return false;
        return true;
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        return inline.fromConnectData(topic, schema, value);
    }

    @Override
    public ConfigDef config() {
        return JsonConverterConfig.configDef();
    }

    @Override
    public String version() {
        return Version.get();
    }
}
