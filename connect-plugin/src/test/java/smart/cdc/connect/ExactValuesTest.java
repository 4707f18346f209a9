package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class ExactValuesTest {

    private static final Schema SOURCE = SchemaBuilder.struct().name("source")
            .field("schema", Schema.STRING_SCHEMA).field("table", Schema.STRING_SCHEMA).build();
    private static SchemaBuilder row() {
        return SchemaBuilder.struct().name("row")
                .field("n", Schema.OPTIONAL_STRING_SCHEMA)
                .field("label", Schema.OPTIONAL_STRING_SCHEMA)
                .field("f8", Schema.OPTIONAL_FLOAT64_SCHEMA)
                .field("f4", Schema.OPTIONAL_FLOAT32_SCHEMA)
                .field("d", SchemaBuilder.int32().name("io.debezium.time.Date").optional().build())
                .field("ts", SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").optional().build())
                .field("t", SchemaBuilder.int64().name("io.debezium.time.MicroTime").optional().build());
    }

    private static final Schema ROW = row().build();
    private static final Schema BEFORE = row().optional().build();
    private static final Schema ENVELOPE = SchemaBuilder.struct().name("envelope")
            .field("before", BEFORE)
            .field("after", ROW)
            .field("source", SOURCE)
            .build();

    private static SourceRecord event(Map<String, Object> values) {
        return event(null, values);
    }

    private static SourceRecord event(Map<String, Object> beforeValues, Map<String, Object> values) {
        Struct row = new Struct(ROW);
        values.forEach(row::put);
        Struct env = new Struct(ENVELOPE).put("after", row).put("source", new Struct(SOURCE).put("schema", "ml").put("table", "score"));
        if (beforeValues != null) {
            Struct before = new Struct(BEFORE);
            beforeValues.forEach(before::put);
            env.put("before", before);
        }
        return new SourceRecord(null, null, "t", null, null, ENVELOPE, env);
    }

    private static ExactValues<SourceRecord> smt() {
        ExactValues<SourceRecord> x = new ExactValues<>();
        x.configure(Map.of(ExactValues.NUMERIC_COLUMNS, "ml.score.n"));
        return x;
    }

    private static String flag(SourceRecord r) {
        Header h = r.headers().lastWithName(ExactValues.HEADER);
        return h == null ? null : (String) h.value();
    }

    @Test
    void ordinaryValuesPassUntouched() {
        SourceRecord in = event(Map.of("n", "1.50", "f8", 0.1, "f4", 1.4e-45f, "d", ExactValues.FIRST_AD_DAY, "ts", ExactValues.PG_FIRST_MICROS, "t", 86_399_999_999L));
        assertSame(in, smt().apply(in));
    }

    @Test
    void numericInfinityIsSpeltAsPostgreSqlSpellsItOnlyInNumericColumns() {
        SourceRecord out = smt().apply(event(Map.of("n", "NEGATIVE_INFINITY", "label", "POSITIVE_INFINITY")));
        Struct after = ((Struct) out.value()).getStruct("after");
        assertEquals("-Infinity", after.getString("n"));
        // a text column may hold these words: never rewritten
        assertEquals("POSITIVE_INFINITY", after.getString("label"));
        assertNull(flag(out));
    }

    @Test
    void valuesJsonCannotCarryAreFlaggedNamingColumnAndKindNeverTheValue() {
        assertTrue(flag(smt().apply(event(Map.of("f8", Double.NaN)))).startsWith("column ml.score.f8: NaN"));
        assertTrue(flag(smt().apply(event(Map.of("f4", Float.NEGATIVE_INFINITY)))).startsWith("column ml.score.f4: ±Infinity"));
        assertTrue(flag(smt().apply(event(Map.of("f8", -0.0)))).startsWith("column ml.score.f8: -0"));
        assertTrue(flag(smt().apply(event(Map.of("d", -2147472692)))).startsWith("column ml.score.d: date ±infinity"));
        assertTrue(flag(smt().apply(event(Map.of("d", ExactValues.FIRST_AD_DAY - 1)))).startsWith("column ml.score.d: date before year 1"));
        assertTrue(flag(smt().apply(event(Map.of("ts", ExactValues.TIMESTAMP_INFINITY_MICROS)))).startsWith("column ml.score.ts: timestamp"));
        assertTrue(flag(smt().apply(event(Map.of("ts", -9223372036853775000L)))).startsWith("column ml.score.ts: timestamp"));
        assertTrue(flag(smt().apply(event(Map.of("t", ExactValues.DAY_MICROS)))).startsWith("column ml.score.t: time 24:00:00"));
        // the values themselves stay in the record (the dead-letter topic keeps them), not in the reason
        SourceRecord both = smt().apply(event(Map.of("f8", Double.NaN, "d", -2147472691)));
        assertEquals(2, flag(both).split("; ").length);
        assertTrue(Double.isNaN(((Struct) both.value()).getStruct("after").getFloat64("f8")));
    }

    @Test
    void anUnchangedOutOfLineValueIsTakenFromTheOldRowOrFlagged() {
        // replica identity FULL: the old row has it
        SourceRecord full = smt().apply(event(Map.of("label", "a long address"), Map.of("label", ExactValues.UNCHANGED_TOAST, "n", "1")));
        assertEquals("a long address", ((Struct) full.value()).getStruct("after").getString("label"));
        assertNull(flag(full));
        // default identity: no old row, so the record is flagged, never written with the marker
        SourceRecord none = smt().apply(event(Map.of("label", ExactValues.UNCHANGED_TOAST)));
        assertTrue(flag(none).startsWith("column ml.score.label: a value stored out of line that the UPDATE left unchanged"));
    }

    private static ExactValues<SourceRecord> bounded(long bytes) {
        ExactValues<SourceRecord> x = new ExactValues<>();
        x.configure(Map.of(ExactValues.MAX_VALUES_BYTES, String.valueOf(bytes)));
        return x;
    }

    @Test
    void valuesTooLargeForOneRecordAreLeftOutLargestFirstAndFlaggedWithTheirSizeNeverTheValue() {
        String big = "x".repeat(300);
        SourceRecord out = bounded(200).apply(event(Map.of("label", big, "n", "1.5")));
        Struct after = ((Struct) out.value()).getStruct("after");
        assertNull(after.get("label"));
        assertEquals("1.5", after.getString("n"));
        assertEquals("column ml.score.label: a value of 300 bytes as JSON, more than the 200 bytes of values one change record carries (tuning.producer.maxRecordBytes)", flag(out));
        assertTrue(!flag(out).contains("xxx"));
        // within the bound: untouched
        SourceRecord small = event(Map.of("label", "x".repeat(150), "n", "1.5"));
        assertSame(small, bounded(200).apply(small));
    }

    @Test
    void theBoundCountsJsonEscapesAndTheRowBeforeWhoseLargeValuesGoSilently() {
        // 60 newlines are 120 bytes of JSON, 60 quotes 120 more: over 200 together
        assertTrue(flag(bounded(200).apply(event(Map.of("label", "\n".repeat(60) + "\"".repeat(60))))).contains("a value of 240 bytes"));
        // the row before a change (replica identity FULL) is never written to a target: made small, not flagged
        SourceRecord out = bounded(200).apply(event(Map.of("label", "y".repeat(500)), Map.of("label", "short", "n", "2")));
        Struct value = (Struct) out.value();
        assertNull(value.getStruct("before").get("label"));
        assertEquals("short", value.getStruct("after").getString("label"));
        assertNull(flag(out));
    }

    /** Debezium gives `submitted_at timestamptz DEFAULT now()` the default 1970-01-01 (0). */
    private static final Schema ROW_WITH_DEFAULT = SchemaBuilder.struct().name("row")
            .field("id", Schema.STRING_SCHEMA)
            .field("submitted_at", SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").optional().defaultValue(0L).build())
            .optional().build();

    @Test
    void aNullStaysNullWhereTheColumnHasADefaultAndTheSchemaLeavesWithoutDefaults() {
        Schema withDefault = ROW_WITH_DEFAULT;
        Schema envelope = SchemaBuilder.struct().name("envelope").field("before", withDefault).field("after", withDefault).field("source", SOURCE).build();
        Struct row = new Struct(withDefault).put("id", "1");
        Struct env = new Struct(envelope).put("after", row).put("source", new Struct(SOURCE).put("schema", "portal").put("table", "s"));
        // what Kafka's Struct.get (and so ReplaceField and JsonConverter) would hand on
        assertEquals(0L, row.get("submitted_at"));
        SourceRecord out = smt().apply(new SourceRecord(null, null, "t", null, null, envelope, env));
        Struct after = ((Struct) out.value()).getStruct("after");
        assertNull(after.get("submitted_at"));
        assertNull(after.schema().field("submitted_at").schema().defaultValue());
        assertEquals(out.valueSchema(), ((Struct) out.value()).schema());
        assertEquals("io.debezium.time.MicroTimestamp", after.schema().field("submitted_at").schema().name());
    }

    @Test
    void aRecordWithNoNullOnARowColumnsDefaultPassesAsItCame() {
        Schema withDefault = ROW_WITH_DEFAULT;
        // Debezium's source block: `snapshot` defaults to "false" and is NULL while streaming
        Schema source = SchemaBuilder.struct().name("source").field("schema", Schema.STRING_SCHEMA).field("table", Schema.STRING_SCHEMA)
                .field("snapshot", SchemaBuilder.string().optional().defaultValue("false").build()).build();
        Schema envelope = SchemaBuilder.struct().name("envelope").field("before", withDefault).field("after", withDefault).field("source", source).build();
        Struct src = new Struct(source).put("schema", "portal").put("table", "s");
        Struct env = new Struct(envelope).put("after", new Struct(withDefault).put("id", "1").put("submitted_at", 5L)).put("source", src);
        SourceRecord out = smt().apply(new SourceRecord(null, null, "t", null, null, envelope, env));
        assertSame(env, out.value());
        assertEquals(5L, ((Struct) out.value()).getStruct("after").get("submitted_at"));
        // a NULL on a default in `before`: rebuilt, so no default is read in its place; the source block is kept
        Struct withNullBefore = new Struct(envelope).put("before", new Struct(withDefault).put("id", "1"))
                .put("after", new Struct(withDefault).put("id", "1").put("submitted_at", 5L)).put("source", src);
        Struct rebuilt = (Struct) smt().apply(new SourceRecord(null, null, "t", null, null, envelope, withNullBefore)).value();
        assertNull(rebuilt.getStruct("before").get("submitted_at"));
        assertSame(src, rebuilt.getStruct("source"));
    }
}
