package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class CatalogueJsonConverterTest {
    private static final String SCHEMA = "{\"type\":\"struct\",\"name\":\"t.Value\",\"optional\":false,\"fields\":["
            + "{\"field\":\"id\",\"type\":\"string\",\"optional\":false,\"name\":\"io.debezium.data.Uuid\",\"version\":1},"
            + "{\"field\":\"n\",\"type\":\"int32\",\"optional\":true}]}";

    private static CatalogueJsonConverter converter() {
        CatalogueJsonConverter c = new CatalogueJsonConverter();
        c.configure(Map.of("schema.content", SCHEMA, "schemas.enable", "false"), false);
        return c;
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsSchemalessRecordsWithTheCataloguesSchema() {
        SchemaAndValue v = converter().toConnectData("t", json("{\"id\":\"a\",\"n\":3,\"not_carried\":\"x\"}"));
        assertEquals("io.debezium.data.Uuid", v.schema().field("id").schema().name());
        assertEquals(3, ((Struct) v.value()).get("n"));
        assertNull(((Struct) converter().toConnectData("t", json("{\"id\":\"a\"}")).value()).get("n"), "an optional column the record lacks reads as NULL: hence the signature check");
        assertThrows(DataException.class, () -> converter().toConnectData("t", json("{\"n\":1}")), "a required column it lacks");
        assertEquals(SchemaAndValue.NULL, converter().toConnectData("t", null));
    }

    @Test
    void readsARecordThatCarriesItsSchemaWithItsOwn() {
        String inline = "{\"schema\":{\"type\":\"struct\",\"optional\":false,\"fields\":[{\"field\":\"id\",\"type\":\"string\",\"optional\":false},"
                + "{\"field\":\"n\",\"type\":\"int64\",\"optional\":true}]},\"payload\":{\"id\":\"a\",\"n\":5}}";
        SchemaAndValue v = converter().toConnectData("t", json(inline));
        assertNull(v.schema().field("id").schema().name(), "its own schema, not the catalogue's");
        assertEquals(5L, ((Struct) v.value()).get("n"));
    }

    @Test
    void refusesToStartWithoutTheSchema() {
        ConfigException e = assertThrows(ConfigException.class, () -> new CatalogueJsonConverter().configure(Map.of(), true));
        assertEquals("schema.content is not set: the catalogue's schema of the key is required", e.getMessage());
    }
}
