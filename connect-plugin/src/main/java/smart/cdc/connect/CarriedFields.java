package smart.cdc.connect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The columns a flow carries, each with the Connect type (and logical name) its records must have
 * once transformed: {@code source>target:TYPE[:logical name]}, comma-separated (derived from the
 * catalogue by the stack). A record that lacks one, or has it with another type, comes from a source
 * whose carried column was renamed, dropped or retyped: writing it would put NULLs or stale values
 * into the target. The record's shape is the one its source names in the {@value SchemaSignature#HEADER}
 * header (the records travel without inline schemas: the sink reads them with the catalogue's schema,
 * in which a missing column would read as NULL), or its own schema where it carries one (older records).
 * Except a column the source did not carry yet when it wrote the record (a deploy has just added it
 * to the flow): the source names what it carries in the {@value #HEADER} header, and such a record
 * is written without the column, as it would have been before.
 */
final class CarriedFields {

    /** Written by each source connector: the columns it carries for the record's table (comma-separated). */
    static final String HEADER = "smart.cdc.carried";

    record Carried(String source, String target, Schema.Type type, String logical) {
        String describe() {
            return type + (logical == null ? "" : " (" + logical + ")");
        }
    }

    private final String sourceTable;
    private final List<Carried> fields;
    /** the row schema without some fields, per set of fields left out */
    private final Map<Schema, Map<Set<String>, Schema>> narrowed = new IdentityHashMap<>();

    private CarriedFields(String sourceTable, List<Carried> fields) {
        this.sourceTable = sourceTable;
        this.fields = fields;
    }

    static CarriedFields parse(String sourceTable, String spec) {
        List<Carried> out = new ArrayList<>();
        if (spec != null) {
            for (String part : spec.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int gt = p.indexOf('>');
                String[] rest = gt <= 0 ? new String[0] : p.substring(gt + 1).split(":", -1);
                if (rest.length < 2 || rest.length > 3 || rest[0].isEmpty() || rest[1].isEmpty() || (rest.length == 3 && rest[2].isEmpty())) {
                    throw new IllegalArgumentException("carried field '" + p + "' is not source>target:TYPE[:logical name]");
                }
                Schema.Type type;
                try {
                    type = Schema.Type.valueOf(rest[1]);
                }
                catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("carried field '" + p + "' has an unknown Connect type");
                }
                out.add(new Carried(p.substring(0, gt), rest[0], type, rest.length == 3 ? rest[2] : null));
            }
        }
        return new CarriedFields(sourceTable == null ? "the source table" : sourceTable, Collections.unmodifiableList(out));
    }

    List<Carried> fields() {
        return fields;
    }

    /** Why a record cannot be written as it is (drift), or null. Tombstones carry no columns. */
    String drift(SinkRecord r) {
        if (fields.isEmpty() || r.value() == null || r.valueSchema() == null || r.valueSchema().type() != Schema.Type.STRUCT) {
            return null;
        }
        SchemaSignature signature = signature(r);
        if (signature == UNREADABLE) {
            return "schema drift: the record's " + SchemaSignature.HEADER + " header is not a schema signature: its columns cannot be checked";
        }
        Set<String> sourceCarried = carriedBySource(r);
        if (signature == null) return drift(r, null, sourceCarried);
        // with a signature the verdict depends on the two headers only, which a table's records share
        Verdict last = lastVerdict;
        if (last != null && last.signature() == signature && last.sourceCarried() == sourceCarried) return last.drift();
        String drift = drift(r, signature, sourceCarried);
        lastVerdict = new Verdict(signature, sourceCarried, drift);
        return drift;
    }

    private String drift(SinkRecord r, SchemaSignature signature, Set<String> sourceCarried) {
        List<String> problems = new ArrayList<>();
        for (Carried c : fields) {
            SchemaSignature.Column actual = actual(r, signature, c);
            if (actual == null && sourceCarried != null && !sourceCarried.contains(c.source())) {
                continue; // not carried by the source yet when it wrote this record
            }
            if (actual == null) {
                problems.add("column " + sourceTable + "." + c.source() + " is missing (renamed or dropped at the source?)");
            }
            else if (actual.type() == c.type() ? !Objects.equals(actual.logical(), c.logical()) : !exactDecimalForDigits(actual, c.type())) {
                problems.add("column " + sourceTable + "." + c.source() + " arrives as " + new Carried(c.source(), c.target(), actual.type(), actual.logical()).describe()
                        + ", the flow carries " + c.describe() + " (retyped at the source?)");
            }
        }
        return problems.isEmpty() ? null : "schema drift: " + String.join("; ", problems);
    }

    /**
     * The record without the carried columns its source did not carry yet when it wrote it (a deploy
     * has just added them to the flow): read with the catalogue's schema they would be NULLs, and
     * written they would overwrite the target's values. The same record when there are none.
     */
    SinkRecord withoutUncarried(SinkRecord r) {
        if (!(r.value() instanceof Struct value)) return r;
        SchemaSignature signature = signature(r);
        Set<String> sourceCarried = carriedBySource(r);
        if (signature == null || signature == UNREADABLE || sourceCarried == null) return r;
        Set<String> drop;
        Dropped last = lastDropped;
        if (last != null && last.signature() == signature && last.sourceCarried() == sourceCarried && last.schema() == value.schema()) {
            drop = last.drop();
        }
        else {
            drop = new HashSet<>();
            for (Carried c : fields)
                if (!signature.row().containsKey(c.source()) && !sourceCarried.contains(c.source()) && value.schema().field(c.target()) != null) drop.add(c.target());
            lastDropped = new Dropped(signature, sourceCarried, value.schema(), drop);
        }
        if (drop.isEmpty()) return r;
        Schema schema;
        synchronized (narrowed) {
            if (narrowed.size() > 1_000) narrowed.clear();
            schema = narrowed.computeIfAbsent(value.schema(), s -> new HashMap<>()).computeIfAbsent(drop, d -> without(value.schema(), d));
        }
        Struct out = new Struct(schema);
        for (Field f : schema.fields()) out.put(f.name(), value.getWithoutDefault(f.name()));
        return r.newRecord(r.topic(), r.kafkaPartition(), r.keySchema(), r.key(), schema, out, r.timestamp(), r.headers());
    }

    private static Schema without(Schema s, Set<String> drop) {
        SchemaBuilder b = SchemaBuilder.struct().name(s.name()).version(s.version()).doc(s.doc());
        if (s.isOptional()) b.optional();
        for (Field f : s.fields())
            if (!drop.contains(f.name())) b.field(f.name(), f.schema());
        return b.build();
    }

    /** How the record holds a carried column: as its source's signature says, else as its own schema says; null when it lacks it. */
    private static SchemaSignature.Column actual(SinkRecord r, SchemaSignature signature, Carried c) {
        if (signature != null) return signature.row().get(c.source());
        Field f = r.valueSchema().field(c.target());
        return f == null ? null : new SchemaSignature.Column(f.schema().type(), f.schema().name(), f.schema().isOptional());
    }

    /** A header that is there but is not a signature (never written by CarriedSchema): parked, never read as "no header". */
    private static final SchemaSignature UNREADABLE = new SchemaSignature(Map.of(), Map.of());

    /** The shape the record's source wrote it with, {@link #UNREADABLE}, or null for a record that carries its own schema (older records). */
    private SchemaSignature signature(SinkRecord r) {
        Header h = r.headers() == null ? null : r.headers().lastWithName(SchemaSignature.HEADER);
        if (h == null || h.value() == null) return null;
        String text = String.valueOf(h.value());
        // a table's records share one signature: parsed once
        Parsed last = lastParsed;
        if (last != null && last.text().equals(text)) return last.signature();
        SchemaSignature parsed = SchemaSignature.parse(text);
        if (parsed == null) parsed = UNREADABLE;
        lastParsed = new Parsed(text, parsed);
        return parsed;
    }

    private record Parsed(String text, SchemaSignature signature) {
    }

    private volatile Parsed lastParsed;

    /**
     * The columns the source carried for this record's table, or null when it does not say (older
     * records); parsed once per header value (a table's records share it).
     */
    private Set<String> carriedBySource(SinkRecord r) {
        Header h = r.headers() == null ? null : r.headers().lastWithName(HEADER);
        Object value = h == null ? null : h.value();
        if (value == null) return null;
        Carrying last = lastCarrying;
        if (last != null && last.header().equals(value)) return last.columns();
        Set<String> columns = Collections.unmodifiableSet(columnsOf(value));
        lastCarrying = new Carrying(value, columns);
        return columns;
    }

    private record Carrying(Object header, Set<String> columns) {
    }

    private volatile Carrying lastCarrying;

    // the last verdicts, keyed by the identity of the parsed headers above (and of the row schema)
    private record Verdict(SchemaSignature signature, Set<String> sourceCarried, String drift) {
    }

    private record Dropped(SchemaSignature signature, Set<String> sourceCarried, Schema schema, Set<String> drop) {
    }

    private volatile Verdict lastVerdict;
    private volatile Dropped lastDropped;

    /**
     * A numeric written before the sources sent numerics as their digits (STRING) arrives as Kafka's exact
     * Decimal (BYTES): still exact, so records in flight across that upgrade are written, not parked.
     */
    static boolean exactDecimalForDigits(SchemaSignature.Column actual, Schema.Type carried) {
        return carried == Schema.Type.STRING && actual.type() == Schema.Type.BYTES && "org.apache.kafka.connect.data.Decimal".equals(actual.logical());
    }

    /** The column names a {@value #HEADER} header value lists. */
    private static Set<String> columnsOf(Object headerValue) {
        Set<String> out = new HashSet<>();
        // the header converter may hand a comma-separated string over as a list
        Iterable<?> parts = headerValue instanceof List<?> l ? l : List.of(String.valueOf(headerValue).split(","));
        for (Object p : parts) {
            String name = String.valueOf(p).trim();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }
}
