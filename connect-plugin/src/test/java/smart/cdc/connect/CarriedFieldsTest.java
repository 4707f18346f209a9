package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class CarriedFieldsTest {
    private final CarriedFields fields = CarriedFields.parse("ml.recommendation", "recommendation_id>id:STRING,rank>priority:INT32,reason_code>reason_code:STRING");

    private static SinkRecord record(Schema schema, Struct value) {
        return new SinkRecord("t", 0, Schema.STRING_SCHEMA, "k", schema, value, 7);
    }

    @Test
    void aCompleteRecordPasses() {
        Schema s = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).field("priority", Schema.OPTIONAL_INT32_SCHEMA).field("reason_code", Schema.OPTIONAL_STRING_SCHEMA).build();
        assertNull(fields.drift(record(s, new Struct(s).put("id", "a"))));
        assertNull(fields.drift(record(null, null)), "a tombstone carries no columns");
    }

    @Test
    void aMissingOrRetypedColumnIsDrift() {
        Schema s = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).field("priority", Schema.OPTIONAL_STRING_SCHEMA).build();
        assertEquals("schema drift: column ml.recommendation.rank arrives as STRING, the flow carries INT32 (retyped at the source?); "
                + "column ml.recommendation.reason_code is missing (renamed or dropped at the source?)", fields.drift(record(s, new Struct(s).put("id", "a"))));
    }

    @Test
    void aMalformedSpecIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CarriedFields.parse("t", "a:STRING"));
        assertThrows(IllegalArgumentException.class, () -> CarriedFields.parse("t", "a>b:TEXT"));
    }
}
