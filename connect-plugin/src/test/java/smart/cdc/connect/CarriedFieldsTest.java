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

    private static SinkRecord withHeaders(Schema s, Struct v, String signature, String carried) {
        ConnectHeaders h = new ConnectHeaders();
        h.addString(SchemaSignature.HEADER, signature);
        if (carried != null) h.addString(CarriedFields.HEADER, carried);
        return new SinkRecord("t", 0, Schema.STRING_SCHEMA, "k", s, v, 7, null, null, h);
    }

    // read with the catalogue's schema: every carried column is in the record's schema, whatever the source sent
    private static final Schema CATALOGUE = SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).field("priority", Schema.OPTIONAL_INT32_SCHEMA)
            .field("reason_code", Schema.OPTIONAL_STRING_SCHEMA).build();

    @Test
    void theSourcesSignatureDecidesNotTheCataloguesSchema() {
        Struct v = new Struct(CATALOGUE).put("id", "a").put("priority", 3);
        assertNull(fields.drift(withHeaders(CATALOGUE, v, "recommendation_id:STRING|recommendation_id:STRING,rank:INT32?,reason_code:STRING?,cdc_origin:STRING?", null)));
        assertEquals("schema drift: column ml.recommendation.reason_code is missing (renamed or dropped at the source?)",
                fields.drift(withHeaders(CATALOGUE, v, "recommendation_id:STRING|recommendation_id:STRING,rank:INT32?,reason:STRING?", null)));
        assertEquals("schema drift: column ml.recommendation.rank arrives as INT64, the flow carries INT32 (retyped at the source?)",
                fields.drift(withHeaders(CATALOGUE, v, "recommendation_id:STRING|recommendation_id:STRING,rank:INT64?,reason_code:STRING?", null)));
    }

    @Test
    void anUnreadableSignatureIsDriftNotAnAbsentOne() {
        Struct v = new Struct(CATALOGUE).put("id", "a");
        assertEquals("schema drift: the record's smart.cdc.schema header is not a schema signature: its columns cannot be checked",
                fields.drift(withHeaders(CATALOGUE, v, "garbage", null)));
    }

    @Test
    void aLogicalTypeThatDiffersIsDrift() {
        CarriedFields at = CarriedFields.parse("portal.citizen_submission", "id>submission_id:STRING:io.debezium.data.Uuid,submitted_at>submitted_at:INT64:io.debezium.time.MicroTimestamp");
        Schema s = SchemaBuilder.struct().field("submission_id", Schema.STRING_SCHEMA).field("submitted_at", Schema.OPTIONAL_INT64_SCHEMA).build();
        Struct v = new Struct(s).put("submission_id", "a");
        assertNull(at.drift(withHeaders(s, v, "id:STRING:io.debezium.data.Uuid|id:STRING:io.debezium.data.Uuid,submitted_at:INT64:io.debezium.time.MicroTimestamp?", null)));
        // retyped to bigint: still INT64, but the catalogue's schema would read its numbers as timestamps
        assertEquals("schema drift: column portal.citizen_submission.submitted_at arrives as INT64, the flow carries INT64 (io.debezium.time.MicroTimestamp) (retyped at the source?)",
                at.drift(withHeaders(s, v, "id:STRING:io.debezium.data.Uuid|id:STRING:io.debezium.data.Uuid,submitted_at:INT64?", null)));
    }

    @Test
    void aColumnNotCarriedYetIsLeftOutOfTheWrite() {
        Struct v = new Struct(CATALOGUE).put("id", "a").put("priority", 3);
        SinkRecord early = withHeaders(CATALOGUE, v, "recommendation_id:STRING|recommendation_id:STRING,rank:INT32?", "rank,recommendation_id");
        assertNull(fields.drift(early));
        SinkRecord written = fields.withoutUncarried(early);
        assertEquals(java.util.List.of("id", "priority"), written.valueSchema().fields().stream().map(org.apache.kafka.connect.data.Field::name).toList());
        assertEquals(3, ((Struct) written.value()).get("priority"));
        SinkRecord complete = withHeaders(CATALOGUE, v, "recommendation_id:STRING|recommendation_id:STRING,rank:INT32?,reason_code:STRING?", "rank,reason_code,recommendation_id");
        org.junit.jupiter.api.Assertions.assertSame(complete, fields.withoutUncarried(complete));
    }

    @Test
    void eachRecordGetsTheVerdictOfItsOwnHeadersWhenShapesAlternate() {
        // the verdicts are remembered per pair of headers: records of other shapes in between must not inherit them
        Struct v = new Struct(CATALOGUE).put("id", "a").put("priority", 3);
        String partial = "recommendation_id:STRING|recommendation_id:STRING,rank:INT32?";
        String full = "recommendation_id:STRING|recommendation_id:STRING,rank:INT32?,reason_code:STRING?";
        for (int round = 0; round < 3; round++) {
            SinkRecord early = withHeaders(CATALOGUE, v, partial, "rank,recommendation_id");
            assertNull(fields.drift(early), "round " + round);
            assertEquals(2, fields.withoutUncarried(early).valueSchema().fields().size(), "round " + round);
            // same signature, but the source now says it carries reason_code: the record lacks it
            SinkRecord lacking = withHeaders(CATALOGUE, v, partial, "rank,reason_code,recommendation_id");
            assertEquals("schema drift: column ml.recommendation.reason_code is missing (renamed or dropped at the source?)", fields.drift(lacking), "round " + round);
            SinkRecord complete = withHeaders(CATALOGUE, v, full, "rank,reason_code,recommendation_id");
            assertNull(fields.drift(complete), "round " + round);
            org.junit.jupiter.api.Assertions.assertSame(complete, fields.withoutUncarried(complete), "round " + round);
            // same carried header, another signature
            SinkRecord retyped = withHeaders(CATALOGUE, v, full.replace("rank:INT32?", "rank:INT64?"), "rank,reason_code,recommendation_id");
            assertEquals("schema drift: column ml.recommendation.rank arrives as INT64, the flow carries INT32 (retyped at the source?)", fields.drift(retyped), "round " + round);
        }
    }

    @Test
    void aMalformedSpecIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CarriedFields.parse("t", "a:STRING"));
        assertThrows(IllegalArgumentException.class, () -> CarriedFields.parse("t", "a>b:TEXT"));
        assertThrows(IllegalArgumentException.class, () -> CarriedFields.parse("t", "a>b:STRING:"));
    }
}
