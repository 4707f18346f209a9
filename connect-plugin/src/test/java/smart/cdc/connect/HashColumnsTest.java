package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.debezium.relational.Column;
import io.debezium.relational.mapping.MaskStrings;

class HashColumnsTest {

    private static final String SALT = "0123456789abcdef-salt";

    private static final Schema SOURCE = SchemaBuilder.struct().name("source")
            .field("schema", Schema.STRING_SCHEMA).field("table", Schema.STRING_SCHEMA).build();
    private static final Schema ROW = SchemaBuilder.struct().name("row")
            .field("id", Schema.STRING_SCHEMA)
            .field("free_text", Schema.OPTIONAL_STRING_SCHEMA)
            .field("category", Schema.OPTIONAL_STRING_SCHEMA)
            .field("rating", Schema.OPTIONAL_INT32_SCHEMA)
            .optional().build();
    private static final Schema ENVELOPE = SchemaBuilder.struct().name("envelope")
            .field("before", ROW).field("after", ROW).field("source", SOURCE).field("op", Schema.STRING_SCHEMA).build();
    private static final Schema KEY = SchemaBuilder.struct().name("key").field("id", Schema.STRING_SCHEMA).build();

    private final HashColumns<SourceRecord> smt = new HashColumns<>();

    @AfterEach
    void close() {
        smt.close();
    }

    private void configure(String columns, String salt) {
        Map<String, String> props = new HashMap<>();
        props.put(HashColumns.COLUMNS, columns);
        props.put(HashColumns.SALT, salt);
        smt.configure(props);
    }

    /** The value Debezium 3.6's own column.mask.hash.v2 masking gives (its MaskStrings, UTF-8 default charset). */
    private static String debeziumV2(String salt, String value) {
        Column column = Column.editor().name("free_text").type("text").jdbcType(Types.VARCHAR).create();
        return (String) new MaskStrings(salt.getBytes(StandardCharsets.UTF_8), "SHA-256", MaskStrings.HashingByteArrayStrategy.V2)
                .create(column).convert(value);
    }

    private static Struct row(String id, String text) {
        return new Struct(ROW).put("id", id).put("free_text", text).put("category", "feedback").put("rating", 5);
    }

    private static SourceRecord event(String schema, String table, Struct before, Struct after) {
        Struct value = new Struct(ENVELOPE).put("before", before).put("after", after)
                .put("source", new Struct(SOURCE).put("schema", schema).put("table", table)).put("op", "u");
        Struct key = new Struct(KEY).put("id", after != null ? after.getString("id") : before.getString("id"));
        return new SourceRecord(null, null, "topic", 0, KEY, key, ENVELOPE, value);
    }

    @Test
    void givesDebeziumV2HashValues() {
        configure("portal.citizen_submission.free_text", SALT);
        for (String text : new String[] {"my neighbour owes me 500 EUR", "", "Åsa, Jyväskylä — 💶"}) {
            assertEquals(debeziumV2(SALT, text), smt.hash(text), text);
        }
    }

    @Test
    void hashesBeforeAndAfterOfListedColumnsOnly() {
        configure("portal.citizen_submission.free_text", SALT);
        SourceRecord out = smt.apply(event("portal", "citizen_submission", row("1", "old words"), row("1", "new words")));
        Struct v = (Struct) out.value();
        assertEquals(debeziumV2(SALT, "old words"), v.getStruct("before").getString("free_text"));
        assertEquals(debeziumV2(SALT, "new words"), v.getStruct("after").getString("free_text"));
        assertEquals("feedback", v.getStruct("after").getString("category"));
        assertEquals(5, v.getStruct("after").getInt32("rating"));
        assertEquals("portal", v.getStruct("source").getString("schema"));
        assertFalse(v.toString().contains("words"));
    }

    @Test
    void leavesOtherTablesNullsAndNonEnvelopesAlone() {
        configure("portal.citizen_submission.free_text", SALT);
        SourceRecord other = event("portal", "citizen", null, row("2", "kept"));
        assertEquals("kept", ((Struct) smt.apply(other).value()).getStruct("after").getString("free_text"));

        SourceRecord nullText = event("portal", "citizen_submission", null, row("3", null));
        assertNull(((Struct) smt.apply(nullText).value()).getStruct("after").getString("free_text"));

        SourceRecord tombstone = new SourceRecord(null, null, "topic", 0, KEY, new Struct(KEY).put("id", "4"), null, null);
        assertSame(tombstone, smt.apply(tombstone));
    }

    @Test
    void hashesAListedColumnInTheKey() {
        configure("portal.citizen_submission.id", SALT);
        SourceRecord out = smt.apply(event("portal", "citizen_submission", null, row("secret-id", "x")));
        assertEquals(debeziumV2(SALT, "secret-id"), ((Struct) out.key()).getString("id"));
        assertEquals(debeziumV2(SALT, "secret-id"), ((Struct) out.value()).getStruct("after").getString("id"));
    }

    @Test
    void failsOnANonTextColumnRatherThanLettingItThrough() {
        configure("portal.citizen_submission.rating", SALT);
        DataException e = assertThrows(DataException.class, () -> smt.apply(event("portal", "citizen_submission", null, row("5", "x"))));
        assertTrue(e.getMessage().contains("'rating'"), e.getMessage());
    }

    @Test
    void differentSaltsGiveDifferentHashesAndATrailingNewlineInTheSecretFileChangesNothing() {
        configure("a.b.c", SALT);
        String one = smt.hash("same text");
        configure("a.b.c", SALT + "\n");
        assertEquals(one, smt.hash("same text"));
        configure("a.b.c", SALT + "-rotated");
        assertNotEquals(one, smt.hash("same text"));
    }

    @Test
    void refusesASaltThatWouldNotProtectAnything() {
        String[][] cases = {
            {"${secrets:/run/secrets/smart-cdc:hash_salt}", "unresolved config provider reference"},
            {"", "is empty"},
            {"short-salt", "shorter than 16"},
        };
        for (String[] c : cases) {
            ConfigException e = assertThrows(ConfigException.class, () -> configure("a.b.c", c[0]));
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            if (!c[0].isEmpty()) assertFalse(e.getMessage().contains(c[0].strip()), "the message shows the salt: " + e.getMessage());
        }
        ConfigException bad = assertThrows(ConfigException.class, () -> configure("free_text", SALT));
        assertTrue(bad.getMessage().contains("schema.table.column"), bad.getMessage());
    }

    @Test
    void theMarkerOfAValuePostgreSqlDidNotSendIsNotHashed() {
        configure("portal.citizen_submission.free_text", SALT);
        SourceRecord out = smt.apply(event("portal", "citizen_submission", row("5", "the old text"), row("5", ExactValues.UNCHANGED_TOAST)));
        Struct value = (Struct) out.value();
        // ExactValues, next in the chain, takes the (hashed) old value for it
        assertEquals(ExactValues.UNCHANGED_TOAST, value.getStruct("after").getString("free_text"));
        assertEquals(smt.hash("the old text"), value.getStruct("before").getString("free_text"));
    }
}
