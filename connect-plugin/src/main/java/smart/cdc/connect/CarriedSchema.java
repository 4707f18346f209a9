package smart.cdc.connect;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;

/**
 * Writes the {@value SchemaSignature#HEADER} header on every change event: the names, Connect types,
 * logical names and optionality of its key and row, as the source's transforms leave them. The
 * records travel without inline schemas (the sinks read them with the schema the catalogue gives
 * them), so this header is how a sink still sees a column renamed, dropped or retyped at the source
 * and parks the record instead of reading a missing column as NULL. Last in the source's chain.
 * Records that are not change events (heartbeats, tombstones) pass unchanged.
 */
public class CarriedSchema<R extends ConnectRecord<R>> extends ProjectTransform<R> {

    /** Debezium reuses its schema objects: one rendering per key and row schema. */
    private final Map<Schema, Map<Schema, String>> rendered = new IdentityHashMap<>();

    public CarriedSchema() {
        super(new ConfigDef());
    }

    @Override
    public void configure(Map<String, ?> props) {
    }

    @Override
    public R apply(R record) {
        if (!(record.value() instanceof Struct value)) return record;
        Field after = value.schema().field("after");
        if (after == null || after.schema().type() != Schema.Type.STRUCT || value.schema().field("op") == null) return record;
        Schema key = record.keySchema();
        String signature;
        synchronized (rendered) {
            if (rendered.size() > 1_000) rendered.clear();
            signature = rendered.computeIfAbsent(key, k -> new IdentityHashMap<>()).computeIfAbsent(after.schema(), row -> SchemaSignature.render(key, row));
        }
        Headers headers = record.headers() == null ? new ConnectHeaders() : record.headers().duplicate();
        headers.remove(SchemaSignature.HEADER).addString(SchemaSignature.HEADER, signature);
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(), record.valueSchema(), value,
                record.timestamp(), headers);
    }
}
