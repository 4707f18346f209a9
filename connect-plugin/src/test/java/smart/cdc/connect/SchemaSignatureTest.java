package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class SchemaSignatureTest {
    private static final Schema KEY = SchemaBuilder.struct().name("smart.v1.citizen.portal.citizen.Key").field("id", SchemaBuilder.string().name("io.debezium.data.Uuid").build()).build();
    private static final Schema ROW = SchemaBuilder.struct().name("smart.v1.citizen.portal.citizen.Value").optional()
            .field("id", SchemaBuilder.string().name("io.debezium.data.Uuid").build())
            .field("birth_date", SchemaBuilder.int32().name("io.debezium.time.Date").optional().build())
            .field("score", Schema.OPTIONAL_FLOAT64_SCHEMA).build();
    private static final Schema ENVELOPE = SchemaBuilder.struct().name("smart.v1.citizen.portal.citizen.Envelope")
            .field("before", ROW).field("after", ROW).field("op", Schema.STRING_SCHEMA).build();

    @Test
    void rendersAndParsesBack() {
        String text = SchemaSignature.render(KEY, ROW);
        assertEquals("id:STRING:io.debezium.data.Uuid|id:STRING:io.debezium.data.Uuid,birth_date:INT32:io.debezium.time.Date?,score:FLOAT64?", text);
        SchemaSignature s = SchemaSignature.parse(text);
        assertEquals(new SchemaSignature.Column(Schema.Type.INT32, "io.debezium.time.Date", true), s.row().get("birth_date"));
        assertEquals(new SchemaSignature.Column(Schema.Type.STRING, "io.debezium.data.Uuid", false), s.key().get("id"));
        assertEquals(new SchemaSignature.Column(Schema.Type.FLOAT64, null, true), s.row().get("score"));
        assertNull(SchemaSignature.parse("no bar"));
        assertNull(SchemaSignature.parse("id:TEXT|"));
    }

    @Test
    void theSourceTransformHeadsEveryChangeEventAndPassesTheRest() {
        CarriedSchema<SourceRecord> t = new CarriedSchema<>();
        t.configure(java.util.Map.of());
        Struct row = new Struct(ROW).put("id", "a");
        Struct event = new Struct(ENVELOPE).put("after", row).put("op", "c");
        SourceRecord r = new SourceRecord(null, null, "smart.v1.citizen.portal.citizen", 0, KEY, new Struct(KEY).put("id", "a"), ENVELOPE, event);
        SourceRecord out = t.apply(r);
        assertEquals(SchemaSignature.render(KEY, ROW), out.headers().lastWithName(SchemaSignature.HEADER).value());
        assertSame(event, out.value());
        // a second pass replaces the header instead of adding one
        assertEquals(1, t.apply(out).headers().allWithName(SchemaSignature.HEADER).hasNext() ? 1 : 0);
        SourceRecord tombstone = new SourceRecord(null, null, "t", 0, KEY, new Struct(KEY).put("id", "a"), null, null);
        assertSame(tombstone, t.apply(tombstone));
        Schema beat = SchemaBuilder.struct().name("io.debezium.connector.common.Heartbeat").field("ts_ms", Schema.INT64_SCHEMA).build();
        SourceRecord heartbeat = new SourceRecord(null, null, "h", 0, null, null, beat, new Struct(beat).put("ts_ms", 1L));
        assertSame(heartbeat, t.apply(heartbeat));
        assertNotSame(r, out);
    }
}
