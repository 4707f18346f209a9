package smart.cdc.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
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
    void aNumericStillInKafkasDecimalIsExactButOtherBytesAreDrift() {
        CarriedFields score = CarriedFields.parse("ml.eligibility_insight", "insight_id>id:STRING,eligibility_score>score:STRING");
        Schema decimal = org.apache.kafka.connect.data.Decimal.builder(4).optional().build();
        Schema before = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).field("score", decimal).build();
        assertNull(score.drift(record(before, new Struct(before).put("id", "a"))), "written before the sources sent digits: still exact");
        Schema bytes = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).field("score", Schema.OPTIONAL_BYTES_SCHEMA).build();
        assertEquals("schema drift: column ml.eligibility_insight.eligibility_score arrives as BYTES, the flow carries STRING (retyped at the source?)",
                score.drift(record(bytes, new Struct(bytes).put("id", "a"))));
    }

    @Test
    void aMissingOrRetypedColumnIsDrift() {
        Schema s = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).field("priority", Schema.OPTIONAL_STRING_SCHEMA).build();
        assertEquals("schema drift: column ml.recommendation.rank arrives as STRING, the flow carries INT32 (retyped at the source?); "
                + "column ml.recommendation.reason_code is missing (renamed or dropped at the source?)", fields.drift(record(s, new Struct(s).put("id", "a"))));
    }

    @Test
    void aColumnTheSourceDidNotCarryYetIsNoDriftButOneItCarriesIs() {
        Schema s = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).field("priority", Schema.OPTIONAL_INT32_SCHEMA).build();
        Struct v = new Struct(s).put("id", "a");
        // written before a deploy added reason_code to the flow: the source did not carry it then
        SinkRecord before = new SinkRecord("t", 0, Schema.STRING_SCHEMA, "k", s, v, 7, null, null,
                new ConnectHeaders().addString(CarriedFields.HEADER, "rank,recommendation_id"));
        assertNull(fields.drift(before));
        // the source carries it, yet the record lacks it: renamed or dropped at the source
        SinkRecord renamed = new SinkRecord("t", 0, Schema.STRING_SCHEMA, "k", s, v, 8, null, null,
                new ConnectHeaders().addString(CarriedFields.HEADER, "rank,reason_code,recommendation_id"));
        assertEquals("schema drift: column ml.recommendation.reason_code is missing (renamed or dropped at the source?)", fields.drift(renamed));
        // a header converter that parsed the list
        SinkRecord asList = new SinkRecord("t", 0, Schema.STRING_SCHEMA, "k", s, v, 9, null, null,
                new ConnectHeaders().addList(CarriedFields.HEADER, java.util.List.of("rank", "recommendation_id"), SchemaBuilder.array(Schema.STRING_SCHEMA).build()));
        assertNull(fields.drift(asList));
    }

    @Test
    void aMalformedSpecIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CarriedFields.parse("t", "a:STRING"));
        assertThrows(IllegalArgumentException.class, () -> CarriedFields.parse("t", "a>b:TEXT"));
    }
}
