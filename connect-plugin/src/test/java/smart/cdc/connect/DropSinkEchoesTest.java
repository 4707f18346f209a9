package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DropSinkEchoesTest {

    private static final Schema SOURCE = SchemaBuilder.struct().name("source")
            .field("schema", Schema.STRING_SCHEMA).field("table", Schema.STRING_SCHEMA).build();
    private static final Schema ROW = SchemaBuilder.struct().name("row")
            .field("id", Schema.STRING_SCHEMA)
            .field("cdc_origin", SchemaBuilder.string().optional().defaultValue("app").build())
            .optional().build();
    private static final Schema ENVELOPE = SchemaBuilder.struct().name("envelope")
            .field("before", ROW).field("after", ROW).field("source", SOURCE).field("op", Schema.STRING_SCHEMA).build();

    private final DropSinkEchoes<SourceRecord> smt = new DropSinkEchoes<>();

    @BeforeEach
    void configure() {
        smt.configure(props("portal.citizen,portal.recommendation"));
    }

    @AfterEach
    void close() {
        smt.close();
    }

    private static Map<String, String> props(String tables) {
        Map<String, String> p = new HashMap<>();
        p.put(DropSinkEchoes.TABLES, tables);
        p.put(DropSinkEchoes.ORIGIN_COLUMN, "cdc_origin");
        p.put(DropSinkEchoes.SINK_VALUE, "sink");
        p.put(DropSinkEchoes.SINK_OVER_APP_VALUE, "sink-over-app");
        return p;
    }

    private static Struct row(Schema schema, String origin) {
        Struct r = new Struct(schema).put("id", "1");
        if (schema.field("cdc_origin") != null) r.put("cdc_origin", origin);
        return r;
    }

    private static SourceRecord event(String table, String op, Struct after) {
        Struct source = new Struct(SOURCE).put("schema", table.split("\\.")[0]).put("table", table.split("\\.")[1]);
        Struct v = new Struct(ENVELOPE).put("source", source).put("op", op).put("after", after);
        return new SourceRecord(Map.of(), Map.of(), "smart.v1.citizen." + table, ENVELOPE, v);
    }

    private boolean kept(String op, String origin) {
        SourceRecord r = event("portal.citizen", op, op.equals("d") ? null : row(ROW, origin));
        SourceRecord out = smt.apply(r);
        if (out != null) assertSame(r, out, "a kept record passes unchanged");
        return out != null;
    }

    @Test
    void dropsWhatSinksWroteAndKeepsTheApplicationsWrites() {
        for (String op : List.of("c", "u"))
            assertEquals(List.of(true, true, false, false), List.of(kept(op, "app"), kept(op, null), kept(op, "sink"), kept(op, "sink-over-app")), "op " + op);
        // a delete has no row after the change: it always passes
        assertTrue(kept("d", null));
        // a snapshot read carries a row this side's application wrote, whoever wrote it last; not one only sinks wrote
        assertEquals(List.of(true, true, true, false), List.of(kept("r", "app"), kept("r", null), kept("r", "sink-over-app"), kept("r", "sink")));
    }

    @Test
    void readsANullOriginAsNullNotAsTheColumnsDefault() {
        // the schema's default is 'app': a NULL stamp must not be read as it, nor as anything a sink writes
        Struct after = new Struct(ROW).put("id", "1");
        assertTrue(smt.apply(event("portal.citizen", "u", after)) != null);
    }

    @Test
    void judgesOnlyTheListedTables() {
        // the same stamp on a table no sink writes (here: not listed) passes
        SourceRecord other = event("portal.citizen_submission", "c", row(ROW, "sink"));
        assertSame(other, smt.apply(other));
        assertNull(smt.apply(event("portal.recommendation", "c", row(ROW, "sink"))));
    }

    @Test
    void letsTombstonesAndNonEnvelopesThrough() {
        SourceRecord tombstone = new SourceRecord(Map.of(), Map.of(), "t", null, null);
        assertSame(tombstone, smt.apply(tombstone));
        Schema beat = SchemaBuilder.struct().name("heartbeat").field("ts_ms", Schema.INT64_SCHEMA).build();
        SourceRecord heartbeat = new SourceRecord(Map.of(), Map.of(), "__debezium-heartbeat", beat, new Struct(beat).put("ts_ms", 1L));
        assertSame(heartbeat, smt.apply(heartbeat));
    }

    @Test
    void failsOnAListedTableWithoutTheOriginColumn() {
        Schema bare = SchemaBuilder.struct().name("row").field("id", Schema.STRING_SCHEMA).optional().build();
        Schema envelope = SchemaBuilder.struct().name("envelope").field("after", bare).field("source", SOURCE).field("op", Schema.STRING_SCHEMA).build();
        Struct source = new Struct(SOURCE).put("schema", "portal").put("table", "citizen");
        Struct v = new Struct(envelope).put("source", source).put("op", "c").put("after", new Struct(bare).put("id", "1"));
        DataException e = assertThrows(DataException.class, () -> smt.apply(new SourceRecord(Map.of(), Map.of(), "smart.v1.citizen.portal.citizen", envelope, v)));
        assertTrue(e.getMessage().contains("portal.citizen") && e.getMessage().contains("'cdc_origin'"), e.getMessage());
    }

    @Test
    void refusesAConfigurationThatCannotWork() {
        List<String> messages = new ArrayList<>();
        for (Map<String, String> bad : List.of(props(""), props("citizen"), props("portal.citizen,"), withValue(DropSinkEchoes.SINK_OVER_APP_VALUE, "sink"),
                withValue(DropSinkEchoes.ORIGIN_COLUMN, " "))) {
            DropSinkEchoes<SourceRecord> s = new DropSinkEchoes<>();
            messages.add(assertThrows(ConfigException.class, () -> s.configure(bad)).getMessage());
        }
        assertTrue(messages.get(0).contains("tables"), messages.get(0));
        assertTrue(messages.get(1).contains("'citizen' is not schema.table"), messages.get(1));
        assertTrue(messages.get(3).contains("must differ"), messages.get(3));
        assertTrue(messages.get(4).contains("origin.column is empty"), messages.get(4));
    }

    @Test
    void isFoundByTheWorkersServiceLoaderDiscovery() {
        // the workers run plugin.discovery=service_load: a transform missing from the manifest is not there
        List<String> found = new ArrayList<>();
        for (Transformation<?> t : ServiceLoader.load(Transformation.class)) found.add(t.getClass().getName());
        assertTrue(found.contains(DropSinkEchoes.class.getName()), found.toString());
    }

    private static Map<String, String> withValue(String key, String value) {
        Map<String, String> p = props("portal.citizen");
        p.put(key, value);
        return p;
    }
}
